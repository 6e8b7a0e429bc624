/**
 * Each project's 项目支出绩效自评表 (issue 16): the same row checks as 附件2 (rules-score.ts, rules-restated.ts) on the
 * table's indicators, its weights against the pack's frame, the 执行率 restated in its text or indicators, and the
 * split of the money by source against the 年度资金总额 line (the project row). Every path points into
 * projects.items.i.table so the table's editor can show the finding at its cell.
 */
import { projectTables } from '../calc/project-table';
import { formatPercent, type Basis } from '../calc/percent';
import type { FundLine } from '../model/project-table';
import { finding, type Rule } from './rule';
import type { FieldPath, Finding } from './finding';
import { identity } from './identity';
import { readLeadingNumber } from './indicator-values';
import { projectSheet, type IndicatorSheet } from './indicator-sheet';
import { actualNotNumericFindings, missedButFullFindings, rowScoreFindings, weightsTotalFindings } from './rules-score';
import { atPrecision, restatedFindings } from './rules-restated';

type Tabled = ReturnType<typeof projectTables>[number];

/** Each project that has a table, with its sheet for the shared row checks. */
function eachTable(ctx: Parameters<Rule>[0], check: (t: Tabled, sheet: IndicatorSheet) => Finding[]): Finding[] {
  return projectTables(ctx.report.projects.items, ctx.pack).flatMap((t) =>
    check(t, projectSheet(t.project, t.index, t.table, ctx.pack)),
  );
}

const rows: Rule = (ctx) =>
  eachTable(ctx, (_t, sheet) => [
    ...rowScoreFindings(sheet),
    ...missedButFullFindings(sheet, ctx.pack),
    ...actualNotNumericFindings(sheet),
  ]);

const weights: Rule = (ctx) =>
  eachTable(ctx, (t, sheet) =>
    weightsTotalFindings(
      sheet,
      t.figures.score.weightsCenti,
      ctx.pack.attachments.projectTable.framework.totalWeightCenti,
    ),
  );

const COLUMNS: readonly [keyof FundLine, string][] = [
  ['initialFen', '年初预算数'],
  ['annualFen', '全年预算数'],
  ['spentFen', '全年执行数'],
];

/**
 * The printed source lines against the 年度资金总额 line, per column. 强制 only when the total and every printed line
 * state the column (identity.ts); a line left blank proves nothing, except stated lines already above the total.
 */
const fundsSplit: Rule = (ctx) => {
  const layout = ctx.pack.attachments.projectTable;
  if (layout.fundLines.length === 0) return [];
  const partsName = layout.fundLines.map((l) => l.label.replace(/^其中[：:]/, '').trim()).join('、');
  return eachTable(ctx, (t, sheet) =>
    COLUMNS.flatMap(([column, columnName]) =>
      identity({
        code: 'PROJECT_FUNDS_SPLIT',
        what: `${sheet.name} ${layout.totalLabel}的${columnName}`,
        total: t.figures.total[column],
        parts: layout.fundLines.map((l) => t.table.funds[l.key][column]),
        partsText: `${partsName}的${columnName}`,
        paths: [
          ...layout.fundLines.map((l): FieldPath => [...sheet.base, 'funds', l.key, column]),
          ['projects', 'items', t.index, column],
        ],
      }),
    ),
  );
};

/** Names an indicator gives the project's own 执行率. */
const PROJECT_RATE = /^(项目)?(预算|资金)(执行|支出|完成)率$/;
/** "执行率为86%", "预算执行率达到 93.85%" in the table's free text. */
const RATE_IN_TEXT = /执行率(?:为|达到|达|是|仅为|仅|：|:)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;

function textRateFindings(sheet: IndicatorSheet, rate: Basis, texts: [string, FieldPath][]): Finding[] {
  return texts.flatMap(([text, path]) =>
    [...text.matchAll(RATE_IN_TEXT)].flatMap((m) => {
      const written = readLeadingNumber(`${m[1] ?? ''}%`);
      if (!written || atPrecision(rate, written.decimals) === written.value) return [];
      return [
        finding(
          'TEXT_RESTATES_RATE',
          'warning',
          `${sheet.name}写“${m[0]}”，但按项目清单计算执行率为${formatPercent(rate)}：请核对`,
          [path],
        ),
      ];
    }),
  );
}

const restatedRate: Rule = (ctx) =>
  eachTable(ctx, (t, sheet) => {
    const rate = t.figures.rate;
    if (rate === null) return [];
    const texts: [string, FieldPath][] = [
      [t.table.goalActual, [...sheet.base, 'goalActual']],
      ...t.table.indicators.map((ind, i): [string, FieldPath] => [
        ind.deviation,
        [...sheet.base, 'indicators', i, 'deviation'],
      ]),
    ];
    return [
      ...restatedFindings(sheet, [{ pattern: PROJECT_RATE, what: '项目执行率', value: rate }]),
      ...textRateFindings(sheet, rate, texts),
    ];
  });

export const projectTableRules: Rule[] = [rows, weights, fundsSplit, restatedRate];
