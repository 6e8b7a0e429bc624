/**
 * Rates are derived from two integers and rounded once, half-up, to hundredths of a percent.
 * A `Basis` is a percentage × 100 as an integer: 9385 means 93.85%.
 */
import { divRoundHalfUp, formatScaled } from './money';

export type Basis = number;

/** part ÷ whole as a rounded percentage in basis units, or null when whole is zero or either is not stated. */
export function rateBasis(part: number | null, whole: number | null): Basis | null {
  if (part === null || whole === null || whole === 0) return null;
  return Number(divRoundHalfUp(BigInt(part) * 10_000n, BigInt(whole)));
}

/** (current − previous) ÷ previous, in basis units; null when there was nothing last year or a figure is unstated. */
export function changeBasis(current: number | null, previous: number | null): Basis | null {
  if (current === null || previous === null || previous === 0) return null;
  return rateBasis(current - previous, previous);
}

/** 9385 → "93.85"; 10000 → "100" (the reference prints "100%", "0%"). */
export function formatBasis(basis: Basis, trim = true): string {
  return formatScaled(BigInt(basis), 2, trim);
}

/** "93.85%", or "—" when the rate cannot be computed. */
export function formatPercent(basis: Basis | null, trim = true): string {
  return basis === null ? '—' : `${formatBasis(basis, trim)}%`;
}
