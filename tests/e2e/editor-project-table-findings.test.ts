/**
 * A finding inside a project's 项目支出绩效自评表 (the core checks of issue 16) in the editor, in Chromium at 1366×768:
 * listed under 项目自评汇总 in the checks panel and counted there in the side list; a click opens that project's
 * table and focuses the cell; the cell is flagged; fixing it clears the finding.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import * as store from '../../electron/db/report-store';
import { Report } from '../../shared/model/report';
import { field, focusedPath, openApp, repoRoot, shot, startHarness, typeInto, type Harness } from './editor-harness';

let h: Harness;
let page: Page;
let id = '';
const P = 2;
const CELL = `projects.items.${P}.table.indicators.0.scoreCenti`;

beforeAll(async () => {
  h = await startHarness({ viewport: { width: 1366, height: 768 } });
  page = h.page;
  const file = path.join(repoRoot, 'tests', 'fixtures', 'reference-2024-projects.selfeval.json');
  const report = Report.parse((JSON.parse(readFileSync(file, 'utf8')) as { report: unknown }).report);
  const row = report.projects.items[P]!.table!.indicators[0]!;
  // 得分 over 分值: a 强制 finding at the cell.
  row.scoreCenti = row.weightCenti! + 500;
  id = store.createReport(h.db, { title: '项目自评表审核', report, summary: '新建' }).id;
  await openApp(h);
  await page.goto(`${h.server.url}#/report/${id}/projects`);
  await page.locator('[data-screen="projects"]').waitFor();
});

afterAll(async () => {
  await h?.close();
});

describe('a finding in a project table', () => {
  it('is listed under 项目自评汇总, and a click opens the table at the cell', async () => {
    const group = page.locator('.checks-group', { hasText: '项目自评汇总（项目支出绩效自评表）' });
    const item = group.locator('[data-finding="SCORE_OVER_WEIGHT"]');
    await item.waitFor();
    expect(await item.innerText()).toContain('项目（3）“办案业务、装备购置费”项目支出绩效自评表 第1行');
    expect(await page.locator('button.nav-item[data-view="projectTables"] .nav-count.error').innerText()).toBe('1');
    await item.locator('.finding-jump').click();
    await page.locator(`[data-screen="projectTable-${P}"]`).waitFor();
    await expect.poll(() => focusedPath(page)).toBe(CELL);
    // Flagged red (FieldFlags): seen once the cursor has left it.
    await page.keyboard.press('Tab');
    const outline = await field(page, CELL).evaluate((el) => getComputedStyle(el).outlineColor);
    expect(outline).toBe('rgb(229, 72, 77)');
    await shot(page, '74-project-table-finding-1366');

    await typeInto(field(page, CELL), '15');
    await expect.poll(() => item.count()).toBe(0);
    expect(h.consoleErrors).toEqual([]);
  });
});
