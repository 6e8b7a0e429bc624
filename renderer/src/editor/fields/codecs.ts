/**
 * How a value is shown in an input and read back from what the clerk typed or pasted. Amounts are typed in 万元
 * and stored exactly in 分 (string arithmetic in shared/calc/money.ts, never floats); a value that cannot be read
 * exactly is refused with a Chinese message and nothing is stored.
 */
import { formatScaled, MAX_FEN, parseWanyuan, type ParseResult } from '../../../../shared/calc/money';
import { formatScore, parseScore } from '../../../../shared/calc/score';
import { LIMITS } from '../../../../shared/model/primitives';
import type { Indicator } from '../../../../shared/model/report';

export interface Codec<T> {
  format(value: T): string;
  parse(text: string): ParseResult<T>;
  /** Numbers are right-aligned and get a numeric keyboard hint. */
  numeric: boolean;
  maxLength?: number;
  placeholder?: string;
}

const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
const fail = (error: string): ParseResult<never> => ({ ok: false, error });

/**
 * What comes out of Excel, WPS or a Chinese input method: full-width digits and points, thousands separators,
 * spaces, a trailing unit. Reduced to a plain decimal before parsing.
 */
export function normalizeNumberText(text: string, units: readonly string[] = []): string {
  let t = text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[－—–]/g, '-')
    .replace(/[\s\u00a0\u3000]/g, '');
  // A comma is a thousands separator only where one belongs ("1,234.5"); "1234，5" (the input method's comma
  // typed for a point) is kept, so that it is refused rather than read as 12345.
  if (/^-?\d{1,3}(?:[,，]\d{3})+(?:\.\d*)?(?:\D.*)?$/.test(t)) t = t.replace(/[,，]/g, '');
  for (const unit of units) if (t.endsWith(unit)) t = t.slice(0, -unit.length);
  return t;
}

/** "1234，5" or "12,34": a comma where no thousands separator can be. Asks what was meant instead of guessing. */
function commaQuestion(typed: string, t: string): string | null {
  if (!/[,，]/.test(t) || !/^-?[\d,，.]+$/.test(t)) return null;
  const asPoint = t.replace(/[,，]/g, '.');
  const hint = /^-?\d+\.\d+$/.test(asPoint) ? `如果是小数点，请输入 ${asPoint}；` : '';
  return `「${typed.trim()}」中的逗号不在千分位上，无法确定是多少：${hint}千分位逗号应每三位一个（如 1,234.50）`;
}

/** 分 → "5521.28": every digit down to the 分 kept, at least two decimals (as tables print 万元), never three. */
export function formatWanyuanExact(fen: number): string {
  const text = formatScaled(BigInt(fen), 6, true);
  const [int, frac = ''] = text.split('.');
  // Three decimals would read back as a question ("12.345": 12345?), so such a figure shows a fourth: "12.3450".
  return `${int}.${frac.padEnd(frac.length === 3 ? 4 : 2, '0')}`;
}

/**
 * Figures may be left empty: an empty input is "not stated" (null) and stays empty; 0 is only stored when the clerk
 * types 0, and is shown as "0.00" so the two never look alike (report format v2).
 */
export const wanyuan: Codec<number | null> = {
  numeric: true,
  placeholder: '未填写',
  format: (fen) => (fen === null ? '' : formatWanyuanExact(fen)),
  parse(text) {
    const t = normalizeNumberText(text, ['万元', '万']);
    if (t === '') return ok(null);
    const comma = commaQuestion(text, t);
    if (comma) return fail(comma);
    if (/元$/.test(t)) return fail('请以“万元”为单位填写');
    if (/[亿千百十]$/.test(t))
      return fail(`「${text.trim()}」：这里以“万元”为单位，请只填数字（如 100 表示 100 万元）`);
    if (!/^-?\d+(?:\.\d+)?$/.test(t)) return fail(`「${text.trim()}」不是数字`);
    // "12.345": three decimals is what a thousands separator written as a point looks like (12.345 = 12345?).
    if (/^-?\d{1,3}\.\d{3}$/.test(t))
      return fail(
        `「${text.trim()}」有三位小数，无法确定是 ${t} 万元还是 ${t.replace('.', '')} 万元：万元金额通常填到两位小数；确是 ${t} 万元请输入 ${t}0`,
      );
    const r = parseWanyuan(t);
    if (!r.ok) return r;
    if (r.value < 0) return fail('金额不能为负数');
    if (r.value > MAX_FEN) return fail('金额超出合理范围（超过1000亿元）');
    return r;
  },
};

/** An adjustment (预算调整): 调减 is typed and printed as a negative amount. */
export const signedWanyuan: Codec<number | null> = {
  ...wanyuan,
  parse(text) {
    const t = normalizeNumberText(text, ['万元', '万']);
    const negative = /^-/.test(t);
    const r = wanyuan.parse(negative ? t.slice(1) : text);
    if (!r.ok || r.value === null || !negative) return r;
    return ok(-r.value);
  },
};

