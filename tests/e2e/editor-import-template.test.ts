/**
 * Importing an empty and a half-filled template into a filled report, in Chromium (issue 13 item 2): nothing in the
 * report changes unless the clerk explicitly asks to clear, and rows the workbook lacks are deleted only after
 * their own confirmation.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createReportService } from '../../electron/services/report-service';
import * as store from '../../electron/db/report-store';
import { writeTemplateWorkbook } from '../../electron/services/excel/write-workbook';
import { fixturePath, openApp, openScreen, referenceReport, shot, startHarness, type Harness } from './editor-harness';

let h: Harness;
let page: Page;
let id = '';
const dir = mkdtempSync(path.join(os.tmpdir(), 'selfeval-template-'));
const EMPTY = path.join(dir, '空白模板.xlsx');
const HALF = path.join(dir, '填了一半的模板.xlsx');

const stored = () => store.getReport(h.db, id);
const importView = () => page.locator('[data-screen="import"]');

async function waitForPhase(kind: string): Promise<void> {
  await page.locator(`[data-screen="import"][data-import-phase="${kind}"]`).waitFor();
}

async function previewText(): Promise<string> {
  return page.locator('[data-testid="import-preview"]').innerText();
}

beforeAll(async () => {
  // The templates the program itself hands out, with 填报单位 left blank; one gets a single figure typed in.
  const template = await writeTemplateWorkbook({ ...referenceReport(), unitName: '' });
  writeFileSync(EMPTY, template);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('附件2 自评表')!;
  for (let r = 1; r <= ws.rowCount; r++) {
    if (String(ws.getRow(r).getCell(1).value ?? '').includes('年度资金总额')) {
      ws.getRow(r).getCell(3).value = 6000;
      ws.getRow(r).getCell(4).value = '—';
    }
  }
  writeFileSync(HALF, Buffer.from(await wb.xlsx.writeBuffer()));

  h = await startHarness();
  page = h.page;
  const service = createReportService(h.db, { appVersion: 'test' });
  id = (await service['report.importFile']({ content: readFileSync(fixturePath, 'utf8') })).id;
  await openApp(h);
  await page.goto(`${h.server.url}#/report/${id}/import`);
  await page.locator('[data-screen="import"]').waitFor();
});

afterAll(async () => {
  await h?.close();
});

describe('a template imported into a filled report', () => {
  it('an empty template is called one, and 应用 stays disabled', async () => {
    const before = stored();
    await openScreen(page, 'import');
    await page.locator('[data-testid="import-xlsx-input"]').setInputFiles(EMPTY);
    await waitForPhase('preview');
    expect(await importView().locator('.import-summary').innerText()).toContain('这是空白模板');
    expect(await previewText()).toContain('将要修改的内容（共0项）');
    expect(await previewText()).not.toContain('不一致');
    expect(await importView().getByRole('button', { name: '应用' }).isDisabled()).toBe(true);
    await shot(page, '48-import-empty-template');
    await importView().getByRole('button', { name: '取消' }).click();
    await waitForPhase('idle');
    expect(stored()).toEqual(before);
  });

  it('a half-filled template changes the one typed figure; blanks and "—" keep the report', async () => {
    const before = stored();
    await page.locator('[data-testid="import-xlsx-input"]').setInputFiles(HALF);
    await waitForPhase('preview');
    expect(await previewText()).toContain('将要修改的内容（共1项）');
    // The report's projects and indicators are not in the template: listed apart, kept.
    expect(await page.locator('[data-testid="import-deletions"]').count()).toBe(0);
    await shot(page, '49-import-half-template');
    await importView().getByRole('button', { name: '应用' }).click();
    await waitForPhase('applied');
    const after = stored();
    expect(after.revision).toBe(before.revision + 1);
    expect(after.report).toEqual({ ...before.report, budget: { ...before.report.budget, initialFen: 6_000_000_000 } });
  });

  it('only when the clerk ticks 清空 do the blanks clear figures; deleting rows needs its own confirmation', async () => {
    const before = stored();
    await importView().getByRole('button', { name: '导入其他工作簿' }).click();
    await page.locator('[data-testid="import-xlsx-input"]').setInputFiles(HALF);
    await waitForPhase('preview');
    await page.locator('[data-testid="import-clear-missing"]').click();
    await page.locator('[data-testid="import-deletions"]').waitFor();
    const text = await previewText();
    expect(text).toMatch(/将要修改的内容（共\d{2,}项）/);
    const rows = before.report.projects.items.length + before.report.selfEval.indicators.length;
    expect(text).toContain(`报告中有而工作簿中没有的行（${rows}行，将保留）`);
    await page.locator('[data-testid="import-delete-rows"]').click();
    const confirm = page.locator('.ant-modal-confirm');
    await confirm.getByRole('button', { name: '删除这些行' }).waitFor({ state: 'visible' });
    expect(await confirm.innerText()).toContain(`删除报告中的${rows}行？`);
    await shot(page, '50-import-confirm-deletion');
    await confirm.getByRole('button', { name: '保留' }).click();
    expect(await page.locator('[data-testid="import-delete-rows"]').isChecked()).toBe(false);
    await shot(page, '51-import-clear-chosen');
    // Cancelled: still nothing written.
    await importView().getByRole('button', { name: '取消' }).click();
    await waitForPhase('idle');
    expect(stored()).toEqual(before);
  });
});
