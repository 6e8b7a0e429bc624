/**
 * No row may vanish (pdfmake drops a row kept whole that is taller than a page, #1159): a 附件2 row whose text
 * needs several pages is split across them, and every row is still in the PDF.
 */
import { describe, expect, it } from 'vitest';
import { buildDocDefinition } from '../../electron/services/pdf/doc-definition';
import { exportReportPdf } from '../../electron/services/pdf/export-report-pdf';
import { GBT9704_DEFAULTS } from '../../electron/services/pdf/layout-settings';
import {
  bundledFonts,
  documentOf,
  flatText,
  IN_PROCESS_ASSETS,
  inProcessRenderer,
  pdfText,
  referenceReport,
  renderPages,
  tablesOf,
  TEST_META,
} from './pdf-test-kit';

const NAMES = ['指标甲', '指标乙', '指标丙', '指标丁', '指标戊', '指标己'];
const LONG = `长段起${'偏差原因分析及改进措施的详细说明，'.repeat(260)}长段止`;

function reportWithTallRow() {
  const report = referenceReport();
  const template = report.selfEval.indicators[0];
  if (!template) throw new Error('the reference has indicators');
  report.selfEval.indicators = NAMES.map((name, i) => ({ ...template, name, deviation: i === 2 ? LONG : `说明${i}` }));
  return report;
}

describe('a table row taller than a page', () => {
  it('lets the segment holding it break rows, and keeps short-row segments whole', () => {
    const { definition } = buildDocDefinition(
      documentOf(reportWithTallRow()),
      GBT9704_DEFAULTS,
      bundledFonts().metrics,
      TEST_META,
    );
    const tables = definition.content.flatMap(tablesOf);
    const withTallRow = tables.filter((t) => JSON.stringify(t.table.body).includes('长段起'));
    expect(withTallRow).toHaveLength(1);
    expect(withTallRow[0]?.table.dontBreakRows).toBe(false);
    // The indicator segment repeats its column headings on every page.
    expect(withTallRow[0]?.table.headerRows).toBe(1);
  });

  it('is split across pages, not dropped: every row is in the PDF', async () => {
    const pdf = await exportReportPdf(reportWithTallRow(), {
      renderer: inProcessRenderer,
      assets: IN_PROCESS_ASSETS,
    });
    const raw = pdfText(pdf.bytes, 'raw');
    const flat = flatText(raw);
    for (const name of NAMES) expect(flat.split(name).length - 1).toBe(1);
    expect(flat).toContain('长段起');
    expect(flat).toContain('长段止');
    // The long text (about 4,700 characters in a narrow column) fills several pages of 附件2.
    const pagesOfTable2 = raw.split('\f').filter((page) => flatText(page).includes('的详细说明'));
    expect(pagesOfTable2.length).toBeGreaterThanOrEqual(3);
    // Each of those pages starts with the repeated column headings.
    for (const page of pagesOfTable2) expect(flatText(page)).toContain('一级指标二级指标三级指标');
    renderPages(pdf.bytes, 'row-split');
  });
});
