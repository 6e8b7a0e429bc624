/**
 * Starts next year's report from this year's: the structure and the wording stay, this year's figures are cleared,
 * and this year's final accounts become next year's "上年决算数" columns. Explanations tied to a cleared figure
 * (variance and low-rate reasons, the 三公 change reason, indicator deviations) are cleared with it, so last
 * year's reasons cannot slip into a report about different numbers. Authorized headcounts (编制数, set by the
 * staffing office and rarely changed) stay; actual headcounts are re-entered.
 */
import type { Indicator, OtherBudget, Report, ThreeColumns } from './report';
import type { ProjectTable } from './project-table';
import { sumStated } from '../calc/money';
import { noBuilding } from './empty';

/** Last year's final account moves into the "上年" column; this year's budget and final account are not yet stated. */
function shift(cols: ThreeColumns): ThreeColumns {
  return { prevFinalFen: cols.finalFen, budgetFen: null, finalFen: null };
}

function clearOther(b: OtherBudget): OtherBudget {
  return { exists: b.exists, budgetFen: null, spentFen: null, text: b.text };
}

const noMoney = { initialFen: null, annualFen: null, spentFen: null };

function projectSpending(r: Report): number | null {
  const items = r.projects.items;
  return r.projects.statedTotal.spentFen ?? (items.length > 0 ? sumStated(items.map((p) => p.spentFen)) : null);
}

/** An indicator keeps what was planned (target, weight); what happened (actual, score, deviation) is cleared. */
function nextYearIndicator(i: Indicator): Indicator {
  return { ...i, actual: '', scoreCenti: null, deviation: '' };
}

/** A project's 自评表 keeps who runs it, its goal and its indicators; its money and results are next year's to state. */
function nextYearTable(t: ProjectTable): ProjectTable {
  return {
    department: t.department,
    implementer: t.implementer,
    funds: { fiscal: { ...noMoney }, carryOver: { ...noMoney }, other: { ...noMoney } },
    rateWeightCenti: t.rateWeightCenti,
    goalExpected: t.goalExpected,
    goalActual: '',
    indicators: t.indicators.map(nextYearIndicator),
  };
}

export function copyForward(report: Report, newYear: number): Report {
  const r = report;
  const bd = r.baseData;
  const tp = r.threePublic;
  return {
    rulePackId: r.rulePackId,
    rulePackVersion: r.rulePackVersion,
    unitName: r.unitName,
    selfName: r.selfName,
    year: newYear,
    organisation: {
      groups: r.organisation.groups.map((g) => ({ label: g.label, kind: g.kind, units: [...g.units] })),
      note: r.organisation.note,
    },
    staffing: {
      adminAuthorized: r.staffing.adminAuthorized,
      adminActual: null,
      institutionAuthorized: r.staffing.institutionAuthorized,
      institutionActual: null,
      auxiliaryLabel: r.staffing.auxiliaryLabel,
      auxiliaryAuthorized: r.staffing.auxiliaryAuthorized,
      auxiliaryActual: null,
      retired: null,
    },
    duties: [...r.duties],
    goals: r.goals.map((p) => ({ ...p })),
    budget: { ...noMoney, usage: r.budget.usage, management: r.budget.management },
    basic: {
      ...noMoney,
      scope: r.basic.scope,
      varianceReason: '',
      wagesFen: null,
      goodsServicesFen: null,
      householdFen: null,
      capitalFen: null,
    },
    projects: {
      declaredCount: r.projects.declaredCount,
      intro: r.projects.intro,
      varianceReason: '',
      statedTotal: { ...noMoney },
      items: r.projects.items.map((p) => ({
        name: p.name,
        ...noMoney,
        addedMidYear: p.addedMidYear,
        lowRateReason: '',
        table: p.table === null ? null : nextYearTable(p.table),
      })),
    },
    threePublic: {
      abroad: shift(tp.abroad),
      reception: shift(tp.reception),
      vehiclePurchase: shift(tp.vehiclePurchase),
      vehicleOperation: shift(tp.vehicleOperation),
      budgetTotalFen: null,
      intro: tp.intro,
      changeReason: '',
    },
    govFund: clearOther(r.govFund),
    stateCapital: clearOther(r.stateCapital),
    socialInsurance: clearOther(r.socialInsurance),
    performance: { lead: r.performance.lead, achievements: r.performance.achievements.map((p) => ({ ...p })) },
    problems: r.problems.map((p) => ({ ...p })),
    measures: r.measures.map((p) => ({ ...p })),
    other: r.other.map((p) => ({ ...p })),
    baseData: {
      projectRows: bd.projectRows.map((row) => ({ label: row.label, ...shift(row) })),
      // With no category rows, the 项目支出 row's 上年决算数 is this year's project spending.
      projectsPrevFinalFen: bd.projectRows.length > 0 ? null : projectSpending(r),
      publicFunds: shift(bd.publicFunds),
      publicFundsOffice: shift(bd.publicFundsOffice),
      publicFundsUtilitiesTravel: shift(bd.publicFundsUtilitiesTravel),
      publicFundsMeetingTraining: shift(bd.publicFundsMeetingTraining),
      procurement: shift(bd.procurement),
      basicAdjustment: shift(bd.basicAdjustment),
      // The building table is about projects completed in the report's year: last year's is not this year's.
      building: noBuilding(),
      frugality: bd.frugality,
    },
    selfEval: {
      rateWeightCenti: r.selfEval.rateWeightCenti,
      income: { general: { ...noMoney }, govFund: { ...noMoney }, nonTax: { ...noMoney }, other: { ...noMoney } },
      goalExpected: r.selfEval.goalExpected,
      goalActual: '',
      indicators: r.selfEval.indicators.map(nextYearIndicator),
    },
    signature: { unitName: r.signature.unitName, date: '' },
    responses: [],
  };
}
