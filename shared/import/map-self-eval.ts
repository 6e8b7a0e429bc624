/**
 * 附件2 自评表 → report fields (domain.md §3.1): the money block (年度资金总额, the income sources, 基本支出),
 * the 执行率 line's 分值, 年度总体目标, and the 绩效指标 rows (map-indicators.ts). 项目支出, 执行率, 得分 and
 * 总分 are printed sums or derived figures: they are checked, not stored.
 */
import { sumPresent, sumStated } from '../calc/money';
import { formatScore, rateScore } from '../calc/score';
import { formatBasis, rateBasis } from '../calc/percent';
import { LIMITS } from '../model/primitives';
import type { Indicator, Report } from '../model/report';
import { bodyRows, columnOf, rowLabel, type ColumnInfo, type Section } from './find-sections';
import type { ImportContext } from './import-context';
import { exactWanyuan } from './format-amount';
import { isTotalLabel, normalizeLabel } from './normalize-text';
import { matchMoneyRow, type MoneyRow } from './row-labels';
import { readAmount, readText } from './read-number';
import { mapIndicators } from './map-indicators';
import { pairsInRow, type MoneyPair } from './money-pairs';
import { findRulePack } from '../packs/registry';
import type { CellRef } from './problems';

type MoneySlot = 'initialFen' | 'annualFen' | 'spentFen';
const MONEY_SLOT_NAMES: Readonly<Record<MoneySlot, string>> = {
  initialFen: '年初预算数',
  annualFen: '全年预算数',
  spentFen: '全年执行数',
};

const MONEY_PATHS: Readonly<Record<MoneyRow, readonly string[]>> = {
  budget: ['budget'],
  general: ['selfEval', 'income', 'general'],
  govFund: ['selfEval', 'income', 'govFund'],
  nonTax: ['selfEval', 'income', 'nonTax'],
  other: ['selfEval', 'income', 'other'],
  basic: ['basic'],
};

/** 年初 / 全年 / 执行 columns; "预算数" stands for 全年 and "决算数" for 执行 where those are missing. */
export function moneyColumns(section: Section): Partial<Record<MoneySlot, ColumnInfo>> {
  const out: Partial<Record<MoneySlot, ColumnInfo>> = {};
  const initial = columnOf(section, 'initial');
  const annual = columnOf(section, 'annual') ?? columnOf(section, 'budget');
  const spent = columnOf(section, 'spent') ?? columnOf(section, 'final');
  if (initial) out.initialFen = initial;
  if (annual) out.annualFen = annual;
  if (spent) out.spentFen = spent;
  return out;
}

/** A money block whose row names are none of 附件2's is a project list without a "项目名称" header. */
export function looksLikeProjectList(section: Section): boolean {
  let named = 0;
  for (const row of bodyRows(section)) {
    const label = rowLabel(section, row);
    if (!label || isTotalLabel(normalizeLabel(label.text))) continue;
    if (matchMoneyRow(label.text) !== null) return false;
    named++;
  }
  return named > 0;
}

const wan = exactWanyuan;

