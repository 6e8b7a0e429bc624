/**
 * One report → one Word document: assemble the content (the same ReportDocument as the PDF), describe it and write
 * it. The API service and the `selfeval docx` command both call this.
 */
import type { Report } from '../../../shared/model/report';
import { rulePackFor } from '../../../shared/packs/registry';
import { assembleReport } from '../../../shared/text/assemble';
import { defaultTitle, safeFileName } from '../report-naming';
import { pdfMeta } from '../pdf/export-report-pdf';
import { GBT9704_DEFAULTS, type PdfLayoutSettings } from '../pdf/layout-settings';
import { writeReportDocx } from './write-report-docx';

export interface ExportedDocx {
  fileName: string;
  bytes: Uint8Array;
}

/** The Word document of a report: its default title. */
export function docxFileName(unitName: string, year: number): string {
  return safeFileName(defaultTitle(unitName, year), '报告', 'docx');
}

export async function exportReportDocx(
  report: Report,
  layout: PdfLayoutSettings = GBT9704_DEFAULTS,
): Promise<ExportedDocx> {
  const document = assembleReport(report, rulePackFor(report.rulePackId));
  // The PDF's metadata (title, unit, subject, keywords); no content hash: a Word document is not verified.
  const { title, author, subject, keywords, producer } = pdfMeta(report, '', new Date(), '');
  const bytes = await writeReportDocx(document, layout, { title, author, subject, keywords, producer });
  return { fileName: docxFileName(report.unitName, report.year), bytes };
}
