/**
 * Numbers as clerks write them: real numbers, numbers stored as text, "1,234.50", full-width "１２３４．５",
 * "—", "-" or an empty cell for none, "95%" or 0.95, amounts in 元 or 万元. Everything becomes an exact integer
 * (分, hundredths of a point, hundredths of a square metre) by decimal string arithmetic, never by float maths.
 */
import { MAX_FEN } from '../calc/money';
import { MAX_SCORE_CENTI } from '../calc/score';
import { LIMITS } from '../model/primitives';
import type { CellValue } from './workbook-data';
import { removeSpaces, toHalfWidth, type AmountUnit } from './normalize-text';

export type Read<T> =
  | { kind: 'none' }
  | { kind: 'value'; value: T; /** Set when the figure had to be rounded: the preview says so. */ note?: string }
  | { kind: 'error'; reason: string };

interface Numeral {
  kind: 'numeral';
  /** Plain decimal digits without sign: "1234.5", "0.95". */
  digits: string;
  negative: boolean;
  percent: boolean;
  unit: AmountUnit | null;
  /** What the clerk sees, for messages. */
  shown: string;
}

type Parsed = { kind: 'none' } | { kind: 'error'; reason: string } | Numeral;

/** Excel shows at most 15 significant digits; a double such as 0.30000000000000004 means 0.3. */
export function decimalFromNumber(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  // Fast path: JavaScript's shortest form is already what Excel shows when it has at most 15 digits.
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n === 0 ? 0 : n);
  const plain = String(n);
  if (plain.length <= 15 && !plain.includes('e')) return plain;
  const negative = n < 0;
  const [mantissa = '0', exponentText = '0'] = Math.abs(n).toPrecision(15).split('e');
  const exponent = Number(exponentText);
  const [intPart = '0', fracPart = ''] = mantissa.split('.');
  let digits = intPart + fracPart;
  let point = intPart.length + exponent;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  } else if (point > digits.length) {
    digits = digits.padEnd(point, '0');
  }
  let whole = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const frac = digits.slice(point).replace(/0+$/, '');
  if (whole === '') whole = '0';
  const text = frac ? `${whole}.${frac}` : whole;
  return negative && text !== '0' ? `-${text}` : text;
}

/** Cells that mean "nothing here": empty, dashes, a slash, 无. */
const NONE = /^(?:|-+|—+|–+|―+|‐+|\/|无|空|N\/A|n\/a)$/;

/** Our own export escapes text that starts with = + - @ by a leading apostrophe; read it back without one. */
export function unescapeText(text: string): string {
  return /^'[=+\-@\t\r\0]/.test(text) ? text.slice(1) : text;
}

function shortShown(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}

function parseNumeral(cell: CellValue, suffixes: readonly string[]): Parsed {
  if (cell === null) return { kind: 'none' };
  if (typeof cell === 'boolean') return { kind: 'error', reason: `「${cell ? 'TRUE' : 'FALSE'}」不是数字` };
  if (typeof cell === 'number') {
    const text = decimalFromNumber(cell);
    if (text === null) return { kind: 'error', reason: '单元格的值不是有效数字' };
    const negative = text.startsWith('-');
    return {
      kind: 'numeral',
      digits: negative ? text.slice(1) : text,
      negative,
      percent: false,
      unit: null,
      shown: text,
    };
  }
  const shown = shortShown(cell.trim());
  let t = removeSpaces(toHalfWidth(unescapeText(cell)))
    .replace(/[−－]/g, '-')
    .replace(/。/g, '.');
  if (NONE.test(t)) return { kind: 'none' };
  if (t.startsWith('#')) return { kind: 'error', reason: `单元格是错误值「${shown}」（公式出错），不是数字` };
  let negative = false;
  const paren = /^\((.+)\)$/.exec(t);
  if (paren?.[1]) {
    negative = true;
    t = paren[1];
  }
  if (t.startsWith('-')) {
    negative = !negative;
    t = t.slice(1);
  } else if (t.startsWith('+')) t = t.slice(1);
  t = t.replace(/^¥/, '');
  let unit: AmountUnit | null = null;
  let percent = false;
  if (t.endsWith('%')) {
    percent = true;
    t = t.slice(0, -1);
  } else if (t.endsWith('万元') || t.endsWith('万')) {
    // "100万" is 100 万元 whatever the table's unit: the cell says so.
    unit = 'wan';
    t = t.slice(0, t.endsWith('万元') ? -2 : -1);
  } else if (t.endsWith('元')) {
    unit = 'yuan';
    t = t.slice(0, -1);
  } else {
    for (const suffix of suffixes) {
      if (t.endsWith(suffix)) {
        t = t.slice(0, -suffix.length);
        break;
      }
    }
  }
  if (t.includes(',')) {
    if (!/^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/.test(t)) {
      const asPoint = t.replace(/,/g, '.');
      const hint = /^\d+\.\d+$/.test(asPoint) ? `如果逗号是小数点，请在表中改为 ${asPoint}；` : '';
      return {
        kind: 'error',
        reason: `「${shown}」的千分位逗号位置不对，无法确定数值：${hint}千分位逗号应每三位一个（如 1,234.50）`,
      };
    }
    t = t.replace(/,/g, '');
  }
  const sci = /^(\d+(?:\.\d+)?)e([+-]?\d{1,3})$/i.exec(t);
  if (sci) {
    const expanded = decimalFromNumber(Number(t));
    if (expanded === null) return { kind: 'error', reason: `「${shown}」不是数字` };
    t = expanded;
  }
  if (/^\.\d+$/.test(t)) t = `0${t}`;
  // A full stop typed after the figure ("7.50."): the figure is whole before it.
  if (/^\d+\.\d+\.$/.test(t)) t = t.slice(0, -1);
  if (!/^\d+(?:\.\d*)?$/.test(t)) return { kind: 'error', reason: `「${shown}」不是数字` };
  return { kind: 'numeral', digits: t.replace(/\.$/, ''), negative, percent, unit, shown };
}

