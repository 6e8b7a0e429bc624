#!/usr/bin/python3
"""Builds the fonts the app ships (assets/fonts/*.ttf) as subsets of open-licensed (OFL 1.1) Chinese fonts.

Why subsets: the full faces are 10–16 MB each; the four faces the PDF needs would be about 55 MB. A subset to
GB 2312 plus the whole 通用规范汉字表 (all three levels, 8105 characters, so rare name characters such as 䶮 and 堃
are in) keeps each face at a few MB. The export's glyph-coverage check is the safety net for anything outside.

Character set (documented in assets/fonts/README.md):
  - every character of GB 2312 (hanzi and symbols), enumerated from Python's gb2312 codec;
  - the 8105 characters of 《通用规范汉字表》 (2013), read from the Unihan kTGH field (Debian package unicode-data);
  - ASCII, Latin-1, general punctuation, number forms, arrows, maths operators, enclosed numbers (①⑴⒈),
    CJK symbols and punctuation, enclosed CJK (㈠), CJK compatibility units (㎡), fullwidth forms.

Sources (no network but the npm registry and Debian):
  - Noto Serif SC 400 and 700, Noto Sans SC 500: TTFs in the npm packages @expo-google-fonts/noto-serif-sc and
    @expo-google-fonts/noto-sans-sc 0.4.3 (Google Fonts v35 builds), fetched with `npm pack`;
  - LXGW WenKai 1.250 Regular: Debian package fonts-lxgw-wenkai. Its licence reserves the names "LXGW" and
    "霞鹜", so the subset (a Modified Version under OFL §3) is renamed "Selfeval Kai GB".

Needs: apt-get install -y fonttools python3-fonttools fonts-lxgw-wenkai unicode-data ; npm.
Run from the repository root: /usr/bin/python3 scripts/subset-fonts.py
"""
import bz2
import os
import subprocess
import sys
import tempfile

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, 'assets', 'fonts')
UNIHAN = '/usr/share/unicode/Unihan_OtherMappings.txt.bz2'
WENKAI = '/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf'
NPM_PACKAGES = ['@expo-google-fonts/noto-serif-sc@0.4.3', '@expo-google-fonts/noto-sans-sc@0.4.3']

EXTRA_RANGES = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 (×, ÷, °, ±, ·)
    (0x2010, 0x205E),  # general punctuation (— ‘ ’ “ ” … ‰ ※)
    (0x2100, 0x218F),  # letterlike symbols, number forms (℃, №, Ⅰ–Ⅻ)
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # mathematical operators (≤ ≥ ≠ ≈)
    (0x2460, 0x24FF),  # enclosed alphanumerics (① ⑴ ⒈)
    (0x25A0, 0x25FF),  # geometric shapes (□ ■ ○ ●)
    (0x2605, 0x2606),  # ★ ☆
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3200, 0x32FF),  # enclosed CJK (㈠)
    (0x3300, 0x33FF),  # CJK compatibility units (㎡ ㎏)
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # fullwidth forms
]


def gb2312_codepoints():
    points = set()
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                char = bytes([row, cell]).decode('gb2312')
            except UnicodeDecodeError:
                continue
            points.add(ord(char))
    return points


def tgh_codepoints():
    """《通用规范汉字表》: Unihan kTGH values are "2013:<index>" (1–3500 level 1, –6500 level 2, –8105 level 3)."""
    points = set()
    with bz2.open(UNIHAN, 'rt', encoding='utf-8') as lines:
        for line in lines:
            parts = line.rstrip('\n').split('\t')
            if len(parts) == 3 and parts[1] == 'kTGH':
                points.add(int(parts[0][2:], 16))
    if len(points) != 8105:
        sys.exit(f'通用规范汉字表应有 8105 字，Unihan 中读到 {len(points)} 字')
    return points


def charset():
    points = gb2312_codepoints() | tgh_codepoints()
    for first, last in EXTRA_RANGES:
        points.update(range(first, last + 1))
    return points


def fetch_npm_fonts(workdir):
    subprocess.run(['npm', 'pack', '--silent', *NPM_PACKAGES], cwd=workdir, check=True, stdout=subprocess.DEVNULL)
    for name in os.listdir(workdir):
        if name.endswith('.tgz'):
            target = os.path.join(workdir, name[:-4])
            os.makedirs(target)
            subprocess.run(['tar', '-xzf', name, '-C', target], cwd=workdir, check=True)


def find(workdir, file_name, under=''):
    for base, _dirs, files in os.walk(workdir):
        if file_name in files and under in base:
            return os.path.join(base, file_name)
    sys.exit(f'未找到 {file_name}')


def set_names(font, family, style, postscript, note):
    """Rewrites the naming records so no reserved name survives (Windows records only: the Mac ones are legacy)."""
    table = font['name']
    original_version = table.getDebugName(5) or ''
    keep = {0, 7, 8, 9, 11, 12, 13, 14}
    table.names = [r for r in table.names if r.nameID in keep and r.platformID == 3]
    version = font['head'].fontRevision
    values = {
        1: family,
        2: style,
        3: f'{postscript};{version:.3f}',
        4: f'{family} {style}',
        5: f'{original_version}; {note}',
        6: postscript,
        10: note,
    }
    for name_id, value in values.items():
        table.setName(value, name_id, 3, 1, 0x409)


