/**
 * Money is an integer number of 分 (fen) everywhere. Clerks think in 万元 (1 万元 = 1,000,000 分),
 * so parsing and formatting convert between the two with string arithmetic, never floats.
 */

export const FEN_PER_WANYUAN = 1_000_000;
/** 1,000 亿元: far above any county department's budget; anything larger is a typing mistake. */
export const MAX_FEN = 100_000_000_000_000;

/** Round a non-negative or negative integer ratio a/b half away from zero (finance "四舍五入"). */
export function divRoundHalfUp(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new RangeError('除数不能为零');
  const negative = a < 0n !== b < 0n;
  const absA = a < 0n ? -a : a;
  const absB = b < 0n ? -b : b;
  const q = (absA * 2n + absB) / (absB * 2n);
  return negative ? -q : q;
}

/** Format an integer scaled by 10^dp as a decimal string, e.g. (552128, 2) → "5521.28". */
export function formatScaled(value: bigint, dp: number, trimZeros: boolean): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(dp + 1, '0');
  const intPart = dp === 0 ? digits : digits.slice(0, -dp);
  let frac = dp === 0 ? '' : digits.slice(-dp);
  if (trimZeros) frac = frac.replace(/0+$/, '');
  return (negative ? '-' : '') + intPart + (frac ? '.' + frac : '');
}

export interface WanyuanFormat {
  /** Decimal places kept after half-up rounding; the reference prints 2. */
  dp?: number;
  /** Drop trailing zeros ("1251.4", "40") as the reference's prose does; tables keep them. */
  trim?: boolean;
}

/** 分 → 万元 string. Prose: "1251.4"; tables (trim: false): "1251.40". */
export function formatWanyuan(fen: number, opts: WanyuanFormat = {}): string {
  const dp = opts.dp ?? 2;
  const scaled = divRoundHalfUp(BigInt(fen) * 10n ** BigInt(dp), BigInt(FEN_PER_WANYUAN));
  return formatScaled(scaled, dp, opts.trim ?? true);
}

/** 分 → 元 string with 2 decimals. */
export function formatYuan(fen: number): string {
  return formatScaled(BigInt(fen), 2, false);
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** Parse a plain decimal string in a unit worth `fenPerUnit` 分 into 分, refusing anything inexact. */
export function parseDecimalToFen(text: string, fenPerUnit: number, unitName: string): ParseResult<number> {
  const trimmed = text.trim();
  const m = DECIMAL.exec(trimmed);
  if (!m) return { ok: false, error: `「${text}」不是数字` };
  const [, sign, intDigits = '0', fracDigits = ''] = m;
  const scaleDigits = Math.round(Math.log10(fenPerUnit));
  if (fracDigits.replace(/0+$/, '').length > scaleDigits) {
    return { ok: false, error: `「${text}」${unitName}的小数位过多，最小单位是分` };
  }
  const fen = BigInt(intDigits + fracDigits.padEnd(scaleDigits, '0').slice(0, scaleDigits));
  const value = sign ? -fen : fen;
  if (value > BigInt(MAX_FEN) || value < -BigInt(MAX_FEN)) {
    return { ok: false, error: `「${text}」${unitName}超出合理范围` };
  }
  return { ok: true, value: Number(value) };
}

/** "5521.28" (万元) → 5_521_280_000 分. */
export function parseWanyuan(text: string): ParseResult<number> {
  return parseDecimalToFen(text, FEN_PER_WANYUAN, '万元');
}

/** "123.45" (元) → 12345 分. */
export function parseYuan(text: string): ParseResult<number> {
  return parseDecimalToFen(text, 100, '元');
}

export function sumFen(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** A figure a report may leave unstated (format v2): null means "not stated", never 0. */
export type Stated = number | null;

export const isStated = (value: Stated | undefined): value is number => typeof value === 'number';

/** The sum of parts, or null when any part is not stated: a total of partly unknown figures is itself unknown. */
export function sumStated(values: readonly Stated[]): Stated {
  let total = 0;
  for (const v of values) {
    if (v === null) return null;
    total += v;
  }
  return total;
}

/**
 * The sum of the parts the report states, or null when it states none. For breakdowns where a report names only
 * the categories it has (编制 by kind, income by source); checks treat such a sum as partial (see identity checks).
 */
export function sumPresent(values: readonly Stated[]): Stated {
  let total: Stated = null;
  for (const v of values) if (v !== null) total = (total ?? 0) + v;
  return total;
}

/** a − b, or null when either is not stated. */
export function diffStated(a: Stated, b: Stated): Stated {
  return a === null || b === null ? null : a - b;
}
