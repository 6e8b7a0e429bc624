/**
 * Issue 15: a first-time clerk on a 1366×768 county office laptop, in Chromium through the loopback adapter. Each
 * block asserts the fixed behaviour of one defect the clerk hit, and takes a screenshot at that size.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import * as store from '../../electron/db/report-store';
import { createReportService } from '../../electron/services/report-service';
import { MIN_EXPLANATION_CHARS } from '../../shared/checks/explanations';
import { listAudit } from '../../electron/db/audit-log';
import path from 'node:path';
import {
  field,
  fixturePath,
  focusedPath,
  openApp,
  openScreen,
  screenshotDir,
  startHarness,
  typeInto,
  waitSaved,
  type Harness,
} from './editor-harness';

const LAPTOP = { width: 1366, height: 768 };
let h: Harness;
let page: Page;
let id = '';
const stored = () => store.getReport(h.db, id);

function laptopShot(name: string): Promise<Buffer> {
  return page.screenshot({ path: path.join(screenshotDir, `laptop-${name}.png`) });
}

const finding = (code: string) => page.locator(`.checks-panel [data-finding="${code}"]`);
const openCount = async () => /待处理（(\d+)）/.exec(await page.locator('.checks-panel').innerText())?.[1];

beforeAll(async () => {
  h = await startHarness({ viewport: LAPTOP });
  page = h.page;
  const service = createReportService(h.db, { appVersion: 'test' });
  id = (await service['report.importFile']({ content: readFileSync(fixturePath, 'utf8') })).id;
  // The page's today is the server's (2025-05-29, the day the approved PDF is dated), as on a desktop.
  await page.clock.setFixedTime(new Date('2025-05-29T10:00:00'));
  await openApp(h);
});

afterAll(async () => {
  await h?.close();
});

describe('item 5 (first part): the clerk’s name, asked once and kept on this computer', () => {
  it('asks for the name on the report list, without a dialog in the way; then shows it', async () => {
    const ask = page.getByTestId('operator-ask');
    await ask.waitFor();
    await laptopShot('00-asks-name');
    await ask.getByLabel('操作人姓名').fill('张会计');
    await ask.getByRole('button', { name: '保存' }).click();
    expect(await page.getByTestId('operator-line').innerText()).toContain('张会计');
    // Kept on this computer: beside the database, not in the browser, so another browser is not asked again.
    expect(JSON.parse(readFileSync(path.join(h.dir, 'operator.json'), 'utf8'))).toEqual({ name: '张会计' });
    const other = await h.browser.newContext({ viewport: LAPTOP, locale: 'zh-CN' });
    const second = await other.newPage();
    await second.goto(`${h.server.url}#token=${h.server.token}`);
    expect(await second.getByTestId('operator-line').innerText()).toContain('张会计');
    expect(await second.getByTestId('operator-ask').count()).toBe(0);
    await other.close();
  });

  it('opens the report', async () => {
    await page.goto(`${h.server.url}#/report/${id}/info`);
    await page.locator('[data-screen="info"]').waitFor();
  });
});

describe('item 1: a 说明 typed in the 待处理 tab is kept whole, and counts only as a sentence', () => {
  it('keeps every character typed in the 待处理 tab; the hint stays until the clerk says 完成', async () => {
    expect(await openCount()).toBe('7');
    const item = finding('THREE_PUBLIC_INCREASE');
    await item.getByRole('button', { name: '填写说明' }).click();
    const box = item.locator('textarea');
    const sentence = '新购置2台执法执勤车辆，车辆运行维护费相应增加';
    // Typed key by key, as a clerk does; the box must not unmount once the answer starts to count.
    await box.pressSequentially(sentence, { delay: 15 });
    expect(await box.inputValue()).toBe(sentence);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    expect(await item.locator('.finding-answer-count').innerText()).toContain('已说明');
    await expect
      .poll(() => stored().report.responses)
      .toEqual([{ key: 'THREE_PUBLIC_INCREASE@threePublic.changeReason', explanation: sentence, acknowledged: false }]);
    await laptopShot('01-explaining-in-open-tab');
    await item.getByRole('button', { name: '完成' }).click();
    await item.waitFor({ state: 'detached' });
    expect(await openCount()).toBe('6');
  });

  it(`a 说明 shorter than ${MIN_EXPLANATION_CHARS} characters does not answer the hint, nor pass the 送审 gate`, async () => {
    const item = finding('STAFF_OVER_AUTHORIZED');
    await item.getByRole('button', { name: '填写说明' }).click();
    await item.locator('textarea').pressSequentially('因');
    expect(await item.locator('.finding-answer-count').innerText()).toBe(
      `已写1字，至少${MIN_EXPLANATION_CHARS}字才算说明`,
    );
    await item.getByRole('button', { name: '完成' }).click();
    // Still open: listed, counted, and marked as too short.
    expect(await item.innerText()).toContain(`说明不足${MIN_EXPLANATION_CHARS}字，尚不算已说明：因`);
    expect(await openCount()).toBe('6');
    await expect.poll(() => stored().report.responses.length).toBe(2);
    await laptopShot('02-short-explanation');
    await openScreen(page, 'signoff');
    const blockers = page.locator('[data-testid="submit-blockers"]');
    await blockers.waitFor();
    expect(await blockers.innerText()).toContain('辅警实有305人');
  });
});

describe('item 3: tables a clerk cannot lose a row in', () => {
  const rows = () => page.locator('[data-screen="projects"] tbody tr');

  it('a click on the row number selects the row and deletes nothing; deleting takes the button, and undoes', async () => {
    await openScreen(page, 'projects');
    expect(await rows().count()).toBe(9);
    await page.locator('tr[data-row-path="projects.items.1"] th.grid-rownum').click();
    await page.locator('tr[data-row-path="projects.items.1"] th.grid-rownum').dblclick();
    expect(await rows().count()).toBe(9);
    await expect.poll(() => focusedPath(page)).toBe('projects.items.1.name');
    const name = await field(page, 'projects.items.1.name').inputValue();

    await page.getByRole('button', { name: '删除当前行' }).click();
    expect(await rows().count()).toBe(8);
    await page.getByText('已删除第2行（可按 Ctrl+Z 撤销）').waitFor();
    await page.keyboard.press('Control+z');
    expect(await rows().count()).toBe(9);
    expect(await field(page, 'projects.items.1.name').inputValue()).toBe(name);
    await waitSaved(page);
    expect(stored().report.projects.items).toHaveLength(9);
  });

  it('Enter on the last row adds a row with the cursor in its first column; the blank row is not counted', async () => {
    const last = field(page, 'projects.items.8.spentFen');
    await last.click();
    await last.press('Enter');
    expect(await rows().count()).toBe(10);
    await expect.poll(() => focusedPath(page)).toBe('projects.items.9.name');
    const foot = page.locator('[data-screen="projects"] tfoot');
    expect(await foot.innerText()).toContain('9个项目');
    expect(await page.locator('[data-screen="projects"]').innerText()).toContain('清单中非年中追加的项目 8 个');
    // The focused cell is framed in the app's blue, and no table carries a red frame.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineColor);
    expect(outline).toBe('rgb(29, 79, 145)');
    const framed = await page.evaluate(() =>
      [...document.querySelectorAll('.grid')].map((g) => getComputedStyle(g).outlineStyle),
    );
    expect(framed.every((style) => style === 'none')).toBe(true);
    await laptopShot('03-new-row-first-column');
    await page.keyboard.press('Control+Delete');
    expect(await rows().count()).toBe(9);
  });
});

describe('item 6: the 1366×768 laptop with the checks panel open', () => {
  it('shows every table whole, the tools without scrolling the side list, and the legend unbroken', async () => {
    expect(await page.locator('.editor-checks').isVisible()).toBe(true);
    for (const screen of ['projects', 'selfEval', 'baseData', 'org', 'duties', 'threePublic']) {
      await openScreen(page, screen);
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll('.grid-scroll, .figure-table-wrap')]
          .filter((e) => e.scrollWidth > e.clientWidth + 1)
          .map((e) => `${e.scrollWidth}>${e.clientWidth}`),
      );
      expect(cut, screen).toEqual([]);
    }
    await openScreen(page, 'projects');
    // The tools sit inside the window wherever the list of sections is scrolled.
    for (const top of [0, 10_000]) {
      await page.locator('.nav-sections').evaluate((e, y) => e.scrollTo(0, y), top);
      for (const tool of ['preview', 'pdf', 'signoff']) {
        const box = await page.locator(`button.nav-item[data-view="${tool}"]`).boundingBox();
        expect(box && box.y >= 0 && box.y + box.height <= LAPTOP.height, tool).toBe(true);
      }
    }
    await page.locator('.nav-sections').evaluate((e) => e.scrollTo(0, 0));
    const legend = await page
      .locator('.nav-legend-item')
      .evaluateAll((items) => items.map((e) => Math.round(e.getBoundingClientRect().height)));
    expect(legend).toHaveLength(4);
    expect(Math.max(...legend)).toBeLessThanOrEqual(22);
    // The header keeps the unit's name whole and its buttons on one line.
    const title = page.locator('.editor-title-main');
    expect(await title.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    const tops = await page
      .locator('.editor-actions > *')
      .evaluateAll((els) => [...new Set(els.map((e) => Math.round(e.getBoundingClientRect().top)))]);
    expect(tops).toHaveLength(1);
    await laptopShot('04a-projects-with-checks');
    await openScreen(page, 'selfEval');
    await page.locator('[data-screen="selfEval"] .grid').scrollIntoViewIfNeeded();
    await laptopShot('04b-indicators-with-checks');
  });
});

describe('item 8: blockers listed once and clickable; 签发 confirmed; an old 落款 date warned of', () => {
  it('lists what stops 送审 once, each item a link to its field', async () => {
    await openScreen(page, 'signoff');
    const list = page.locator('[data-testid="submit-blockers"]');
    await list.waitFor();
    await page.locator('.signoff-submit').click();
    await page.getByText(/送审未成功：还有\d+项需要先处理/).waitFor();
    // One list only: the refusal turns it red instead of repeating it.
    expect(await page.locator('[data-screen="signoff"] .error-details').count()).toBe(1);
    expect(await page.locator('[data-screen="signoff"]').getByText('辅警实有305人').count()).toBe(1);
    await laptopShot('04-submit-refused');
    await list.getByRole('button', { name: /落款日期2024-05-29/ }).click();
    await page.locator('[data-screen="signature"]').waitFor();
    await expect.poll(() => focusedPath(page)).toBe('signature.date');
  });

  it('submits once the date is corrected and the hints are answered', async () => {
    const date = field(page, 'signature.date');
    await typeInto(date, '2025-01-10');
    await date.press('Tab');
    const boxes = page.locator('.checks-panel').getByLabel('确认无误');
    for (let left = await boxes.count(); left > 0; left = await boxes.count()) {
      await boxes.first().click();
      await expect.poll(() => boxes.count()).toBeLessThan(left);
    }
    await waitSaved(page);
    await openScreen(page, 'signoff');
    await page.getByText('审核通过，可以送审').waitFor();
    await page.locator('.signoff-submit').click();
    await page.locator('.signoff-status .ant-tag').filter({ hasText: '待审核' }).waitFor();
  });

  it('asks before 签发, and warns that the 落款 date is long before the day of 签发', async () => {
    await page.getByLabel('审核人').fill('李局长');
    await page.getByRole('button', { name: '生成签发用PDF' }).click();
    await page.locator('.signoff-prepared').waitFor({ timeout: 60_000 });
    const warning = page.locator('[data-testid="sign-date-warning"]');
    expect(await warning.innerText()).toContain('落款日期2025-01-10比签发日期2025-05-29早139天');
    await page.getByRole('button', { name: '签发这份PDF…' }).click();
    const confirm = page.locator('.ant-modal-confirm');
    expect(await confirm.innerText()).toContain('确认签发第1版？');
    expect(await confirm.innerText()).toContain('落款日期2025-01-10');
    await laptopShot('05-confirm-approval');
    // Cancelling approves nothing.
    await confirm.getByRole('button', { name: /取\s*消/ }).click();
    expect(stored().status).toBe('submitted');
    await page.getByRole('button', { name: '签发这份PDF…' }).click();
    await page
      .locator('.ant-modal-confirm')
      .getByRole('button', { name: /签\s*发/ })
      .click();
    await page.locator('.signoff-status .ant-tag').filter({ hasText: '已签发' }).waitFor();
    expect(stored().status).toBe('approved');
  });
});

describe('items 2 and 4: an approved report’s history, and one word for saves and another for versions', () => {
  it('numbers saves 修订1..N without gaps and versions 第N版', async () => {
    const revisions = store.listRevisions(h.db, id);
    const status = await page.locator('.signoff-status').innerText();
    expect(status).toContain(`第1版 · 最近保存：修订${revisions.length}`);
    await openScreen(page, 'history');
    const rows = page.locator('[data-screen="history"] .ant-table-tbody tr');
    await rows.first().waitFor();
    const labels = (await rows.allInnerTexts()).map((t) => /修订(\d+)/.exec(t)?.[1]);
    expect(labels).toEqual(revisions.map((_, i) => String(revisions.length - i)));
    expect(await page.locator('[data-screen="history"]').innerText()).not.toMatch(/第\d+版/);
  });

  it('on an approved report, restore is disabled with the reason; no 保存失败 and no leave prompt', async () => {
    const restoreButtons = page.getByRole('button', { name: '恢复为此修订' });
    const count = await restoreButtons.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++) expect(await restoreButtons.nth(i).isDisabled()).toBe(true);
    expect(await page.getByTestId('history-locked').innerText()).toContain('报告已签发，不能恢复旧的修订');
    await laptopShot('06-approved-history');
    expect(await page.locator('[data-save-state="error"]').count()).toBe(0);
    await page.locator('[data-save-state="saved"]').waitFor();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.type());
      void d.accept();
    });
    await page.getByRole('button', { name: /返回报告列表/ }).click();
    await page.getByText('报告列表').first().waitFor();
    await page.reload();
    await page.getByText('报告列表').first().waitFor();
    expect(dialogs).toEqual([]);
    expect(stored().status).toBe('approved');
  });
});

describe('item 5: the audit log in words: field names, findings, the clerk’s name, backups', () => {
  it('names the person and the finding, never an internal code or the computer login', async () => {
    await page.goto(`${h.server.url}#/report/${id}/audit`);
    await page.locator('[data-screen="audit"] .ant-table-tbody tr').first().waitFor();
    const text = await page.locator('[data-screen="audit"]').innerText();
    expect(text).not.toMatch(/[A-Z][A-Z0-9_]{2,}@/);
    expect(text).not.toContain('root');
    expect(text).toContain('张会计');
    expect(text).toContain('“三公”经费');
    const actors = await page.locator('[data-screen="audit"] .ant-table-tbody tr td:nth-child(3)').allInnerTexts();
    expect(actors.filter((a) => a === '张会计').length).toBeGreaterThan(1);
    // Stored as written (the hash chain covers it); the key is told in words on screen.
    const entries = listAudit(h.db, id);
    expect(entries.some((e) => /THREE_PUBLIC_INCREASE@/.test(e.newValue))).toBe(false);
    expect(entries.some((e) => e.newValue.includes('关于“二（三）“三公”经费'))).toBe(true);
    await laptopShot('07-audit-in-words');
  });
});
