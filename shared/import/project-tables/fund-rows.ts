/**
 * Row names of a 项目支出绩效自评表's money block as the published forms word them: the national 年度资金总额 / 当年财政拨款
 * / 上年结转资金 / 其他资金, 湖北's 年度财政资金总额, 四川's 总额 / 财政资金 / 财政专户管理资金 / 单位资金 (the last two have no
 * line of their own in the national table: they are added into 其他资金).
 */
import type { ProjectFundKey } from '../../model/project-table';
import { normalizeLabel } from '../normalize-text';

export type FundRow = 'total' | ProjectFundKey;

const NAMES: Readonly<Record<FundRow, readonly string[]>> = {
  total: ['年度资金总额', '资金总额', '年度财政资金总额', '总额', '年度资金总计', '项目资金总额', '年度预算资金总额'],
  fiscal: [
    '当年财政拨款',
    '本年财政拨款',
    '财政拨款',
    '财政资金',
    '当年财政资金',
    '本年财政资金',
    '一般公共预算',
    '一般公共预算拨款',
  ],
  carryOver: ['上年结转资金', '上年结转', '结转资金', '上年结余结转资金', '上年结转结余资金'],
  other: ['其他资金', '其他', '单位资金', '财政专户管理资金', '自有资金', '其他收入', '自筹资金'],
};

const INDEX: ReadonlyMap<string, FundRow> = new Map(
  (Object.entries(NAMES) as [FundRow, readonly string[]][]).flatMap(([key, names]) =>
    names.map((n): [string, FundRow] => [normalizeLabel(n), key]),
  ),
);

export function matchFundRow(label: string): FundRow | null {
  return INDEX.get(normalizeLabel(label)) ?? null;
}
