/**
 * Row names of 附件1 (经费控制情况) and of the 附件2 money block, with the wordings seen in different years and
 * provinces (domain.md §2.1, §3.1, §4.2). Rows the template prints as sums are recognised so they can be checked
 * against their parts instead of being stored.
 */
import { normalizeLabel } from './normalize-text';

/** 附件1 rows that map to a report field (paths into Report). */
export type BaseDataRow =
  | 'vehiclePurchase'
  | 'vehicleOperation'
  | 'abroad'
  | 'reception'
  | 'publicFunds'
  | 'publicFundsOffice'
  | 'publicFundsUtilitiesTravel'
  | 'publicFundsMeetingTraining'
  | 'procurement'
  | 'basicAdjustment';

/** 附件1 rows printed as sums of other rows. */
export type BaseDataTotal = 'threePublicTotal' | 'vehicleTotal' | 'projectsTotal';

export type MoneyRow = 'budget' | 'general' | 'govFund' | 'nonTax' | 'other' | 'basic';
export type MoneyTotal = 'projects' | 'incomeTotal' | 'expenditureTotal';

const BASE_ROWS: Readonly<Record<BaseDataRow | BaseDataTotal, readonly string[]>> = {
  threePublicTotal: ['三公经费', '三公经费合计', '三公经费支出', '三公经费小计'],
  vehicleTotal: [
    '公务用车购置和维护经费',
    '公务用车购置及运行维护费',
    '公务用车购置及运行费',
    '公务用车购置和运行维护费',
    '公务用车费',
  ],
  vehiclePurchase: ['公车购置', '公务用车购置', '公务用车购置费', '公车购置费', '车辆购置费'],
  vehicleOperation: [
    '公车运行维护',
    '公车运行维护费',
    '公务用车运行维护费',
    '公务用车运行费',
    '公务用车运行维护',
    '车辆运行维护费',
  ],
  abroad: ['出国经费', '因公出国费', '因公出国经费', '因公出国境费', '出国费', '因公出国境经费'],
  reception: ['公务接待', '公务接待费', '公务接待经费'],
  projectsTotal: ['项目支出', '项目支出合计', '项目经费'],
  publicFunds: ['公用经费', '公用经费合计', '日常公用经费'],
  publicFundsOffice: ['办公经费', '办公费'],
  publicFundsUtilitiesTravel: ['水费、电费、差旅费', '水费电费差旅费', '水电费、差旅费', '水电差旅费'],
  publicFundsMeetingTraining: ['会议费、培训费', '会议费培训费', '会议培训费'],
  procurement: ['政府采购金额', '政府采购', '政府采购支出', '政府采购额'],
  basicAdjustment: ['部门基本支出预算调整', '部门整体支出预算调整', '基本支出预算调整', '预算调整'],
};

const MONEY_ROWS: Readonly<Record<MoneyRow | MoneyTotal, readonly string[]>> = {
  budget: ['年度资金总额', '资金总额', '年度预算资金总额', '预算资金总额', '总额', '年度资金总计'],
  general: [
    '一般公共预算',
    '一般公共预算拨款',
    '一般公共预算资金',
    '财政拨款',
    '当年财政拨款',
    '本年财政拨款',
    '财政资金',
  ],
  govFund: ['政府性基金拨款', '政府性基金', '政府性基金预算拨款', '政府性基金预算'],
  nonTax: [
    '纳入专户管理的非税收入拨款',
    '纳入专户管理的非税收入',
    '财政专户管理资金',
    '非税收入拨款',
    '专户管理的非税收入拨款',
  ],
  other: ['其他资金', '其他', '单位资金', '其他收入'],
  basic: ['基本支出'],
  projects: ['项目支出'],
  incomeTotal: ['按收入性质分'],
  expenditureTotal: ['按支出性质分'],
};

function index<K extends string>(table: Readonly<Record<K, readonly string[]>>): ReadonlyMap<string, K> {
  const map = new Map<string, K>();
  for (const [key, names] of Object.entries(table) as [K, readonly string[]][]) {
    for (const name of names) map.set(normalizeLabel(name), key);
  }
  return map;
}

const BASE_INDEX = index(BASE_ROWS);
const MONEY_INDEX = index(MONEY_ROWS);

/** A label like "按支出性质分：基本支出" names its last part; the prefix is the block it sits in. */
function lastPart(normalized: string): string {
  const parts = normalized.split(':').filter((p) => p !== '');
  return parts[parts.length - 1] ?? normalized;
}

export function matchBaseDataRow(label: string): BaseDataRow | BaseDataTotal | null {
  const n = normalizeLabel(label);
  return BASE_INDEX.get(n) ?? BASE_INDEX.get(lastPart(n)) ?? null;
}

export function matchMoneyRow(label: string): MoneyRow | MoneyTotal | null {
  const n = normalizeLabel(label);
  return MONEY_INDEX.get(lastPart(n)) ?? MONEY_INDEX.get(n) ?? null;
}

/** Labels that head a block of rows rather than name one (left of the figures in a header row). */
export function isCaption(label: string): boolean {
  const n = normalizeLabel(label);
  return /^(?:经费控制情况|年度预算申请|财政供养人员情况|楼堂馆所控制情况|按收入性质分|按支出性质分|年度总体目标|项目资金|预算执行情况|资金来源|项目)$/.test(
    n,
  );
}

/** "预算部门（单位）名称", "填报单位" …: the unit's name follows this label. */
export function isUnitNameLabel(label: string): boolean {
  return /^(?:预算部门名称|预算单位名称|预算部门单位名称|部门名称|单位名称|填报单位|主管部门|实施单位)$/.test(
    normalizeLabel(label),
  );
}

/** "厉行节约保障措施": the free text of 附件1 follows this label. */
export function isFrugalityLabel(label: string): boolean {
  return /^厉行节约(?:保障)?措施$/.test(normalizeLabel(label));
}

/** "总分" / "合计" closes the indicator list. */
export function isScoreTotalLabel(label: string): boolean {
  return /^(?:总分|合计|总计|得分合计|自评总分)$/.test(normalizeLabel(label));
}

/** The 执行率 line inside the indicator list (some tables put it there instead of in the money block). */
export function isRateIndicator(label: string): boolean {
  return /^预算(?:资金)?执行率$|^资金执行率$/.test(normalizeLabel(label));
}
