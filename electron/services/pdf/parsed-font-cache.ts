/**
 * Keeps pdfkit from parsing the same font again for every export. pdfkit opens fonts per document (fontkit.create
 * on the bytes, then decoding cmap/hmtx/loca as it lays out); with four CJK faces that is about a third of a warm
 * export. This wraps pdfkit's `font()` so that the parsed font object for a given byte buffer is made once per
 * process and shared: each document still gets its own EmbeddedFont (its own subset, widths and layout cache),
 * which is all pdfkit keeps per document. If pdfkit's internals ever differ from what this expects, the wrapper
 * steps aside and pdfkit opens fonts its own way.
 */
import { createRequire } from 'node:module';

interface EmbeddedFontLike {
  font: object;
  id: string;
  name?: string;
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
  const requireFromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
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
    this._font = embedded;
    if (embedded.name && !existing) this._fontFamilies[embedded.name] = embedded;
    else this._fontFamilies[embedded.id] = embedded;
    return this;
  };
}
