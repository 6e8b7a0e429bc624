/**
 * 年度指标值 as printed ("≥95%", "≤5个工作日", "100%", "达标") ↔ the stored parts: 指标性质, value and 度量单位
 * (domain.md §4.3). Hunan prints them merged; a Sichuan-style table has separate 指标性质 / 度量单位 columns.
 */
import type { Indicator } from '../model/report';
import { toHalfWidth } from './normalize-text';

export type Nature = Indicator['nature'];

export interface TargetParts {
  nature: Nature;
  target: string;
  unit: string;
}

/** Same text as the printed 附件2 (shared/text/attachment-tables.ts): '=' is not printed, 定性 prints the words. */
export function printTarget(parts: TargetParts): string {
  if (parts.nature === '定性') return parts.target;
  return `${parts.nature === '=' ? '' : parts.nature}${parts.target}${parts.unit}`;
}

const PREFIXES: readonly [RegExp, Nature][] = [
  [/^(?:≥|>=|≧|大于等于|不低于|不少于|不小于|至少|>)/, '≥'],
  [/^(?:≤|<=|≦|小于等于|不高于|不超过|不多于|不大于|<)/, '≤'],
  [/^=/, '='],
];

/** "≥", ">=", "不低于" … → a nature; anything else → null. */
export function readNature(text: string): Nature | null {
  const t = equalsSign(toHalfWidth(text).trim());
  if (t === '') return null;
  if (/^(?:定性|定性指标)$/.test(t)) return '定性';
  for (const [re, nature] of PREFIXES) {
    const m = re.exec(t);
    if (m && m[0].length === t.length) return nature;
  }
  if (/^(?:定量|等于)$/.test(t)) return '=';
  return null;
}

/** "﹦" (small form, 丽江), "═" (box drawing, 永德) and "＝" are what some templates print for "=". */
function equalsSign(text: string): string {
  return text.replace(/[﹦═＝]/g, '=');
}

const NUMBER = /^([+-]?\d+(?:,\d{3})*(?:\.\d+)?)\s*(.*)$/s;

export function parseTarget(text: string): TargetParts {
  const original = text.trim();
  let t = equalsSign(toHalfWidth(original)).trim();
  let nature: Nature | null = null;
  for (const [re, n] of PREFIXES) {
    const m = re.exec(t);
    if (m) {
      nature = n;
      t = t.slice(m[0].length).trim();
      break;
    }
  }
  const num = NUMBER.exec(t);
  if (!num) {
    return nature ? { nature, target: t, unit: '' } : { nature: '定性', target: original, unit: '' };
  }
  let unit = (num[2] ?? '').trim();
  const value = num[1] ?? '';
  // "95%以上" / "3天以内": the direction written after the figure.
  if (!nature && /(?:以上|及以上)$/.test(unit)) {
    nature = '≥';
    unit = unit.replace(/(?:及以上|以上)$/, '');
  } else if (!nature && /(?:以下|及以下|以内)$/.test(unit)) {
    nature = '≤';
    unit = unit.replace(/(?:及以下|以下|以内)$/, '');
  }
  // A long tail, more figures, or words after a percent sign ("100%完成") make a sentence, not a unit.
  if (!nature && (unit.length > 8 || /\d/.test(unit) || /^%./.test(unit) || /(?:完成|达到|建立|实现)$/.test(unit))) {
    return { nature: '定性', target: original, unit: '' };
  }
  return { nature: nature ?? '=', target: value, unit };
}
