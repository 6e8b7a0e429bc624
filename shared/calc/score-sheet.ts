/**
 * The score of an indicator sheet — 附件2 and every 项目支出绩效自评表 score the same way: the 执行率 line (its weight ×
 * the execution rate, capped at the weight) plus the indicators' scores, graded by the rule pack's bands.
 */
import type { Indicator } from '../model/indicator';
import type { RulePack } from '../checks/rule-pack';
import { sumStated, type Stated } from './money';
import { rateScore, type Centi } from './score';

export interface SheetScore {
  rateLineCenti: Centi | null;
  indicatorsCenti: Centi | null;
  weightsCenti: Centi | null;
  totalCenti: Centi | null;
  grade: string | null;
}

export function gradeFor(totalCenti: Centi | null, pack: RulePack): string | null {
  if (totalCenti === null) return null;
  for (const band of pack.grades) if (totalCenti >= band.minCenti) return band.grade;
  return pack.grades[pack.grades.length - 1]?.grade ?? null;
}

export function scoreSheet(
  sheet: { rateWeightCenti: Centi | null; indicators: readonly Indicator[] },
  spentFen: Stated,
  annualFen: Stated,
  pack: RulePack,
): SheetScore {
  const rateLineCenti = rateScore(sheet.rateWeightCenti, spentFen, annualFen);
  // With no indicator rows there is no score at all, not a score of the 执行率 line alone.
  const indicatorsCenti = sheet.indicators.length === 0 ? null : sumStated(sheet.indicators.map((i) => i.scoreCenti));
  const weightsCenti = sumStated([sheet.rateWeightCenti, ...sheet.indicators.map((i) => i.weightCenti)]);
  const totalCenti = sumStated([rateLineCenti, indicatorsCenti]);
  return { rateLineCenti, indicatorsCenti, weightsCenti, totalCenti, grade: gradeFor(totalCenti, pack) };
}