/** digits × 10^dp as an integer, rounded half-up; `rounded` when digits had more places than dp. */
export function scaleDecimal(digits: string, dp: number): { value: bigint; rounded: boolean } {
  const point = digits.indexOf('.');
  const whole = point < 0 ? digits : digits.slice(0, point);
  const frac = point < 0 ? '' : digits.slice(point + 1);
  const kept = frac.length >= dp ? frac.slice(0, dp) : frac.padEnd(dp, '0');
  const rest = frac.length > dp ? frac.slice(dp) : '';
  const joined = (whole || '0') + kept;
  // Up to 15 digits an integer is exact as a double, and Number() is much cheaper than BigInt(string).
  let value = joined.length <= 15 ? BigInt(Number(joined)) : BigInt(joined);
  const rounded = rest !== '' && /[1-9]/.test(rest);
  if (rest !== '' && rest.charCodeAt(0) >= 53) value += 1n;
  return { value, rounded };
}

const UNIT_NAME: Record<AmountUnit, string> = { wan: '万元', yuan: '元' };
const UNIT_DP: Record<AmountUnit, number> = { wan: 6, yuan: 2 };

/**
 * The common case without string or BigInt work: a non-negative number whose shortest form has at most 15 digits
 * and no more decimals than the unit allows. Its digits as an integer, times a power of ten, is exact below 2^53.
 */
function plainNumberToFen(n: number, dp: number): number | null {
  if (!(n >= 0)) return null;
  const s = String(n);
  if (s.length > 15 || s.includes('e')) return null;
  const dot = s.indexOf('.');
  const decimals = dot < 0 ? 0 : s.length - dot - 1;
  if (decimals > dp) return null;
  const fen = Number(dot < 0 ? s : s.slice(0, dot) + s.slice(dot + 1)) * 10 ** (dp - decimals);
  return fen <= MAX_FEN ? fen : null;
}

/** An amount in the table's unit (or the unit written in the cell) → 分, exact. */
export function readAmount(cell: CellValue, tableUnit: AmountUnit): Read<number> {
  if (typeof cell === 'number') {
    const fast = plainNumberToFen(cell, UNIT_DP[tableUnit]);
    if (fast !== null) return { kind: 'value', value: fast };
  }
  const p = parseNumeral(cell, []);
  if (p.kind !== 'numeral') return p;
  if (p.percent) return { kind: 'error', reason: `「${p.shown}」是百分比，这里应填金额` };
  if (p.negative && /[1-9]/.test(p.digits))
    return { kind: 'error', reason: `「${p.shown}」是负数，报告中的金额不能为负数` };
  const unit = p.unit ?? tableUnit;
  const { value, rounded } = scaleDecimal(p.digits, UNIT_DP[unit]);
  if (value > BigInt(MAX_FEN))
    return { kind: 'error', reason: `「${p.shown}」${UNIT_NAME[unit]}超出合理范围（超过1000亿元）` };
  const fen = Number(value);
  return rounded
    ? { kind: 'value', value: fen, note: `「${p.shown}」${UNIT_NAME[unit]}比分还小的部分已四舍五入` }
    : { kind: 'value', value: fen };
}

