/**
 * Editing the reference report in Chromium: a bad amount is refused at the field and never stored; the tables move
 * like a spreadsheet by keyboard alone; rows are added, moved and deleted and undo/redo bring them back (also across
 * screens); an older revision is read and restored; a save made elsewhere is reported as a conflict and reloaded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { createReportService } from '../../electron/services/report-service';
import * as store from '../../electron/db/report-store';
import {
  field,
  fixturePath,
  focusedPath,
  openApp,
  openScreen,
  referenceReport,
  shot,
  startHarness,
  typeInto,
  waitSaved,
  type Harness,
} from './editor-harness';

const ref = referenceReport();
let h: Harness;
let page: Page;
let id = '';

const stored = () => store.getReport(h.db, id);

beforeAll(async () => {
  h = await startHarness();
  page = h.page;
  const service = createReportService(h.db, { appVersion: 'test' });
  id = (await service['report.importFile']({ content: readFileSync(fixturePath, 'utf8') })).id;
  await openApp(h);
  await page.goto(`${h.server.url}#/report/${id}/budget`);
  await page.locator('[data-screen="budget"]').waitFor();
});

afterAll(async () => {
  await h?.close();
});

describe('editing in the browser', () => {
  it('reads amounts in 万元 as clerks type them, refuses a bad one at the field and stores nothing', async () => {
    const input = field(page, 'budget.initialFen');
    // Full-width digits from a Chinese input method and a trailing unit are read exactly.
    await typeInto(input, '５５２１．２８万元');
    await input.press('Tab');
    expect(await input.inputValue()).toBe('5521.28');

    await typeInto(input, '12,3a');
    const error = page.locator('[data-screen="budget"] .field-error');
    expect(await error.innerText()).toBe('「12,3a」不是数字，未保存（仍为 5521.28）');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    await input.press('Tab');
    // Leaving the field keeps the text and the message: nothing silently reverts.
    expect(await input.inputValue()).toBe('12,3a');
    await shot(page, '23-bad-amount');

    await typeInto(input, '1.1234567');
    expect(await error.innerText()).toContain('小数位过多，最小单位是分');
    await typeInto(input, '-5');
    expect(await error.innerText()).toContain('金额不能为负数');

    await waitSaved(page);
    expect(stored().report.budget.initialFen).toBe(ref.budget.initialFen);

    await typeInto(input, '5521.281234');
    await expect.poll(() => stored().report.budget.initialFen).toBe(5_521_281_234);
    expect(await error.count()).toBe(0);
    await typeInto(input, '5521.28');
    await expect.poll(() => stored().report.budget.initialFen).toBe(ref.budget.initialFen);
  });

  it('moves between cells with the arrow keys, Tab and Enter, and reaches every column by keyboard', async () => {
    await openScreen(page, 'projects');
    await field(page, 'projects.items.0.name').click();
    const steps: [string, string][] = [
      ['Tab', 'projects.items.0.initialFen'],
      ['ArrowDown', 'projects.items.1.initialFen'],
      ['Enter', 'projects.items.2.initialFen'],
      ['ArrowRight', 'projects.items.2.annualFen'],
      ['Tab', 'projects.items.2.spentFen'],
      // The computed 执行率 column is skipped.
      ['Tab', 'projects.items.2.addedMidYear'],
      ['Tab', 'projects.items.2.lowRateReason'],
      ['Tab', 'projects.items.3.name'],
      ['Shift+Tab', 'projects.items.2.lowRateReason'],
      ['ArrowUp', 'projects.items.1.lowRateReason'],
      ['ArrowLeft', 'projects.items.1.addedMidYear'],
      ['ArrowLeft', 'projects.items.1.spentFen'],
      ['Shift+Enter', 'projects.items.0.spentFen'],
    ];
    for (const [key, expected] of steps) {
      await page.keyboard.press(key);
      expect(`${key} → ${await focusedPath(page)}`).toBe(`${key} → ${expected}`);
    }
    // Arriving in a cell selects its text, so typing replaces it as in Excel.
    await page.keyboard.type('38');
    await page.keyboard.press('Enter');
    await expect.poll(() => stored().report.projects.items[0]?.spentFen).toBe(38_000_000);
    expect(await focusedPath(page)).toBe('projects.items.1.spentFen');
  });

  it('adds, moves and deletes rows by keyboard; undo and redo bring them back', async () => {
    await field(page, 'projects.items.1.name').click();
    await page.keyboard.press('Control+Enter');
    expect(await focusedPath(page)).toBe('projects.items.2.name');
    await page.keyboard.type('新增的项目');
    await page.keyboard.press('Alt+ArrowUp');
    expect(await focusedPath(page)).toBe('projects.items.1.name');
    expect(await field(page, 'projects.items.1.name').inputValue()).toBe('新增的项目');
    await expect.poll(() => stored().report.projects.items.map((p) => p.name)[1]).toBe('新增的项目');
    expect(stored().report.projects.items).toHaveLength(10);

    await page.keyboard.press('Control+Delete');
    expect(await page.locator('[data-screen="projects"] tbody tr').count()).toBe(9);
    await expect.poll(() => stored().report.projects.items).toHaveLength(9);

    await page.keyboard.press('Control+z');
    expect(await field(page, 'projects.items.1.name').inputValue()).toBe('新增的项目');
    await page.keyboard.press('Control+y');
    expect(await field(page, 'projects.items.1.name').inputValue()).toBe(ref.projects.items[1]!.name);
    await page.getByRole('button', { name: '撤销' }).click();
    expect(await field(page, 'projects.items.1.name').inputValue()).toBe('新增的项目');
    await page.getByRole('button', { name: '重做' }).click();
    expect(await page.locator('[data-screen="projects"] tbody tr').count()).toBe(9);
    await expect
      .poll(() => stored().report.projects.items.map((p) => p.name))
      .toEqual(ref.projects.items.map((p) => p.name));
  });

  it('saves a row with amounts but no name, asks for the name in the checks panel, and clears it once named', async () => {
    await field(page, 'projects.items.8.name').click();
    await page.keyboard.press('Control+Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('5');
    await page.keyboard.press('Tab');
    // The rest of the report never waits for a name: the row is stored with its figure.
    await waitSaved(page);
    await expect.poll(() => stored().report.projects.items[9]).toMatchObject({ name: '', initialFen: 5_000_000 });
    const asked = page.locator('.checks-panel [data-finding="NAME_MISSING"]');
    await asked.waitFor();
    expect(await asked.innerText()).toContain('项目清单第10行有数字但没有项目名称');
    await shot(page, '31-unnamed-row');
    await asked.locator('.finding-jump').click();
    await expect.poll(() => focusedPath(page)).toBe('projects.items.9.name');
    await page.keyboard.type('临时项目');
    await page.keyboard.press('Tab');
    await waitSaved(page);
    expect(stored().report.projects.items[9]).toMatchObject({ name: '临时项目', initialFen: 5_000_000 });
    await expect.poll(() => asked.count()).toBe(0);
    await field(page, 'projects.items.9.name').click();
    await page.keyboard.press('Control+Delete');
    await expect.poll(() => stored().report.projects.items).toHaveLength(9);
  });

  it('undo takes the clerk back to the screen and field that changed', async () => {
    await openScreen(page, 'info');
    await typeInto(field(page, 'selfName'), '本局');
    await openScreen(page, 'selfEval');
    await page.keyboard.press('Control+z');
    await page.locator('[data-screen="info"]').waitFor();
    expect(await field(page, 'selfName').inputValue()).toBe(ref.selfName);
    await expect.poll(() => focusedPath(page)).toBe('selfName');
    await expect.poll(() => stored().report.selfName).toBe(ref.selfName);
  });

  it('lists the revisions, shows an older one read-only and restores it as a new revision', async () => {
    await waitSaved(page);
    await openScreen(page, 'history');
    const rows = page.locator('[data-screen="history"] .ant-table-tbody tr');
    await rows.first().waitFor();
    const count = await rows.count();
    expect(count).toBeGreaterThan(1);
    expect(await rows.last().innerText()).toContain('从文件导入');
    expect(await rows.first().innerText()).toContain('当前');
    await shot(page, '24-history');

    await rows.last().getByRole('button', { name: '查看' }).click();
    const modal = page.locator('.ant-modal').filter({ hasText: '修订1（只读）' });
    await modal.locator('article.doc-page').waitFor();
    expect(await modal.innerText()).toContain('5521.28');
    await shot(page, '25-history-view');
    await modal.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
    await modal.waitFor({ state: 'hidden' });

    await rows.last().getByRole('button', { name: '恢复为此修订' }).click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '恢复' }).click();
    await page.getByText('已恢复修订1的内容').waitFor();
    await expect.poll(() => stored().report).toEqual(ref);
    const latest = store.listRevisions(h.db, id);
    expect(latest[0]?.revision).toBe(stored().revision);
    // 修订 are numbered as saved, 1 to N without gaps (the store's own numbers skip folded autosaves).
    await expect.poll(() => rows.first().innerText()).toContain(`修订${latest.length}`);
    expect(await rows.count()).toBe(latest.length);
    expect(await rows.first().innerText()).toContain('当前');
  });

  it('reports a save made elsewhere as a conflict in Chinese and reloads the stored version', async () => {
    await openScreen(page, 'info');
    await waitSaved(page);
    const current = stored();
    // Another window saves first.
    store.saveReport(h.db, id, current.revision, { ...current.report, selfName: '本局' });
    await typeInto(field(page, 'unitName'), `${ref.unitName}（改）`);
    const alert = page.locator('.conflict-alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('这份报告已在别的窗口或由别人保存过');
    expect(await page.locator('[data-save-state="conflict"]').innerText()).toBe('保存失败：报告已在别处修改');
    await shot(page, '26-conflict');
    await alert.getByRole('button', { name: /重新载入/ }).click();
    await alert.waitFor({ state: 'detached' });
    expect(await field(page, 'selfName').inputValue()).toBe('本局');
    expect(await field(page, 'unitName').inputValue()).toBe(ref.unitName);
    await waitSaved(page);
    // Editing goes on from the reloaded revision.
    await typeInto(field(page, 'selfName'), '我局');
    await expect.poll(() => stored().report.selfName).toBe('我局');
  });

  it('pastes Word text into a paragraph as plain text only', async () => {
    await openScreen(page, 'other');
    const text = field(page, 'other.0.text');
    await typeInto(text, '');
    await page.evaluate(() =>
      navigator.clipboard.writeText('\u3000\u3000本年度\u200b无其他\u00a0需要说明的情况。\u000b'),
    );
    await text.focus();
    await page.keyboard.press('Control+V');
    await expect.poll(() => stored().report.other[0]?.text).toBe('本年度无其他 需要说明的情况。');
  });

  it('generates 附件1 category rows from the project list with the budget the pack’s table holds (年初 here)', async () => {
    await openScreen(page, 'baseData');
    await page.getByRole('button', { name: '按二（二）项目清单生成各行' }).click();
    // The reference has no category rows yet: they are generated at once, without asking.
    await expect.poll(() => stored().report.baseData.projectRows.length).toBe(9);
    const rows = stored().report.baseData.projectRows;
    // hunan-default: 本年预算数 of 项目支出 is the 年初 budget; the mid-year project's is 0. 上年决算数 is not in the list.
    expect(rows[8]).toMatchObject({ prevFinalFen: null, budgetFen: 0, finalFen: 888_480_000 });
    expect(rows[0]).toMatchObject({
      label: '县监管中心监管场所医疗工作及相关经费',
      prevFinalFen: null,
      budgetFen: 40_000_000,
    });
  });

  it('left no console errors', () => {
    expect(h.consoleErrors).toEqual([]);
    expect(h.foreignRequests).toEqual([]);
  });
});
