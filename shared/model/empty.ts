/** A blank report: every list empty, every figure not yet stated (null, never 0), every text empty. */
import type { Report } from './report';
import type { ProjectTable } from './project-table';
import { blankIndicator } from './indicator';
import type { RulePack } from '../checks/rule-pack';
import { HUNAN_DEFAULT } from '../packs/registry';

const cols = () => ({ prevFinalFen: null, budgetFen: null, finalFen: null });
const source = () => ({ initialFen: null, annualFen: null, spentFen: null });
const none = (text: string) => ({ exists: false, budgetFen: null, spentFen: null, text });

/** No building completed in the year: its figures are not stated. */
export const noBuilding = () => ({
  exists: false,
  approvedAreaCenti: null,
  actualAreaCenti: null,
  budgetInvestFen: null,
  actualInvestFen: null,
});

export function emptyReport(unitName: string, year: number, pack: RulePack = HUNAN_DEFAULT): Report {
  return {
    rulePackId: pack.id,
    rulePackVersion: pack.version,
    unitName,
    selfName: '我单位',
    year,
    organisation: { groups: [], note: '' },
    staffing: {
      adminAuthorized: null,
      adminActual: null,
      institutionAuthorized: null,
      institutionActual: null,
      auxiliaryLabel: '编外',
      auxiliaryAuthorized: null,
      auxiliaryActual: null,
      retired: null,
    },
    duties: [],
    goals: [],
    budget: { ...source(), usage: '', management: '' },
    basic: {
      ...source(),
      scope: '',
      varianceReason: '',
      wagesFen: null,
      goodsServicesFen: null,
      householdFen: null,
      capitalFen: null,
    },
    projects: { declaredCount: null, intro: '', varianceReason: '', statedTotal: source(), items: [] },
    threePublic: {
      abroad: cols(),
      reception: cols(),
      vehiclePurchase: cols(),
      vehicleOperation: cols(),
      budgetTotalFen: null,
      intro: '',
      changeReason: '',
    },
    govFund: none('我单位无政府性基金预算支出。'),
    stateCapital: none('我单位无国有资本经营预算支出。'),
    socialInsurance: none('我单位无社会保险基金预算支出。'),
    performance: { lead: '', achievements: [] },
    problems: [],
    measures: [],
    other: [{ heading: '', text: '无。' }],
    baseData: {
      projectRows: [],
      projectsPrevFinalFen: null,
      publicFunds: cols(),
      publicFundsOffice: cols(),
      publicFundsUtilitiesTravel: cols(),
      publicFundsMeetingTraining: cols(),
      procurement: cols(),
      basicAdjustment: cols(),
      building: noBuilding(),
      frugality: '',
    },
    selfEval: {
      rateWeightCenti: pack.framework.rateWeightCenti,
      income: { general: source(), govFund: source(), nonTax: source(), other: source() },
      goalExpected: '',
      goalActual: '',
      indicators: [],
    },
    signature: { unitName, date: '' },
    responses: [],
  };
}

/**
 * A new 项目支出绩效自评表 for a project: money split not yet stated, the pack's 执行率 weight, one empty indicator row
 * per first-level indicator of the pack's frame with its default weight (the clerk splits it into rows).
 */
export function emptyProjectTable(pack: RulePack = HUNAN_DEFAULT): ProjectTable {
  const frame = pack.attachments.projectTable.framework;
  return {
    department: '',
    implementer: '',
    funds: { fiscal: source(), carryOver: source(), other: source() },
    rateWeightCenti: frame.rateWeightCenti,
    goalExpected: '',
    goalActual: '',
    indicators: frame.level1.map((l) => blankIndicator({ level1: l.name, weightCenti: l.weightCenti })),
  };
}
