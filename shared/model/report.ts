/**
 * The report model: everything in a 部门整体支出绩效自评报告 and its two attachments (domain.md §1.1, §2.1, §3, §8).
 * Money is in 分 (fields ending in Fen), scores in hundredths of a point (Centi); any figure may be null, meaning
 * the report does not state it (format v2), which is never the same as 0. Rates, totals, the total score
 * and the grade are derived (calc/derive.ts), never stored.
 */
import { z } from 'zod';
import {
  isoDate,
  list,
  longText,
  shortText,
  signedFen,
  statedCenti,
  statedFen,
  statedHeadcount,
  LIMITS,
} from './primitives';
import { Indicator } from './indicator';
import { ProjectTable } from './project-table';

export { Indicator };

/** Areas in hundredths of a square metre; null when not stated. */
const statedArea = z.number().int().min(0).max(10_000_000_000).nullable();

/** A group of subordinate units named in 一（一）: "7个下属机构：指挥中心、…". */
export const OrgGroup = z.object({
  /** What the units are called in the sentence: 下属机构, 派出所, 检查站, 直属事业单位… */
  /** May be blank while being typed: checks ask for it (rules-unnamed.ts), the save never waits for it. */
  label: shortText,
  kind: z.enum(['internal', 'dispatched', 'other']),
  units: list(shortText.min(1, { error: '机构名称不能为空' })),
});

/** How the editor and messages name each kind of group (the stored value is the code). */
export const ORG_KIND_LABEL: Readonly<Record<z.infer<typeof OrgGroup>['kind'], string>> = {
  internal: '内设机构',
  dispatched: '派出机构',
  other: '其他',
};

export const Organisation = z.object({
  groups: list(OrgGroup, 50),
  /** Free text after the lists, e.g. which units keep separate accounts. */
  note: longText,
});

export const Staffing = z.object({
  adminAuthorized: statedHeadcount,
  adminActual: statedHeadcount,
  institutionAuthorized: statedHeadcount,
  institutionActual: statedHeadcount,
  /** 辅警, 编外聘用人员…: the name used in the sentence. */
  auxiliaryLabel: shortText,
  auxiliaryAuthorized: statedHeadcount,
  auxiliaryActual: statedHeadcount,
  retired: statedHeadcount,
});

/** One paragraph of free text; a heading makes it a numbered sub-point ("1. heading text"). */
export const Paragraph = z.object({
  heading: shortText,
  text: longText,
});
export const Narrative = list(Paragraph, LIMITS.paragraphs);

export const BudgetOverview = z.object({
  initialFen: statedFen,
  annualFen: statedFen,
  spentFen: statedFen,
  /** "主要用于人员工资及津补贴发放、…" */
  usage: longText,
  /** How the money is managed: systems followed, special funds kept apart. */
  management: longText,
});

export const BasicExpenditure = z.object({
  initialFen: statedFen,
  annualFen: statedFen,
  spentFen: statedFen,
  /** 基本支出范围和主要用途 */
  scope: longText,
  /** Why 执行 differs from 年初 ("超出部分主要用于…"). */
  varianceReason: longText,
  wagesFen: statedFen,
  goodsServicesFen: statedFen,
  householdFen: statedFen,
  capitalFen: statedFen,
});

export const Project = z.object({
  /** May be blank while being typed: checks ask for it (rules-unnamed.ts), the save never waits for it. */
  name: shortText,
  initialFen: statedFen,
  annualFen: statedFen,
  spentFen: statedFen,
  addedMidYear: z.boolean(),
  /** Required when the 执行率 is below the rule pack's line. */
  lowRateReason: longText,
  /**
   * The project's own 项目支出绩效自评表 (issue 16), or null when none has been started. Its 年度资金总额 row is this
   * row's figures, so they are typed once. Added after format v2 was first released: older files read it as null.
   */
  table: ProjectTable.nullable().default(null),
});

export const ProjectExpenditure = z.object({
  /** Number of projects declared at the start of the year, as the text states it. */
  declaredCount: statedHeadcount,
  intro: longText,
  /** Why 执行 exceeds 年初 (mid-year additions…). */
  varianceReason: longText,
  /**
   * The project totals as the report prints them, for reports that give totals without a (complete) project list.
   * When null the totals are the list's sums. Added in format v2.
   */
  statedTotal: z
    .object({ initialFen: statedFen, annualFen: statedFen, spentFen: statedFen })
    .default({ initialFen: null, annualFen: null, spentFen: null }),
  items: list(Project),
});

/** Three columns used by 附件1: last year's final account, this year's budget and final account. */
export const ThreeColumns = z.object({
  prevFinalFen: statedFen,
  budgetFen: statedFen,
  finalFen: statedFen,
});

