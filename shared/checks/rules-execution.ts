/** Execution rates, budget adjustments and 三公 (domain.md §5 C7, C8, C14, C19). */
import { formatWanyuan } from '../calc/money';
import { formatPercent } from '../calc/percent';
import type { ThreeColumns } from '../model/report';
import { finding, type Rule } from './rule';
import type { Finding } from './finding';

const wan = (fen: number) => `${formatWanyuan(fen)}万元`;

const lowRates: Rule = ({ report: r, derived: d, pack }) => {
  const line = formatPercent(pack.lowRateLine);
  const out: Finding[] = [];
  if (d.rate !== null && d.rate < pack.lowRateLine) {
    out.push(
      finding('LOW_EXECUTION_RATE', 'warning', `部门整体预算执行率${formatPercent(d.rate)}，低于${line}：请说明原因`, [
        ['budget', 'spentFen'],
      ]),
    );
  }
  r.projects.items.forEach((p, i) => {
    const rate = d.projects.perItem[i]?.rate ?? null;
    if (rate === null || rate >= pack.lowRateLine || p.lowRateReason.trim()) return;
    out.push(
      finding(
        'LOW_EXECUTION_RATE',
        'warning',
        `项目（${i + 1}）“${p.name}”执行率${formatPercent(rate)}（预算${wan(p.annualFen)}，支出${wan(p.spentFen)}），低于${line}，未说明原因`,
        [
          ['projects', 'items', i, 'lowRateReason'],
          ['projects', 'items', i, 'spentFen'],
        ],
      ),
    );
  });
  return out;
};

const overspent: Rule = ({ report: r, derived: d }) => {
  const out: Finding[] = [];
  if (r.budget.spentFen > r.budget.annualFen && r.budget.annualFen > 0) {
    out.push(
      finding(
        'SPENT_OVER_BUDGET',
        'warning',
        `全年预算执行数${wan(r.budget.spentFen)}超过全年预算收入${wan(r.budget.annualFen)}：请说明动用的年初结转资金`,
        [['budget', 'spentFen']],
      ),
    );
  }
  if (r.basic.spentFen > r.basic.annualFen && r.basic.annualFen > 0) {
    out.push(
      finding(
        'SPENT_OVER_BUDGET',
        'warning',
        `基本支出全年执行金额${wan(r.basic.spentFen)}超过全年预算${wan(r.basic.annualFen)}` +
          `（执行率${formatPercent(d.basicRate)}，超出${wan(r.basic.spentFen - r.basic.annualFen)}）`,
        [
          ['basic', 'annualFen'],
          ['basic', 'spentFen'],
        ],
      ),
    );
  }
  r.projects.items.forEach((p, i) => {
    if (p.spentFen <= p.annualFen) return;
    out.push(
      finding(
        'SPENT_OVER_BUDGET',
        'warning',
        `项目（${i + 1}）“${p.name}”支出${wan(p.spentFen)}超过全年预算${wan(p.annualFen)}`,
        [['projects', 'items', i, 'spentFen']],
      ),
    );
  });
  return out;
};

const adjustmentsExplained: Rule = ({ report: r, derived: d }) => {
  const out: Finding[] = [];
  if (r.basic.spentFen !== r.basic.initialFen && r.basic.initialFen > 0 && !r.basic.varianceReason.trim()) {
    out.push(
      finding(
        'ADJUSTMENT_UNEXPLAINED',
        'warning',
        `基本支出执行${wan(r.basic.spentFen)}与年初预算${wan(r.basic.initialFen)}不同，未说明调整原因`,
        [['basic', 'varianceReason']],
      ),
    );
  }
  if (d.projects.spentFen !== d.projects.initialFen && d.projects.initialFen > 0 && !r.projects.varianceReason.trim()) {
    out.push(
      finding(
        'ADJUSTMENT_UNEXPLAINED',
        'warning',
        `项目支出执行${wan(d.projects.spentFen)}与年初预算${wan(d.projects.initialFen)}不同，未说明调整原因`,
        [['projects', 'varianceReason']],
      ),
    );
  }
  return out;
};

const THREE_PUBLIC_ITEMS: [string, string][] = [
  ['abroad', '因公出国出境费'],
  ['reception', '公务接待费'],
  ['vehiclePurchase', '公车购置费'],
  ['vehicleOperation', '公车运行维护费'],
];

const threePublic: Rule = ({ report: r, derived: d }) => {
  const out: Finding[] = [];
  for (const [key, name] of THREE_PUBLIC_ITEMS) {
    const c = r.threePublic[key as 'abroad'] as ThreeColumns;
    if (c.finalFen > c.budgetFen) {
      out.push(
        finding(
          'THREE_PUBLIC_OVER_BUDGET',
          'warning',
          `“三公”经费中${name}决算${wan(c.finalFen)}超过预算${wan(c.budgetFen)}`,
          [
            ['threePublic', key, 'finalFen'],
            ['threePublic', key, 'budgetFen'],
          ],
        ),
      );
    }
  }
  const change = d.threePublic.change;
  if (change !== null && change > 0 && !r.threePublic.changeReason.trim()) {
    out.push(
      finding(
        'THREE_PUBLIC_INCREASE',
        'warning',
        `“三公”经费合计${wan(d.threePublic.total.finalFen)}，较上年${wan(d.threePublic.total.prevFinalFen)}增加` +
          `${formatPercent(change)}，未说明增加原因`,
        [['threePublic', 'changeReason']],
      ),
    );
  }
  return out;
};

/** Free text saying execution was low while the figures say otherwise: the kind of contradiction clerks miss. */
const LOW_RATE_CLAIM = /执行率(?:偏低|低|较低|不高)/;

const textContradictsRate: Rule = ({ report: r, derived: d, pack }) => {
  if (d.rate === null || d.rate < pack.lowRateLine) return [];
  const sections = [
    ['problems', r.problems],
    ['measures', r.measures],
    ['performance', r.performance.achievements],
  ] as const;
  const out: Finding[] = [];
  for (const [key, paragraphs] of sections) {
    paragraphs.forEach((p, i) => {
      const field = key === 'performance' ? ['performance', 'achievements', i, 'text'] : [key, i, 'text'];
      if (LOW_RATE_CLAIM.test(p.text)) {
        out.push(
          finding(
            'TEXT_CONTRADICTS_RATE',
            'warning',
            `正文称“${LOW_RATE_CLAIM.exec(p.text)?.[0]}”，但部门整体预算执行率为${formatPercent(d.rate)}：请核对表述`,
            [field],
          ),
        );
      }
    });
  }
  return out;
};

export const executionRules: Rule[] = [lowRates, overspent, adjustmentsExplained, threePublic, textContradictsRate];
