/**
 * 附件2's 绩效指标 rows → report.selfEval.indicators: 一级/二级 read through their merged cells, 年度指标值 split
 * into 指标性质 / value / 度量单位 (or read from their own columns), the 执行率 line's 分值 when it is printed as an
 * indicator, and the 总分 row checked against the sum.
 */
import { sumStated } from '../calc/money';
import { formatScore, rateScore } from '../calc/score';
import { LIMITS } from '../model/primitives';
import type { Indicator } from '../model/report';
import { bodyRows, columnOf, type ColumnInfo, type Section } from './find-sections';
import type { ImportContext } from './import-context';
import { parseTarget, printTarget, readNature } from './indicator-target';
import type { CellRef } from './problems';
import { joinWrappedLines } from './normalize-text';
import { readText } from './read-number';
import { isRateIndicator, isScoreTotalLabel } from './row-labels';

function shortField(ctx: ImportContext, at: CellRef, text: string, name: string): string | undefined {
  if (text.length <= LIMITS.shortText) return text;
  ctx.error(at, `${name}超过${LIMITS.shortText}字（共${text.length}字）`);
  return undefined;
}

interface IndicatorColumns {
  level1?: ColumnInfo;
  level2?: ColumnInfo;
  level3?: ColumnInfo;
  target?: ColumnInfo;
  actual?: ColumnInfo;
  weight?: ColumnInfo;
  score?: ColumnInfo;
  deviation?: ColumnInfo;
  nature?: ColumnInfo;
  measureUnit?: ColumnInfo;
}

function indicatorColumns(section: Section): IndicatorColumns {
  const out: IndicatorColumns = {};
  for (const key of [
    'level1',
    'level2',
    'level3',
    'target',
    'actual',
    'weight',
    'score',
    'deviation',
    'nature',
    'measureUnit',
  ] as const) {
    const c = columnOf(section, key);
    if (c) out[key] = c;
  }
  return out;
}

