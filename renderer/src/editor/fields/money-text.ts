/** Read-only figures as the forms show them: 万元 with two decimals, rates with two. */
import { formatWanyuan } from '../../../../shared/calc/money';
import { formatPercent, type Basis } from '../../../../shared/calc/percent';

export const wan = (fen: number) => `${formatWanyuan(fen, { trim: false })} 万元`;
export const wanPlain = (fen: number) => formatWanyuan(fen, { trim: false });
export const pct = (basis: Basis | null) => formatPercent(basis);

/** "相符" or "相差 12.30 万元": how a sum compares with the figure it must equal. */
export function difference(actual: number, expected: number): string {
  if (actual === expected) return '相符';
  return `相差 ${formatWanyuan(Math.abs(actual - expected), { trim: false })} 万元`;
}
