/**
 * The project-table Excel dialog in Chromium, hosted on the 导入Excel screen: a workbook of the reference's nine
 * tables, one of them renamed, is previewed (eight matched by name, one unmatched), the clerk picks the project for
 * the renamed one, applies, and the database holds all nine tables; the export button hands out a workbook that
 * reads back with nine sheets. Screenshots: test-artifacts/screenshots/editor-70-*.png.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createReportService } from '../../electron/services/report-service';
import * as store from '../../electron/db/report-store';
import { writeProjectTablesWorkbook } from '../../electron/services/excel/write-workbook';
import { serializeReportFile } from '../../shared/format/report-file';
import { referenceWithTables, withoutTables } from '../excel/project-tables/reference-tables';
import { openApp, openScreen, shot, startHarness, type Harness } from './editor-harness';

let h: Harness;
let page: Page;
let id = '';
const dir = mkdtempSync(path.join(os.tmpdir(), 'selfeval-project-tables-'));
const WORKBOOK = path.join(dir, '项目支出绩效自评表.xlsx');
const RENAMED = '办案经费（旧称）';

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeProjectTablesWorkbook(referenceWithTables())) as unknown as ArrayBuffer);
  for (const ws of wb.worksheets)
    ws.eachRow((row) => {
      if (row.getCell(2).value === '办案业务、装备购置费') row.getCell(2).value = RENAMED;
    });
  writeFileSync(WORKBOOK, Buffer.from(await wb.xlsx.writeBuffer()));

  h = await startHarness();
  page = h.page;
  const service = createReportService(h.db, { appVersion: 'test' });
  const content = serializeReportFile(withoutTables(referenceWithTables()), {
    title: '通道侗族自治县公安局2024年度部门整体支出绩效自评报告',
    generator: 'test',
    exportedAt: '2025-05-29T00:00:00Z',
  });
  id = (await service['report.importFile']({ content })).id;
  await openApp(h);
  await page.goto(`${h.server.url}#/report/${id}/import`);
  await page.locator('[data-screen="import"]').waitFor();
});

afterAll(async () => {
  await h?.close();
});

const dialog = () => page.locator('.ant-modal').filter({ hasText: '导入项目支出绩效自评表' });

describe('project tables from Excel, in the browser', () => {
  it('previews the matching, lets the clerk pick the project of an unmatched table, and applies', async () => {
    await openScreen(page, 'import');
    const section = page.locator('[data-testid="project-tables-excel"]');
    await section.scrollIntoViewIfNeeded();
    await shot(page, '70-project-tables-buttons');
    await page.locator('[data-testid="project-tables-file"]').setInputFiles(WORKBOOK);
    await dialog().locator('[data-testid="project-tables-preview"]').waitFor();
    const text = await dialog().innerText();
    expect(text).toContain('找到的项目支出绩效自评表（9张）');
    expect(text).toContain(RENAMED);
    expect(text).toContain('没有导入表格的项目（1个）');
    expect(await dialog().locator('[data-testid="projects-without-table"]').innerText()).toBe(
      '第3行 办案业务、装备购置费',
    );
    expect(text).toContain(`表中项目「${RENAMED}」在报告的项目清单中没有找到`);
    await shot(page, '70-project-tables-preview-unmatched');

    await dialog().getByLabel(`「${RENAMED}」对应的项目`).click();
    await page.locator('.ant-select-item-option').filter({ hasText: '第3行 办案业务、装备购置费' }).click();
    await dialog().locator('[data-testid="projects-without-table"]').waitFor({ state: 'detached' });
    expect(await dialog().innerText()).toContain('已指定');
    await shot(page, '70-project-tables-preview-chosen');

    const before = store.getReport(h.db, id).revision;
    await dialog().getByRole('button', { name: '应用导入' }).click();
    await dialog().waitFor({ state: 'hidden' });
    const after = store.getReport(h.db, id);
    expect(after.revision).toBe(before + 1);
    expect(after.report.projects.items.map((p) => p.table)).toEqual(
      referenceWithTables().projects.items.map((p) => p.table),
    );
    expect(h.consoleErrors).toEqual([]);
  });

  it('导出全部项目表 downloads a workbook with one sheet per project', async () => {
    const section = page.locator('[data-testid="project-tables-excel"]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: '导出全部项目表' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('通道侗族自治县公安局2024年度项目支出绩效自评表.xlsx');
    const file = path.join(dir, 'export.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((ws) => ws.name)).toHaveLength(9);
    expect(wb.worksheets[0]?.name).toBe('附件3 县监管中心监管场所医疗工作及相关经费');
  });
});
