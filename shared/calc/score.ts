/**
 * Scores are integer hundredths of a point ("centi"): 96.9 points = 9690.
 */
import { divRoundHalfUp, formatScaled, type ParseResult } from './money';

export type Centi = number;
export const MAX_SCORE_CENTI = 100_00;

export function formatScore(centi: Centi, trim = true): string {
  return formatScaled(BigInt(centi), 2, trim);
}

export function parseScore(text: string): ParseResult<Centi> {
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return { ok: false, error: `「${text}」不是有效的分值（最多两位小数）` };
  const value = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  if (value > MAX_SCORE_CENTI) return { ok: false, error: `「${text}」超过满分100分` };
  return { ok: true, value };
}

/**
 * weight × min(part ÷ whole, 1): the usual 执行率 line score, rounded half-up to 0.01 point; null when the weight
 * or either figure is not stated (the score cannot be worked out, which is not 0 points).
 */
export function rateScore(weight: Centi | null, part: number | null, whole: number | null): Centi | null {
  if (weight === null || part === null || whole === null) return null;
  if (whole <= 0 || part <= 0) return 0;
  if (part >= whole) return weight;
  return Number(divRoundHalfUp(BigInt(weight) * BigInt(part), BigInt(whole)));
}
