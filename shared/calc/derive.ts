/**
 * Every figure the report prints but nobody types: totals, 执行率, 控制率, 三公 change, the total score and the grade.
 * One function computes them all so the text, the checks, the UI and the PDF read the same numbers.
 */
import type { Report, ThreeColumns } from '../model/report';
import type { RulePack } from '../checks/rule-pack';
import { sumFen } from './money';
import { changeBasis, rateBasis, type Basis } from './percent';
import { rateScore, type Centi } from './score';

export interface ProjectFigures {
  index: number;
  rate: Basis | null;
}

export interface Derived {
  rate: Basis | null;
  basicRate: Basis | null;
  basicCategoriesFen: number;
  projects: {
    initialFen: number;
    annualFen: number;
    spentFen: number;
    rate: Basis | null;
    declaredItems: number;
    perItem: ProjectFigures[];
  };
  staffing: {
    authorized: number;
    actual: number;
    controlRate: Basis | null;
    auxiliaryControlRate: Basis | null;
  };
  threePublic: {
    vehicle: ThreeColumns;
    total: ThreeColumns;
    change: Basis | null;
  };
  baseData: {
    projectRowsTotal: ThreeColumns;
    buildingAreaRate: Basis | null;
    buildingInvestRate: Basis | null;
  };
  income: { initialFen: number; annualFen: number; spentFen: number; filled: boolean };
  score: {
    rateLineCenti: Centi;
    indicatorsCenti: Centi;
    weightsCenti: Centi;
    totalCenti: Centi;
    grade: string;
  };
}

export function addColumns(rows: readonly ThreeColumns[]): ThreeColumns {
  return {
    prevFinalFen: sumFen(rows.map((r) => r.prevFinalFen)),
    budgetFen: sumFen(rows.map((r) => r.budgetFen)),
    finalFen: sumFen(rows.map((r) => r.finalFen)),
  };
}

export function gradeFor(totalCenti: Centi, pack: RulePack): string {
  for (const band of pack.grades) if (totalCenti >= band.minCenti) return band.grade;
  return pack.grades[pack.grades.length - 1]?.grade ?? '';
}

export function derive(report: Report, pack: RulePack): Derived {
  const { basic, projects, threePublic: tp, staffing: st, selfEval } = report;
  const items = projects.items;
  const projInitial = sumFen(items.map((p) => p.initialFen));
  const projAnnual = sumFen(items.map((p) => p.annualFen));
  const projSpent = sumFen(items.map((p) => p.spentFen));

  const vehicle = addColumns([tp.vehiclePurchase, tp.vehicleOperation]);
  const total = addColumns([tp.abroad, tp.reception, vehicle]);

  const authorized = st.adminAuthorized + st.institutionAuthorized;
  const actual = st.adminActual + st.institutionActual;

  const inc = selfEval.income;
  const sources = [inc.general, inc.govFund, inc.nonTax, inc.other];
  const income = {
    initialFen: sumFen(sources.map((s) => s.initialFen)),
    annualFen: sumFen(sources.map((s) => s.annualFen)),
    spentFen: sumFen(sources.map((s) => s.spentFen)),
    filled: false,
  };
  income.filled = income.initialFen + income.annualFen + income.spentFen > 0;

  const rateLineCenti = rateScore(selfEval.rateWeightCenti, report.budget.spentFen, report.budget.annualFen);
  const indicatorsCenti = selfEval.indicators.reduce((s, i) => s + i.scoreCenti, 0);
  const weightsCenti = selfEval.indicators.reduce((s, i) => s + i.weightCenti, selfEval.rateWeightCenti);
  const totalCenti = rateLineCenti + indicatorsCenti;
  const b = report.baseData.building;

  return {
    rate: rateBasis(report.budget.spentFen, report.budget.annualFen),
    basicRate: rateBasis(basic.spentFen, basic.annualFen),
    basicCategoriesFen: basic.wagesFen + basic.goodsServicesFen + basic.householdFen + basic.capitalFen,
    projects: {
      initialFen: projInitial,
      annualFen: projAnnual,
      spentFen: projSpent,
      rate: rateBasis(projSpent, projAnnual),
      // A row the clerk added but has not named yet is not a project (the editor does not save it either).
      declaredItems: items.filter((p) => !p.addedMidYear && p.name.trim() !== '').length,
      perItem: items.map((p, index) => ({ index, rate: rateBasis(p.spentFen, p.annualFen) })),
    },
    staffing: {
      authorized,
      actual,
      controlRate: rateBasis(actual, authorized),
      auxiliaryControlRate: rateBasis(st.auxiliaryActual, st.auxiliaryAuthorized),
    },
    threePublic: { vehicle, total, change: changeBasis(total.finalFen, total.prevFinalFen) },
    baseData: {
      projectRowsTotal: addColumns(report.baseData.projectRows),
      buildingAreaRate: b.exists ? rateBasis(b.actualAreaCenti, b.approvedAreaCenti) : null,
      buildingInvestRate: b.exists ? rateBasis(b.actualInvestFen, b.budgetInvestFen) : null,
    },
    income,
    score: { rateLineCenti, indicatorsCenti, weightsCenti, totalCenti, grade: gradeFor(totalCenti, pack) },
  };
}
