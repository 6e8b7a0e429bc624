/**
 * Leaf-by-leaf differences between two versions of (part of) a report: each field that changed, named as the clerk
 * knows it (field-labels.ts), old value → new value, in 万元 / 分 / ㎡ as the tables print them. The Excel import's
 * preview and the audit log both list changes this way.
 */
import { formatScaled } from '../calc/money';
import { exactWanyuan } from '../import/format-amount';
import { formatScore } from '../calc/score';
import { describeField, type FieldPathSegment } from './field-labels';

export interface FieldDiff {
  path: FieldPathSegment[];
  /** "二（二）项目支出 第3行「支出」". */
  label: string;
  oldValue: string;
  newValue: string;
}

const NOTHING = '（无）';

export function formatFieldValue(path: readonly FieldPathSegment[], value: unknown): string {
  const key = [...path].reverse().find((s): s is string => typeof s === 'string') ?? '';
  if (value === null) return '未填写';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') {
    if (key.endsWith('Fen')) return exactWanyuan(value);
    if (key.endsWith('AreaCenti')) return `${formatScaled(BigInt(value), 2, false)}㎡`;
    if (key.endsWith('Centi')) return `${formatScore(value)}分`;
    return String(value);
  }
  if (typeof value === 'string') return value === '' ? '（空）' : value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const named = value as Record<string, unknown>;
    const name = named.name ?? named.label;
    if (typeof name === 'string' && name !== '') return `「${name}」`;
    // A row without a name (a 提示说明, a figure row): its first few filled-in values.
    const filled = Object.entries(named)
      .filter(([, v]) => (typeof v === 'string' && v !== '') || typeof v === 'number' || v === true)
      .slice(0, 3)
      .map(([k, v]) => formatFieldValue([...path, k], v));
    if (filled.length > 0) return filled.join('，');
  }
  return NOTHING;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Leaf-by-leaf differences between two values of the same shape; list items added or removed count once. */
export function diffFields(path: FieldPathSegment[], before: unknown, after: unknown, out: FieldDiff[]): void {
  if (Array.isArray(before) && Array.isArray(after)) {
    const n = Math.max(before.length, after.length);
    for (let i = 0; i < n; i++) {
      const p = [...path, i];
      if (i >= before.length)
        out.push({
          path: p,
          label: `${describeField(p)}（新增）`,
          oldValue: NOTHING,
          newValue: formatFieldValue(p, after[i]),
        });
      else if (i >= after.length)
        out.push({
          path: p,
          label: `${describeField(p)}（删除）`,
          oldValue: formatFieldValue(p, before[i]),
          newValue: NOTHING,
        });
      else diffFields(p, before[i], after[i], out);
    }
    return;
  }
  if (isRecord(before) && isRecord(after)) {
    for (const key of Object.keys(after)) {
      if (Object.prototype.hasOwnProperty.call(before, key)) diffFields([...path, key], before[key], after[key], out);
    }
    return;
  }
  if (before !== after) {
    out.push({
      path,
      label: describeField(path),
      oldValue: formatFieldValue(path, before),
      newValue: formatFieldValue(path, after),
    });
  }
}
