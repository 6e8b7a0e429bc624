/** 附件2 scores: weights, deductions and their reasons, caps tied to 执行率 (domain.md §3.3–3.4, §5 C9–C11). */
import { formatPercent } from '../calc/percent';
import { formatScore } from '../calc/score';
import type { Indicator } from '../model/report';
import { finding, type Rule } from './rule';
import type { Finding } from './finding';

const pts = (centi: number) => `${formatScore(centi)}分`;
const row = (i: number, ind: Indicator) => `附件2 第${i + 1}行“${ind.name || '（未命名指标）'}”`;

const weightsAndScores: Rule = ({ report: r, derived: d, pack }) => {
  const out: Finding[] = [];
  const indicators = r.selfEval.indicators;
  if (indicators.length === 0) {
    return [
      finding('NO_INDICATORS', 'error', '附件2 自评表没有绩效指标：无法计算自评总分', [['selfEval', 'indicators']]),
    ];
  }
  if (d.score.weightsCenti !== pack.totalWeightCenti) {
    out.push(
      finding(
        'WEIGHTS_TOTAL',
        'error',
        `附件2 各指标分值（含预算执行率${pts(r.selfEval.rateWeightCenti)}）合计${pts(d.score.weightsCenti)}，应为${pts(pack.totalWeightCenti)}`,
        [
          ['selfEval', 'indicators'],
          ['selfEval', 'rateWeightCenti'],
        ],
      ),
    );
  }
  indicators.forEach((ind, i) => {
    if (ind.scoreCenti > ind.weightCenti) {
      out.push(
        finding(
          'SCORE_OVER_WEIGHT',
          'error',
          `${row(i, ind)}得分${pts(ind.scoreCenti)}超过分值${pts(ind.weightCenti)}`,
          [['selfEval', 'indicators', i, 'scoreCenti']],
        ),
      );
    } else if (ind.scoreCenti < ind.weightCenti && !ind.deviation.trim()) {
      out.push(
        finding(
          'DEDUCTION_UNEXPLAINED',
          'warning',
          `${row(i, ind)}扣${pts(ind.weightCenti - ind.scoreCenti)}，未填写偏差原因分析及改进措施`,
          [['selfEval', 'indicators', i, 'deviation']],
        ),
      );
    }
  });
  return out;
};

const NUMBER = /^[-+]?\d+(?:\.\d+)?/;

/** Compare target and actual when both are plain numbers: true when the target was missed. */
export function targetMissed(ind: Indicator): boolean | null {
  if (ind.nature === '定性') return null;
  const t = NUMBER.exec(ind.target.trim());
  const a = NUMBER.exec(ind.actual.trim());
  if (!t || !a) return null;
  const target = Number(t[0]);
  const actual = Number(a[0]);
  if (ind.nature === '≥') return actual < target;
  if (ind.nature === '≤') return actual > target;
  return actual !== target;
}

const missedButFull: Rule = ({ report: r }) =>
  r.selfEval.indicators.flatMap((ind, i) =>
    targetMissed(ind) === true && ind.scoreCenti === ind.weightCenti && ind.weightCenti > 0
      ? [
          finding(
            'MISSED_TARGET_FULL_MARKS',
            'warning',
            `${row(i, ind)}目标${ind.nature === '=' ? '' : ind.nature}${ind.target}${ind.unit}未达到（实际${ind.actual}），却得满分${pts(ind.scoreCenti)}`,
            [['selfEval', 'indicators', i, 'scoreCenti']],
          ),
        ]
      : [],
  );

const scoreCap: Rule = ({ derived: d, pack }) => {
  if (d.rate === null) return [];
  const cap = pack.scoreCaps.find((c) => d.rate !== null && d.rate < c.belowRate);
  if (!cap || d.score.totalCenti <= cap.maxTotalCenti) return [];
  return [
    finding(
      'SCORE_CAP_BY_RATE',
      'error',
      `预算执行率${formatPercent(d.rate)}低于${formatPercent(cap.belowRate)}时总分不得超过${pts(cap.maxTotalCenti)}，现为${pts(d.score.totalCenti)}`,
      [['selfEval', 'indicators']],
    ),
  ];
};

export const scoreRules: Rule[] = [weightsAndScores, missedButFull, scoreCap];
