/**
 * Embedding a font subset is about a quarter of a warm export: for every glyph the document uses, fontkit decodes
 * the whole outline (only to learn whether it is a composite glyph), and pdfkit then deflates the ~270 KB subset
 * of the body face. Both depend on nothing but the parsed font and the glyphs, so, per parsed font (shared across
 * documents by parsed-font-cache.ts):
 *
 * 1. each glyph's raw `glyf` bytes, composite components and metrics are read once and kept;
 * 2. the deflated font file of the last few glyph lists is kept, so exporting the same report again embeds the
 *    very same bytes without subsetting or compressing again. A different report has a different glyph list (in
 *    order of first use, which also fixes the subset's glyph numbering), so it never gets another report's subset.
 *
 * The bytes written are exactly pdfkit's own (same subset, zlib's same default deflate, same stream dictionary).
 * Only TrueType subsets of fonts without variations, in unencrypted compressed documents, take this path; if
 * pdfkit's or fontkit's internals differ from what this expects, the patches step aside.
 */
import { deflateSync } from 'node:zlib';

interface FontkitGlyph {
  advanceWidth: number;
  _getMetrics(): { leftBearing: number };
  _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
}

interface FontkitFont {
  loca?: { offsets: number[] };
  _variationProcessor?: unknown;
  getGlyph(id: number): FontkitGlyph;
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array } | null;
}

interface TtfSubset {
  font: FontkitFont;
  glyphs: number[];
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
  cff?: unknown;
  includeGlyph(id: number): number;
  encode(): Uint8Array;
  _addGlyph(id: number): number;
}

interface PdfReferenceLike {
  compress: boolean;
  data: Record<string, unknown>;
}

interface EmbeddedFontLike {
  font: FontkitFont;
  subset: TtfSubset;
  document: { compress?: boolean; _security?: unknown; ref(data?: object): PdfReferenceLike };
  embed(): unknown;
}

interface GlyphRecord {
  bytes: Uint8Array;
  /** Composite glyphs only: the glyphs they are built from and where their ids sit in `bytes`. */
  components: { glyphID: number; pos: number }[] | null;
  advance: number;
  bearing: number;
}

const glyphRecords = new WeakMap<object, Map<number, GlyphRecord>>();
/** Per parsed font: glyph list → deflated font file, most recently used last. */
const fontFiles = new WeakMap<object, Map<string, Buffer>>();
const FONT_FILES_PER_FONT = 4;

let installed = false;

function readGlyph(font: FontkitFont, id: number): GlyphRecord | null {
  const offsets = font.loca?.offsets;
  const stream = font._getTableStream('glyf');
  if (!offsets || !stream || offsets[id] === undefined || offsets[id + 1] === undefined) return null;
  const start = offsets[id] ?? 0;
  const end = offsets[id + 1] ?? 0;
  stream.pos += start;
  const bytes = stream.readBuffer(end - start);
  // numberOfContours, the glyph's first int16: negative for a composite glyph.
  const contours = bytes.length >= 2 ? (((bytes[0] ?? 0) << 24) >> 16) | (bytes[1] ?? 0) : 0;
  const glyph = font.getGlyph(id);
  let components: GlyphRecord['components'] = null;
  if (contours < 0) {
    const decoded = glyph._decode();
    if (!decoded?.components) return null;
    components = decoded.components.map((c) => ({ glyphID: c.glyphID, pos: c.pos }));
  }
  return { bytes, components, advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing };
}

function patchAddGlyph(subsetProto: TtfSubset): void {
  const original = subsetProto._addGlyph;
  subsetProto._addGlyph = function addKnownGlyph(this: TtfSubset, id: number): number {
    const font = this.font;
    if (font._variationProcessor) return original.call(this, id);
    let records = glyphRecords.get(font);
    if (!records) {
      records = new Map();
      glyphRecords.set(font, records);
    }
    let record = records.get(id);
    if (!record) {
      const read = readGlyph(font, id);
      if (!read) return original.call(this, id);
      record = read;
      records.set(id, record);
    }
    let bytes = record.bytes;
    if (record.components) {
      // As fontkit does: a copy with the components renumbered into this subset.
      bytes = new Uint8Array(record.bytes);
      const view = new DataView(bytes.buffer);
      for (const component of record.components) view.setUint16(component.pos, this.includeGlyph(component.glyphID));
    }
    this.glyf.push(bytes);
    this.loca.offsets.push(this.offset);
    this.hmtx.metrics.push({ advance: record.advance, bearing: record.bearing });
    this.offset += bytes.length;
    return this.glyf.length - 1;
  };
}

function deflatedFontFile(embedded: EmbeddedFontLike, encode: () => Uint8Array): Buffer {
  const key = embedded.subset.glyphs.join(',');
  let files = fontFiles.get(embedded.font);
  if (!files) {
    files = new Map();
    fontFiles.set(embedded.font, files);
  }
  let file = files.get(key);
  if (file) files.delete(key);
  // pdfkit deflates Buffer.concat of the written chunks with zlib's defaults: the same call gives the same bytes.
  else file = deflateSync(encode());
  files.set(key, file);
  while (files.size > FONT_FILES_PER_FONT) files.delete(files.keys().next().value as string);
  return file;
}

function patchEmbed(embeddedProto: EmbeddedFontLike): void {
  const original = embeddedProto.embed;
  embeddedProto.embed = function embedKnownSubset(this: EmbeddedFontLike): unknown {
    const { document, subset, font } = this;
    const eligible =
      document.compress === true &&
      !document._security &&
      subset.cff == null &&
      !font._variationProcessor &&
      typeof subset.encode === 'function' &&
      typeof document.ref === 'function';
    if (!eligible) return original.call(this);
    const ref = document.ref;
    const encode = subset.encode;
    const file = deflatedFontFile(this, () => encode.call(subset));
    // pdfkit's embed() first makes the font-file stream and writes subset.encode() into it: hand it the deflated
    // bytes, with the dictionary pdfkit would have written (Length, then Filter).
    document.ref = function fontFileRef(this: unknown, data?: object): PdfReferenceLike {
      document.ref = ref;
      const stream = ref.call(document, data);
      stream.compress = false;
      stream.data.Length = 0;
      stream.data.Filter = 'FlateDecode';
      return stream;
    };
    subset.encode = () => file;
    try {
      return original.call(this);
    } finally {
      document.ref = ref;
      subset.encode = encode;
    }
  };
}

/** Installs both patches, given one of pdfkit's embedded fonts to find the classes by (idempotent). */
export function cacheFontSubsets(embedded: unknown): void {
  if (installed || typeof embedded !== 'object' || embedded === null) return;
  const candidate = embedded as Partial<EmbeddedFontLike>;
  const subset = candidate.subset;
  if (!subset || subset.cff != null || typeof candidate.embed !== 'function') return;
  const subsetProto = Object.getPrototypeOf(subset) as TtfSubset | null;
  const embeddedProto = Object.getPrototypeOf(embedded) as EmbeddedFontLike | null;
  if (!subsetProto || typeof subsetProto._addGlyph !== 'function' || typeof subsetProto.encode !== 'function') return;
  if (!embeddedProto || !Object.prototype.hasOwnProperty.call(embeddedProto, 'embed')) return;
  installed = true;
  patchAddGlyph(subsetProto);
  patchEmbed(embeddedProto);
}
