/**
 * The reports home in Chromium: import the reference file, rename it, start next year's report from it, export it
 * as a file (downloaded by the page), delete it into the 回收站 and restore it. Every answer is checked in the
 * database the page works on.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseReportFile } from '../../shared/format/report-file';
import * as store from '../../electron/db/report-store';
import { UNIT, field, fixturePath, openApp, referenceReport, shot, startHarness, type Harness } from './editor-harness';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness();
  page = h.page;
});

afterAll(async () => {
  await h?.close();
});

const row = (text: string) => page.locator('tr.clickable-row', { hasText: text });

describe('the reports home', () => {
  it('asks for the unit before creating a report', async () => {
    await openApp(h);
    await page.getByRole('button', { name: '新建报告' }).click();
    const dialog = page.locator('.ant-modal').filter({ hasText: '新建报告' });
    await dialog.getByRole('button', { name: '创建并打开' }).click();
    await dialog.getByText('请填写单位名称').waitFor();
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(store.listReports(h.db)).toHaveLength(0);
  });

  it('imports the reference file and lists it with its open findings', async () => {
    await page.locator('[data-testid="import-file-input"]').setInputFiles(fixturePath);
    await row(UNIT).waitFor();
    const cells = await row(UNIT).locator('td').allInnerTexts();
    expect(cells.slice(0, 4)).toEqual([UNIT, '2024', `2024年度${UNIT}部门整体支出绩效自评报告`, '草稿']);
    expect(cells.slice(5, 7)).toEqual(['1', '6']);
  });

  it('renames a report', async () => {
    await row(UNIT).getByRole('button', { name: '重命名' }).click();
    const dialog = page.locator('.ant-modal').filter({ hasText: '重命名报告' });
    await dialog.getByLabel('报告标题').fill('2024年度自评报告（定稿）');
    await shot(page, '27-rename');
    await dialog.getByLabel('报告标题').press('Enter');
    await row('2024年度自评报告（定稿）').waitFor();
    expect(store.listReports(h.db)[0]?.title).toBe('2024年度自评报告（定稿）');
  });

  it('exports the report file through a download', async () => {
    const download = page.waitForEvent('download');
    await row(UNIT).getByRole('button', { name: '导出' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('2024年度自评报告（定稿）.selfeval.json');
    const path = await file.path();
    const parsed = parseReportFile(readFileSync(path, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.report).toEqual(referenceReport());
      expect(parsed.title).toBe('2024年度自评报告（定稿）');
    }
  });

  it('starts next year’s report from this one: wording kept, figures cleared', async () => {
    await page.getByRole('button', { name: '新建报告' }).click();
    const dialog = page.locator('.ant-modal').filter({ hasText: '新建报告' });
    await dialog.getByText('由已有报告结转').click();
    await dialog.locator('.ant-select').click();
    await page
      .locator('.ant-select-dropdown:visible')
      .getByText(/2024年度 · 通道/)
      .click();
    expect(await dialog.getByLabel('评价年度').inputValue()).toBe('2025');
    await shot(page, '28-copy-forward');
    await dialog.getByRole('button', { name: '创建并打开' }).click();
    await page.locator('[data-screen="info"]').waitFor();
    expect(await field(page, 'year').inputValue()).toBe('2025');
    await page.locator('button.nav-item[data-view="projects"]').click();
    expect(await field(page, 'projects.items.3.name').inputValue()).toBe('城市电子监控维护运行费');
    expect(await field(page, 'projects.items.3.spentFen').inputValue()).toBe('');
    await page.getByRole('button', { name: /返回报告列表/ }).click();
    await row('2025').waitFor();
    const listed = store.listReports(h.db).map((r) => [r.unitName, r.year]);
    expect(listed).toEqual([
      [UNIT, 2025],
      [UNIT, 2024],
    ]);
    // The list keeps a unit's reports together, newest year first.
    expect(await page.locator('tr.clickable-row td:nth-child(2)').allInnerTexts()).toEqual(['2025', '2024']);
    await shot(page, '29-home-two-years');
  });

  it('deletes a report into the 回收站 and restores it', async () => {
    await row('2024').getByRole('button', { name: '删除' }).click();
    const confirm = page.locator('.ant-modal-confirm');
    expect(await confirm.innerText()).toContain('可以在“回收站”中恢复');
    await confirm.getByRole('button', { name: '移到回收站' }).click();
    await row('2024').waitFor({ state: 'detached' });
    expect(store.listReports(h.db, { deleted: true }).map((r) => r.year)).toEqual([2024]);
    await page.getByRole('tab', { name: /回收站（1）/ }).click();
    const binRow = page.locator('tr.bin-row', { hasText: '2024' });
    await binRow.waitFor();
    await shot(page, '30-recycle-bin');
    await binRow.getByRole('button', { name: '恢复' }).click();
    await binRow.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: /全部报告（2）/ }).click();
    await row('2024').waitFor();
    expect(store.listReports(h.db, { deleted: true })).toEqual([]);
  });

  it('left no console errors', () => {
    expect(h.consoleErrors).toEqual([]);
    expect(h.foreignRequests).toEqual([]);
  });
});
