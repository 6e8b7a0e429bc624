/**
 * A project's 项目支出绩效自评表 in the editor, in Chromium at 1366×768 (a clerk's laptop): opened from its row in
 * 二（二）, built from the rule pack's frame, filled by keyboard (money split by source, goals, three indicators with
 * scores) while 执行率得分, 总分 and 等级 follow; saved and found again after a reload; listed on 项目自评汇总; undo
 * takes the clerk back into the table; deleting asks first and is undone by Ctrl+Z; next year's copy keeps the table.
 */
import { readFileSync } from 'node:fs';
import { flatText, pdfText, presentInPieces, renderPages } from '../pdf/pdf-test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createReportService } from '../../electron/services/report-service';
import * as store from '../../electron/db/report-store';
import { submitReport } from '../../electron/db/signoff-store';
import {
  field,
  fixturePath,
  focusedPath,
  openApp,
  openScreen,
  shot,
  startHarness,
  typeInto,
  waitSaved,
  type Harness,
} from './editor-harness';

let h: Harness;
let page: Page;
let id = '';
/** 城市电子监控维护运行费: 全年预算 260 万元, 执行 233.29 万元, 执行率 89.73%. */
const P = 3;
const T = `projects.items.${P}.table`;

const stored = () => store.getReport(h.db, id).report;
const table = () => stored().projects.items[P]?.table ?? null;
const text = async (selector: string) => (await page.locator(selector).innerText()).replace(/\s+/g, ' ').trim();
const derivedValue = (label: string) =>
  page.locator('.form-field.derived', { has: page.locator('.form-label', { hasText: label }) }).locator('output');

/** Types into the focused control, then Tab: as a clerk fills a row of cells. */
async function typeAndTab(...values: string[]) {
  for (const v of values) {
    if (v !== '') await page.keyboard.type(v);
    await page.keyboard.press('Tab');
  }
}

beforeAll(async () => {
  h = await startHarness({ viewport: { width: 1366, height: 768 } });
  page = h.page;
  const service = createReportService(h.db, { appVersion: 'test' });
  id = (await service['report.importFile']({ content: readFileSync(fixturePath, 'utf8') })).id;
  await openApp(h);
  await page.goto(`${h.server.url}#/report/${id}/projects`);
  await page.locator('[data-screen="projects"]').waitFor();
});

afterAll(async () => {
  await h?.close();
});

