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

/** Where the rows go: 附件2 by default; a 项目支出绩效自评表 passes its own (import/project-tables). */
export interface IndicatorSink {
  /** The rows the report holds now: a target printing the same text keeps its stored parts. */
  existing: readonly Indicator[];
  /** The 执行率 line printed as an indicator row: its 分值. */
  rateWeight(weight: number | null, at: CellRef): void;
  /** The printed 总分 row, checked once the whole table is known. */
  printedTotal(printed: PrintedTotal, section: Section, cols: { weight?: ColumnInfo; score?: ColumnInfo }): void;
  /** Template leftovers ("指标1", "……") are skipped and an "指标1" prefix is cut; "产出指标(50分)" loses its points. */
  cleanTemplateText?: boolean;
}

export interface PrintedTotal {
  weight?: number;
  score?: number;
  row: number;
}

function selfEvalSink(ctx: ImportContext): IndicatorSink {
  return {
    existing: ctx.report.selfEval.indicators,
    rateWeight: (w, at) => ctx.set('selfEval', ['selfEval', 'rateWeightCenti'], w, at),
    printedTotal: (printed, section, cols) => checkScoreTotal(ctx, section, printed, cols),
  };
}

/** "指标1", "指标2：", "……": a template row never filled in. */
const PLACEHOLDER = /^(?:指标\d{1,2}[:：.、]?|[.。…·]{2,}|…+)$/;
/** "指标1工程完工率" → "工程完工率". */
const PLACEHOLDER_PREFIX = /^指标\d{1,2}[:：.、]?(?=\S)/;
/** "产出指标(50分)", "数量指标（10分）" → without the points (the weights are the rows' own). */
const POINTS_SUFFIX = /\s*[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]\s*$/;

export function cleanLevelLabel(text: string): string {
  return text.replace(POINTS_SUFFIX, '');
}

/** Adds the section's indicator rows to `list` (a list printed over two pages repeats its header: two sections). */
export function mapIndicators(
  section: Section,
  ctx: ImportContext,
  list: Indicator[],
  sink: IndicatorSink = selfEvalSink(ctx),
): void {
  const grid = section.grid;
  const cols = indicatorColumns(section);
  const clean = sink.cleanTemplateText === true;
  // 一级/二级/三级 are one-line labels: a line break typed to fit the cell is not part of the name.
  const text = (row: number, c: ColumnInfo | undefined) => {
    const t = c ? joinWrappedLines(readText(grid.filled(row, c.col))) : '';
    return clean ? cleanLevelLabel(t) : t;
  };
  const own = (row: number, c: ColumnInfo | undefined) => (c ? readText(grid.raw(row, c.col)) : '');
  const existing = sink.existing;
  let printedTotal: PrintedTotal | null = null;
  for (const row of bodyRows(section)) {
    const first = firstOwnText(section, row);
    const closing = clean ? closesTable(section, row) : null;
    if (closing === 'end') break;
    if (first && (isScoreTotalLabel(first.text) || closing === 'total')) {
      printedTotal = { row };
      if (cols.weight && own(row, cols.weight) !== '')
        printedTotal.weight = ctx.score(section, row, cols.weight) ?? undefined;
      if (cols.score && own(row, cols.score) !== '')
        printedTotal.score = ctx.score(section, row, cols.score) ?? undefined;
      break;
    }
    let name = joinWrappedLines(own(row, cols.level3)) || (cols.level3 ? '' : text(row, cols.level2));
    const targetText = own(row, cols.target);
    const weightText = own(row, cols.weight);
    if (clean && PLACEHOLDER.test(name) && weightText === '' && own(row, cols.score) === '') continue;
    if (clean) name = name.replace(PLACEHOLDER_PREFIX, '');
    if (name === '' && targetText === '' && weightText === '') continue;
    const level1 = text(row, cols.level1);
    const at = (c: ColumnInfo | undefined) => grid.ref(row, c?.col ?? first?.col ?? 1);
    if (isRateIndicator(name) || (name === '' && isRateIndicator(level1))) {
      // The 执行率 line as an indicator row: only its 分值 is stored; its score is derived.
      if (cols.weight && weightText !== '') {
        const w = ctx.score(section, row, cols.weight);
        if (w !== undefined) sink.rateWeight(w, at(cols.weight));
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
  if (printedTotal) sink.printedTotal(printedTotal, section, cols);
}

/**
 * A 项目支出绩效自评表 may close with "其他需要说明事项 | 无 | 总分 | 100 | 96 | 优" or go on to 评价结论 / 项目负责人
 * rows: a row holding 总分 anywhere, or starting with one of those labels, ends the indicator list.
 */
function closesTable(section: Section, row: number): 'total' | 'end' | null {
  const texts = section.grid.rowTexts(row);
  if (texts.some((t) => isScoreTotalLabel(t.text))) return 'total';
  const first = texts[0]?.text ?? '';
  return /^(?:其他需要说明事项|评价结论|存在问题|改进措施|项目负责人|财务负责人|填表人|联系电话)/.test(
    first.replace(/\s+/g, ''),
  )
    ? 'end'
    : null;
}

function checkScoreTotal(
  ctx: ImportContext,
  section: Section,
  printed: PrintedTotal,
  cols: { weight?: ColumnInfo; score?: ColumnInfo },
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