/** Adds the section's indicator rows to `list` (a list printed over two pages repeats its header: two sections). */
export function mapIndicators(section: Section, ctx: ImportContext, list: Indicator[]): void {
  const grid = section.grid;
  const cols = indicatorColumns(section);
  // 一级/二级/三级 are one-line labels: a line break typed to fit the cell is not part of the name.
  const text = (row: number, c: ColumnInfo | undefined) =>
    c ? joinWrappedLines(readText(grid.filled(row, c.col))) : '';
  const own = (row: number, c: ColumnInfo | undefined) => (c ? readText(grid.raw(row, c.col)) : '');
  const existing = ctx.report.selfEval.indicators;
  let printedTotal: { weight?: number; score?: number; row: number } | null = null;
  for (const row of bodyRows(section)) {
    const first = firstOwnText(section, row);
    if (first && isScoreTotalLabel(first.text)) {
      printedTotal = { row };
      if (cols.weight && own(row, cols.weight) !== '')
        printedTotal.weight = ctx.score(section, row, cols.weight) ?? undefined;
      if (cols.score && own(row, cols.score) !== '')
        printedTotal.score = ctx.score(section, row, cols.score) ?? undefined;
      break;
    }
    const name = joinWrappedLines(own(row, cols.level3)) || (cols.level3 ? '' : text(row, cols.level2));
    const targetText = own(row, cols.target);
    const weightText = own(row, cols.weight);
    if (name === '' && targetText === '' && weightText === '') continue;
    const level1 = text(row, cols.level1);
    const at = (c: ColumnInfo | undefined) => grid.ref(row, c?.col ?? first?.col ?? 1);
    if (isRateIndicator(name) || (name === '' && isRateIndicator(level1))) {
      // The 执行率 line as an indicator row: only its 分值 is stored; its score is derived.
      if (cols.weight && weightText !== '') {
        const w = ctx.score(section, row, cols.weight);
        if (w !== undefined) ctx.set('selfEval', ['selfEval', 'rateWeightCenti'], w, at(cols.weight));
      }
      continue;
    }
    const weight = cols.weight ? ctx.score(section, row, cols.weight) : 0;
    const score = cols.score ? ctx.score(section, row, cols.score) : 0;
    const fields = {
      level1: shortField(ctx, at(cols.level1), level1, '一级指标'),
      level2: shortField(ctx, at(cols.level2), text(row, cols.level2), '二级指标'),
      name: shortField(ctx, at(cols.level3), name, '三级指标'),
      actual: shortField(ctx, at(cols.actual), own(row, cols.actual), '实际完成值'),
    };
    const deviation = own(row, cols.deviation);
    if (deviation.length > LIMITS.paragraph) ctx.error(at(cols.deviation), `偏差原因分析超过${LIMITS.paragraph}字`);
    let parts = parseTarget(targetText);
    if (cols.nature) {
      const natureText = own(row, cols.nature);
      const nature = readNature(natureText);
      if (natureText !== '' && nature === null)
        ctx.warn(at(cols.nature), `指标性质「${natureText}」无法识别，按年度指标值中的写法读取`);
      if (nature)
        parts =
          nature === '定性'
            ? { nature, target: targetText, unit: '' }
            : { nature, target: parseTarget(targetText).target, unit: parseTarget(targetText).unit };
    }
    if (cols.measureUnit && own(row, cols.measureUnit) !== '' && parts.nature !== '定性')
      parts = { ...parts, unit: own(row, cols.measureUnit) };
    // Keep the stored parts when they print the same text: "100%完成" stays 定性 if that is what it was.
    const before = existing[list.length];
    if (before && before.name === name && printTarget(before) === printTarget(parts)) {
      parts = { nature: before.nature, target: before.target, unit: before.unit };
    } else if (before && before.name === name && printTarget(before) === targetText) {
      parts = { nature: before.nature, target: before.target, unit: before.unit };
    }
    const target = shortField(ctx, at(cols.target), parts.target, '年度指标值');
    const unit = shortField(ctx, at(cols.target), parts.unit, '度量单位');
    if (
      weight === undefined ||
      score === undefined ||
      Object.values(fields).some((v) => v === undefined) ||
      target === undefined ||
      unit === undefined
    )
      continue;
    if (deviation.length > LIMITS.paragraph) continue;
    list.push({
      level1: fields.level1 ?? '',
      level2: fields.level2 ?? '',
      name: fields.name ?? '',
      nature: parts.nature,
      target,
      unit,
      actual: fields.actual ?? '',
      weightCenti: weight,
      scoreCenti: score,
      deviation,
    });
  }
  if (printedTotal) checkScoreTotal(ctx, section, printedTotal, cols);
}

function checkScoreTotal(
  ctx: ImportContext,
  section: Section,
  printed: { weight?: number; score?: number; row: number },
  cols: IndicatorColumns,
): void {
  ctx.later((next) => {
    const se = next.selfEval;
    const weights = sumStated([se.rateWeightCenti, ...se.indicators.map((i) => i.weightCenti)]);
    const scores = sumStated([
      rateScore(se.rateWeightCenti, next.budget.spentFen, next.budget.annualFen),
      ...se.indicators.map((i) => i.scoreCenti),
    ]);
    if (printed.weight !== undefined && cols.weight && weights !== null && printed.weight !== weights) {
      ctx.warn(
        section.grid.ref(printed.row, cols.weight.col),
        `总分行的分值表中为${formatScore(printed.weight)}，各项相加为${formatScore(weights)}；总分由程序计算`,
      );
    }
    if (printed.score !== undefined && cols.score && scores !== null && printed.score !== scores) {
      ctx.warn(
        section.grid.ref(printed.row, cols.score.col),
        `总分表中为${formatScore(printed.score)}分，各项得分相加为${formatScore(scores)}分；总分由程序计算`,
      );
    }
  });
}

/** The row's first text that is not a caption merged down from the header ("绩效指标（90分）" over the whole list). */
function firstOwnText(section: Section, row: number): { col: number; text: string } | null {
  const { grid } = section;
  for (let c = 1; c <= grid.colCount; c++) {
    const m = grid.merge(row, c);
    if (m && m.top <= section.headerBottom) continue;
    const text = grid.text(row, c);
    if (text !== '') return { col: c, text };
  }
  return null;
}
