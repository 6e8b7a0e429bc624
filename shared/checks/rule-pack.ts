/**
 * A rule pack ("template and rule pack", 规则包) holds everything that differs between provinces, years and
 * templates: the outline (which sections, in which order, with which headings), the attachment tables' titles,
 * row labels and layout, the thresholds, score caps, grade bands, the indicator framework and scoring rule, and the
 * severity of each check. It is data: a versioned JSON file validated by RulePackSchema, so a finance bureau can
 * issue its own (README "规则包"). The built-in packs are in shared/packs/.
 */
import { z } from 'zod';

/** The report's sections, by what they contain; a pack orders them and names them. */
export const SECTION_KEYS = [
  'basicInfo',
  'expenditure',
  'govFund',
  'stateCapital',
  'socialInsurance',
  'performance',
  'problems',
  'measures',
  'other',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** The 附件1 rows with figures whose label a pack may word its own way (the 项目支出 category rows are the report's). */
export const BASE_DATA_ROW_KEYS = [
  'threePublic',
  'vehicle',
  'vehiclePurchase',
  'vehicleOperation',
  'abroad',
  'reception',
  'projects',
  'publicFunds',
  'publicFundsOffice',
  'publicFundsUtilitiesTravel',
  'publicFundsMeetingTraining',
  'procurement',
] as const;
export type BaseDataRowKey = (typeof BASE_DATA_ROW_KEYS)[number];

export const RULE_PACK_FORMAT = 'selfeval-rule-pack';
export const RULE_PACK_FORMAT_VERSION = 1;

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: '不能为空' })
    .max(max, { error: `不能超过${max}字` });
/** A percentage in hundredths (9000 = 90%). */
const basis = z.number().int({ error: '应为整数（百分比×100）' }).min(0).max(100_000);
/** Points in hundredths (10 分 = 1000). */
const points = z.number().int({ error: '应为整数（分×100）' }).min(0).max(10_000);

export const Severity = z.enum(['error', 'warning', 'off']);

const level1Weights = z.array(z.object({ name: text(20), weightCenti: points.nullable() })).max(10);

/** The layout and scoring frame of a project's 项目支出绩效自评表. */
export const ProjectTableLayout = z.object({
  title: text(60),
  /** Label of the 项目资金 total line. */
  totalLabel: text(30),
  /** The lines under it, in print order, with their wording; a source left out is not printed (nor imported). */
  fundLines: z
    .array(z.object({ key: z.enum(['fiscal', 'carryOver', 'other']), label: text(30) }))
    .max(3)
    .refine((lines) => new Set(lines.map((l) => l.key)).size === lines.length, { error: '资金来源行重复' }),
  /** 'perProject': 附件3, 附件4, … one per project; 'grouped': 附件3-1, 附件3-2, … under one 附件3. */
  numbering: z.enum(['perProject', 'grouped']),
  framework: z.object({
    /** Sum of all weights, 执行率 line included. */
    totalWeightCenti: points,
    /** Default weight of the 执行率 line. */
    rateWeightCenti: points,
    /** First-level indicators and their default weights (a new table starts with them). */
    level1: level1Weights,
  }),
});
export type ProjectTableLayout = z.infer<typeof ProjectTableLayout>;

/** 财预〔2020〕10号 附件's 项目支出绩效自评表: 执行率 10, 产出 50, 效益 30, 满意度 10 (原则上). */
export const NATIONAL_PROJECT_TABLE: ProjectTableLayout = {
  title: '项目支出绩效自评表',
  totalLabel: '年度资金总额',
  fundLines: [
    { key: 'fiscal', label: '其中：当年财政拨款' },
    { key: 'carryOver', label: '上年结转资金' },
    { key: 'other', label: '其他资金' },
  ],
  numbering: 'perProject',
  framework: {
    totalWeightCenti: 10_000,
    rateWeightCenti: 1_000,
    level1: [
      { name: '产出指标', weightCenti: 5_000 },
      { name: '效益指标', weightCenti: 3_000 },
      { name: '满意度指标', weightCenti: 1_000 },
    ],
  },
};