function mapMoney(section: Section, ctx: ImportContext): void {
  const slots = moneyColumns(section);
  const grid = section.grid;
  const weightCol = columnOf(section, 'weight');
  const rateCol = columnOf(section, 'rate');
  const scoreCol = columnOf(section, 'score');
  let inPairs = false;
  for (const row of bodyRows(section)) {
    const pairs = pairsInRow(section, row, inPairs);
    inPairs = pairs !== null;
    if (pairs) {
      for (const pair of pairs) mapPair(section, ctx, row, pair);
      continue;
    }
    const label = rowLabel(section, row, (l) => matchMoneyRow(l) !== null);
    if (!label) continue;
    const target = matchMoneyRow(label.text);
    if (target === null) {
      // A line with a name and no figure ("上年结转资金" left blank) says nothing to import.
      const hasFigure = Object.values(slots).some((c) => c && readText(grid.raw(row, c.col)) !== '');
      if (hasFigure && !isTotalLabel(normalizeLabel(label.text)))
        ctx.warn(grid.ref(row, label.col), `未识别的行「${label.text}」，已忽略`);
      continue;
    }
    const values: Partial<Record<MoneySlot, number | null>> = {};
    let failed = false;
    for (const slot of Object.keys(MONEY_SLOT_NAMES) as MoneySlot[]) {
      const column = slots[slot];
      if (!column) continue;
      const fen = ctx.amount(section, row, column);
      if (fen === undefined) failed = true;
      else values[slot] = fen;
    }
    const at = (slot: MoneySlot): CellRef => grid.ref(row, slots[slot]?.col ?? label.col);
    if (target === 'projects' || target === 'incomeTotal' || target === 'expenditureTotal') {
      if (!failed) checkMoneySum(ctx, at, label.text, values, target);
      continue;
    }
    if (failed) continue;
    for (const slot of Object.keys(values) as MoneySlot[])
      ctx.set('selfEval', [...MONEY_PATHS[target], slot], values[slot], at(slot));
    if (target === 'budget') mapRateLine(section, ctx, row, { weightCol, rateCol, scoreCol });
  }
}

/** The one figure of a label/figure pair: 全年执行数 in the single-figure layout (rule pack hunan-2023). */
function mapPair(section: Section, ctx: ImportContext, row: number, pair: MoneyPair): void {
  const grid = section.grid;
  const col = pair.figureCol ?? pair.labelCol;
  const at = grid.ref(row, col);
  let fen: number | null | undefined = null;
  if (pair.inline !== null) fen = ctx.take(readAmount(pair.inline, section.unit), at, null);
  else if (pair.figureCol !== null)
    fen = ctx.amount(section, row, { key: 'spent', col, year: null, unit: null, header: '' });
  if (fen === undefined) return;
  const single = findRulePack(ctx.report.rulePackId)?.attachments.selfEval.incomeLayout === 'singleFigure';
  if (!single && fen !== null && !ctx.pairNoted) {
    ctx.pairNoted = true;
    ctx.warn(
      at,
      `「${pair.label}」等各项只有一个数（没有年初预算数、全年预算数、全年执行数三栏），已按全年执行数导入；如果是预算数，请在“二 自评表”中改正`,
    );
  }
  const target = pair.target;
  if (target === 'projects' || target === 'incomeTotal' || target === 'expenditureTotal') {
    if (fen !== null) checkMoneySum(ctx, () => at, pair.label, { spentFen: fen }, target);
    return;
  }
  ctx.set('selfEval', [...MONEY_PATHS[target], 'spentFen'], fen, at);
}

function checkMoneySum(
  ctx: ImportContext,
  at: (slot: MoneySlot) => CellRef,
  label: string,
  printed: Partial<Record<MoneySlot, number | null>>,
  target: 'projects' | 'incomeTotal' | 'expenditureTotal',
): void {
  // 项目支出 filled in by hand with no project list: it is the report's stated project total, not a sum to check.
  if (target === 'projects') {
    ctx.settle((next) => {
      if (next.projects.items.length > 0) return;
      for (const slot of Object.keys(printed) as MoneySlot[]) {
        const value = printed[slot];
        if (value !== undefined && value !== null && value !== next.projects.statedTotal[slot])
          ctx.set('selfEval', ['projects', 'statedTotal', slot], value, at(slot));
      }
    });
  }
  ctx.later((next: Report) => {
    if (target === 'projects' && next.projects.items.length === 0) return;
    for (const slot of Object.keys(printed) as MoneySlot[]) {
      const value = printed[slot];
      if (value === undefined || value === null) continue;
      let expected: number | null;
      if (target === 'projects') expected = sumStated(next.projects.items.map((p) => p[slot]));
      else if (target === 'expenditureTotal') expected = next.budget[slot];
      else {
        const inc = next.selfEval.income;
        expected =
          sumPresent([inc.general, inc.govFund, inc.nonTax, inc.other].map((x) => x[slot])) ?? next.budget[slot];
      }
      if (expected !== null && value !== expected) {
        ctx.warn(
          at(slot),
          `「${label}」${MONEY_SLOT_NAMES[slot]}表中为${wan(value)}，按其他数据计算应为${wan(expected)}；该数由程序计算，未导入`,
        );
      }
    }
  });
}

