/** Execution rates, budget adjustments and 三公 (domain.md §5 C7, C8, C14, C19). */
import { formatPercent } from '../calc/percent';
import { finding, type Rule } from './rule';
import type { Finding } from './finding';
import { wan } from './identity';

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
        `项目（${i + 1}）“${p.name}”执行率${formatPercent(rate)}（预算${wan(p.annualFen ?? 0)}，支出${wan(p.spentFen ?? 0)}），低于${line}，未说明原因`,
        [
          ['projects', 'items', i, 'lowRateReason'],
          ['projects', 'items', i, 'spentFen'],
          // A project with its own 项目支出绩效自评表 shows the finding at the table's money block too.
          ...(p.table === null ? [] : [['projects', 'items', i, 'table', 'funds']]),
        ],
      ),
    );
  });
  return out;
};

/** Spending above a stated budget; a budget the report does not state is not compared. */
const overspent: Rule = ({ report: r, derived: d }) => {
  const out: Finding[] = [];
  const { spentFen: spent, annualFen: annual } = r.budget;
  if (spent !== null && annual !== null && annual > 0 && spent > annual) {
    out.push(
      finding(
        'SPENT_OVER_BUDGET',
        'warning',
        `全年预算执行数${wan(spent)}超过全年预算收入${wan(annual)}：请说明动用的年初结转资金`,
        [['budget', 'spentFen']],
      ),
    );
  }
  const { spentFen: basicSpent, annualFen: basicAnnual } = r.basic;
  if (basicSpent !== null && basicAnnual !== null && basicAnnual > 0 && basicSpent > basicAnnual) {
    out.push(
      finding(
        'SPENT_OVER_BUDGET',
        'warning',
        `基本支出全年执行金额${wan(basicSpent)}超过全年预算${wan(basicAnnual)}` +
          `（执行率${formatPercent(d.basicRate)}，超出${wan(basicSpent - basicAnnual)}）`,
        [
          ['basic', 'annualFen'],
          ['basic', 'spentFen'],
        ],
      ),
    );
  }
  r.projects.items.forEach((p, i) => {
    if (p.spentFen === null || p.annualFen === null || p.spentFen <= p.annualFen) return;
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

/** An adjustment is 全年预算 against 年初预算 (追加 or 调减); spending below budget is not an adjustment. */
function adjustment(what: string, initial: number | null, annual: number | null): string | null {
  if (initial === null || annual === null || initial === annual) return null;
  const change = annual - initial;
  return (
    `${what}全年预算${wan(annual)}与年初预算${wan(initial)}不同（${change > 0 ? '追加' : '调减'}${wan(Math.abs(change))}），` +
    '未说明调整原因'
  );
}

const adjustmentsExplained: Rule = ({ report: r, derived: d }) => {
  const out: Finding[] = [];
  const basic = adjustment('基本支出', r.basic.initialFen, r.basic.annualFen);
  if (basic && !r.basic.varianceReason.trim()) {
    out.push(finding('ADJUSTMENT_UNEXPLAINED', 'warning', basic, [['basic', 'varianceReason']]));
  }
  const projects = adjustment('项目支出', d.projects.initialFen, d.projects.annualFen);
  if (projects && !r.projects.varianceReason.trim()) {
    out.push(finding('ADJUSTMENT_UNEXPLAINED', 'warning', projects, [['projects', 'varianceReason']]));
  }
  return out;
};

const THREE_PUBLIC_ITEMS: ['abroad' | 'reception' | 'vehiclePurchase' | 'vehicleOperation', string][] = [
  ['abroad', '因公出国出境费'],
  ['reception', '公务接待费'],
  ['vehiclePurchase', '公车购置费'],
  ['vehicleOperation', '公车运行维护费'],
];

const threePublic: Rule = ({ report: r, derived: d }) => {
  const out: Finding[] = [];
  for (const [key, name] of THREE_PUBLIC_ITEMS) {
    const { finalFen, budgetFen } = r.threePublic[key];
    if (finalFen === null || budgetFen === null || finalFen <= budgetFen) continue;
    out.push(
      finding(
        'THREE_PUBLIC_OVER_BUDGET',
        'warning',
        `“三公”经费中${name}决算${wan(finalFen)}超过预算${wan(budgetFen)}`,
        [
          ['threePublic', key, 'finalFen'],
          ['threePublic', key, 'budgetFen'],
        ],
      ),
    );
  }
  const { total, change } = d.threePublic;
  if (
    r.threePublic.budgetTotalFen !== null &&
    total.finalFen !== null &&
    total.finalFen > r.threePublic.budgetTotalFen
  ) {
    out.push(
      finding(
        'THREE_PUBLIC_OVER_BUDGET',
        'warning',
        `“三公”经费合计${wan(total.finalFen)}超过预算${wan(r.threePublic.budgetTotalFen)}`,
        [['threePublic', 'budgetTotalFen']],
      ),
    );
  }
  if (change !== null && change > 0 && !r.threePublic.changeReason.trim()) {
    out.push(
      finding(
        'THREE_PUBLIC_INCREASE',
        'warning',
        `“三公”经费合计${wan(total.finalFen ?? 0)}，较上年${wan(total.prevFinalFen ?? 0)}增加` +
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
