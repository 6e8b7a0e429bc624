/**
 * A project's own 项目支出绩效自评表 (财预〔2020〕10号's layout, used as is by Hunan and most provinces; domain.md §4):
 * who runs the project, the 项目资金 block, the year's goal, the indicator table. It lives on its row of 二（二）'s
 * project list: the 年度资金总额 line is that row's 年初/全年/执行 figures, never typed a second time here. Only the
 * split of the money by source is the table's own. Score, 执行率 and grade are derived (calc/project-table.ts).
 */
import { z } from 'zod';
import { Indicator } from './indicator';
import { list, longText, shortText, statedCenti, statedFen } from './primitives';

/** The sources a project's money is split into, in the national layout's order. */
export const PROJECT_FUND_KEYS = ['fiscal', 'carryOver', 'other'] as const;
export type ProjectFundKey = (typeof PROJECT_FUND_KEYS)[number];

/** One line of the 项目资金 block: 年初预算数, 全年预算数, 全年执行数 (null = the table does not state it). */
export const FundLine = z.object({ initialFen: statedFen, annualFen: statedFen, spentFen: statedFen });

export const ProjectTable = z.object({
  /** 主管部门; blank prints the report's unit. */
  department: shortText,
  /** 实施单位; blank prints the report's unit. */
  implementer: shortText,
  /** 其中：当年财政拨款 / 上年结转资金 / 其他资金 (which lines print and their wording is the rule pack's). */
  funds: z.object({ fiscal: FundLine, carryOver: FundLine, other: FundLine }),
  /** Weight of the 执行率 line (10 分 in the national layout); its score is derived from the project's figures. */
  rateWeightCenti: statedCenti,
  /** 年度总体目标: 预期目标 and 实际完成情况. */
  goalExpected: longText,
  goalActual: longText,
  indicators: list(Indicator, 500),
});

export type FundLine = z.infer<typeof FundLine>;
export type ProjectTable = z.infer<typeof ProjectTable>;
