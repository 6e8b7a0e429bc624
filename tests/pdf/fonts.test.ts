/**
 * The shipped fonts and how they are read: coverage of GB 2312 and the rare 通用规范汉字表 characters, licences
 * beside the files, the size budget, .ttc collections (for Windows' simsun.ttc) and the system-font choice.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACE_IDS } from '../../electron/services/pdf/font-faces';
import { BUNDLED_FONT_FILES, fontRegistry } from '../../electron/services/pdf/font-registry';
import { readSfnt } from '../../electron/services/pdf/sfnt-reader';
import { findSystemFaces } from '../../electron/services/pdf/system-fonts';
import { bundledFonts, FONT_DIR } from './pdf-test-kit';

/** Every character of GB 2312 (rows 0xA1–0xF7), decoded with the GBK decoder it is a subset of. */
function gb2312Characters(): string[] {
  const decoder = new TextDecoder('gbk', { fatal: true });
  const chars: string[] = [];
  for (let row = 0xb0; row <= 0xf7; row++) {
    // Row 0xD7 ends at 0xF9 in GB 2312 (GBK fills the five positions after it).
    const last = row === 0xd7 ? 0xf9 : 0xfe;
    for (let cell = 0xa1; cell <= last; cell++) chars.push(decoder.decode(new Uint8Array([row, cell])));
  }
  return chars;
}

/** A TrueType collection made of whole font files: each face's table offsets moved by where it now starts. */
function makeCollection(files: Buffer[]): Buffer {
  const headerSize = 12 + 4 * files.length;
  const offsets: number[] = [];
  let at = headerSize;
  for (const f of files) {
    offsets.push(at);
    at += f.length + ((4 - (f.length % 4)) % 4);
  }
  const out = Buffer.alloc(at);
  out.write('ttcf', 0, 'latin1');
  out.writeUInt32BE(0x00010000, 4);
  out.writeUInt32BE(files.length, 8);
  files.forEach((f, i) => {
    const base = offsets[i] ?? 0;
    out.writeUInt32BE(base, 12 + 4 * i);
    f.copy(out, base);
    const tables = f.readUInt16BE(4);
    for (let t = 0; t < tables; t++) {
      const record = base + 12 + t * 16 + 8;
      out.writeUInt32BE(out.readUInt32BE(record) + base, record);
    }
  });
  return out;
}

describe('bundled fonts', () => {
  const registry = bundledFonts();

  it('cover all 6,763 hanzi of GB 2312 in every face', () => {
    const chars = gb2312Characters();
    expect(chars).toHaveLength(6763);
    for (const face of FACE_IDS) {
      const missing = chars.filter((c) => !registry.hasGlyph(face, c.codePointAt(0) ?? 0));
      expect({ face, missing }).toEqual({ face, missing: [] });
    }
  });

  it('cover rare 通用规范汉字表 characters (䶮, 堃, 嘏) but not 𠮷, which the coverage check then refuses', () => {
    for (const face of FACE_IDS) {
      for (const c of ['䶮', '堃', '嘏', '㎡', '—', '“', '％', 'Ⅲ', '①']) {
        expect({ face, c, has: registry.hasGlyph(face, c.codePointAt(0) ?? 0) }).toEqual({ face, c, has: true });
      }
      expect(registry.hasGlyph(face, 0x20bb7)).toBe(false);
    }
  });

  it('ship with their licence texts and a README naming each file, within the size budget', () => {
    const files = readdirSync(FONT_DIR);
    for (const licence of ['OFL-NotoSerifSC.txt', 'OFL-NotoSansSC.txt', 'OFL-LXGWWenKai.txt']) {
      expect(files).toContain(licence);
      expect(readFileSync(path.join(FONT_DIR, licence), 'utf8')).toContain('SIL OPEN FONT LICENSE Version 1.1');
    }
    const readme = readFileSync(path.join(FONT_DIR, 'README.md'), 'utf8');
    for (const file of new Set(Object.values(BUNDLED_FONT_FILES))) {
      expect(files).toContain(file);
      expect(readme).toContain(file);
    }
    const total = files.reduce((sum, f) => sum + statSync(path.join(FONT_DIR, f)).size, 0);
    expect(total).toBeLessThan(25 * 1024 * 1024);
  });

  it('report the metrics the layout uses', () => {
    const body = registry.metrics.body;
    expect(body.widthEm('国')).toBe(1);
    expect(body.widthEm('2024')).toBeGreaterThan(1.5);
    expect(body.widthEm('2024')).toBeLessThan(2.5);
    expect(body.lineHeightEm).toBeGreaterThan(1.2);
    expect(registry.metrics.kai.ascenderEm).toBeLessThan(body.ascenderEm);
  });
});

describe('sfnt reader', () => {
  const regular = readFileSync(path.join(FONT_DIR, BUNDLED_FONT_FILES.body));
  const bold = readFileSync(path.join(FONT_DIR, BUNDLED_FONT_FILES.bodyBold));

  it('reads a face out of a .ttc collection by PostScript name', () => {
    const ttc = makeCollection([regular, bold]);
    expect(readSfnt(ttc).postscriptName).toBe('NotoSerifSCGB-Regular');
    const picked = readSfnt(ttc, 'NotoSerifSCGB-Bold');
    expect(picked.postscriptName).toBe('NotoSerifSCGB-Bold');
    expect(picked.hasCodePoint('堃'.codePointAt(0) ?? 0)).toBe(true);
    expect(() => readSfnt(ttc, 'SimSun')).toThrow(/没有名为 SimSun 的字体/);
  });

  it('refuses a file that is not a font, in Chinese', () => {
    expect(() => readSfnt(Buffer.from('这不是字体文件'))).toThrow(/不是可用的字体文件/);
    expect(() => readSfnt(regular.subarray(0, 2000))).toThrow(/不是可用的字体文件/);
  });
});

describe('system fonts', () => {
  it('uses the installed 黑体 and 楷体 (file names in any case), keeping bundled faces for the rest', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'selfeval-winfonts-'));
    copyFileSync(path.join(FONT_DIR, BUNDLED_FONT_FILES.hei), path.join(dir, 'SIMHEI.TTF'));
    copyFileSync(path.join(FONT_DIR, BUNDLED_FONT_FILES.kai), path.join(dir, 'simkai.ttf'));
    const found = findSystemFaces([dir, path.join(dir, 'missing')]);
    expect(Object.keys(found).sort()).toEqual(['hei', 'kai']);
    const registry = fontRegistry({ fontDir: FONT_DIR, choice: 'system', systemFontDirs: [dir] });
    expect(path.basename(registry.faces.hei.file)).toBe('SIMHEI.TTF');
    expect(path.basename(registry.faces.body.file)).toBe(BUNDLED_FONT_FILES.body);
    expect(registry.fontDirs).toContain(path.resolve(dir));
  });

  it('opens simsun.ttc by its face name', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'selfeval-winfonts-'));
    const ttc = makeCollection([
      readFileSync(path.join(FONT_DIR, BUNDLED_FONT_FILES.bodyBold)),
      readFileSync(path.join(FONT_DIR, BUNDLED_FONT_FILES.body)),
    ]);
    // A stand-in collection whose second face plays SimSun: the finder asks for that name.
    writeFileSync(path.join(dir, 'simsun.ttc'), ttc);
    const found = findSystemFaces([dir]);
    expect(found.body).toEqual({ file: path.join(dir, 'simsun.ttc'), postscriptName: 'SimSun' });
    expect(() => fontRegistry({ fontDir: FONT_DIR, choice: 'system', systemFontDirs: [dir] })).toThrow(/SimSun/);
  });
});
