/**
 * Issue 15: one walk of a first-time clerk on a 1366×768 county office laptop, in Chromium through the loopback
 * adapter: the name asked once, a new report for an agriculture bureau (wording, amounts typed with slips, tables by
 * keyboard, a long pasted list), then a report file received from a colleague (explaining hints, preview, a draft
 * PDF, submitting, approving, history on the approved report, the audit log), the printed address in another tab,
 * and a backup taken and restored. Each block asserts the fixed behaviour of one defect the clerk hit (items 1–12 of
 * the issue) and takes a screenshot at that size.
 */
// The server (in this process) and the page both run on China Standard Time, as a county PC does.
process.env.TZ = 'Asia/Shanghai';

import { readdirSync, readFileSync } from 'node:fs';
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
  openReportId,
  openScreen,
  pasteInto,
  screenshotDir,
  startHarness,
  typeInto,
  waitSaved,
  type Harness,
} from './editor-harness';
import { pdfText, pdfWordBoxes } from '../pdf/pdf-test-kit';

const LAPTOP = { width: 1366, height: 768 };
/** The reference report's unit: the report a colleague sends. */
const UNIT = '通道侗族自治县公安局';
let h: Harness;
let page: Page;
let id = '';
const stored = () => store.getReport(h.db, id);
/** The clerk's own new report (an agriculture bureau), beside the reference report received as a file. */
const NEW_UNIT = '通道侗族自治县农业农村局';
let newId = '';
const newStored = () => store.getReport(h.db, newId).report;
/** Words only a police bureau's example would use (the reference report's); none may greet an agriculture bureau. */
const POLICE = /公安|刑事|案件|派出所|民警|警务|警情|执法|指挥中心/;
/** Labels of 附件2 that must read on one line ("基本支/出" read as two words). */
const LABELS = ['年度资金总额', '按支出性质分：基本支出', '数量指标', '服务对象满意度', '年度指标值', '实际完成值'];

function laptopShot(name: string): Promise<Buffer> {
  return page.screenshot({ path: path.join(screenshotDir, `laptop-${name}.png`) });
}

const finding = (code: string) => page.locator(`.checks-panel [data-finding="${code}"]`);
const openCount = async () => /待处理（(\d+)）/.exec(await page.locator('.checks-panel').innerText())?.[1];

beforeAll(async () => {
  h = await startHarness({ viewport: LAPTOP, timezoneId: 'Asia/Shanghai' });
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
});

describe('item 7 (new report): examples and generated wording for an agriculture bureau', () => {
  it('creates the report from the list', async () => {
    await page.getByRole('button', { name: '新建报告' }).click();
    const dialog = page.locator('.ant-modal').filter({ hasText: '新建报告' });
    await dialog.getByLabel('单位名称').fill(NEW_UNIT);
    await dialog.getByLabel('评价年度').fill('2024');
    await dialog.getByRole('button', { name: '创建并打开' }).click();
    await page.locator('[data-screen="info"]').waitFor();
    newId = openReportId(page);
    expect(newStored().unitName).toBe(NEW_UNIT);
  });

  it('shows no police-bureau example on any screen, in text, placeholders or tips', async () => {
    const views = await page
      .locator('button.nav-item[data-view]')
      .evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.view ?? ''));
    expect(views.length).toBeGreaterThan(15);
    for (const view of views) {
      await openScreen(page, view);
      const words = await page
        .locator(`[data-screen="${view}"]`)
        .evaluate((screen) =>
          [
            (screen as HTMLElement).innerText,
            ...[...screen.querySelectorAll('[placeholder], [title]')].map(
              (e) => `${e.getAttribute('placeholder') ?? ''} ${e.getAttribute('title') ?? ''}`,
            ),
          ].join('\n'),
        );
      expect(words, view).not.toMatch(POLICE);
      // Nothing typed yet reads as blank or "—", never as a program's word for nothing.
      expect(words, view).not.toMatch(/null|undefined|NaN/);
    }
    await openScreen(page, 'staffing');
    await laptopShot('20-new-report-staffing');
  });

  it('leaves an unnamed, empty unit out of the sentence ("1个为。" gone)', async () => {
    await openScreen(page, 'org');
    await page.getByRole('button', { name: '＋ 添加机构类别' }).click();
    await typeInto(field(page, 'organisation.groups.0.label'), '内设股室');
    // A new category comes with one blank row: left blank, it is no unit and makes no sentence.
    await field(page, 'organisation.groups.0.units.0').click();
    const preview = page.locator('[data-screen="org"] .section-preview');
    await waitSaved(page);
    expect(await preview.innerText()).not.toMatch(/个为|为。|内设股室/);
    await page.keyboard.type('办公室');
    await expect.poll(() => preview.innerText()).toContain(`${NEW_UNIT}本级内设机构包括：1个内设股室为办公室。`);
    await laptopShot('21-org-sentence');
  });
});

