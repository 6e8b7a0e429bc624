/**
 * A long project list (150 rows) in Chromium: only the rows near the visible part are drawn, yet the keyboard walks
 * past them, scrolling shows the last rows, a finding about a row far down takes the clerk to its cell, and a cell
 * being typed in (or holding an entry that does not read) is never lost by scrolling away from it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import * as store from '../../electron/db/report-store';
import {
  field,
  focusedPath,
  openApp,
  referenceReport,
  shot,
  startHarness,
  typeInto,
  type Harness,
} from './editor-harness';

const ROWS = 150;
let h: Harness;
let page: Page;
let id = '';

beforeAll(async () => {
  h = await startHarness();
  page = h.page;
  const report = referenceReport();
  report.projects.items = Array.from({ length: ROWS }, (_, i) => ({
    name: `第${i + 1}号项目`,
    initialFen: 1_000_000,
    annualFen: 1_000_000,
    // Row 141 spends a tenth of its budget and gives no reason: a finding points at its cell.
    spentFen: i === 140 ? 100_000 : 1_000_000,
    addedMidYear: false,
    lowRateReason: '',
    table: null,
  }));
  id = store.createReport(h.db, { title: '长清单', report, summary: '新建' }).id;
  await openApp(h);
  await page.goto(`${h.server.url}#/report/${id}/projects`);
  await field(page, 'projects.items.0.name').waitFor();
});

afterAll(async () => {
  await h?.close();
});

const drawnRows = () => page.locator('[data-screen="projects"] tr[data-row-index]').count();

describe('a long table', () => {
  it('draws only the rows near the visible part, the totals still counting every row', async () => {
    const drawn = await drawnRows();
    expect(drawn).toBeGreaterThan(10);
    expect(drawn).toBeLessThan(60);
    expect(await field(page, `projects.items.${ROWS - 1}.name`).count()).toBe(0);
    expect(await page.locator('[data-screen="projects"] tfoot').innerText()).toContain(`${ROWS}个项目`);
  });

  it('walks down past the drawn rows by keyboard alone', async () => {
    await field(page, 'projects.items.0.annualFen').click();
    for (let i = 0; i < 70; i++) await page.keyboard.press('ArrowDown');
    expect(await focusedPath(page)).toBe('projects.items.70.annualFen');
    expect(await drawnRows()).toBeLessThan(60);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
    expect(await focusedPath(page)).toBe('projects.items.67.annualFen');
  });

  it('draws the last rows when scrolled to the bottom', async () => {
    await page.locator('.editor-main').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await field(page, `projects.items.${ROWS - 1}.name`).waitFor();
    expect(await field(page, `projects.items.${ROWS - 1}.name`).inputValue()).toBe(`第${ROWS}号项目`);
    await shot(page, '60-long-list-bottom');
  });

  it('takes the clerk from a finding to a cell in a row not drawn, from another screen', async () => {
    await page.locator('.editor-main').evaluate((el) => el.scrollTo({ top: 0 }));
    await page.locator('button.nav-item[data-view="budget"]').click();
    await page.locator('[data-screen="budget"]').waitFor();
    await page.locator('.finding-jump', { hasText: '项目（141）' }).click();
    await page.locator('[data-screen="projects"]').waitFor();
    await expect.poll(() => focusedPath(page)).toBe('projects.items.140.lowRateReason');
    const box = await field(page, 'projects.items.140.lowRateReason').boundingBox();
    expect(box && box.y > 0 && box.y < 900).toBe(true);
    await shot(page, '61-long-list-finding');
  });

  it('keeps the cell being typed in, with an entry that does not read, when the clerk scrolls far away', async () => {
    const editor = page.locator('.editor-main');
    const toBottom = () => editor.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    const toTop = () => editor.evaluate((el) => el.scrollTo({ top: 0 }));
    await toTop();
    const cell = field(page, 'projects.items.3.spentFen');
    await cell.click();
    await cell.press('Control+a');
    await page.keyboard.type('12,3a');
    expect(await cell.getAttribute('aria-invalid')).toBe('true');

    // Far down, the row is still drawn and focused: typing goes on where it was.
    await toBottom();
    await field(page, `projects.items.${ROWS - 1}.name`).waitFor();
    expect(await focusedPath(page)).toBe('projects.items.3.spentFen');
    expect(await drawnRows()).toBeLessThan(60);
    await page.keyboard.type('b');
    expect(await cell.inputValue()).toBe('12,3ab');

    // Focus elsewhere (typing brought the cell back into view): the entry that does not read is still kept, with
    // its message, and never stored.
    await toBottom();
    await field(page, `projects.items.${ROWS - 1}.name`).click();
    await toTop();
    await toBottom();
    await toTop();
    expect(await cell.inputValue()).toBe('12,3ab');
    expect(await cell.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('tr[data-row-path="projects.items.3"] .field-error').innerText()).toContain('未保存');
    expect(store.getReport(h.db, id).report.projects.items[3]!.spentFen).toBe(1_000_000);

    // Corrected and left, the row is drawn like any other again: not once it is scrolled far away.
    await typeInto(cell, '20');
    await field(page, 'projects.items.0.name').click();
    await expect.poll(() => store.getReport(h.db, id).report.projects.items[3]!.spentFen).toBe(20_000_000);
    await toBottom();
    await field(page, `projects.items.${ROWS - 1}.name`).waitFor();
    expect(await cell.count()).toBe(0);
    expect(await drawnRows()).toBeLessThan(60);
    await toTop();
  });

  it('预览全文 paints its first screen, then draws the rest: the finished page holds every project and both tables', async () => {
    await page.evaluate(() => performance.clearMarks());
    await page.locator('button.nav-item[data-view="preview"]').click();
    const doc = page.locator('article.doc-page[data-complete]');
    await doc.waitFor();
    const marks = await page.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .map((m) => m.name)
        .filter((n) => /screen-switch:painted|preview:complete/.test(n)),
    );
    expect(marks).toEqual(['selfeval:screen-switch:painted', 'selfeval:preview:complete']);
    const text = await doc.innerText();
    expect(text).toContain(`第${ROWS}号项目`);
    expect(await doc.locator('.doc-attachment').count()).toBe(2);
    expect(await page.locator('.preview-pending').count()).toBe(0);
    expect(await doc.getAttribute('aria-busy')).toBe('false');
  });

  it('finds text in rows not drawn (Ctrl+F in the table), brings each into view, and Esc puts the cursor there', async () => {
    await page.locator('button.nav-item[data-view="projects"]').click();
    await field(page, 'projects.items.0.name').click();
    // The browser's own find would see only the drawn rows: row 141 is not drawn.
    expect(await field(page, 'projects.items.140.name').count()).toBe(0);
    await page.keyboard.press('Control+f');
    const box = page.getByRole('search').getByRole('textbox');
    await expect.poll(() => box.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.type('第141号');
    const status = page.getByTestId('grid-find-status');
    await expect.poll(() => status.innerText()).toBe('第1/1处（第141行）');
    const found = field(page, 'projects.items.140.name');
    await expect.poll(() => found.evaluate((e) => e.classList.contains('find-hit'))).toBe(true);
    const rect = await found.boundingBox();
    expect(rect && rect.y > 0 && rect.y < 900).toBe(true);
    // The search box stays in view beside the hit far down the table.
    const bar = await page.getByRole('search').boundingBox();
    expect(bar && bar.y >= 0 && bar.y + bar.height < rect!.y).toBe(true);
    await shot(page, '62-long-list-find');

    // Every row searched; Enter steps on, Shift+Enter back, wrapping round.
    await box.fill('号项目');
    await expect.poll(() => status.innerText()).toBe(`第1/${ROWS}处（第1行）`);
    await box.press('Shift+Enter');
    await expect.poll(() => status.innerText()).toBe(`第${ROWS}/${ROWS}处（第${ROWS}行）`);
    await expect.poll(() => field(page, `projects.items.${ROWS - 1}.name`).count()).toBe(1);
    await box.press('Escape');
    await expect.poll(() => focusedPath(page)).toBe(`projects.items.${ROWS - 1}.name`);
    expect(await page.getByRole('search').count()).toBe(0);
    expect(await drawnRows()).toBeLessThan(60);
  });
});
