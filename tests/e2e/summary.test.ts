/**
 * The 汇总 screen in Chromium (issue 17 part 2): the bureau picks the fourteen fixture report files and the PDFs sent
 * with some of them; the table shows the same rows, totals, duplicate and unreadable files as `selfeval summary`
 * (values written out by hand in tests/summary/summary-expected.ts), sorts and filters, and exports the workbook
 * and the chart.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUMMARY_FIXTURES } from '../fixtures/summary-fixtures';
import { EXPECTED_ROWS, EXPECTED_UNREADABLE, type ExpectedRow } from '../summary/summary-expected';
import { makeSummaryPdfs } from '../summary/summary-pdfs';
import { openApp, shot, startHarness, type Harness } from './editor-harness';

let h: Harness;
let page: Page;
let files: string[];

beforeAll(async () => {
  h = await startHarness({ today: '2025-06-30' });
  page = h.page;
  const pdfDir = mkdtempSync(path.join(tmpdir(), 'selfeval-summary-pdfs-'));
  const pdfs = await makeSummaryPdfs();
  writeFileSync(path.join(pdfDir, '13-通道侗族自治县公安局（修改后）.pdf'), pdfs.approved);
  writeFileSync(path.join(pdfDir, '02-县财政局.pdf'), pdfs.plain);
  files = [
    ...readdirSync(SUMMARY_FIXTURES).map((f) => path.join(SUMMARY_FIXTURES, f)),
    ...readdirSync(pdfDir).map((f) => path.join(pdfDir, f)),
  ];
  await openApp(h);
}, 120_000);

afterAll(async () => {
  await h?.close();
});

/** The unit cell without its duplicate tag. */
const unitOf = (cell: string | undefined) => (cell ?? '').replace(/\s*(有重复|重复，未计入合计)$/, '');

const two = (v: number | null) => (v === null ? '未填写' : v.toFixed(2));
const pct = (v: number | null) => (v === null ? '未填写' : `${(v * 100).toFixed(2)}%`);

/** The cells the screen shows for a row, as the clerk reads them. */
function shown(e: ExpectedRow): string[] {
  return [
    e.unit,
    String(e.year),
    e.pack.split('\n')[0] ?? '',
    two(e.initial),
    two(e.annual),
    two(e.spent),
    pct(e.rate),
    e.projects === null ? '未填写' : String(e.projects),
    two(e.threePublic),
    pct(e.threePublicChange),
    two(e.score),
    e.grade ?? '未填写',
    String(e.errors),
    String(e.warnings),
    String(e.open),
  ];
}

async function rowTexts(): Promise<string[][]> {
  return page
    .locator('[data-testid="summary-table"] .ant-table-tbody tr.ant-table-row')
    .evaluateAll((rows) =>
      rows.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td as HTMLElement).innerText.trim())),
    );
}

