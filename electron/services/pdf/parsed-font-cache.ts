/**
 * Keeps pdfkit from parsing the same font again for every export. pdfkit opens fonts per document (fontkit.create
 * on the bytes, then decoding cmap/hmtx/loca as it lays out); with four CJK faces that is about a third of a warm
 * export. This wraps pdfkit's `font()` so that the parsed font object for a given byte buffer is made once per
 * process and shared: each document still gets its own EmbeddedFont (its own subset, widths and layout cache),
 * which is all pdfkit keeps per document. If pdfkit's internals ever differ from what this expects, the wrapper
 * steps aside and pdfkit opens fonts its own way.
 */
import { requireFromPdfmake } from './pdfmake-internals';
import { cacheFontSubsets } from './font-subset-cache';

interface EmbeddedFontLike {
  font: object;
  id: string;
  name?: string;
  layoutCache?: Record<string, unknown>;
}
type EmbeddedFontClass = new (document: PdfKitDocumentLike, font: object, id: string) => EmbeddedFontLike;

interface PdfKitDocumentLike {
  _font: EmbeddedFontLike | null;
  _fontCount: number;
  _fontFamilies: Record<string, EmbeddedFontLike>;
  _fontSource: unknown;
  _fontFamily: unknown;
  fontSize(size: number): unknown;
}
type FontMethod = (this: PdfKitDocumentLike, src: unknown, family?: unknown, size?: unknown) => PdfKitDocumentLike;

const parsedFonts = new WeakMap<Uint8Array, { family: unknown; font: object }[]>();
let embeddedFontClass: EmbeddedFontClass | null = null;
let installed = false;

/**
 * pdfkit lays out every word through fontkit (cmap lookup, shaping) and keeps the result per document. The result
 * depends only on the parsed font and the text (runs with font features bypass the cache), and pdfkit only reads
 * it, so documents sharing a parsed font share one cache. Bounded: a full cache is replaced by an empty one.
 */
const MAX_SHARED_LAYOUTS = 50_000;
const layoutCaches = new WeakMap<object, Record<string, unknown>>();

function shareLayoutCache(embedded: EmbeddedFontLike | null): void {
  // pdfkit's option fontLayoutCache: false leaves layoutCache unset; respect it.
  if (!embedded || !embedded.layoutCache || typeof embedded.font !== 'object') return;
  let cache = layoutCaches.get(embedded.font);
  if (!cache || Object.keys(cache).length > MAX_SHARED_LAYOUTS) {
    cache = Object.create(null) as Record<string, unknown>;
    layoutCaches.set(embedded.font, cache);
  }
  embedded.layoutCache = cache;
}

function remember(src: Uint8Array, family: unknown, doc: PdfKitDocumentLike): void {
  const current = doc._font;
  if (!current || typeof current.font !== 'object') return;
  const ctor = Object.getPrototypeOf(current)?.constructor as EmbeddedFontClass | undefined;
  if (!ctor || ctor.name !== 'EmbeddedFont') return;
  embeddedFontClass = ctor;
  const list = parsedFonts.get(src) ?? [];
  list.push({ family, font: current.font });
  parsedFonts.set(src, list);
}

/** Installs the wrapper on the pdfkit that pdfmake uses (idempotent). */
export function shareParsedFonts(): void {
  if (installed) return;
  installed = true;
  const PDFKit = requireFromPdfmake('pdfkit') as { prototype: { font: FontMethod } };
  const original = PDFKit.prototype.font;
  if (typeof original !== 'function') return;
  PDFKit.prototype.font = function font(this: PdfKitDocumentLike, src, family, size) {
    // Only byte buffers given without a size (how pdfmake opens its fonts) take the shared path.
    if (!(src instanceof Uint8Array) || (family !== undefined && typeof family !== 'string') || size !== undefined) {
      return original.call(this, src, family, size);
    }
    const shared = parsedFonts.get(src)?.find((p) => p.family === family);
    if (!shared || !embeddedFontClass) {
      const result = original.call(this, src, family, size);
      if (!shared) remember(src, family, this);
      shareLayoutCache(this._font);
      cacheFontSubsets(this._font);
      return result;
    }
    // As pdfkit's own font(): a new EmbeddedFont for this document, registered under its PostScript name.
    this._fontSource = src;
    this._fontFamily = family;
    const id = `F${++this._fontCount}`;
    const embedded = new embeddedFontClass(this, shared.font, id);
    const existing = embedded.name ? this._fontFamilies[embedded.name] : undefined;
    if (existing && existing.font === shared.font) {
      this._font = existing;
      return this;
    }
    shareLayoutCache(embedded);
    this._font = embedded;
    if (embedded.name && !existing) this._fontFamilies[embedded.name] = embedded;
    else this._fontFamilies[embedded.id] = embedded;
    return this;
  };
}
