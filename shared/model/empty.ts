/** A blank report: every list empty, every amount zero, every text empty. */
import type { Report } from './report';

const cols = () => ({ prevFinalFen: 0, budgetFen: 0, finalFen: 0 });
const source = () => ({ initialFen: 0, annualFen: 0, spentFen: 0 });
const none = (text: string) => ({ exists: false, budgetFen: 0, spentFen: 0, text });

export function emptyReport(unitName: string, year: number): Report {
  return {
    rulePackId: 'hunan-default',
    unitName,
    selfName: '我单位',
    year,
    organisation: { groups: [], note: '' },
    staffing: {
      adminAuthorized: 0,
      adminActual: 0,
      institutionAuthorized: 0,
      institutionActual: 0,
      auxiliaryLabel: '编外',
      auxiliaryAuthorized: 0,
      auxiliaryActual: 0,
      retired: 0,
    },
    duties: [],
    goals: [],
    budget: { initialFen: 0, annualFen: 0, spentFen: 0, usage: '', management: '' },
    basic: {
      initialFen: 0,
      annualFen: 0,
      spentFen: 0,
      scope: '',
      varianceReason: '',
      wagesFen: 0,
      goodsServicesFen: 0,
      householdFen: 0,
      capitalFen: 0,
    },
    projects: { declaredCount: 0, intro: '', varianceReason: '', items: [] },
    threePublic: {
      abroad: cols(),
      reception: cols(),
      vehiclePurchase: cols(),
      vehicleOperation: cols(),
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
      publicFunds: cols(),
      publicFundsOffice: cols(),
      publicFundsUtilitiesTravel: cols(),
      publicFundsMeetingTraining: cols(),
      procurement: cols(),
      basicAdjustment: cols(),
      building: { exists: false, approvedAreaCenti: 0, actualAreaCenti: 0, budgetInvestFen: 0, actualInvestFen: 0 },
      frugality: '',
    },
    selfEval: {
      rateWeightCenti: 1000,
      income: { general: source(), govFund: source(), nonTax: source(), other: source() },
      goalExpected: '',
      goalActual: '',
      indicators: [],
    },
    signature: { unitName, date: '' },
    responses: [],
  };
}
