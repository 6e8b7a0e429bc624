/**
 * The speed-ups wrap classes inside pdfmake and the pdfkit it depends on. They must patch the very modules pdfmake
 * itself loads, so everything is required relative to pdfmake's own entry point.
 */
import { createRequire } from 'node:module';

let fromPdfmake: NodeJS.Require | null = null;

/** `require` as pdfmake's own files see it ('pdfkit', or './LayoutBuilder' for one of pdfmake's modules). */
export function requireFromPdfmake(name: string): unknown {
  fromPdfmake ??= createRequire(createRequire(import.meta.url).resolve('pdfmake'));
  return fromPdfmake(name);
}

/** One of pdfmake's own modules (e.g. './DocMeasure'): its default export, the class; undefined if absent. */
export function pdfmakeClass<T>(name: string): T | undefined {
  return (requireFromPdfmake(name) as { default?: T } | null)?.default;
}
