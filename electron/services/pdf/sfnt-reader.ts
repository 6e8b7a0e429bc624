/**
 * Reads the few things the PDF export needs from a TrueType/OpenType font file (or one face of a .ttc
 * collection): which characters it has (cmap), advance widths (hmtx) and vertical metrics (hhea, head).
 * The glyph-coverage check and the layout's measurements use this; pdfkit does the actual embedding.
 * Own reader rather than fontkit: fontkit is only a transitive dependency of pdfmake, and these four tables
 * are a hundred lines of reading.
 */

export interface SfntFace {
  postscriptName: string;
  unitsPerEm: number;
  /** hhea ascender and descender in font units (descender negative), as pdfkit uses them for line height. */
  ascender: number;
  descender: number;
  hasCodePoint(codePoint: number): boolean;
  /** Advance width in font units; undefined when the font has no glyph for the character. */
  advanceWidth(codePoint: number): number | undefined;
  codePointCount: number;
}

interface TableRecord {
  offset: number;
  length: number;
}

class FontFormatError extends Error {}

function tag(view: DataView, at: number): string {
  return String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
}

function readTables(view: DataView, faceOffset: number): Map<string, TableRecord> {
  const numTables = view.getUint16(faceOffset + 4);
  const tables = new Map<string, TableRecord>();
  for (let i = 0; i < numTables; i++) {
    const record = faceOffset + 12 + i * 16;
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    if (offset + length > view.byteLength) throw new FontFormatError(`表 ${tag(view, record)} 超出文件末尾`);
    tables.set(tag(view, record), { offset, length });
  }
  return tables;
}

function required(tables: Map<string, TableRecord>, name: string): TableRecord {
  const table = tables.get(name);
  if (!table) throw new FontFormatError(`缺少 ${name} 表`);
  return table;
}

function readPostscriptName(view: DataView, tables: Map<string, TableRecord>): string {
  const name = tables.get('name');
  if (!name) return '';
  const count = view.getUint16(name.offset + 2);
  const strings = name.offset + view.getUint16(name.offset + 4);
  for (let i = 0; i < count; i++) {
    const record = name.offset + 6 + i * 12;
    const platform = view.getUint16(record);
    if (view.getUint16(record + 6) !== 6) continue;
    const length = view.getUint16(record + 8);
    const start = strings + view.getUint16(record + 10);
    let text = '';
    if (platform === 3 || platform === 0) {
      for (let j = 0; j + 1 < length; j += 2) text += String.fromCharCode(view.getUint16(start + j));
    } else {
      for (let j = 0; j < length; j++) text += String.fromCharCode(view.getUint8(start + j));
    }
    if (text) return text;
  }
  return '';
}

/** cmap formats 12 (full Unicode) and 4 (BMP): code point → glyph id. */
function readCmap(view: DataView, cmap: TableRecord): Map<number, number> {
  const numTables = view.getUint16(cmap.offset + 2);
  const subtables: { platform: number; encoding: number; offset: number }[] = [];
  for (let i = 0; i < numTables; i++) {
    const record = cmap.offset + 4 + i * 8;
    subtables.push({
      platform: view.getUint16(record),
      encoding: view.getUint16(record + 2),
      offset: cmap.offset + view.getUint32(record + 4),
    });
  }
  const rank = (s: { platform: number; encoding: number; offset: number }): number => {
    const format = view.getUint16(s.offset);
    if (format === 12 && (s.platform === 3 || s.platform === 0)) return 3;
    if (format === 4 && ((s.platform === 3 && s.encoding === 1) || s.platform === 0)) return 2;
    return 0;
  };
  const best = subtables.filter((s) => rank(s) > 0).sort((a, b) => rank(b) - rank(a))[0];
  if (!best) throw new FontFormatError('没有 Unicode 字符映射表（cmap）');
  return view.getUint16(best.offset) === 12 ? readFormat12(view, best.offset) : readFormat4(view, best.offset);
}

function readFormat12(view: DataView, at: number): Map<number, number> {
  const map = new Map<number, number>();
  const groups = view.getUint32(at + 12);
  for (let i = 0; i < groups; i++) {
    const group = at + 16 + i * 12;
    const start = view.getUint32(group);
    const end = Math.min(view.getUint32(group + 4), 0x10ffff);
    const glyph = view.getUint32(group + 8);
    for (let cp = start; cp <= end; cp++) map.set(cp, glyph + (cp - start));
  }
  return map;
}

function readFormat4(view: DataView, at: number): Map<number, number> {
  const map = new Map<number, number>();
  const segCount = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  for (let s = 0; s < segCount; s++) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = view.getUint16(rangeOffsetAt);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let glyph: number;
      if (rangeOffset === 0) {
        glyph = (cp + delta) & 0xffff;
      } else {
        const glyphAt = rangeOffsetAt + rangeOffset + (cp - start) * 2;
        glyph = glyphAt + 2 <= view.byteLength ? view.getUint16(glyphAt) : 0;
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(cp, glyph);
    }
  }
  return map;
}

function faceOffsets(view: DataView): number[] {
  if (tag(view, 0) !== 'ttcf') return [0];
  const count = view.getUint32(8);
  return Array.from({ length: count }, (_, i) => view.getUint32(12 + i * 4));
}

/**
 * Parses one face. For a .ttc collection pass the face's PostScript name (e.g. "SimSun"); without one the
 * first face is taken. Throws an Error with a Chinese message when the file is not a usable font.
 */
export function readSfnt(bytes: Uint8Array, postscriptName?: string): SfntFace {
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const faces = faceOffsets(view).map((offset) => {
      const tables = readTables(view, offset);
      return { tables, name: readPostscriptName(view, tables) };
    });
    const face = postscriptName ? faces.find((f) => f.name === postscriptName) : faces[0];
    if (!face) throw new FontFormatError(`字体集合中没有名为 ${postscriptName ?? ''} 的字体`);
    const head = required(face.tables, 'head');
    const hhea = required(face.tables, 'hhea');
    const hmtx = required(face.tables, 'hmtx');
    const cmap = readCmap(view, required(face.tables, 'cmap'));
    const metricCount = view.getUint16(hhea.offset + 34);
    const advanceOfGlyph = (glyph: number): number => {
      const index = Math.min(glyph, metricCount - 1);
      return view.getUint16(hmtx.offset + index * 4);
    };
    return {
      postscriptName: face.name,
      unitsPerEm: view.getUint16(head.offset + 18),
      ascender: view.getInt16(hhea.offset + 4),
      descender: view.getInt16(hhea.offset + 6),
      hasCodePoint: (cp) => cmap.has(cp),
      advanceWidth: (cp) => {
        const glyph = cmap.get(cp);
        return glyph === undefined ? undefined : advanceOfGlyph(glyph);
      },
      codePointCount: cmap.size,
    };
  } catch (error) {
    if (error instanceof FontFormatError) throw new Error(`不是可用的字体文件：${error.message}`, { cause: error });
    if (error instanceof RangeError) throw new Error('不是可用的字体文件：文件不完整或已损坏', { cause: error });
    throw error;
  }
}
