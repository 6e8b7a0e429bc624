/**
 * Indicator-sheet scores: weights, deductions and their reasons, missed targets, caps tied to 执行率 (domain.md
 * §3.3–3.4, §5 C9–C11). The per-row checks take any sheet (indicator-sheet.ts): 附件2 here, each project's
 * 项目支出绩效自评表 in rules-project-table.ts.
 */
import { formatBasis, formatPercent } from '../calc/percent';
import { formatScore } from '../calc/score';
import { finding, type Rule } from './rule';
import type { Finding } from './finding';
import type { RulePack } from './rule-pack';
import { readLeadingNumber, scoreByRule, targetMissed } from './indicator-values';
import { cellPath, selfEvalSheet, sheetRow, type IndicatorSheet } from './indicator-sheet';

export const pts = (centi: number) => `${formatScore(centi)}分`;

const indicatorsPresent: Rule = ({ report: r }) =>
  r.selfEval.indicators.length === 0
    ? [finding('NO_INDICATORS', 'error', '附件2 自评表没有绩效指标：无法计算自评总分', [['selfEval', 'indicators']])]
    : [];

/** All weights of a sheet (its 执行率 line included) against the frame's total: a 提示, frames differ in practice. */
export function weightsTotalFindings(sheet: IndicatorSheet, weights: number | null, total: number): Finding[] {
  if (sheet.indicators.length === 0 || weights === null || weights === total) return [];
  return [
    finding(
      'WEIGHTS_TOTAL',
      'warning',
      `${sheet.name} 各指标分值（含预算执行率${pts(sheet.rateWeightCenti ?? 0)}）合计${pts(weights)}，应为${pts(total)}`,
      [
        [...sheet.base, 'indicators'],
        [...sheet.base, 'rateWeightCenti'],
      ],
    ),
  ];
}

const weightsTotal: Rule = ({ report: r, derived: d, pack }) =>
  weightsTotalFindings(selfEvalSheet(r.selfEval), d.score.weightsCenti, pack.framework.totalWeightCenti);

/** One indicator carrying most of the score hides everything else: a share above the pack's limit is flagged. */
const weightShare: Rule = ({ report: r, pack }) => {
  const { totalWeightCenti, maxIndicatorShare } = pack.framework;
  const limit = Math.floor((totalWeightCenti * maxIndicatorShare) / 10_000);
  const sheet = selfEvalSheet(r.selfEval);
  return sheet.indicators.flatMap((ind, i) =>
    ind.weightCenti !== null && ind.weightCenti > limit
      ? [
          finding(
            'INDICATOR_WEIGHT_SHARE',
            'warning',
            `${sheetRow(sheet, i, ind)}分值${pts(ind.weightCenti)}，占总分${pts(totalWeightCenti)}的` +
              `${formatPercent(Math.round((ind.weightCenti * 10_000) / totalWeightCenti))}，超过${formatPercent(maxIndicatorShare)}：` +
              '请核对分值是否填错，或把指标细分',
            [cellPath(sheet, i, 'weightCenti')],
          ),
        ]
      : [],
  );
};

/** Each row: score or weight missing, score over weight (强制), a deduction without a 偏差原因. */
export function rowScoreFindings(sheet: IndicatorSheet): Finding[] {
  return sheet.indicators.flatMap((ind, i): Finding[] => {
    const { weightCenti: weight, scoreCenti: score } = ind;
    const row = sheetRow(sheet, i, ind);
    if (weight === null && score === null) return [];
    if (score === null) {
      return [
        finding('SCORE_MISSING', 'warning', `${row}得分未填写：自评总分无法计算`, [cellPath(sheet, i, 'scoreCenti')]),
      ];
    }
    if (weight === null) {
      return [finding('WEIGHT_MISSING', 'warning', `${row}分值未填写`, [cellPath(sheet, i, 'weightCenti')])];
    }
    if (score > weight) {
      return [
        finding('SCORE_OVER_WEIGHT', 'error', `${row}得分${pts(score)}超过分值${pts(weight)}`, [
          cellPath(sheet, i, 'scoreCenti'),
        ]),
      ];
    }
    if (score < weight && !ind.deviation.trim()) {
      return [
        finding('DEDUCTION_UNEXPLAINED', 'warning', `${row}扣${pts(weight - score)}，未填写偏差原因分析及改进措施`, [
          cellPath(sheet, i, 'deviation'),
        ]),
      ];
    }
    return [];
  });
}

