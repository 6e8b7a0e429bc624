/**
 * The typefaces of the Word document, named as Chinese offices have them installed (GB/T 9704: 仿宋 body, 小标宋
 * title, 黑体 "一、", 楷体 "（一）"), and the font table that tells Word and WPS what to use where a name is missing.
 *
 * How a word processor picks the font (ECMA-376 Part 1):
 * - w:rFonts (§17.3.2.26) names four fonts per run: eastAsia for Chinese characters and full-width forms, ascii and
 *   hAnsi for Latin letters and digits. Characters both could set (“ ” ‘ ’ — …) take the eastAsia font when
 *   w:hint="eastAsia", so Chinese quotation marks and dashes stay full-width 仿宋 instead of narrow Times New Roman.
 * - w:lang w:eastAsia="zh-CN" marks the text as Simplified Chinese (glyph forms, line breaking rules).
 * - A font the computer lacks is looked up through its entry in word/fontTable.xml (§17.8.3): w:altName lists
 *   other names of the font (§17.8.3.1: a comma-separated list), then w:panose1, w:charset (86 = GB2312),
 *   w:family and w:pitch describe it so that the closest installed font is chosen. 仿宋_GB2312 therefore falls back
 *   to 仿宋 (FangSong, shipped with Windows since Vista), 楷体_GB2312 to 楷体 (KaiTi), 方正小标宋简体 to
 *   方正小标宋_GBK, then 华文中宋, then 宋体.
 * LibreOffice ignores w:altName (tested with 7.4) and asks fontconfig for the name as written.
 */

export type DocxFace = 'body' | 'title' | 'hei' | 'kai' | 'pageNumber';

export interface RunFonts {
  ascii: string;
  hAnsi: string;
  eastAsia: string;
  cs: string;
  hint: 'eastAsia';
}

const LATIN_BODY = 'Times New Roman';

/** The East Asian font of each role, and the font its Latin letters and digits are set in. */
const FACE_FONTS: Readonly<Record<DocxFace, { eastAsia: string; latin: string }>> = {
  body: { eastAsia: '仿宋_GB2312', latin: LATIN_BODY },
  title: { eastAsia: '方正小标宋简体', latin: '方正小标宋简体' },
  hei: { eastAsia: '黑体', latin: '黑体' },
  kai: { eastAsia: '楷体_GB2312', latin: '楷体_GB2312' },
  // GB/T 9704 §7.5: page numbers in 4号半角宋体阿拉伯数字.
  pageNumber: { eastAsia: '宋体', latin: '宋体' },
};

export function runFonts(face: DocxFace): RunFonts {
  const { eastAsia, latin } = FACE_FONTS[face];
  return { ascii: latin, hAnsi: latin, eastAsia, cs: latin, hint: 'eastAsia' };
}

interface FontTableEntry {
  name: string;
  /** Other names of the font, in the order to try them. */
  altNames: string[];
  panose1: string;
  charset: string;
  family: 'modern' | 'roman' | 'auto';
  pitch: 'fixed' | 'variable';
}

/** The PANOSE numbers and character sets are those the fonts themselves carry (as Word writes them). */
const FONT_TABLE: readonly FontTableEntry[] = [
  {
    name: '仿宋_GB2312',
    altNames: ['仿宋', 'FangSong'],
    panose1: '02010609030101010101',
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
  },
  {
    name: '楷体_GB2312',
    altNames: ['楷体', 'KaiTi'],
    panose1: '02010609030101010101',
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
  },
  {
    name: '黑体',
    altNames: ['SimHei'],
    panose1: '02010609060101010101',
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
  },
  {
    name: '方正小标宋简体',
    altNames: ['方正小标宋_GBK', '华文中宋', '宋体'],
    panose1: '02000000000000000000',
    charset: '86',
    family: 'auto',
    pitch: 'variable',
  },
  {
    name: '宋体',
    altNames: ['SimSun'],
    panose1: '02010600030101010101',
    charset: '86',
    family: 'auto',
    pitch: 'variable',
  },
  {
    name: LATIN_BODY,
    altNames: [],
    panose1: '02020603050405020304',
    charset: '00',
    family: 'roman',
    pitch: 'variable',
  },
];

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** word/fontTable.xml: every font the document names, with its fall-back information. */
export function fontTableXml(): string {
  const fonts = FONT_TABLE.map((f) =>
    [
      `<w:font w:name="${escapeXml(f.name)}">`,
      f.altNames.length > 0 ? `<w:altName w:val="${escapeXml(f.altNames.join(','))}"/>` : '',
      `<w:panose1 w:val="${f.panose1}"/>`,
      `<w:charset w:val="${f.charset}"/>`,
      `<w:family w:val="${f.family}"/>`,
      `<w:pitch w:val="${f.pitch}"/>`,
      '</w:font>',
    ].join(''),
  ).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    fonts +
    '</w:fonts>'
  );
}