export const ThreePublic = z.object({
  abroad: ThreeColumns,
  reception: ThreeColumns,
  vehiclePurchase: ThreeColumns,
  vehicleOperation: ThreeColumns,
  /**
   * The 三公 budget when the report prints only a total (the items' budgetFen are then null). Added in format v2;
   * stored v1 data reads it as not stated.
   */
  budgetTotalFen: statedFen.default(null),
  /** Lead-in sentence ("严格按照…规章制度，"). */
  intro: longText,
  /** Why the total rose against last year (needed when it did). */
  changeReason: longText,
});

export const OtherBudget = z.object({
  exists: z.boolean(),
  budgetFen: statedFen,
  spentFen: statedFen,
  /** The section's text; when the budget does not exist, e.g. "我单位无政府性基金。" */
  text: longText,
});

export const Performance = z.object({
  /** The sentence before the score ("通过各项绩效指标评价结果，…"). */
  lead: longText,
  achievements: Narrative,
});

/** 附件1 row with a label and three columns (项目支出 categories). */
/** The label may be blank while being typed (see Project.name). */
export const LabelledColumns = ThreeColumns.extend({ label: shortText });

export const BaseData = z.object({
  projectRows: list(LabelledColumns, 200),
  /** 项目支出's 上年决算数 as printed, when the table has no category rows to sum (format v2). */
  projectsPrevFinalFen: statedFen.default(null),
  publicFunds: ThreeColumns,
  publicFundsOffice: ThreeColumns,
  publicFundsUtilitiesTravel: ThreeColumns,
  publicFundsMeetingTraining: ThreeColumns,
  procurement: ThreeColumns,
  /** 部门基本支出预算调整: an adjustment, so 调减 is negative. */
  basicAdjustment: z.object({ prevFinalFen: signedFen, budgetFen: signedFen, finalFen: signedFen }),
  building: z.object({
    exists: z.boolean(),
    /** Areas in hundredths of a square metre. */
    approvedAreaCenti: statedArea,
    actualAreaCenti: statedArea,
    budgetInvestFen: statedFen,
    actualInvestFen: statedFen,
  }),
  frugality: longText,
});

export const IncomeSource = z.object({ initialFen: statedFen, annualFen: statedFen, spentFen: statedFen });

export const SelfEvaluation = z.object({
  /** Weight of the 预算执行率 line (usually 10 分); its score is derived from the figures. */
  rateWeightCenti: statedCenti,
  income: z.object({
    general: IncomeSource,
    govFund: IncomeSource,
    nonTax: IncomeSource,
    other: IncomeSource,
  }),
  goalExpected: longText,
  goalActual: longText,
  indicators: list(Indicator, 1_000),
});

/** The clerk's answer to a 提示 finding: an explanation or a plain acknowledgement. */
export const FindingResponse = z.object({
  key: shortText,
  explanation: longText,
  acknowledged: z.boolean(),
});

export const Report = z.object({
  /** Which rule pack (province/year thresholds and outline) applies; see checks/rule-pack.ts. */
  rulePackId: shortText,
  /** The version of that pack the report was last checked against ('' before format v2). */
  rulePackVersion: shortText.default(''),
  unitName: shortText,
  /** How the text refers to the unit: 我局, 我单位, 本部门. */
  selfName: shortText,
  year: z
    .number({ error: '年度必须是数字' })
    .int({ error: '年度必须是整数' })
    .min(2000, { error: '年度不能早于2000年' })
    .max(2100, { error: '年度不能晚于2100年' }),
  organisation: Organisation,
  staffing: Staffing,
  duties: list(longText),
  goals: Narrative,
  budget: BudgetOverview,
  basic: BasicExpenditure,
  projects: ProjectExpenditure,
  threePublic: ThreePublic,
  govFund: OtherBudget,
  stateCapital: OtherBudget,
  socialInsurance: OtherBudget,
  performance: Performance,
  problems: Narrative,
  measures: Narrative,
  other: Narrative,
  baseData: BaseData,
  selfEval: SelfEvaluation,
  signature: z.object({
    unitName: shortText,
    date: z.union([isoDate, z.literal('')]),
  }),
  responses: list(FindingResponse),
});

export type Report = z.infer<typeof Report>;
export type Project = z.infer<typeof Project>;
export type Paragraph = z.infer<typeof Paragraph>;
export type ThreeColumns = z.infer<typeof ThreeColumns>;
export type OtherBudget = z.infer<typeof OtherBudget>;
export type OrgGroup = z.infer<typeof OrgGroup>;