def is_hanzi(point):
    return 0x3400 <= point <= 0x4DBF or 0x4E00 <= point <= 0x9FFF or 0x20000 <= point <= 0x3FFFF


def make_subset(source, target, points, names):
    options = subset.Options()
    options.hinting = False  # PDF viewers rasterise at print resolution; hints only add size
    options.name_IDs = ['*']
    options.name_languages = ['*']
    options.notdef_outline = True
    # No OpenType layout tables: with GSUB/GPOS present fontkit runs its shaper on every word pdfkit measures
    # (about 0.9 ms a call against 0.06 ms without, measured on this machine), and horizontal Chinese text with
    # Latin digits needs none of their features (vertical forms, Latin kerning and ligatures).
    # vhea/vmtx stay (4 bytes a glyph): without them fontkit decodes every glyph's outline to derive vertical
    # metrics the first time pdfkit asks for an advance width.
    options.layout_features = []
    options.drop_tables += ['GSUB', 'GPOS', 'GDEF', 'BASE', 'STAT']
    font = TTFont(source, recalcTimestamp=False)  # same bytes on every run, so the repository does not churn
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=points)
    subsetter.subset(font)
    set_names(font, *names)
    font.save(target)
    cmap = font.getBestCmap()
    missing = sorted(p for p in points if p not in cmap and is_hanzi(p))
    size = os.path.getsize(target) / 1e6
    print(f'{os.path.basename(target)}: {len(cmap)} 个字符, {size:.1f} MB; 字表内缺字 {len(missing)}'
          + (f'：{"".join(chr(p) for p in missing[:40])}' if missing else ''))


def ofl_body(license_file):
    with open(license_file, encoding='utf-8') as text:
        content = text.read()
    start = content.index('-----------------------------------------------------------\nSIL OPEN FONT LICENSE')
    return content[start:]


def write_licences(workdir):
    """OFL §2: each font ships with its copyright notice and the licence text."""
    serif = find(workdir, 'LICENSE_FONT', 'noto-serif-sc')
    sans = find(workdir, 'LICENSE_FONT', 'noto-sans-sc')
    with open(serif, encoding='utf-8') as text:
        serif_text = text.read()
    with open(sans, encoding='utf-8') as text:
        sans_text = text.read()
    wenkai_notice = (
        'Copyright 2021-2023 LXGW (https://github.com/lxgw/LxgwWenKai),\n'
        'with Reserved Font Names "霞鹜" and "LXGW".\n'
        'Copyright 2020 The Klee Project Authors (https://github.com/fontworks-fonts/Klee)\n\n'
        'This Font Software is licensed under the SIL Open Font License, Version 1.1.\n'
        'This license is copied below, and is also available with a FAQ at:\nhttps://scripts.sil.org/OFL\n\n'
    )
    licences = {
        'OFL-NotoSerifSC.txt': serif_text,
        'OFL-NotoSansSC.txt': sans_text,
        'OFL-LXGWWenKai.txt': wenkai_notice + ofl_body(serif),
    }
    for name, content in licences.items():
        with open(os.path.join(OUT_DIR, name), 'w', encoding='utf-8') as out:
            out.write(content)


def main():
    points = charset()
    print(f'字符集：{len(points)} 个码位')
    with tempfile.TemporaryDirectory() as workdir:
        fetch_npm_fonts(workdir)
        note = 'Subset (GB 2312 + 通用规范汉字表) made for 绩效自评助手 by scripts/subset-fonts.py'
        jobs = [
            (find(workdir, 'NotoSerifSC_400Regular.ttf'), 'NotoSerifSC-Regular-GB.ttf',
             ('Noto Serif SC GB', 'Regular', 'NotoSerifSCGB-Regular', note)),
            (find(workdir, 'NotoSerifSC_700Bold.ttf'), 'NotoSerifSC-Bold-GB.ttf',
             ('Noto Serif SC GB', 'Bold', 'NotoSerifSCGB-Bold', note)),
            (find(workdir, 'NotoSansSC_500Medium.ttf'), 'NotoSansSC-Medium-GB.ttf',
             ('Noto Sans SC GB', 'Medium', 'NotoSansSCGB-Medium', note)),
            (WENKAI, 'SelfevalKai-Regular-GB.ttf',
             ('Selfeval Kai GB', 'Regular', 'SelfevalKaiGB-Regular',
              note + '; derived from LXGW WenKai 1.250, renamed because "LXGW" and "霞鹜" are Reserved Font Names')),
        ]
        os.makedirs(OUT_DIR, exist_ok=True)
        for source, target, names in jobs:
            make_subset(source, os.path.join(OUT_DIR, target), points, names)
        write_licences(workdir)


if __name__ == '__main__':
    main()
