/**
 * The speed-ups wrap classes inside pdfmake and the pdfkit it depends on. They must patch the very modules pdfmake
 * itself loads: imported here by the paths pdfmake's own files require, they are the same module instances both
 * from node_modules (tests) and inside the worker bundle, where esbuild includes pdfmake (scripts/pdf-worker-build.mjs).
 */
import * as PDFKit from 'pdfkit';
import * as DocMeasure from 'pdfmake/js/DocMeasure.js';
import * as LayoutBuilder from 'pdfmake/js/LayoutBuilder.js';
import * as PDFDocument from 'pdfmake/js/PDFDocument.js';
import * as Renderer from 'pdfmake/js/Renderer.js';
import * as StyleContextStack from 'pdfmake/js/StyleContextStack.js';
import * as TextInlines from 'pdfmake/js/TextInlines.js';

const MODULES: Readonly<Record<string, { default?: unknown }>> = {
  pdfkit: PDFKit,
  './DocMeasure': DocMeasure,
  './LayoutBuilder': LayoutBuilder,
  './PDFDocument': PDFDocument,
  './Renderer': Renderer,
  './StyleContextStack': StyleContextStack,
  './TextInlines': TextInlines,
};

/** `require` as pdfmake's own files see it ('pdfkit', or './LayoutBuilder' for one of pdfmake's modules). */
export function requireFromPdfmake(name: string): unknown {
  // Node's ESM loader (and esbuild, for a package of "type": "module" like this one) puts a CommonJS module's
  // whole module.exports under `default`.
  return MODULES[name]?.default;
}

/**
 * One of pdfmake's own modules (e.g. './DocMeasure'): its class, which Babel compiled to `exports.default`;
 * undefined if absent.
 */
export function pdfmakeClass<T>(name: string): T | undefined {
  const exported = requireFromPdfmake(name);
  if (typeof exported === 'function') return exported as T;
  return (exported as { default?: T } | null | undefined)?.default;
}