describe('项目支出绩效自评表 in the editor', () => {
  it('opens from the project row, is built from the pack’s frame and filled by keyboard; scores follow', async () => {
    const link = page.locator(`[data-table-link="${P}"]`);
    expect(await link.innerText()).toBe('未建立');
    await link.click();
    await page.locator(`[data-screen="projectTable-${P}"]`).waitFor();
    expect(await text('.screen-title')).toContain('城市电子监控维护运行费');
    await shot(page, '69-project-table-none-1366');
    await page.getByRole('button', { name: '建立项目支出绩效自评表' }).click();
    await field(page, `${T}.department`).waitFor();
    await expect
      .poll(() => table()?.indicators.map((i) => [i.level1, i.weightCenti]))
      .toEqual([
        ['产出指标', 5000],
        ['效益指标', 3000],
        ['满意度指标', 1000],
      ]);

    // 主管部门 blank prints the unit's name, which the input shows as its placeholder.
    expect(await field(page, `${T}.department`).getAttribute('placeholder')).toBe('通道侗族自治县公安局');
    await field(page, `${T}.implementer`).click();
    await typeAndTab('县公安局科技信息化大队');

    // The 年度资金总额 line is the project row's, read-only; the sources are typed (a slip is refused at the cell).
    const money = page.locator('.figure-table').first();
    expect(await text('.figure-table tbody tr:first-child')).toBe('年度资金总额 来自项目清单 260.00 260.00 233.29');
    expect(await money.locator('input').count()).toBe(9);
    await field(page, `${T}.funds.fiscal.initialFen`).click();
    await typeAndTab('260', '260', '233.29');
    await typeAndTab('12,3a');
    expect(await page.locator('.figure-table .field-error').innerText()).toContain('「12,3a」不是数字');
    await field(page, `${T}.funds.carryOver.initialFen`).fill('');
    await expect
      .poll(() => table()?.funds.fiscal)
      .toEqual({
        initialFen: 260_000_000,
        annualFen: 260_000_000,
        spentFen: 233_290_000,
      });
    expect(table()?.funds.carryOver).toEqual({ initialFen: null, annualFen: null, spentFen: null });
    // A source left blank is 未填写, not 0: the lines cannot be added up until each is stated (0 included).
    const check = derivedValue('各来源合计与年度资金总额核对');
    expect(await check.innerText()).toBe(
      '年初：有未填写的数，无法比较；全年：有未填写的数，无法比较；执行：有未填写的数，无法比较',
    );
    await field(page, `${T}.funds.carryOver.initialFen`).click();
    await typeAndTab('0', '0', '0', '0', '0', '0');
    await expect.poll(() => check.innerText()).toBe('年初：相符；全年：相符；执行：相符');
    await expect.poll(() => table()?.funds.other).toEqual({ initialFen: 0, annualFen: 0, spentFen: 0 });
    expect(await derivedValue('执行率').first().innerText()).toBe('89.73%');
    expect(await derivedValue('执行率得分').innerText()).toBe('8.97 分');

    await field(page, `${T}.goalExpected`).click();
    await page.keyboard.type('保障城区236个监控点位全年正常运行，提升治安防控能力。');
    await field(page, `${T}.goalActual`).click();
    await page.keyboard.type('监控点位在线率98.6%，全年为破案提供线索412条。');

    // Three indicator rows, cell to cell with Tab as in 附件2: 一级指标 is there already, so is each weight.
    await field(page, `${T}.indicators.0.level2`).click();
    await typeAndTab('数量指标', '监控点位维护数', '', '236', '个', '236', '', '46', '');
    expect(await focusedPath(page)).toBe(`${T}.indicators.1.level1`);
    await page.keyboard.press('Tab');
    await typeAndTab('社会效益指标', '监控线索破案数', '', '400', '条', '412', '', '28', '');
    await page.keyboard.press('Tab');
    expect(await derivedValue('评价等级').innerText()).toBe('未定（有未填写的得分）');
    await typeAndTab('满意度指标', '群众满意度', '', '90', '%', '92', '', '9.5');
    await expect.poll(() => derivedValue('自评总分').innerText()).toBe('92.47 分');
    expect(await derivedValue('评价等级').innerText()).toBe('优');
    expect(await derivedValue('分值合计（含执行率）').innerText()).toBe('100 分');
    expect(await derivedValue('填写状态').innerText()).toBe('已完成');
    await waitSaved(page);
    await derivedValue('评价等级').scrollIntoViewIfNeeded();
    await shot(page, '71-project-table-scores-1366');
    await derivedValue('执行率得分').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shot(page, '70b-project-table-money-1366');
    await page.locator('.editor-main').evaluate((el) => el.scrollTo({ top: 0 }));
    await shot(page, '70-project-table-1366');

    const t = table();
    expect(t?.implementer).toBe('县公安局科技信息化大队');
    expect(t?.department).toBe('');
    expect(t?.goalActual).toBe('监控点位在线率98.6%，全年为破案提供线索412条。');
    expect(t?.indicators.map((i) => [i.name, i.target, i.unit, i.actual, i.weightCenti, i.scoreCenti])).toEqual([
      ['监控点位维护数', '236', '个', '236', 5000, 4600],
      ['监控线索破案数', '400', '条', '412', 3000, 2800],
      ['群众满意度', '90', '%', '92', 1000, 950],
    ]);
    // Nothing outside the table changed: the row's figures are still the list's own.
    expect(stored().projects.items[P]?.annualFen).toBe(260_000_000);
  });

  it('is found again after a reload, and the project row shows its score and grade', async () => {
    await page.reload();
    await page.locator(`[data-screen="projectTable-${P}"]`).waitFor();
    expect(await field(page, `${T}.indicators.2.scoreCenti`).inputValue()).toBe('9.5');
    expect(await field(page, `${T}.funds.fiscal.spentFen`).inputValue()).toBe('233.29');
    expect(await derivedValue('自评总分').innerText()).toBe('92.47 分');

    await page.getByRole('button', { name: '‹ 返回项目清单' }).click();
    await page.locator('[data-screen="projects"]').waitFor();
    await expect.poll(() => focusedPath(page)).toBe(`projects.items.${P}.name`);
    await shot(page, '72-project-list-table-column-1366');
    expect(await text(`[data-table-link="${P}"]`)).toBe('92.47分 优');
    // The list with its 自评表 column fits beside the checks panel: nothing to scroll to on the right.
    const grid = page.locator('[data-screen="projects"] .grid-scroll');
    expect(await grid.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    expect(await page.locator('[data-table-link="0"]').innerText()).toBe('未建立');
  });

  it('lists every project on 项目自评汇总, with the totals of those that have a table', async () => {
    await openScreen(page, 'projectTables');
    const rows = page.locator('.project-tables-summary tbody tr');
    expect(await rows.count()).toBe(9);
    expect(await text(`.project-tables-summary tbody tr:nth-child(${P + 1})`)).toBe(
      '4 城市电子监控维护运行费 260.00 233.29 89.73% 92.47 优 已完成',
    );
    expect(await text('.project-tables-summary tbody tr:nth-child(1)')).toBe(
      '1 县监管中心监管场所医疗工作及相关经费 40.00 37.54 93.85% 未建立',
    );
    expect(await text('.project-tables-summary tfoot')).toBe('已建立自评表的1个项目合计 260.00 233.29 89.73% 优1个');
    expect(await page.locator('button.nav-item[data-view="projectTables"] .nav-state').getAttribute('title')).toBe(
      '填写中',
    );
    await shot(page, '73-project-tables-summary-1366');
    // The Excel import/export of all tables is on the same screen.
    const excel = page.getByTestId('project-tables-summary-excel');
    await excel.getByRole('button', { name: '导出全部项目表' }).scrollIntoViewIfNeeded();
    await shot(page, '73b-project-tables-summary-excel-1366');
    await page.locator('.editor-main').evaluate((el) => el.scrollTo({ top: 0 }));
    await rows.nth(P).click();
    await page.locator(`[data-screen="projectTable-${P}"]`).waitFor();
  });

  it('prints in the PDF as 附件3 after 附件2, with the figures typed and those taken from the list', async () => {
    await openScreen(page, 'pdf');
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/export.pdf'));
    await page.locator('[data-action="export-pdf"]').click();
    const body = (await (await answer).json()) as { ok: boolean; value: { base64: string; pages: number } };
    expect(body.ok).toBe(true);
    const bytes = Buffer.from(body.value.base64, 'base64');
    const pages = pdfText(bytes).split('\f');
    // The page the table starts on (the 附件 list on the signature page names it too).
    const at = pages.findIndex((p) => flatText(p).includes('附件3') && flatText(p).includes('项目名称'));
    const selfEvalPage = pages.findIndex((p) => flatText(p).includes('附件2') && flatText(p).includes('年度预算申请'));
    expect(selfEvalPage).toBeGreaterThan(0);
    expect(at).toBeGreaterThan(selfEvalPage);
    const table = flatText(pages.slice(at).join(''));
    for (const expected of [
      '2024年度项目支出绩效自评表（城市电子监控维护运行费）',
      '通道侗族自治县公安局', // 主管部门 left blank prints the unit
      '县公安局科技信息化大队',
      '260.00',
      '233.29',
      '89.73%',
      '8.97',
      '保障城区236个监控点位全年正常运行',
      '监控点位维护数',
      '监控线索破案数',
      '群众满意度',
      '92.47',
      '优',
    ]) {
      expect(presentInPieces(table, expected), expected).toBe(true);
    }
    // Only this project has a table: no 附件4.
    expect(flatText(pages.join(''))).not.toContain('附件4');
    const images = renderPages(bytes, 'e2e-project-table', 70);
    expect(images.length).toBe(body.value.pages);
    await shot(page, '74-project-table-pdf-1366');
    // Back to the table, where the next steps start.
    await openScreen(page, 'projectTables');
    await page.locator('.project-tables-summary tbody tr').nth(P).click();
    await page.locator(`[data-screen="projectTable-${P}"]`).waitFor();
  });

  it('undo takes the clerk back into the table, and deleting a table asks first and is undone by Ctrl+Z', async () => {
    await typeInto(field(page, `${T}.indicators.1.scoreCenti`), '20');
    await expect.poll(() => table()?.indicators[1]?.scoreCenti).toBe(2000);
    await openScreen(page, 'projectTables');
    await page.keyboard.press('Control+Z');
    await page.locator(`[data-screen="projectTable-${P}"]`).waitFor();
    await expect.poll(() => focusedPath(page)).toBe(`${T}.indicators.1.scoreCenti`);
    await expect.poll(() => table()?.indicators[1]?.scoreCenti).toBe(2800);

    await page.getByRole('button', { name: '删除此项目支出绩效自评表' }).click();
    const confirm = page.locator('.ant-modal-confirm');
    expect(await confirm.innerText()).toContain('删除“城市电子监控维护运行费”的项目支出绩效自评表？');
    await confirm.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => page.locator('.ant-modal-confirm').count()).toBe(0);
    expect(table()).not.toBeNull();

    await page.getByRole('button', { name: '删除此项目支出绩效自评表' }).click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '删除' }).click();
    await page.getByRole('button', { name: '建立项目支出绩效自评表' }).waitFor();
    await expect.poll(() => table()).toBeNull();
    await page.keyboard.press('Control+Z');
    await field(page, `${T}.indicators.2.scoreCenti`).waitFor();
    await expect.poll(() => table()?.indicators[2]?.scoreCenti).toBe(950);
    await waitSaved(page);
  });

  it('goes to next year with the report: the plan kept, results cleared, shown as 填写中', async () => {
    const service = createReportService(h.db, { appVersion: 'test' });
    const next = await service['report.copyForward']({ id, year: 2025 });
    await page.goto(`${h.server.url}#/report/${next.id}/projectTables`);
    await page.locator('[data-screen="projectTables"]').waitFor();
    expect(await text(`.project-tables-summary tbody tr:nth-child(${P + 1})`)).toMatch(
      /^4 城市电子监控维护运行费 .* 填写中$/,
    );
    await page.locator(`[data-summary-row="${P}"] [role="link"]`).press('Enter');
    await page.locator(`[data-screen="projectTable-${P}"]`).waitFor();
    expect(await field(page, `${T}.indicators.0.name`).inputValue()).toBe('监控点位维护数');
    expect(await field(page, `${T}.indicators.0.target`).inputValue()).toBe('236');
    expect(await field(page, `${T}.indicators.0.actual`).inputValue()).toBe('');
    expect(await field(page, `${T}.indicators.0.scoreCenti`).inputValue()).toBe('');
    expect(await derivedValue('评价等级').innerText()).toBe('未定（有未填写的得分）');
  });

  it('opens from the list and the summary of a submitted report, to be read, its fields locked', async () => {
    await submitReport(h.db, id, store.getReport(h.db, id).revision);
    await page.goto(`${h.server.url}#/report/${id}/projects`);
    await page.reload();
    await page.locator('[data-screen="projects"]').waitFor();
    await page.locator(`[data-table-link="${P}"]`).click();
    await page.locator(`[data-screen="projectTable-${P}"]`).waitFor();
    expect(await field(page, `${T}.indicators.2.scoreCenti`).inputValue()).toBe('9.5');
    expect(await field(page, `${T}.indicators.2.scoreCenti`).isDisabled()).toBe(true);
    expect(await field(page, `${T}.funds.fiscal.spentFen`).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: '删除此项目支出绩效自评表' }).isDisabled()).toBe(true);
    // Moving between the tables stays possible.
    await page.getByRole('button', { name: '下一个项目' }).click();
    await page.locator(`[data-screen="projectTable-${P + 1}"]`).waitFor();
    expect(await page.getByRole('button', { name: '建立项目支出绩效自评表' }).isDisabled()).toBe(true);
    await page.locator('.project-table-nav').getByRole('button', { name: '项目自评汇总' }).click();
    await page.locator(`[data-summary-row="${P}"]`).click();
    await page.locator(`[data-screen="projectTable-${P}"]`).waitFor();
    await shot(page, '75-project-table-submitted-1366');
  });

  it('logged no console errors and made no requests outside the app', () => {
    expect(h.consoleErrors).toEqual([]);
    expect(h.foreignRequests).toEqual([]);
  });
});
