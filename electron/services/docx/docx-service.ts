/**
 * The Word slice of the API: `export.docx` writes a stored report as a .docx in the unit's layout (margins, grid and
 * sizes of 版式设置, as the PDF) and returns the bytes (base64) for the page to save.
 */
import type { SliceHandlers } from '../../../shared/api/contract';
import type { docxApi } from '../../../shared/api/docx-api';
import type { Report } from '../../../shared/model/report';
import type { PdfLayoutSettings } from '../pdf/layout-settings';
import { exportReportDocx } from './export-report-docx';

export interface DocxServiceDeps {
  getReport(id: string): Report;
  /** The unit's house layout; GB/T 9704 when absent. */
  layout?: () => PdfLayoutSettings;
}

export function createDocxService(deps: DocxServiceDeps): SliceHandlers<typeof docxApi> {
  return {
    'export.docx': async ({ id }) => {
      const docx = await exportReportDocx(deps.getReport(id), deps.layout?.());
      return { fileName: docx.fileName, base64: Buffer.from(docx.bytes).toString('base64') };
    },
  };
}