export const RulePackSchema = z
  .object({
    format: z.literal(RULE_PACK_FORMAT, { error: `format 应为“${RULE_PACK_FORMAT}”` }),
    formatVersion: z.literal(RULE_PACK_FORMAT_VERSION, { error: `formatVersion 应为 ${RULE_PACK_FORMAT_VERSION}` }),
    /** Stable id a report names ("hunan-default"); lower-case letters, digits and hyphens. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,59}$/, { error: 'id 只能由小写字母、数字和连字符组成（2–60个字符）' }),
    /** The pack's own version ("2024.1"); a report keeps the version it was checked against. */
    version: text(30),
    name: text(60),
    /** Who issued it: "绩效自评助手（内置）", "某某县财政局". */
    issuer: text(60),
    /** The documents the pack follows, cited so a reviewer can check them. */
    basis: z
      .array(
        z.object({
          title: text(200),
          docNumber: z.string().max(60).default(''),
          url: z.string().max(500).default(''),
          note: z.string().max(500).default(''),
        }),
      )
      .max(20),
    /** The sections printed, in order, with their headings (without the number "一、"). */
    outline: z
      .array(z.object({ key: z.enum(SECTION_KEYS), title: text(60) }))
      .min(1, { error: '提纲至少要有一节' })
      .max(SECTION_KEYS.length)
      .refine((sections) => new Set(sections.map((s) => s.key)).size === sections.length, {
        error: '提纲中同一节出现了两次',
      }),
    attachments: z.object({
      baseData: z.object({
        title: text(60),
        /** Row label of the adjustment line: 部门基本支出预算调整 (current) or 部门整体支出预算调整 (older tables). */
        adjustmentLabel: text(30),
        /** Which budget the 本年预算数 column of 项目支出 holds: 年初 (real Hunan tables) or 全年. */
        projectBudgetColumn: z.enum(['initial', 'annual']),
        /** Row labels worded differently from the current Hunan table (leading spaces keep the 其中 indent). */
        rowLabels: z.partialRecord(z.enum(BASE_DATA_ROW_KEYS), z.string().min(1).max(40)).default({}),
      }),
      selfEval: z.object({
        title: text(60),
        /** 'threeColumns': 年初/全年/执行 per income type; 'singleFigure': one figure (执行) per type (Hunan 2023). */
        incomeLayout: z.enum(['threeColumns', 'singleFigure']),
      }),
      /** Each project's 项目支出绩效自评表; a pack written before issue 16 gets the national layout. */
      projectTable: ProjectTableLayout.default(NATIONAL_PROJECT_TABLE),
    }),
    /** 执行率 below this needs a written reason. */
    lowRateLine: basis,
    /** Caps on the total score by overall 执行率; empty where the framework has none. */
    scoreCaps: z.array(z.object({ belowRate: basis, maxTotalCenti: points })).max(10),
    /** Grades, highest first: the first band whose minimum the total reaches. */
    grades: z
      .array(z.object({ grade: text(10), minCenti: points }))
      .min(1)
      .max(10),
    framework: z.object({
      /** Sum of all weights in 附件2, 执行率 line included. */
      totalWeightCenti: points,
      /** Default weight of the 预算执行率 line. */
      rateWeightCenti: points,
      /** First-level indicators and their default weights (for a new report and for the weight checks). */
      level1: level1Weights,
      /** One indicator worth more than this share of the total is flagged. */
      maxIndicatorShare: basis,
    }),
    /** How a missed quantitative target is scored, so "missed but full marks" is judged by the framework's rule. */
    missedTargetScoring: z.discriminatedUnion('kind', [
      /** 得分 = 实际 ÷ 目标 × 分值 (≥), 目标 ÷ 实际 × 分值 (≤). */
      z.object({ kind: z.literal('proportional') }),
      /** −deductCenti per stepBasis (e.g. 5%) short of the target. */
      z.object({ kind: z.literal('perStep'), stepBasis: basis.min(1), deductCenti: points }),
    ]),
    /** A 说明 counts as an answer to a 提示 only from this many characters. */
    minExplanationChars: z.number().int().min(1).max(200),
    /** Severity per check code, overriding the rule's own: 'off' turns a check off for this pack. */
    severities: z.record(z.string().regex(/^[A-Z_]{3,60}$/), Severity).default({}),
  })
  .refine((p) => p.grades.every((g, i) => i === 0 || g.minCenti < (p.grades[i - 1]?.minCenti ?? 0)), {
    error: '等级应从高到低排列，起点分逐级降低',
    path: ['grades'],
  });

export type RulePack = z.infer<typeof RulePackSchema>;
export type PackSeverity = z.infer<typeof Severity>;

/** The heading of a section in this pack, or null when the pack's outline leaves it out. */
export function sectionTitle(pack: RulePack, key: SectionKey): string | null {
  return pack.outline.find((s) => s.key === key)?.title ?? null;
}