export const score: Codec<number | null> = {
  numeric: true,
  placeholder: '未填写',
  format: (centi) => (centi === null ? '' : formatScore(centi)),
  parse(text) {
    const t = normalizeNumberText(text, ['分']);
    if (t === '') return ok(null);
    if (t.startsWith('-')) return fail('分值不能为负数');
    return parseScore(t);
  },
};

export const headcount: Codec<number | null> = {
  numeric: true,
  placeholder: '未填写',
  format: (n) => (n === null ? '' : String(n)),
  parse(text) {
    const t = normalizeNumberText(text, ['人', '名']);
    if (t === '') return ok(null);
    if (t.startsWith('-')) return fail('人数不能为负数');
    if (!/^\d+$/.test(t)) return fail(`「${text.trim()}」不是整数人数`);
    const n = Number(t);
    if (n > LIMITS.maxHeadcount) return fail('人数超出合理范围');
    return ok(n);
  },
};

/** Areas in hundredths of a square metre. */
export const area: Codec<number | null> = {
  numeric: true,
  placeholder: '未填写',
  format: (centi) => (centi === null ? '' : formatScaled(BigInt(centi), 2, false)),
  parse(text) {
    const t = normalizeNumberText(text, ['平方米', '㎡', 'm²', 'm2']);
    if (t === '') return ok(null);
    if (t.startsWith('-')) return fail('面积不能为负数');
    const m = /^(\d{1,10})(?:\.(\d+))?$/.exec(t);
    if (!m) return fail(`「${text.trim()}」不是数字`);
    const frac = (m[2] ?? '').replace(/0+$/, '');
    if (frac.length > 2) return fail('面积最多两位小数');
    const value = Number(m[1]) * 100 + Number(frac.padEnd(2, '0'));
    if (value > 10_000_000_000) return fail('面积超出合理范围');
    return ok(value);
  },
};

export function text(maxLength: number = LIMITS.shortText): Codec<string> {
  return {
    numeric: false,
    maxLength,
    format: (value) => value,
    parse: (value) => (value.length > maxLength ? fail(`不能超过${maxLength}字`) : ok(value)),
  };
}

export const shortText = text(LIMITS.shortText);
export const longText = text(LIMITS.paragraph);

/** "2025-05-29"; also reads 2025/5/29, 2025.5.29 and 2025年5月29日. Empty means not yet dated. */
export const isoDate: Codec<string> = {
  numeric: false,
  placeholder: '如 2025-05-29',
  format: (value) => value,
  parse(input) {
    const t = normalizeNumberText(input).replace(/日$/, '');
    if (t === '') return ok('');
    const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})$/.exec(t);
    if (!m) return fail('日期格式应为“年-月-日”，如 2025-05-29');
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
      return fail(`${y}年${mo}月${d}日不存在`);
    }
    return ok(`${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  },
};

export const year: Codec<number> = {
  numeric: true,
  format: (y) => String(y),
  parse(input) {
    const t = normalizeNumberText(input, ['年度', '年']);
    if (!/^\d{4}$/.test(t)) return fail('年度应为四位数字，如 2024');
    const y = Number(t);
    if (y < 2000 || y > 2100) return fail('年度应在2000至2100之间');
    return ok(y);
  },
};

type Nature = Indicator['nature'];
const NATURE_WORDS: Readonly<Record<string, Nature>> = {
  '=': '=',
  '＝': '=',
  '==': '=',
  等于: '=',
  '≥': '≥',
  '>=': '≥',
  '＞＝': '≥',
  '≧': '≥',
  大于等于: '≥',
  不低于: '≥',
  '≤': '≤',
  '<=': '≤',
  '＜＝': '≤',
  '≦': '≤',
  小于等于: '≤',
  不高于: '≤',
  定性: '定性',
};

/** 指标性质: =, ≥, ≤ or 定性; ">=" and "<=" are accepted because "≥" is hard to type. */
export const nature: Codec<Nature> = {
  numeric: false,
  placeholder: '≥',
  format: (value) => value,
  parse(input) {
    const found = NATURE_WORDS[input.replace(/\s/g, '')];
    return found ? ok(found) : fail('指标性质只能是 =、≥（可输入 >=）、≤（可输入 <=）或 定性');
  },
};

/** 是/否 in a pasted block: 是, √, Y, 1, true… and 否, ×, N, 0, empty. */
export function parseYesNo(input: string): ParseResult<boolean> {
  const t = input.trim().toLowerCase();
  if (['是', '√', '✓', 'y', 'yes', '1', 'true', '有'].includes(t)) return ok(true);
  if (['否', '×', '✗', 'n', 'no', '0', 'false', '无', ''].includes(t)) return ok(false);
  return fail(`「${input.trim()}」应为“是”或“否”`);
}
