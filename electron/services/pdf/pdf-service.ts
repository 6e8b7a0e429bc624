/**
 * The PDF slice of the API: `export.pdf` renders a stored report and returns the bytes (base64) for the UI's
 * preview and "save as". Expected failures become UserFacingError values with the details the clerk needs
 * (for missing characters: which and where).
 */
import type { SliceHandlers } from '../../../shared/api/contract';
import type { pdfApi } from '../../../shared/api/pdf-api';
import type { Report } from '../../../shared/model/report';
import { exportReportPdf } from './export-report-pdf';
import { GBT9704_DEFAULTS, type PdfLayoutSettings } from './layout-settings';
import { defaultPdfAssets, type PdfAssets } from './pdf-assets';
import { PdfWorkerClient, type PdfRenderer } from './pdf-worker-client';

export interface PdfServiceDeps {
  getReport(id: string): Report;
  assets?: PdfAssets;
  /** Defaults to a worker thread running dist/pdf/pdf-worker.mjs. */
  renderer?: PdfRenderer;
  /** The unit's house layout; GB/T 9704 when absent. */
  layout?: () => PdfLayoutSettings;
  now?: () => Date;
  /** Today (YYYY-MM-DD) for the checks that decide the 草稿 mark. */
  today?: () => string;
  /** Start the worker and load the fonts right away (in the background), so the first export is quick. */
  warmUp?: boolean;
}

export function createPdfService(deps: PdfServiceDeps): SliceHandlers<typeof pdfApi> {
  const assets = deps.assets ?? defaultPdfAssets();
  let renderer = deps.renderer ?? (deps.warmUp ? new PdfWorkerClient(assets.workerScript) : undefined);
  if (deps.warmUp && renderer instanceof PdfWorkerClient) {
    const layout = deps.layout?.() ?? GBT9704_DEFAULTS;
    // A failed warm-up costs nothing: the export itself reports any real problem.
    renderer.warmUp({ fontDir: assets.fontDir, choice: 'bundled' }, layout).catch(() => undefined);
  }
  return {
    'export.pdf': async ({ id, fonts }) => {
      const report = deps.getReport(id);
      renderer ??= new PdfWorkerClient(assets.workerScript);
      // A failed export throws PdfExportError, a UserFacingError: the clerk gets its message and details.
      const pdf = await exportReportPdf(report, {
        renderer,
        assets,
        fonts,
        layout: deps.layout?.(),
        reportId: id,
        now: deps.now,
        today: deps.today,
      });
      return { fileName: pdf.fileName, base64: Buffer.from(pdf.bytes).toString('base64'), pages: pdf.pages };
    },
  };
}