function ruleText(pack: RulePack): string {
  const rule = pack.missedTargetScoring;
  return rule.kind === 'proportional'
    ? '按完成比例计分'
    : `每低于目标${formatBasis(rule.stepBasis)}%扣${formatScore(rule.deductCenti)}分`;
}

/** A missed quantitative target with full marks, judged by the pack's scoring rule. */
export function missedButFullFindings(sheet: IndicatorSheet, pack: RulePack): Finding[] {
  return sheet.indicators.flatMap((ind, i) => {
    if (targetMissed(ind) !== true || ind.weightCenti === null || ind.weightCenti === 0) return [];
    if (ind.scoreCenti !== ind.weightCenti) return [];
    const expected = scoreByRule(ind, pack);
    const byRule = expected === null ? '' : `；${ruleText(pack)}约为${pts(expected)}`;
    return [
      finding(
        'MISSED_TARGET_FULL_MARKS',
        'warning',
        `${sheetRow(sheet, i, ind)}目标${ind.nature === '=' ? '' : ind.nature}${ind.target}${ind.unit}未达到` +
          `（实际${ind.actual}），却得满分${pts(ind.scoreCenti)}${byRule}`,
        [cellPath(sheet, i, 'scoreCenti')],
      ),
    ];
  });
}

/** "≤30万元" answered with "完成": a quantitative target needs a figure to be judged. */
export function actualNotNumericFindings(sheet: IndicatorSheet): Finding[] {
  return sheet.indicators.flatMap((ind, i) => {
    if (ind.nature === '定性' || !readLeadingNumber(ind.target) || !ind.actual.trim()) return [];
    if (/\d/.test(ind.actual.replace(/[０-９]/g, '0'))) return [];
    return [
      finding(
        'ACTUAL_NOT_NUMERIC',
        'warning',
        `${sheetRow(sheet, i, ind)}是定量指标（目标${ind.nature === '=' ? '' : ind.nature}${ind.target}${ind.unit}），` +
          `实际完成值却是“${ind.actual}”：请填写实际数值`,
        [cellPath(sheet, i, 'actual')],
      ),
    ];
  });
}

const scores: Rule = ({ report: r }) => rowScoreFindings(selfEvalSheet(r.selfEval));
const missedButFull: Rule = ({ report: r, pack }) => missedButFullFindings(selfEvalSheet(r.selfEval), pack);
const actualNotNumeric: Rule = ({ report: r }) => actualNotNumericFindings(selfEvalSheet(r.selfEval));

const scoreCap: Rule = ({ derived: d, pack }) => {
  const total = d.score.totalCenti;
  if (d.rate === null || total === null) return [];
  const cap = pack.scoreCaps.find((c) => d.rate !== null && d.rate < c.belowRate);
  if (!cap || total <= cap.maxTotalCenti) return [];
  return [
    finding(
      'SCORE_CAP_BY_RATE',
      'warning',
      `按“${pack.name}”，预算执行率${formatPercent(d.rate)}低于${formatPercent(cap.belowRate)}时总分不得超过` +
        `${pts(cap.maxTotalCenti)}，现为${pts(total)}`,
      [['selfEval', 'indicators']],
    ),
  ];
};

export const scoreRules: Rule[] = [
  indicatorsPresent,
  weightsTotal,
  weightShare,
  scores,
  missedButFull,
  actualNotNumeric,
  scoreCap,
];
