/**
 * Indicators that restate a figure the app derives from the report's own data (预算执行率, “三公”经费变动率,
 * 人员控制率, 政府采购执行率): the table must not say one thing and the data another. Compared at the precision
 * the clerk wrote ("95%" matches 95.4%), so only a real disagreement is shown. The row check takes any indicator
 * sheet: 附件2 against the department's figures here, a project's table against the project's 执行率.
 */
import type { Derived } from '../calc/derive';
import { divRoundHalfUp } from '../calc/money';
import { formatPercent, rateBasis, type Basis } from '../calc/percent';
import type { Report } from '../model/report';
import { finding, type Rule } from './rule';
import type { Finding } from './finding';
import { readLeadingNumber } from './indicator-values';
import { cellPath, selfEvalSheet, sheetRow, type IndicatorSheet } from './indicator-sheet';

/** A figure an indicator may restate: which names mean it, how a message calls it, its derived value. */
export interface RestatedFigure {
  pattern: RegExp;
  what: string;
  value: Basis | null;
}

const departmentFigures = (r: Report, d: Derived): RestatedFigure[] => [
  { pattern: /^(部门)?(整体)?(预算|资金)(执行|完成)率$/, what: '预算执行率', value: d.rate },
  { pattern: /三公.{0,4}(变动|增减|增长)率/, what: '“三公”经费变动率', value: d.threePublic.change },
  {
    pattern: /^(在职|财政供养)?人员(编制)?控制率$|^编制控制率$/,
    what: '人员控制率（实有人数÷编制数）',
    value: d.staffing.controlRate,
  },
  {
    pattern: /^政府采购(执行|完成)率$/,
    what: '政府采购执行率',
    value: rateBasis(r.baseData.procurement.finalFen, r.baseData.procurement.budgetFen),
  },
];

/** A rate in basis units rounded to the decimals written ("95" → 0 decimals): what the clerk's figure means. */
export function atPrecision(basis: Basis, decimals: number): number {
  const scale = 10n ** BigInt(Math.max(0, 2 - Math.min(decimals, 2)));
  return Number(divRoundHalfUp(BigInt(basis), scale)) / 10 ** Math.min(decimals, 2);
}

export function restatedFindings(sheet: IndicatorSheet, figures: readonly RestatedFigure[]): Finding[] {
  return sheet.indicators.flatMap((ind, i) => {
    const name = ind.name.replace(/\s/g, '').replace(/[“”"]/g, '');
    const figure = figures.find((f) => f.pattern.test(name));
    if (!figure) return [];
    const derived = figure.value;
    const written = readLeadingNumber(ind.actual);
    if (derived === null || !written || !(written.percent || ind.unit.includes('%'))) return [];
    if (atPrecision(derived, written.decimals) === written.value) return [];
    return [
      finding(
        'INDICATOR_RESTATES_DERIVED',
        'warning',
        `${sheetRow(sheet, i, ind)}实际完成值为${ind.actual}${written.percent ? '' : ind.unit}，` +
          `但按报告数据计算${figure.what}为${formatPercent(derived)}：请核对`,
        [cellPath(sheet, i, 'actual')],
      ),
    ];
  });
}

const restatedFigures: Rule = ({ report: r, derived: d }) =>
  restatedFindings(selfEvalSheet(r.selfEval), departmentFigures(r, d));

export const restatedRules: Rule[] = [restatedFigures];
