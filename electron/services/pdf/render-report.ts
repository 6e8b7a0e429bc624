/**
 * The whole export in one call, in whatever thread runs it (the PDF worker, or a test): build the definition,
 * check glyph coverage, lay out and render. Fonts come from the per-process registry.
 */
import type { ReportDocument } from '../../../shared/text/document';
import { buildDocDefinition, type PdfMeta } from './doc-definition';
import { fontRegistry, type FontOptions } from './font-registry';
import { findMissingGlyphs, type MissingGlyph } from './glyph-coverage';
import type { PdfLayoutSettings } from './layout-settings';
import { renderDefinition } from './pdfmake-engine';

export interface PdfJob {
  document: ReportDocument;
  settings: PdfLayoutSettings;
  meta: PdfMeta;
  fonts: FontOptions;
}

export type PdfOutcome =
  { ok: true; bytes: Uint8Array; pages: number } | { ok: false; kind: 'missing-glyphs'; missing: MissingGlyph[] };

export async function renderReportPdf(job: PdfJob): Promise<PdfOutcome> {
  const registry = fontRegistry(job.fonts);
  const { definition, texts } = buildDocDefinition(job.document, job.settings, registry.metrics, job.meta);
  const missing = findMissingGlyphs(texts, registry.hasGlyph);
  if (missing.length > 0) return { ok: false, kind: 'missing-glyphs', missing };
  const rendered = await renderDefinition(definition, registry);
  return { ok: true, ...rendered };
}
