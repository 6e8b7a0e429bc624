/** The 汇总 screen's handlers (shared/api/summary-api.ts). */
import type { SliceHandlers } from '../../../shared/api/contract';
import type { SummaryApi } from '../../../shared/api/summary-api';
import { rulePackFor } from '../../../shared/packs/registry';
import { localToday } from '../report-naming';
import { summarizeFile } from './summarize-file';
import { exportSummary, type ChartDrawer } from './summary-export';

export interface SummaryServiceOptions {
  fontDir: string;
  today?: () => string;
  /** The app draws the chart in its PDF worker, not in the main process; tests may draw it in their own thread. */
  drawChart?: ChartDrawer;
}

/** 汇总-2024年度.xlsx, or 汇总.xlsx when the reports span several years or none was readable. */
function baseName(years: readonly number[]): string {
  const distinct = [...new Set(years)];
  return distinct.length === 1 ? `汇总-${distinct[0]}年度` : '汇总';
}

export function createSummaryService(options: SummaryServiceOptions): SliceHandlers<SummaryApi> {
  const today = options.today ?? localToday;
  return {
    'summary.file': ({ name, content, pdf, packId }) =>
      summarizeFile(
        { name, text: content, ...(pdf ? { pdf: { name: pdf.name, bytes: Buffer.from(pdf.data, 'base64') } } : {}) },
        { today: today(), pack: packId ? rulePackFor(packId) : null },
      ),
    'summary.export': async ({ files }) => {
      const result = await exportSummary(files, { fontDir: options.fontDir, drawChart: options.drawChart });
      const base = baseName(result.table.rows.map((r) => r.year));
      return {
        xlsx: { fileName: `${base}.xlsx`, base64: result.xlsx.toString('base64') },
        png: { fileName: `${base}-图表.png`, base64: result.png.toString('base64') },
        svg: { fileName: `${base}-图表.svg`, content: result.svg },
      };
    },
  };
}
