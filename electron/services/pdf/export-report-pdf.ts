/**
 * One report → one formal PDF: assemble the content, describe it (metadata), render it in the worker, and turn a
 * refusal into a Chinese message. The API service and the `selfeval pdf` command both call this.
 */
import { createHash } from 'node:crypto';
import type { Report } from '../../../shared/model/report';
import { rulePackFor } from '../../../shared/packs/registry';
import { assembleReport } from '../../../shared/text/assemble';
import { APP_NAME, APP_VERSION } from '../../api/app-version';
import { defaultTitle, pdfFileName } from '../report-naming';
import type { PdfMeta } from './doc-definition';
import type { FontChoice } from './font-registry';
import { describeMissingGlyphs, MISSING_GLYPHS_MESSAGE } from './glyph-coverage';
import { GBT9704_DEFAULTS, type PdfLayoutSettings } from './layout-settings';
import type { PdfAssets } from './pdf-assets';
import { PdfExportError } from './pdf-errors';
import type { PdfRenderer } from './pdf-worker-client';
import type { SignoffInfo } from './signoff-nodes';

export interface ExportPdfOptions {
  renderer: PdfRenderer;
  assets: PdfAssets;
  fonts?: FontChoice;
  layout?: PdfLayoutSettings;
  /** The stored report's id ('' for a file on the command line). */
  reportId?: string;
  now?: () => Date;
  /** The approved PDF's sign-off block, footer fingerprint and 签发单 (issue 6). */
  signoff?: SignoffInfo;
  /** SHA-256 of the report data as stored, when the caller has it (the sign-off fingerprint is made from it). */
  contentSha256?: string;
}

export interface ExportedPdf {
  fileName: string;
  bytes: Uint8Array;
  pages: number;
}

/**
 * `contentSha256` identifies what was exported, for the sign-off fingerprint. The sign-off passes the SHA-256 of
 * the report as stored; otherwise it is that of the report's JSON (the same content always gives the same hash).
 */
export function pdfMeta(
  report: Report,
  reportId: string,
  now: Date,
  contentSha256 = createHash('sha256').update(JSON.stringify(report)).digest('hex'),
): PdfMeta {
  const unit = report.signature.unitName || report.unitName;
  return {
    title: defaultTitle(report.unitName, report.year),
    author: unit,
    subject: `${report.year}年度部门整体支出绩效自评报告`,
    keywords: `部门整体支出绩效自评,${report.year}年度,${report.unitName}`,
    producer: `${APP_NAME} ${APP_VERSION}`,
    creationDate: now,
    reportId,
    contentSha256,
  };
}

export async function exportReportPdf(report: Report, options: ExportPdfOptions): Promise<ExportedPdf> {
  const layout = options.layout ?? GBT9704_DEFAULTS;
  const now = options.now ?? (() => new Date());
  const document = assembleReport(report, rulePackFor(report.rulePackId));
  const outcome = await options.renderer.render(
    {
      document,
      settings: layout,
      meta: {
        ...pdfMeta(report, options.reportId ?? '', now(), options.contentSha256),
        ...(options.signoff ? { signoff: options.signoff } : {}),
      },
      fonts: { fontDir: options.assets.fontDir, choice: options.fonts ?? 'bundled' },
    },
    { timeLimitMs: layout.timeLimitMs, heapLimitMb: layout.heapLimitMb },
  );
  if (!outcome.ok) {
    throw new PdfExportError(
      'missing-glyphs',
      MISSING_GLYPHS_MESSAGE,
      describeMissingGlyphs(outcome.missing),
      outcome.missing,
    );
  }
  return {
    fileName: pdfFileName(report.unitName, report.year),
    bytes: outcome.bytes,
    pages: outcome.pages,
  };
}
