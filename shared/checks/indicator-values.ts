/**
 * Reading the numbers inside 附件2's free-text cells (年度指标值 "95", 实际完成值 "93.5%", "下降21.83%") and judging
 * a missed target by the pack's scoring rule. Pure functions, so the rules and the tests read them the same way.
 */
import type { Indicator } from '../model/report';
import type { RulePack } from './rule-pack';

export interface ReadNumber {
  value: number;
  /** Digits after the point as written: a figure is compared at the precision the clerk gave. */
  decimals: number;
  percent: boolean;
}

const LEADING = /^[≥≤=＝<>＜＞约近]*\s*([-+−]?)(\d+(?:\.\d+)?)\s*(%|％)?/;

/** The number a cell starts with ("≥95%", "93.5", "下降21.83%" → −21.83), or null ("完成", "良好"). */
export function readLeadingNumber(text: string): ReadNumber | null {
  let t = text.trim().replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  let sign = 1;
  const fall = /^(下降|减少|降低)/.exec(t);
  if (fall) {
    sign = -1;
    t = t.slice(fall[0].length);
  } else {
    t = t.replace(/^(上升|增加|增长|提高)/, '');
  }
  const m = LEADING.exec(t);
  if (!m) return null;
  const digits = m[2] ?? '';
  const negative = m[1] === '-' || m[1] === '−';
  return {
    value: sign * (negative ? -1 : 1) * Number(digits),
    decimals: (digits.split('.')[1] ?? '').length,
    percent: Boolean(m[3]),
  };
}

/** True when the target was missed, false when met, null when target or actual is not a plain number. */
export function targetMissed(ind: Indicator): boolean | null {
  if (ind.nature === '定性') return null;
  const t = readLeadingNumber(ind.target);
  const a = readLeadingNumber(ind.actual);
  if (!t || !a) return null;
  if (ind.nature === '≥') return a.value < t.value;
  if (ind.nature === '≤') return a.value > t.value;
  return a.value !== t.value;
}

/** The score the pack's rule gives a missed quantitative target, in centi-points; null when it cannot be judged. */
export function scoreByRule(ind: Indicator, pack: RulePack): number | null {
  if (ind.weightCenti === null || targetMissed(ind) !== true) return null;
  const t = readLeadingNumber(ind.target);
  const a = readLeadingNumber(ind.actual);
  if (!t || !a || t.value <= 0 || a.value < 0) return null;
  const weight = ind.weightCenti;
  const rule = pack.missedTargetScoring;
  if (rule.kind === 'proportional') {
    const ratio = ind.nature === '≤' ? (a.value === 0 ? 1 : t.value / a.value) : a.value / t.value;
    const capped = ind.nature === '=' ? Math.min(a.value, t.value) / Math.max(a.value, t.value) : Math.min(ratio, 1);
    return Math.round(weight * capped);
  }
  // Shortfall in percentage points when the figures are percentages, else relative to the target.
  const gap = Math.abs(a.value - t.value);
  const percent = t.percent || a.percent || /%|％/.test(ind.unit);
  const shortfallBasis = percent ? gap * 100 : (gap / t.value) * 10_000;
  const steps = Math.ceil(shortfallBasis / rule.stepBasis - 1e-9);
  return Math.max(0, weight - steps * rule.deductCenti);
}
