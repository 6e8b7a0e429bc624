/** 附件2 scores: weights, deductions and their reasons, caps tied to 执行率 (domain.md §3.3–3.4, §5 C9–C11). */
import { formatBasis, formatPercent } from '../calc/percent';
import { formatScore } from '../calc/score';
import type { Indicator } from '../model/report';
import { finding, type Rule } from './rule';
import type { Finding } from './finding';
import { readLeadingNumber, scoreByRule, targetMissed } from './indicator-values';

const pts = (centi: number) => `${formatScore(centi)}分`;
export const indicatorRow = (i: number, ind: Indicator) => `附件2 第${i + 1}行“${ind.name || '（未命名指标）'}”`;

const indicatorsPresent: Rule = ({ report: r }) =>
  r.selfEval.indicators.length === 0
    ? [finding('NO_INDICATORS', 'error', '附件2 自评表没有绩效指标：无法计算自评总分', [['selfEval', 'indicators']])]
    : [];

const weightsTotal: Rule = ({ report: r, derived: d, pack }) => {
  const weights = d.score.weightsCenti;
  const total = pack.framework.totalWeightCenti;
  if (r.selfEval.indicators.length === 0 || weights === null || weights === total) return [];
  return [
    finding(
      'WEIGHTS_TOTAL',
      'warning',
      `附件2 各指标分值（含预算执行率${pts(r.selfEval.rateWeightCenti ?? 0)}）合计${pts(weights)}，应为${pts(total)}`,
      [
        ['selfEval', 'indicators'],
        ['selfEval', 'rateWeightCenti'],
      ],
    ),
  ];
};

/** One indicator carrying most of the score hides everything else: a share above the pack's limit is flagged. */
const weightShare: Rule = ({ report: r, pack }) => {
  const { totalWeightCenti, maxIndicatorShare } = pack.framework;
  const limit = Math.floor((totalWeightCenti * maxIndicatorShare) / 10_000);
  return r.selfEval.indicators.flatMap((ind, i) =>
    ind.weightCenti !== null && ind.weightCenti > limit
      ? [
          finding(
            'INDICATOR_WEIGHT_SHARE',
            'warning',
            `${indicatorRow(i, ind)}分值${pts(ind.weightCenti)}，占总分${pts(totalWeightCenti)}的` +
              `${formatPercent(Math.round((ind.weightCenti * 10_000) / totalWeightCenti))}，超过${formatPercent(maxIndicatorShare)}：` +
              '请核对分值是否填错，或把指标细分',
            [['selfEval', 'indicators', i, 'weightCenti']],
          ),
        ]
      : [],
  );
};

const scores: Rule = ({ report: r }) =>
  r.selfEval.indicators.flatMap((ind, i): Finding[] => {
    const { weightCenti: weight, scoreCenti: score } = ind;
    if (weight === null && score === null) return [];
    if (score === null) {
      return [
        finding('SCORE_MISSING', 'warning', `${indicatorRow(i, ind)}得分未填写：自评总分无法计算`, [
          ['selfEval', 'indicators', i, 'scoreCenti'],
        ]),
      ];
    }
    if (weight === null) {
      return [
        finding('WEIGHT_MISSING', 'warning', `${indicatorRow(i, ind)}分值未填写`, [
          ['selfEval', 'indicators', i, 'weightCenti'],
        ]),
      ];
    }
    if (score > weight) {
      return [
        finding('SCORE_OVER_WEIGHT', 'error', `${indicatorRow(i, ind)}得分${pts(score)}超过分值${pts(weight)}`, [
          ['selfEval', 'indicators', i, 'scoreCenti'],
        ]),
      ];
    }
    if (score < weight && !ind.deviation.trim()) {
      return [
        finding(
          'DEDUCTION_UNEXPLAINED',
          'warning',
          `${indicatorRow(i, ind)}扣${pts(weight - score)}，未填写偏差原因分析及改进措施`,
          [['selfEval', 'indicators', i, 'deviation']],
        ),
      ];
    }
    return [];
  });

function ruleText(pack: Parameters<Rule>[0]['pack']): string {
  const rule = pack.missedTargetScoring;
  return rule.kind === 'proportional'
    ? '按完成比例计分'
    : `每低于目标${formatBasis(rule.stepBasis)}%扣${formatScore(rule.deductCenti)}分`;
}

/** A missed quantitative target with full marks, judged by the pack's scoring rule. */
const missedButFull: Rule = ({ report: r, pack }) =>
  r.selfEval.indicators.flatMap((ind, i) => {
    if (targetMissed(ind) !== true || ind.weightCenti === null || ind.weightCenti === 0) return [];
    if (ind.scoreCenti !== ind.weightCenti) return [];
    const expected = scoreByRule(ind, pack);
    const byRule = expected === null ? '' : `；${ruleText(pack)}约为${pts(expected)}`;
    return [
      finding(
        'MISSED_TARGET_FULL_MARKS',
        'warning',
        `${indicatorRow(i, ind)}目标${ind.nature === '=' ? '' : ind.nature}${ind.target}${ind.unit}未达到` +
          `（实际${ind.actual}），却得满分${pts(ind.scoreCenti)}${byRule}`,
        [['selfEval', 'indicators', i, 'scoreCenti']],
      ),
    ];
  });

/** "≤30万元" answered with "完成": a quantitative target needs a figure to be judged. */
const actualNotNumeric: Rule = ({ report: r }) =>
  r.selfEval.indicators.flatMap((ind, i) => {
    if (ind.nature === '定性' || !readLeadingNumber(ind.target) || !ind.actual.trim()) return [];
    if (/\d/.test(ind.actual.replace(/[０-９]/g, '0'))) return [];
    return [
      finding(
        'ACTUAL_NOT_NUMERIC',
        'warning',
        `${indicatorRow(i, ind)}是定量指标（目标${ind.nature === '=' ? '' : ind.nature}${ind.target}${ind.unit}），` +
          `实际完成值却是“${ind.actual}”：请填写实际数值`,
        [['selfEval', 'indicators', i, 'actual']],
      ),
    ];
  });

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
