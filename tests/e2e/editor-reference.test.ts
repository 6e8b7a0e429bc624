/**
 * A clerk enters the whole 通道 reference report in Chromium, the way the editor is meant to be used: a new empty
 * report, every screen filled by typing, the lists (units, duties, projects, indicators) and the narrative parts
 * pasted from Excel/Word through the real clipboard. The live checks then find exactly the reference's seven
 * problems; the clerk fixes one from the checks panel and acknowledges another. What the store holds is compared
 * with the reference file field by field, the page is reloaded and everything is still there, and the assembled
 * text carries the reference's figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatScaled } from '../../shared/calc/money';
import { formatScore } from '../../shared/calc/score';
import type { Paragraph, Report } from '../../shared/model/report';
import { getReport } from '../../electron/db/report-store';
import {
  UNIT,
  field,
  focusedPath,
  openApp,
  openReportId,
  openScreen,
  pasteInto,
  referenceReport,
  shot,
  startHarness,
  typeInto,
  type Harness,
} from './editor-harness';

const ref = referenceReport();
/** Exact 万元 text for an amount in 分, as a clerk would type or Excel would copy it. */
const wan = (fen: number | null) => (fen === null ? '' : formatScaled(BigInt(fen), 6, true));
const points = (centi: number | null) => (centi === null ? '' : formatScore(centi));

/** Paragraphs as Word puts them on the clipboard: CRLF, 全角 indentation, headed paragraphs numbered "1.". */
function wordText(paragraphs: readonly Paragraph[]): string {
  let n = 0;
  return (
    paragraphs
      .map((p) => {
        if (!p.heading) return `\u3000\u3000${p.text}`;
        n += 1;
        return `\u3000\u3000${n}.${p.heading}${p.text}`;
      })
      .join('\r\n') + '\r\n'
  );
}

let h: Harness;
let page: Page;
let id = '';

beforeAll(async () => {
  h = await startHarness();
  page = h.page;
});

afterAll(async () => {
  await h?.close();
});

const stored = () => getReport(h.db, id).report;

