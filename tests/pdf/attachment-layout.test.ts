/**
 * The attachments' layout against the reference export: 附件1 ends on its first page (a size smaller when it
 * would spill a few rows), a long 附件1 keeps the standard size and continues over pages, 附件2's columns are as
 * wide as their cells need (the 偏差原因 column gets what 分值/得分 do not use), and landscape pages carry their
 * number at the table's left (GB/T 9704 §10.1).
 */
import { describe, expect, it } from 'vitest';
import { buildDocDefinition } from '../../electron/services/pdf/doc-definition';
import { exportReportPdf } from '../../electron/services/pdf/export-report-pdf';
import { GBT9704_DEFAULTS, mmToPt } from '../../electron/services/pdf/layout-settings';
import type { SectionNode, TextNode } from '../../electron/services/pdf/pdf-nodes';
import { readFileSync } from 'node:fs';
import { Report } from '../../shared/model/report';
import {
  bundledFonts,
  documentOf,
  flatText,
  IN_PROCESS_ASSETS,
  inProcessRenderer,
  pdfText,
  pdfWordBoxes,
  referenceReport,
  tablesOf,
  TEST_META,
} from './pdf-test-kit';

const fonts = bundledFonts();

function sections(report: Report): SectionNode[] {
  const { definition } = buildDocDefinition(documentOf(report), GBT9704_DEFAULTS, fonts.metrics, TEST_META);
  return definition.content.filter((n): n is SectionNode => 'section' in n);
}

function cellSizes(section: SectionNode): Set<number> {
  const sizes = tablesOf(section).flatMap((t) =>
    t.table.body.flat().flatMap((c) => ('fontSize' in c && c.fontSize ? [c.fontSize] : [])),
  );
  return new Set(sizes);
}

const exportPdf = (report: Report) =>
  exportReportPdf(report, { renderer: inProcessRenderer, assets: IN_PROCESS_ASSETS });

/** The reference's PDF, exported once for the tests that read it. */
let referencePdf: ReturnType<typeof exportPdf> | null = null;
const reference = () => (referencePdf ??= exportPdf(referenceReport()));

async function pagesOf(pdf: ReturnType<typeof exportPdf>): Promise<string[]> {
  return pdfText((await pdf).bytes, 'raw')
    .split('\f')
    .map(flatText);
}

describe('附件1 基础数据表', () => {
  it('of the reference ends on its first page, set a little smaller than 小四 but not below 五号', async () => {
    const [table1] = sections(referenceReport());
    const sizes = [...cellSizes(table1 as SectionNode)];
    expect(sizes).toHaveLength(1);
    expect(sizes[0]).toBeLessThan(GBT9704_DEFAULTS.tableFontPt);
    expect(sizes[0]).toBeGreaterThanOrEqual(GBT9704_DEFAULTS.tableMinFontPt);
    const pages = await pagesOf(reference());
    const first = pages.findIndex((p) => p.startsWith('附件1'));
    expect(first).toBeGreaterThan(0);
    expect(pages[first]).toContain('厉行节约保障措施');
    expect(pages[first + 1]?.startsWith('附件2')).toBe(true);
  });

  it('with many project rows keeps 小四 and continues over pages, every row printed', async () => {
    const report = referenceReport();
    const row = { label: '', prevFinalFen: 100, budgetFen: 200, finalFen: 300 };
    report.baseData.projectRows = Array.from({ length: 40 }, (_, i) => ({ ...row, label: `专项经费第${i + 1}项` }));
    expect([...cellSizes(sections(report)[0] as SectionNode)]).toEqual([GBT9704_DEFAULTS.tableFontPt]);
    const pages = await pagesOf(exportPdf(report));
    const first = pages.findIndex((p) => p.startsWith('附件1'));
    const table1 = pages
      .slice(
        first,
        pages.findIndex((p) => p.startsWith('附件2')),
      )
      .join('');
    expect(pages.findIndex((p) => p.startsWith('附件2')) - first).toBeGreaterThanOrEqual(2);
    for (let i = 1; i <= 40; i++) expect(table1).toContain(`${i}、专项经费第${i}项`);
  });
});

describe('附件2 自评表 columns', () => {
  it('give 偏差原因 more than its weighted share, taken from columns that need less', () => {
    const table2 = sections(referenceReport())[1] as SectionNode;
    const indicators = tablesOf(table2).find((t) => (t.table.body[0]?.[0] as TextNode).text === '一级指标');
    if (!indicators) throw new Error('the indicator segment starts with its column headings');
    const widths = indicators.table.widths;
    const weights = [2, 2, 3, 2, 2, 1.2, 1.2, 4];
    const total = widths.reduce((a, b) => a + b, 0);
    const share = (i: number) => (total * (weights[i] ?? 0)) / weights.reduce((a, b) => a + b, 0);
    expect(widths[7]).toBeGreaterThan(share(7) * 1.2);
    expect(widths[5]).toBeLessThan(share(5));
    // 分值 and 得分 still hold their figures ("100", "9.65") and headings on one line.
    const size = GBT9704_DEFAULTS.wideTableFontPt;
    expect(widths[5]).toBeGreaterThanOrEqual(fonts.metrics.bodyBold.widthEm('分值') * size);
    expect(widths[6]).toBeGreaterThanOrEqual(fonts.metrics.body.widthEm('96.9') * size);
  });
});

describe('a table with a cell spanning rows (项目资金 in a 项目支出绩效自评表)', () => {
  it('measures the rows below it from the next column, so 执行率 “93.85%” gets a column wide enough', () => {
    const file = new URL('../fixtures/reference-2024-projects.selfeval.json', import.meta.url);
    const report = Report.parse((JSON.parse(readFileSync(file, 'utf8')) as { report: unknown }).report);
    const table3 = sections(report)[2] as SectionNode;
    const money = tablesOf(table3)[0];
    if (!money) throw new Error('附件3 has a table');
    // Column 6 holds 执行率 in the money block (得分 in the indicator block).
    const size = Math.min(...cellSizes(table3));
    expect(money.table.widths[6]).toBeGreaterThanOrEqual(fonts.metrics.body.widthEm('93.85%') * size);
  });
});

describe('page numbers on landscape pages', () => {
  it('sit at the table’s left: odd pages at its lower-left corner, even pages at its upper-left', async () => {
    const pdf = await reference();
    const [left, top, , bottom] = [mmToPt(35), mmToPt(28), mmToPt(37), mmToPt(26)];
    const pageHeight = 595.28;
    const landscape = pdfText(pdf.bytes, 'raw')
      .split('\f')
      .map((text, i) => ({ page: i + 1, text }))
      .filter((p) => flatText(p.text).includes('偏差原因分析及改进措施'));
    expect(landscape.map((p) => p.page % 2).sort()).toEqual([0, 1]);
    for (const { page } of landscape) {
      const words = pdfWordBoxes(pdf.bytes, page);
      const number = words.find((w) => w.text === String(page));
      const dashes = words.filter((w) => w.text === '—' && Math.abs(w.yMin - (number?.yMin ?? -1)) < 1);
      if (!number || dashes.length !== 2) throw new Error(`page ${page}: number "— ${page} —" expected`);
      // Right end 7 mm left of the 版心.
      expect(Math.max(...dashes.map((d) => d.xMax))).toBeCloseTo(left - mmToPt(7), 0);
      if (page % 2 === 1) expect(number.yMax).toBeCloseTo(pageHeight - bottom - 14, -1);
      else expect(number.yMin).toBeCloseTo(top + 14, -1);
    }
  });
});