describe('amounts typed with slips: refused where typed, never stored', () => {
  it('refuses "1234，5" and "12,34" with the cell’s message, and stores "1234.5" exactly', async () => {
    await openScreen(page, 'budget');
    const initial = field(page, 'budget.initialFen');
    for (const [slip, meant] of [
      ['1234，5', '1234.5'],
      ['12,34', '12.34'],
    ]) {
      await typeInto(initial, slip!);
      expect(await initial.getAttribute('aria-invalid')).toBe('true');
      const message = await page.locator('[data-screen="budget"] [role="alert"]').first().innerText();
      expect(message).toContain(`「${slip}」中的逗号不在千分位上，无法确定是多少：如果是小数点，请输入 ${meant}`);
      expect(message).toContain('未保存（仍为 空）');
    }
    await laptopShot('22-amount-slip');
    await waitSaved(page);
    expect(newStored().budget.initialFen).toBeNull();
    await typeInto(initial, '1234.5');
    await initial.press('Tab');
    expect(await initial.getAttribute('aria-invalid')).toBeNull();
    await expect.poll(() => newStored().budget.initialFen).toBe(123_450_000_000 / 100);
  });
});

describe('items 3 and 7: the project table by keyboard, and the count that follows the list', () => {
  const rows = () => page.locator('[data-screen="projects"] tbody tr[data-row-index]');

  it('types two projects with Tab and Enter; each Enter on the last row starts the next at its name', async () => {
    await openScreen(page, 'projects');
    await page.locator('[data-screen="projects"]').getByRole('button', { name: '添加一行' }).click();
    await expect.poll(() => focusedPath(page)).toBe('projects.items.0.name');
    for (const [i, [name, ...amounts]] of [
      ['农田水利设施维修项目', '100', '120', '95'],
      ['高标准农田建设补助', '50', '50', '50'],
    ].entries()) {
      await page.keyboard.type(name!);
      for (const amount of amounts) {
        await page.keyboard.press('Tab');
        await page.keyboard.type(amount);
      }
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedPath(page)).toBe(`projects.items.${i + 1}.name`);
    }
    // Enter in the blank last row adds no other; the blank row is not counted.
    await page.keyboard.press('Enter');
    expect(await rows().count()).toBe(3);
    expect(await page.locator('[data-screen="projects"] tfoot').innerText()).toContain('2个项目');
    expect(await page.locator('[data-screen="projects"]').innerText()).toContain('清单中非年中追加的项目 2 个');
    await waitSaved(page);
    expect(
      newStored()
        .projects.items.filter((p) => p.name)
        .map((p) => [p.name, p.spentFen]),
    ).toEqual([
      ['农田水利设施维修项目', 95_000_000],
      ['高标准农田建设补助', 50_000_000],
    ]);
    await laptopShot('23-projects-by-keyboard');
  });

  it('writes "年初申报项目2个" from the list, with no count typed', async () => {
    const preview = page.locator('[data-screen="projects"] .section-preview');
    await preview.locator('summary').click();
    await expect.poll(() => preview.innerText()).toContain('年初申报项目2个');
    expect(await preview.innerText()).not.toContain('申报以');
  });
});