describe('a clerk enters the reference report', () => {
  it('creates an empty report for the unit and year from the list', async () => {
    await openApp(h);
    await page.getByText('还没有报告').waitFor();
    await shot(page, '01-home-empty');
    await page.getByRole('button', { name: '新建报告' }).click();
    const dialog = page.locator('.ant-modal').filter({ hasText: '新建报告' });
    await dialog.getByLabel('单位名称').fill(UNIT);
    await dialog.getByLabel('评价年度').fill('2024');
    await shot(page, '02-new-report-dialog');
    await dialog.getByRole('button', { name: '创建并打开' }).click();
    await page.locator('[data-screen="info"]').waitFor();
    id = openReportId(page);
    expect(stored().unitName).toBe(UNIT);
    expect(stored().year).toBe(2024);
  });

  it('fills 基本信息 and 一（一）–（四）: units and duties pasted as columns', async () => {
    await typeInto(field(page, 'selfName'), ref.selfName);
    await shot(page, '03-info');

    await openScreen(page, 'org');
    for (const [i, group] of ref.organisation.groups.entries()) {
      await page.getByRole('button', { name: '＋ 添加机构类别' }).click();
      await typeInto(field(page, `organisation.groups.${i}.label`), group.label);
      if (group.kind !== 'internal') {
        await page.locator('.org-group').nth(i).locator('.ant-select').click();
        const name = group.kind === 'dispatched' ? '派出机构' : '其他';
        await page.locator('.ant-select-dropdown:visible').getByText(name, { exact: true }).click();
      }
      await pasteInto(page, field(page, `organisation.groups.${i}.units.0`), group.units.join('\r\n') + '\r\n');
      await field(page, `organisation.groups.${i}.units.${group.units.length - 1}`).waitFor();
    }
    await field(page, 'organisation.note').fill(ref.organisation.note);
    await shot(page, '04-organisation');

    await openScreen(page, 'staffing');
    const s = ref.staffing;
    await typeInto(field(page, 'staffing.adminAuthorized'), String(s.adminAuthorized));
    await typeInto(field(page, 'staffing.adminActual'), String(s.adminActual));
    await typeInto(field(page, 'staffing.auxiliaryLabel'), s.auxiliaryLabel);
    await typeInto(field(page, 'staffing.auxiliaryAuthorized'), String(s.auxiliaryAuthorized));
    await typeInto(field(page, 'staffing.auxiliaryActual'), String(s.auxiliaryActual));
    await typeInto(field(page, 'staffing.retired'), String(s.retired));
    await expect.poll(() => page.locator('.derived-value').nth(2).innerText()).toBe('97.37%');
    await shot(page, '05-staffing');

    await openScreen(page, 'duties');
    // Copied from the 三定 text, numbered: the numbers are dropped, the report numbers duties itself.
    const numbered = ref.duties.map((d, i) => `${i + 1}、${d}`).join('\r\n');
    await pasteInto(page, page.locator('[data-screen="duties"] .grid-empty'), numbered);
    await field(page, `duties.${ref.duties.length - 1}`).waitFor();
    await shot(page, '06-duties');

    await openScreen(page, 'goals');
    await page.getByRole('button', { name: '＋ 添加段落' }).click();
    await pasteInto(page, field(page, 'goals.0.text'), wordText(ref.goals));
    await shot(page, '07-goals');
    await expect.poll(() => stored().goals).toEqual(ref.goals);
    expect(stored().organisation).toEqual(ref.organisation);
    expect(stored().staffing).toEqual(ref.staffing);
    expect(stored().duties).toEqual(ref.duties);
  });

  it('types the budget figures of 二 in 万元 and pastes the project list from Excel', async () => {
    await openScreen(page, 'budget');
    await typeInto(field(page, 'budget.initialFen'), wan(ref.budget.initialFen));
    await typeInto(field(page, 'budget.annualFen'), wan(ref.budget.annualFen));
    await typeInto(field(page, 'budget.spentFen'), wan(ref.budget.spentFen));
    await field(page, 'budget.usage').fill(ref.budget.usage);
    await field(page, 'budget.management').fill(ref.budget.management);
    await shot(page, '08-budget');

    await openScreen(page, 'basic');
    const b = ref.basic;
    for (const key of [
      'initialFen',
      'annualFen',
      'spentFen',
      'wagesFen',
      'goodsServicesFen',
      'householdFen',
      'capitalFen',
    ] as const) {
      await typeInto(field(page, `basic.${key}`), wan(b[key]));
    }
    await field(page, 'basic.scope').fill(b.scope);
    await field(page, 'basic.varianceReason').fill(b.varianceReason);
    await shot(page, '09-basic');

    await openScreen(page, 'projects');
    const p = ref.projects;
    await typeInto(field(page, 'projects.declaredCount'), String(p.declaredCount));
    await field(page, 'projects.intro').fill(p.intro);
    await field(page, 'projects.varianceReason').fill(p.varianceReason);
    const tsv = p.items
      .map((item) =>
        [
          item.name,
          wan(item.initialFen),
          wan(item.annualFen),
          wan(item.spentFen),
          item.addedMidYear ? '是' : '否',
        ].join('\t'),
      )
      .join('\r\n');
    await pasteInto(page, page.locator('[data-screen="projects"] .grid-empty'), tsv + '\r\n');
    await field(page, `projects.items.${p.items.length - 1}.name`).waitFor();
    await page.getByText('已粘贴 9 行 × 5 列').waitFor();
    // The totals row and the per-project rates are computed as the rows arrive.
    const totals = await page.locator('[data-screen="projects"] tfoot').innerText();
    expect(totals).toContain('2139.88');
    expect(totals).toContain('2002.26');
    expect(await page.locator('[data-row-path="projects.items.3"] .grid-derived').innerText()).toBe('89.73%');
    await shot(page, '10-projects');
    await expect.poll(() => stored().projects).toEqual(ref.projects);

    await openScreen(page, 'threePublic');
    const t = ref.threePublic;
    for (const item of ['abroad', 'reception', 'vehiclePurchase', 'vehicleOperation'] as const) {
      for (const col of ['prevFinalFen', 'budgetFen', 'finalFen'] as const) {
        if (t[item][col] !== null) await typeInto(field(page, `threePublic.${item}.${col}`), wan(t[item][col]));
      }
    }
    await field(page, 'threePublic.intro').fill(t.intro);
    await expect
      .poll(() => page.locator('[data-screen="threePublic"] .derived-value').first().innerText())
      .toBe('74.93%');
    await shot(page, '11-three-public');
    await expect.poll(() => stored().threePublic).toEqual(ref.threePublic);
    expect(stored().budget).toEqual(ref.budget);
    expect(stored().basic).toEqual(ref.basic);
  });

  it('fills 三 to 九 and the 落款, pasting the narrative parts from Word', async () => {
    for (const key of ['govFund', 'stateCapital', 'socialInsurance'] as const) {
      await openScreen(page, key);
      await field(page, `${key}.text`).fill(ref[key].text);
    }
    await shot(page, '12-gov-fund');

    await openScreen(page, 'performance');
    await field(page, 'performance.lead').fill(ref.performance.lead);
    await page.getByRole('button', { name: '＋ 添加段落' }).click();
    await pasteInto(page, field(page, 'performance.achievements.0.text'), wordText(ref.performance.achievements));
    await page.getByText(`已按段落拆分为 ${ref.performance.achievements.length} 段`).waitFor();
    await shot(page, '13-performance');

    for (const key of ['problems', 'measures'] as const) {
      await openScreen(page, key);
      await page.getByRole('button', { name: '＋ 添加段落' }).click();
      await pasteInto(page, field(page, `${key}.0.text`), wordText(ref[key]));
      await field(page, `${key}.${ref[key].length - 1}.text`).waitFor();
    }
    await shot(page, '14-problems-measures');

    await openScreen(page, 'other');
    expect(await field(page, 'other.0.text').inputValue()).toBe('无。');

    await openScreen(page, 'signature');
    expect(await field(page, 'signature.unitName').inputValue()).toBe(UNIT);
    await typeInto(field(page, 'signature.date'), ref.signature.date);
    await shot(page, '15-signature');

    await expect.poll(() => stored().signature).toEqual(ref.signature);
    expect(stored().performance).toEqual(ref.performance);
    expect(stored().problems).toEqual(ref.problems);
    expect(stored().measures).toEqual(ref.measures);
  });

  it('fills 附件2: the goals typed, the indicator table pasted from Excel; score and grade computed', async () => {
    await openScreen(page, 'baseData');
    await shot(page, '16-base-data');

    await openScreen(page, 'selfEval');
    const se = ref.selfEval;
    await field(page, 'selfEval.goalExpected').fill(se.goalExpected);
    await field(page, 'selfEval.goalActual').fill(se.goalActual);
    const rows = se.indicators.map((i, n) =>
      [
        i.level1,
        i.level2,
        i.name,
        // Typed in Excel as ">=" by some clerks: read as "≥".
        n === 0 && i.nature === '≥' ? '>=' : i.nature,
        i.target,
        i.unit,
        i.actual,
        points(i.weightCenti),
        points(i.scoreCenti),
        i.deviation,
      ].join('\t'),
    );
    await pasteInto(page, page.locator('[data-screen="selfEval"] .grid-empty'), rows.join('\r\n') + '\r\n');
    await field(page, `selfEval.indicators.${se.indicators.length - 1}.name`).waitFor();
    // The derived figures follow the pasted rows in a later render (deferred while the grid updates).
    const derivedValues = () => page.locator('[data-screen="selfEval"] .derived-value').allInnerTexts();
    await expect.poll(derivedValues).toContain('96.9 分');
    const figures = await derivedValues();
    expect(figures).toContain('优');
    expect(figures).toContain('100 分');
    await page.locator('[data-screen="selfEval"] .grid').scrollIntoViewIfNeeded();
    await shot(page, '17-self-eval');
  });

  it('has stored exactly the reference report', async () => {
    await expect.poll(() => stored(), { timeout: 15_000 }).toEqual(ref);
    await page.locator('[data-save-state="saved"]').waitFor();
  });

  it('lists the reference’s seven problems in the checks panel, grouped by section', async () => {
    await expect.poll(() => page.getByTestId('checks-summary').innerText()).toBe('强制 1 项 · 提示 6 项');
    const codes = await page
      .locator('.checks-panel [data-finding]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-finding')));
    expect(codes.sort()).toEqual(
      [
        'SIGN_DATE_BEFORE_YEAR_END',
        'LOW_EXECUTION_RATE',
        'LOW_EXECUTION_RATE',
        'SPENT_OVER_BUDGET',
        'THREE_PUBLIC_INCREASE',
        'TEXT_CONTRADICTS_RATE',
        'STAFF_OVER_AUTHORIZED',
      ].sort(),
    );
    const text = await page.locator('.checks-panel').innerText();
    for (const words of ['89.73%', '305人，超过编制302人', '74.93%', '2024-05-29']) expect(text).toContain(words);
    const groups = await page.locator('.checks-group-title').allInnerTexts();
    expect(groups).toEqual([
      '一（二）人员编制',
      '二（二）1.基本支出',
      '二（二）2.项目支出',
      '二（三）“三公”经费',
      '七、存在的问题及原因分析',
      '落款',
    ]);
    // The side list marks the screens concerned.
    expect(await page.locator('button.nav-item[data-view="signature"] .nav-state').getAttribute('class')).toContain(
      'error',
    );
    expect(await page.locator('button.nav-item[data-view="projects"] .nav-count.warning').innerText()).toBe('2');
    await shot(page, '18-checks');
  });

  it('fixes one from the panel: the finding takes the clerk to the field, which is typed and saved', async () => {
    await openScreen(page, 'info');
    const finding = page.locator('.checks-panel [data-finding="LOW_EXECUTION_RATE"]').first();
    expect(await finding.innerText()).toContain('城市电子监控维护运行费');
    await finding.locator('.finding-jump').click();
    await page.locator('[data-screen="projects"]').waitFor();
    await expect.poll(() => focusedPath(page)).toBe('projects.items.3.lowRateReason');
    await shot(page, '19-jumped-to-field');
    await page.keyboard.type('部分维护合同年底尚未结算');
    await expect.poll(() => page.getByTestId('checks-summary').innerText()).toBe('强制 1 项 · 提示 5 项');

    // A warning the clerk considers right is acknowledged; the answer is kept with the report.
    const staff = page.locator('.checks-panel [data-finding="STAFF_OVER_AUTHORIZED"]');
    await staff.getByLabel('确认无误').click();
    // Answered, it leaves the 待处理 list and stays under 全部, marked as acknowledged.
    await staff.waitFor({ state: 'detached' });
    await page.locator('.checks-panel').getByText('全部（').click();
    expect(await staff.innerText()).toContain('已确认无误');
    await page.locator('.checks-panel').getByText('待处理（').click();
    await expect
      .poll(() => stored().responses)
      .toEqual([{ key: 'STAFF_OVER_AUTHORIZED@staffing.auxiliaryActual', explanation: '', acknowledged: true }]);
    await expect.poll(() => stored().projects.items[3]?.lowRateReason).toBe('部分维护合同年底尚未结算');
  });

  it('finds everything still there after a reload', async () => {
    await page.locator('[data-save-state="saved"]').waitFor();
    await page.reload();
    await page.locator('[data-screen="projects"]').waitFor();
    expect(await field(page, 'projects.items.3.lowRateReason').inputValue()).toBe('部分维护合同年底尚未结算');
    expect(await page.locator('[data-screen="projects"] tbody tr').count()).toBe(9);
    expect(await field(page, 'projects.items.8.annualFen').inputValue()).toBe('888.48');
    await openScreen(page, 'selfEval');
    expect(await field(page, 'selfEval.indicators.1.scoreCenti').inputValue()).toBe('9.49');
    expect(await page.getByTestId('checks-summary').innerText()).toBe('强制 1 项 · 提示 5 项');
    const expected: Report = structuredClone(ref);
    expected.projects.items[3]!.lowRateReason = '部分维护合同年底尚未结算';
    expected.responses = [
      { key: 'STAFF_OVER_AUTHORIZED@staffing.auxiliaryActual', explanation: '', acknowledged: true },
    ];
    expect(stored()).toEqual(expected);
  });

  it('assembles the text with the reference’s figures, generated words marked', async () => {
    await openScreen(page, 'preview');
    // The parts below the first screen are drawn just after it is painted.
    const doc = page.locator('article.doc-page[data-complete]');
    await doc.waitFor();
    const text = await doc.innerText();
    for (const figure of ['5521.28', '6304.13', '6304.03', '93.85%', '89.73%', '96.9', '“优”'])
      expect(text).toContain(figure);
    expect(text).toContain('部分维护合同年底尚未结算');
    expect(await doc.locator('h1.doc-title').innerText()).toBe(`${UNIT}部门整体支出绩效自评报告`);
    expect(await doc.locator('.generated', { hasText: '96.9' }).count()).toBeGreaterThan(0);
    await shot(page, '20-preview');
    await doc.locator('.doc-attachment').nth(1).scrollIntoViewIfNeeded();
    await shot(page, '21-preview-attachment-2');
  });

  it('shows the report in the list with its open findings', async () => {
    await page.getByRole('button', { name: /返回报告列表/ }).click();
    const row = page.locator('tr.clickable-row', { hasText: UNIT });
    await row.waitFor();
    const cells = await row.locator('td').allInnerTexts();
    expect(cells.slice(0, 4)).toEqual([UNIT, '2024', `2024年度${UNIT}部门整体支出绩效自评报告`, '草稿']);
    expect(cells[5]).toBe('1');
    expect(cells[6]).toBe('5');
    await shot(page, '22-home-with-report');
  });

  it('left no console errors and made no requests elsewhere', () => {
    expect(h.consoleErrors).toEqual([]);
    expect(h.foreignRequests).toEqual([]);
  });
});
