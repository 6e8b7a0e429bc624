/**
 * Every figure the report prints but nobody types: totals, 执行率, 控制率, 三公 change, the total score and the grade.
 * One function computes them all so the text, the checks, the UI and the PDF read the same numbers.
 * A figure built from one the report does not state is itself not stated (null), never 0.
 */
import type { Report } from '../model/report';
import type { RulePack } from '../checks/rule-pack';
import { sumPresent, sumStated, type Stated } from './money';
import { changeBasis, rateBasis, type Basis } from './percent';
import { scoreSheet, type SheetScore } from './score-sheet';

export { gradeFor } from './score-sheet';

export interface ProjectFigures {
  index: number;
  rate: Basis | null;
}

export interface StatedColumns {
  prevFinalFen: Stated;
  budgetFen: Stated;
  finalFen: Stated;
}

export interface Derived {
  rate: Basis | null;
  basicRate: Basis | null;
  /** Σ of the four economic categories, or null unless all four are stated. */
  basicCategoriesFen: Stated;
  projects: {
    /** The stated project totals where the report prints them, else the list's sums (null with no list). */
    initialFen: Stated;
    annualFen: Stated;
    spentFen: Stated;
    /** The list's own sums (null when the list is empty or an item leaves the figure unstated). */
    list: { initialFen: Stated; annualFen: Stated; spentFen: Stated };
    rate: Basis | null;
    declaredItems: number;
    perItem: ProjectFigures[];
  };
  staffing: {
    authorized: Stated;
    actual: Stated;
    controlRate: Basis | null;
    auxiliaryControlRate: Basis | null;
  };
  threePublic: {
    vehicle: StatedColumns;
    total: StatedColumns;
    change: Basis | null;
  };
  baseData: {
    /** Σ of the 附件1 project category rows (null when there are none). */
    projectRowsTotal: StatedColumns;
    /** The 附件1 项目支出 row: 本年预算数 is the budget the pack says the table holds (年初 or 全年). */
    projectsRow: StatedColumns;
    buildingAreaRate: Basis | null;
    buildingInvestRate: Basis | null;
  };
  income: { initialFen: Stated; annualFen: Stated; spentFen: Stated; filled: boolean };
  score: SheetScore;
}

export function addColumns(rows: readonly StatedColumns[]): StatedColumns {
  return {
    prevFinalFen: sumStated(rows.map((r) => r.prevFinalFen)),
    budgetFen: sumStated(rows.map((r) => r.budgetFen)),
    finalFen: sumStated(rows.map((r) => r.finalFen)),
  };
}

/** Σ over a non-empty list; an empty list states nothing. */
const listSum = (values: readonly Stated[]): Stated => (values.length === 0 ? null : sumStated(values));

function projectFigures(report: Report) {
  const { items, statedTotal } = report.projects;
  const list = {
    initialFen: listSum(items.map((p) => p.initialFen)),
    annualFen: listSum(items.map((p) => p.annualFen)),
    spentFen: listSum(items.map((p) => p.spentFen)),
  };
  return {
    initialFen: statedTotal.initialFen ?? list.initialFen,
    annualFen: statedTotal.annualFen ?? list.annualFen,
    spentFen: statedTotal.spentFen ?? list.spentFen,
    list,
  };
}

function threePublicFigures(report: Report) {
  const tp = report.threePublic;
  const vehicle = addColumns([tp.vehiclePurchase, tp.vehicleOperation]);
  const total = addColumns([tp.abroad, tp.reception, vehicle]);
  if (tp.budgetTotalFen !== null) total.budgetFen = tp.budgetTotalFen;
  return { vehicle, total, change: changeBasis(total.finalFen, total.prevFinalFen) };
}

export function derive(report: Report, pack: RulePack): Derived {
  const { basic, projects, staffing: st, selfEval } = report;
  const proj = projectFigures(report);
  const authorized = sumPresent([st.adminAuthorized, st.institutionAuthorized]);
  const actual = sumPresent([st.adminActual, st.institutionActual]);

  const sources = Object.values(selfEval.income);
  const income = {
    initialFen: sumPresent(sources.map((s) => s.initialFen)),
    annualFen: sumPresent(sources.map((s) => s.annualFen)),
    spentFen: sumPresent(sources.map((s) => s.spentFen)),
    filled: false,
  };
  // A block of zeros states nothing either: that is how format v1 (and a blank 附件2) left it unfilled.
  income.filled = [income.initialFen, income.annualFen, income.spentFen].some((v) => v !== null && v !== 0);

  const bd = report.baseData;
  const b = bd.building;
  const projectRowsTotal = bd.projectRows.length > 0 ? addColumns(bd.projectRows) : nothingStated();
  const projectsRow: StatedColumns = {
    prevFinalFen: bd.projectsPrevFinalFen ?? projectRowsTotal.prevFinalFen,
    budgetFen: pack.attachments.baseData.projectBudgetColumn === 'initial' ? proj.initialFen : proj.annualFen,
    finalFen: proj.spentFen,
  };

  return {
    rate: rateBasis(report.budget.spentFen, report.budget.annualFen),
    basicRate: rateBasis(basic.spentFen, basic.annualFen),
    basicCategoriesFen: sumStated([basic.wagesFen, basic.goodsServicesFen, basic.householdFen, basic.capitalFen]),
    projects: {
      ...proj,
      rate: rateBasis(proj.spentFen, proj.annualFen),
      // A row the clerk added but has not named yet is not a project (the editor does not save it either).
      declaredItems: projects.items.filter((p) => !p.addedMidYear && p.name.trim() !== '').length,
      perItem: projects.items.map((p, index) => ({ index, rate: rateBasis(p.spentFen, p.annualFen) })),
    },
    staffing: {
      authorized,
      actual,
      controlRate: rateBasis(actual, authorized),
      auxiliaryControlRate: rateBasis(st.auxiliaryActual, st.auxiliaryAuthorized),
    },
    threePublic: threePublicFigures(report),
    baseData: {
      projectRowsTotal,
      projectsRow,
      buildingAreaRate: b.exists ? rateBasis(b.actualAreaCenti, b.approvedAreaCenti) : null,
      buildingInvestRate: b.exists ? rateBasis(b.actualInvestFen, b.budgetInvestFen) : null,
    },
    income,
    score: scoreSheet(report.selfEval, report.budget.spentFen, report.budget.annualFen, pack),
  };
}

function nothingStated(): StatedColumns {
  return { prevFinalFen: null, budgetFen: null, finalFen: null };
}