describe('汇总 screen', () => {
  it('shows the same table as selfeval summary: every row, the duplicate, the unreadable files, the totals', async () => {
    await page.locator('.app-nav').getByText('汇总').click();
    await page.locator('.summary-page').waitFor();
    await page.locator('[data-testid="summary-file-input"]').setInputFiles(files);
    await page.locator('[data-testid="summary-totals"]').waitFor();

    const rows = await rowTexts();
    expect(rows).toHaveLength(EXPECTED_ROWS.length);
    EXPECTED_ROWS.forEach((e, i) => {
      const cells = rows[i] ?? [];
      const unit = e.file.startsWith('01-')
        ? `${e.unit}\n有重复`
        : e.file.startsWith('13-')
          ? `${e.unit}\n重复，未计入合计`
          : e.unit;
      expect([unitOf(cells[0]), ...cells.slice(1, 15)], e.file).toEqual(shown(e));
      expect(cells[0]?.replace(/\s+/g, ''), e.file).toBe(unit.replace(/\s+/g, ''));
      expect(cells[16], e.file).toBe(`${e.file}.selfeval.json`);
    });
    const pdfOf = (file: string) => rows[EXPECTED_ROWS.findIndex((e) => e.file === file)]?.[15] ?? '';
    expect(pdfOf('01-通道侗族自治县公安局')).toBe('未提供PDF');
    expect(pdfOf('02-县财政局')).toContain('不是签发版PDF（没有签发标记）');
    expect(pdfOf('13-通道侗族自治县公安局（修改后）')).toContain('签发版第1版，与报告文件一致');

    const totals = await page.locator('[data-testid="summary-totals"]').innerText();
    for (const text of [
      '合计（11个单位，重复的报告不计）',
      '77221.28（10个单位）',
      '83904.13（10个单位）',
      '73913.53（9个单位）',
      '97.38%（9个单位）',
      '25（9个单位）',
      '264.45（9个单位）',
      '32.36%（8个单位）',
    ]) {
      expect(totals).toContain(text);
    }
    expect(await page.locator('[data-testid="summary-duplicate"]').innerText()).toContain(
      '重复：通道侗族自治县公安局 2024年度 有 2 份报告',
    );
    const unreadable = await page.locator('[data-testid="summary-unreadable"]').innerText();
    for (const u of EXPECTED_UNREADABLE) {
      expect(unreadable).toContain(`${u.file}.selfeval.json：${u.reason}`);
    }
    await shot(page, '60-summary');
  });

  it('sorts by 执行率 (unstated last) and filters by unit and by 强制', async () => {
    await page.locator('.ant-table-thead th').filter({ hasText: '执行率' }).first().click();
    let rows = await rowTexts();
    expect(rows.map((r) => r[6])).toEqual([
      '72.00%',
      '80.00%',
      '95.00%',
      '97.86%',
      '98.00%',
      '98.08%',
      '98.50%',
      '99.71%',
      '100.00%',
      '105.00%',
      '未填写',
      '未填写',
    ]);
    await page.locator('.ant-table-thead th').filter({ hasText: '执行率' }).first().click();
    rows = await rowTexts();
    expect(rows.map((r) => r[6]).slice(0, 2)).toEqual(['105.00%', '100.00%']);
    expect(rows.map((r) => r[6]).slice(-2)).toEqual(['未填写', '未填写']);

    await page.locator('.summary-unit-filter input').fill('公安局');
    await page.locator('.summary-unit-filter input').press('Enter');
    rows = await rowTexts();
    expect(rows.map((r) => unitOf(r[0]))).toEqual(['通道侗族自治县公安局', '通道侗族自治县公安局']);
    await page.locator('.summary-unit-filter input').fill('');
    await page.locator('.summary-unit-filter input').press('Enter');
    expect(await rowTexts()).toHaveLength(EXPECTED_ROWS.length);

    await page.locator('.ant-table-thead th').filter({ hasText: '强制' }).locator('.ant-table-filter-trigger').click();
    await page.locator('.ant-dropdown').getByText('有强制问题', { exact: true }).click();
    await page
      .locator('.ant-dropdown')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await expect.poll(async () => (await rowTexts()).length).toBe(3);
    rows = await rowTexts();
    expect(rows.map((r) => unitOf(r[0])).sort()).toEqual(
      ['通道侗族自治县公安局', '通道侗族自治县水利局', '通道侗族自治县民政局'].sort(),
    );
    await shot(page, '61-summary-filtered');
  });

  it('exports the workbook the table shows, and the chart as a picture', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出汇总表（Excel）' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('汇总.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await file.path());
    const ws = workbook.getWorksheet('汇总');
    expect(ws?.getCell('B5').value).toBe(EXPECTED_ROWS[0]?.unit);
    expect(ws?.getCell('F6').value).toBe(1500);
    expect(ws?.getCell('A17').value).toBe('合计（11个单位，重复的报告不计）');
    expect(workbook.getWorksheet('无法读取的文件')?.getCell('B3').value).toBe(
      `${EXPECTED_UNREADABLE[1]?.file}.selfeval.json`,
    );

    const chart = page.locator('[data-testid="summary-chart"]');
    await chart.waitFor();
    const size = await chart.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
    expect(size[0]).toBe(1200);
    expect(size[1]).toBeGreaterThan(400);
    await chart.scrollIntoViewIfNeeded();
    await shot(page, '62-summary-chart');
    expect(h.consoleErrors).toEqual([]);
    expect(h.foreignRequests).toEqual([]);
  });
});