/** A score (分值/得分) → hundredths of a point: "10", "9.5", "９.５分". */
export function readScore(cell: CellValue): Read<number> {
  const p = parseNumeral(cell, ['分']);
  if (p.kind !== 'numeral') return p;
  if (p.percent || p.unit) return { kind: 'error', reason: `「${p.shown}」不是分值` };
  if (p.negative && /[1-9]/.test(p.digits)) return { kind: 'error', reason: `「${p.shown}」是负数，分值不能为负数` };
  const { value, rounded } = scaleDecimal(p.digits, 2);
  if (value > BigInt(MAX_SCORE_CENTI)) return { kind: 'error', reason: `「${p.shown}」超过满分100分` };
  return rounded
    ? { kind: 'value', value: Number(value), note: `「${p.shown}」分值已四舍五入到两位小数` }
    : { kind: 'value', value: Number(value) };
}

/** A head count: a whole number, "152人" accepted. */
export function readCount(cell: CellValue): Read<number> {
  const p = parseNumeral(cell, ['人', '名', '个']);
  if (p.kind !== 'numeral') return p;
  if (p.percent || p.unit) return { kind: 'error', reason: `「${p.shown}」不是人数` };
  if (p.negative && /[1-9]/.test(p.digits)) return { kind: 'error', reason: `「${p.shown}」是负数，人数不能为负数` };
  const { value, rounded } = scaleDecimal(p.digits, 0);
  if (rounded || /\.\d*[1-9]/.test(p.digits))
    return { kind: 'error', reason: `「${p.shown}」不是整数，人数必须是整数` };
  if (value > BigInt(LIMITS.maxHeadcount)) return { kind: 'error', reason: `「${p.shown}」人数超出合理范围` };
  return { kind: 'value', value: Number(value) };
}

/** An area in square metres → hundredths of a square metre. */
export function readArea(cell: CellValue): Read<number> {
  const p = parseNumeral(cell, ['平方米', '平米', '㎡', 'm²', 'm2', 'M2']);
  if (p.kind !== 'numeral') return p;
  if (p.percent || p.unit) return { kind: 'error', reason: `「${p.shown}」不是面积` };
  if (p.negative && /[1-9]/.test(p.digits)) return { kind: 'error', reason: `「${p.shown}」是负数，面积不能为负数` };
  const { value, rounded } = scaleDecimal(p.digits, 2);
  if (value > 10_000_000_000n) return { kind: 'error', reason: `「${p.shown}」面积超出合理范围` };
  return rounded
    ? { kind: 'value', value: Number(value), note: `「${p.shown}」面积已四舍五入到两位小数` }
    : { kind: 'value', value: Number(value) };
}

/**
 * A rate → hundredths of a percent (9540 = 95.40%). "95.4%" is clear. A bare number is a fraction when it is at
 * most FRACTION_MAX (0.954 or 1.087: Excel stores a percent-formatted cell that way) and percentage points above.
 */
export const FRACTION_MAX = 2;

export function readPercent(cell: CellValue): Read<number> {
  const p = parseNumeral(cell, []);
  if (p.kind !== 'numeral') return p;
  if (p.unit) return { kind: 'error', reason: `「${p.shown}」是金额，这里应填百分比` };
  const fraction = !p.percent && Number(p.digits) <= FRACTION_MAX;
  const { value } = scaleDecimal(p.digits, fraction ? 4 : 2);
  const signed = p.negative ? -value : value;
  return { kind: 'value', value: Number(signed) };
}

/** Any cell as text: numbers in their shortest exact form, TRUE/FALSE as 是/否, export escapes removed. */
export function readText(cell: CellValue): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  if (typeof cell === 'number') return decimalFromNumber(cell) ?? '';
  return unescapeText(cell).replace(/\r\n?/g, '\n').trim();
}

/** 是/否 columns: 是, √, ✓, Y, 1, TRUE → true; 否, ×, N, 0, FALSE, empty → false. */
export function readYesNo(cell: CellValue): Read<boolean> {
  if (cell === null) return { kind: 'none' };
  if (typeof cell === 'boolean') return { kind: 'value', value: cell };
  if (typeof cell === 'number')
    return cell === 1 || cell === 0
      ? { kind: 'value', value: cell === 1 }
      : { kind: 'error', reason: `「${cell}」应填“是”或“否”` };
  const t = removeSpaces(toHalfWidth(cell)).toLowerCase();
  if (t === '') return { kind: 'none' };
  if (/^(?:是|√|✓|✔|y|yes|true|追加|年中追加)$/.test(t)) return { kind: 'value', value: true };
  if (/^(?:否|×|✗|n|no|false|-|—|无)$/.test(t)) return { kind: 'value', value: false };
  return { kind: 'error', reason: `「${shortShown(cell)}」应填“是”或“否”` };
}
