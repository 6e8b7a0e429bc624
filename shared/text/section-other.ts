/** 三–五 (the other three budgets) and 六 (score sentence + achievements). */
import type { OtherBudget, Report } from '../model/report';
import type { Derived } from '../calc/derive';
import { formatWanyuan } from '../calc/money';
import { formatPercent, rateBasis } from '../calc/percent';
import { formatScore } from '../calc/score';
import type { Block } from './document';
import { compact, gen, typed } from './runs';
import { narrativeBlocks } from './narrative';

export function otherBudgetBlocks(report: Report, budget: OtherBudget, name: string): Block[] {
  const rate = rateBasis(budget.spentFen, budget.budgetFen);
  const clauses = [
    ...(budget.budgetFen === null ? [] : [`预算${formatWanyuan(budget.budgetFen)}万元`]),
    ...(budget.spentFen === null ? [] : [`支出${formatWanyuan(budget.spentFen)}万元`]),
    ...(rate === null ? [] : [`执行率${formatPercent(rate)}`]),
  ];
  const figures =
    budget.exists && clauses.length > 0 ? `${report.year}年${report.selfName}${name}${clauses.join('，')}。` : '';
  const runs = compact([gen(figures), typed(budget.text)]);
  return runs.length > 0 ? [{ kind: 'paragraph', runs }] : [];
}

export function performanceBlocks(report: Report, d: Derived): Block[] {
  // The sentence needs every score of 附件2: with one left blank the total is unknown and nothing is claimed.
  const { totalCenti, grade } = d.score;
  const scoreSentence =
    totalCenti === null || grade === null
      ? ''
      : `综上所述，项目总评分${formatScore(totalCenti)}分，综合认定评价等级应为“${grade}”。`;
  return [
    { kind: 'paragraph', runs: compact([typed(report.performance.lead), gen(scoreSentence)]) },
    ...narrativeBlocks(report.performance.achievements),
  ];
}
