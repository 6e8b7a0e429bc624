/** Read-only figures as the forms show them: 万元 with two decimals, rates with two. */
import { formatWanyuan } from '../../../../shared/calc/money';
import { formatPercent, type Basis } from '../../../../shared/calc/percent';
import { formatScore } from '../../../../shared/calc/score';

/** A figure the report does not state reads "未填写", never 0.00. */
export const wan = (fen: number | null) => (fen === null ? '未填写' : `${formatWanyuan(fen, { trim: false })} 万元`);
export const wanPlain = (fen: number | null) => (fen === null ? '' : formatWanyuan(fen, { trim: false }));
export const pct = (basis: Basis | null) => formatPercent(basis);
/** A score, or "未填写" when one it depends on is not stated. */
export const pts = (centi: number | null) => (centi === null ? '未填写' : `${formatScore(centi)} 分`);

type Columns = { initialFen: number | null; annualFen: number | null; spentFen: number | null };

/** "年初：相符；全年：相差 1.00 万元；执行：…": a split by source against its total, column by column. */
export function columnsDifference(actual: Columns, expected: Columns): string {
  return `年初：${difference(actual.initialFen, expected.initialFen)}；全年：${difference(actual.annualFen, expected.annualFen)}；执行：${difference(actual.spentFen, expected.spentFen)}`;
}

/** "相符", "相差 12.30 万元", or "有未填写的数" when one side is not stated. */
export function difference(actual: number | null, expected: number | null): string {
  if (actual === null || expected === null) return '有未填写的数，无法比较';
  if (actual === expected) return '相符';
  return `相差 ${formatWanyuan(Math.abs(actual - expected), { trim: false })} 万元`;
}