describe('item 12: a long list pasted from Excel stays quick to work in, and nothing typed is lost', () => {
  const LONG = 80;
  const drawn = () => page.locator('[data-screen="projects"] tr[data-row-index]').count();

  it('pastes 80 projects; only the rows near view are drawn, the totals count every row', async () => {
    const tsv = Array.from({ length: LONG }, (_, i) => `乡镇农技推广补助第${i + 1}批\t10\t10\t10`).join('\r\n');
    await pasteInto(page, field(page, 'projects.items.2.name'), tsv);
    await expect.poll(() => page.locator('[data-screen="projects"] tfoot').innerText()).toContain(`${LONG + 2}个项目`);
    expect(await drawn()).toBeLessThan(60);
    await expect.poll(() => newStored().projects.items.length).toBe(LONG + 2);
  });

  it('walks down by keyboard past the drawn rows, and keeps a half-typed amount when scrolled away', async () => {
    await field(page, 'projects.items.2.spentFen').click();
    for (let i = 0; i < 70; i++) await page.keyboard.press('ArrowDown');
    expect(await focusedPath(page)).toBe('projects.items.72.spentFen');
    // Arriving selects the cell's text, so typing replaces it.
    await page.keyboard.type('9,5');
    const cell = field(page, 'projects.items.72.spentFen');
    expect(await cell.getAttribute('aria-invalid')).toBe('true');
    await page.locator('.editor-main').evaluate((el) => el.scrollTo({ top: 0 }));
    await field(page, 'projects.items.0.name').waitFor();
    expect(await focusedPath(page)).toBe('projects.items.72.spentFen');
    expect(await cell.inputValue()).toBe('9,5');
    await laptopShot('24-long-list-top-while-typing-below');
    await cell.press('Control+a');
    await page.keyboard.type('9.5');
    await expect.poll(() => newStored().projects.items[72]!.spentFen).toBe(9_500_000);
    expect(await drawn()).toBeLessThan(60);
  });
});