function mapRateLine(
  section: Section,
  ctx: ImportContext,
  row: number,
  cols: { weightCol: ColumnInfo | undefined; rateCol: ColumnInfo | undefined; scoreCol: ColumnInfo | undefined },
): void {
  const grid = section.grid;
  let weight: number | null | undefined;
  if (cols.weightCol) {
    weight = ctx.score(section, row, cols.weightCol);
    if (weight !== undefined && weight !== null && readText(grid.raw(row, cols.weightCol.col)) !== '') {
      ctx.set('selfEval', ['selfEval', 'rateWeightCenti'], weight, grid.ref(row, cols.weightCol.col));
    }
  }
  const { rateCol, scoreCol } = cols;
  ctx.later((next) => {
    const computedRate = rateBasis(next.budget.spentFen, next.budget.annualFen);
    if (rateCol) {
      const printed = ctx.percent(section, row, rateCol);
      if (printed !== null && computedRate !== null && Math.abs(printed - computedRate) > 1) {
        ctx.warn(
          grid.ref(row, rateCol.col),
          `执行率表中为${formatBasis(printed, false)}%，按全年执行数÷全年预算数计算为${formatBasis(computedRate, false)}%；执行率由程序计算`,
        );
      }
    }
    if (scoreCol) {
      const printed = ctx.score(section, row, scoreCol);
      const computed = rateScore(next.selfEval.rateWeightCenti, next.budget.spentFen, next.budget.annualFen);
      if (
        printed !== undefined &&
        printed !== null &&
        computed !== null &&
        readText(grid.raw(row, scoreCol.col)) !== '' &&
        printed !== computed
      ) {
        ctx.warn(
          grid.ref(row, scoreCol.col),
          `执行率得分表中为${formatScore(printed)}分，按执行率计算为${formatScore(computed)}分；得分由程序计算`,
        );
      }
    }
  });
}

/** The first row under 预期目标 / 实际完成情况 with text: each goal with its cell (one too long is an error, left out). */
export function goalTexts(
  section: Section,
  ctx: ImportContext,
): { field: 'goalExpected' | 'goalActual'; text: string; at: CellRef }[] {
  const expected = columnOf(section, 'goalExpected');
  const actual = columnOf(section, 'goalActual');
  const grid = section.grid;
  for (const row of bodyRows(section)) {
    const texts = [expected, actual].map((c) => (c ? readText(grid.raw(row, c.col)) : ''));
    if (texts.every((t) => t === '')) continue;
    const pairs = [
      [expected, 'goalExpected', texts[0] ?? ''],
      [actual, 'goalActual', texts[1] ?? ''],
    ] as const;
    const out: { field: 'goalExpected' | 'goalActual'; text: string; at: CellRef }[] = [];
    for (const [column, field, text] of pairs) {
      if (!column) continue;
      const at = grid.ref(row, column.col);
      if (text.length > LIMITS.paragraph) ctx.error(at, `年度总体目标超过${LIMITS.paragraph}字`);
      else out.push({ field, text, at });
    }
    return out;
  }
  return [];
}

function mapGoals(section: Section, ctx: ImportContext): void {
  for (const g of goalTexts(section, ctx)) ctx.set('selfEval', ['selfEval', g.field], g.text, g.at);
}

export function mapSelfEval(sections: readonly Section[], ctx: ImportContext): void {
  let indicators: Indicator[] | null = null;
  let first: CellRef | null = null;
  for (const section of sections) {
    if (section.kind === 'money') mapMoney(section, ctx);
    else if (section.kind === 'goals') mapGoals(section, ctx);
    else if (section.kind === 'indicators') {
      indicators ??= [];
      first ??= section.grid.ref(section.bodyStart, 1);
      mapIndicators(section, ctx, indicators);
    }
  }
  if (indicators) ctx.set('selfEval', ['selfEval', 'indicators'], indicators, first);
}