describe('the report received from a colleague', () => {
  it('opens it from the list', async () => {
    await page.getByRole('button', { name: /返回报告列表/ }).click();
    await page.locator('tr.clickable-row', { hasText: UNIT }).click();
    await page.locator('[data-screen="info"]').waitFor();
    expect(openReportId(page)).toBe(id);
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

describe('item 7 (preview): the declared count, 附件2 labels kept whole, 九、 indented like every section', () => {
  const doc = () => page.locator('article.doc-page[data-complete]');

  it('writes "年初申报项目8个" as declared, never "申报以" nor "个为。"', async () => {
    await openScreen(page, 'preview');
    await doc().waitFor();
    const text = await doc().innerText();
    expect(text).toContain('年初申报项目8个');
    expect(text).not.toMatch(/申报以|个为。/);
  });

  it('keeps the 附件2 labels on one line, with the checks panel open and closed, and the table whole', async () => {
    const toggle = page.locator('.editor-actions').getByRole('button', { name: /审核结果/ });
    for (const open of [true, false]) {
      if ((await page.locator('.editor-checks').isVisible()) !== open) await toggle.click();
      await expect.poll(() => page.locator('.editor-checks').isVisible()).toBe(open);
      const att2 = page.locator('.doc-attachment').nth(1);
      const lines = await att2.locator('td, th').evaluateAll((cells, labels) => {
        const count = (el: Element) => {
          const r = document.createRange();
          r.selectNodeContents(el);
          return new Set([...r.getClientRects()].map((b) => Math.round(b.top))).size;
        };
        return cells
          .map((c) => [(c.textContent ?? '').trim(), count(c)] as const)
          .filter(([text]) => labels.includes(text));
      }, LABELS);
      expect(new Set(lines.map(([text]) => text))).toEqual(new Set(LABELS));
      expect(
        lines.filter(([, n]) => n !== 1),
        `panel ${open ? 'open' : 'closed'}`,
      ).toEqual([]);
      const scroll = att2.locator('.doc-table-scroll');
      expect(await scroll.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
      await att2.locator('td', { hasText: '按支出性质分：基本支出' }).scrollIntoViewIfNeeded();
      await laptopShot(`25-attachment2-labels-panel-${open ? 'open' : 'closed'}`);
    }
    expect(await page.locator('.editor-checks').isVisible()).toBe(false);
    await toggle.click();
  });

  it('indents 九、’s "无。" as the first paragraph of every other section', async () => {
    const starts = await doc().evaluate((article) =>
      [...article.querySelectorAll('h2.doc-h1 + p.doc-p')]
        .filter((p) => (p.textContent ?? '').trim() !== '')
        .map((p) => {
          const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          let t = walker.nextNode();
          while (t && !(t.textContent ?? '').trim()) t = walker.nextNode();
          const r = document.createRange();
          r.setStart(t!, 0);
          r.setEnd(t!, 1);
          return { text: (p.textContent ?? '').slice(0, 8), x: Math.round(r.getBoundingClientRect().left) };
        }),
    );
    expect(starts.map((s) => s.text)).toContain('无。');
    expect(starts.length).toBeGreaterThan(3);
    expect(new Set(starts.map((s) => s.x)).size, JSON.stringify(starts)).toBe(1);
    await page.locator('.preview-part', { hasText: '九、其他需要说明的情况' }).scrollIntoViewIfNeeded();
    await laptopShot('26-preview-nine');
  });
});

describe('item 9: a PDF of a report with open 强制 errors is marked 草稿 on every page', () => {
  it('says so before the export; the PDF read back has the mark on each page, and 九、 indented as in the preview', async () => {
    await openScreen(page, 'pdf');
    const errors = Number(/强制 (\d+) 项/.exec(await page.getByTestId('checks-summary').innerText())?.[1]);
    expect(errors).toBeGreaterThan(0);
    expect(await page.getByTestId('pdf-draft-note').innerText()).toContain(`还有${errors}项强制错误未改正`);
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/export.pdf'));
    await page.locator('[data-action="export-pdf"]').click();
    const body = (await (await answer).json()) as { ok: boolean; value: { base64: string; pages: number } };
    expect(body.ok).toBe(true);
    const bytes = Buffer.from(body.value.base64, 'base64');
    const pages = pdfText(bytes)
      .split('\f')
      .filter((p) => p.trim() !== '');
    expect(pages).toHaveLength(body.value.pages);
    for (const p of pages) expect(p).toContain(`草稿：有${errors}项强制错误未改正，不是正式报送文本`);
    await page.locator('.pdf-page[data-page="1"][data-state="rendered"] canvas').waitFor();
    await laptopShot('09-draft-pdf');
    // 九、's "无。" starts where its heading does: two characters of body text in from the margin.
    const words = pdfWordBoxes(bytes, pages.findIndex((p) => p.includes('九、其他需要说明的情况')) + 1);
    const heading = words.find((w) => w.text.startsWith('九、'));
    const none = words.find((w) => w.text === '无。');
    const margin = Math.min(...words.filter((w) => w.text.length > 3).map((w) => w.xMin));
    expect(Math.abs(none!.xMin - heading!.xMin)).toBeLessThan(0.5);
    expect(none!.xMin - margin).toBeCloseTo(32, 0);
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

describe('item 10: the printed address works for the life of the server', () => {
  const printed = () => `${h.server.url}#token=${h.server.token}`;

  it('serves 127.0.0.1 on a random port, and the page drops the token from the address bar', async () => {
    expect(h.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    // Opened anew, as from the printed line (a tab already showing the app only changes its hash).
    await page.goto('about:blank');
    await openApp(h);
    expect(page.url()).not.toContain('token');
    await page.getByText('全部报告（2）').waitFor();
  });

  it('a second tab opened on the server’s address, and the printed address reopened, show the reports', async () => {
    const second = await h.context.newPage();
    await second.goto(h.server.url);
    await second.getByText('全部报告（2）').waitFor();
    await second.getByText(NEW_UNIT).first().waitFor();
    await second.close();
    const again = await h.context.newPage();
    await again.goto(printed());
    await again.getByText('全部报告（2）').waitFor();
    await again.close();
    await page.reload();
    await page.getByText('全部报告（2）').waitFor();
  });

  it('without the token (another browser) a page says how to connect, never an empty list', async () => {
    const other = await h.browser.newContext({ viewport: LAPTOP, locale: 'zh-CN' });
    const stranger = await other.newPage();
    await stranger.goto(h.server.url);
    const notice = stranger.getByTestId('no-token');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('报告数据在本机的数据库中，没有丢失');
    expect(await stranger.getByText('全部报告（0）').count()).toBe(0);
    await stranger.screenshot({ path: path.join(screenshotDir, 'laptop-10-no-token.png') });
    // A wrong token (an earlier run's) is no better than none; the API still refuses calls without the right one.
    await stranger.goto(`${h.server.url}#token=wrong-token`);
    await stranger.reload();
    await stranger.getByTestId('no-token').waitFor();
    const refused = await stranger.evaluate(
      async () => (await fetch('./api/report.list', { method: 'POST', body: '{}' })).status,
    );
    expect(refused).toBe(403);
    await other.close();
  });
});

describe('item 11: backups a clerk can read, and a wrong file refused before the question', () => {
  const held = [`${NEW_UNIT} 2024年度`, `${UNIT} 2024年度`];

  it('names a backup in local time, as the list shows it, and lists the reports it holds', async () => {
    await page.getByRole('link', { name: '备份与恢复' }).click();
    await page.getByRole('button', { name: '立即备份' }).click();
    const row = page.locator('.ant-table-tbody tr').first();
    await row.getByText(held[0]!).waitFor();
    expect(await row.innerText()).toContain(held[1]);
    const files = readdirSync(path.join(h.dir, 'backups')).filter((f) => f.endsWith('-manual.sqlite'));
    expect(files).toHaveLength(1);
    const m = /^selfeval-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})\+0800-manual\.sqlite$/.exec(files[0]!);
    expect(m).not.toBeNull();
    const [, y, mo, d, hh, mi, ss] = m!;
    expect(await row.innerText()).toContain(`${y}年${Number(mo)}月${Number(d)}日 ${hh}:${mi}:${ss}`);
    await laptopShot('11-backup-list');
  });

  it('refuses a PDF at once, without asking whether to replace every report', async () => {
    await page.locator('[data-testid="backup-file-input"]').setInputFiles({
      name: '2024年度自评报告.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n'),
    });
    const refusal = page.locator('.ant-modal-confirm').filter({ hasText: '不能用这个文件恢复' });
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('“2024年度自评报告.pdf”不是本程序的备份文件');
    expect(await page.getByText('当前所有报告将被替换').count()).toBe(0);
    await laptopShot('12-wrong-file-refused');
    await refusal.getByRole('button').click();
  });

  it('asks before restoring a listed backup, saying what it holds; the audit log names it by time and kind', async () => {
    await page.locator('.ant-table-tbody tr').first().getByRole('button', { name: '恢复' }).click();
    const confirm = page.locator('.ant-modal-confirm').filter({ hasText: '当前所有报告将被替换' });
    await confirm.waitFor();
    const question = await confirm.innerText();
    expect(question).toContain('该备份包含：');
    for (const report of held) expect(question).toContain(report);
    await laptopShot('13-restore-question');
    await confirm.getByRole('button', { name: /恢\s*复/ }).click();
    await expect.poll(() => listAudit(h.db, id).at(-1)?.action).toBe('restore-backup');
    await laptopShot('14-restored');
    const note = listAudit(h.db, id).at(-1)?.newValue ?? '';
    expect(note).toMatch(/^从备份“\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}:\d{2}的手动备份”恢复/);
    expect(note).not.toContain('selfeval-');
    // Both reports are back as they were: the approved one still approved, the clerk's own with its long list.
    expect(stored().status).toBe('approved');
    expect(newStored().projects.items).toHaveLength(82);
  });
});
