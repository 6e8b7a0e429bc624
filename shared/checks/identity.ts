/**
 * A total and its parts. 强制 only when the report states the total and every part and they disagree: that is an
 * arithmetic fact. With some parts unstated nothing can be proved, except that stated parts already exceeding the
 * total (amounts that are never negative) cannot be right, which is a 提示 since an unstated part may be a 调减.
 */
import { formatWanyuan, sumPresent, type Stated } from '../calc/money';
import { finding } from './rule';
import type { FieldPath, Finding } from './finding';

export const wan = (fen: number) => `${formatWanyuan(fen)}万元`;

export interface IdentitySpec {
  code: string;
  /** What the total is, as the clerk knows it: "年初预算收入". */
  what: string;
  total: Stated;
  parts: readonly Stated[];
  /** What the parts are: "基本支出与项目支出年初预算". */
  partsText: string;
  paths: FieldPath[];
  /** Level of a complete mismatch: 强制 for a true identity; 提示 where a report may rightly differ. */
  severity?: 'error' | 'warning';
}

export function identity(spec: IdentitySpec): Finding[] {
  const { code, what, total, parts, partsText, paths, severity = 'error' } = spec;
  if (total === null) return [];
  const stated = sumPresent(parts);
  if (stated === null) return [];
  const complete = parts.every((p) => p !== null);
  if (complete) {
    if (stated === total) return [];
    return [
      finding(
        code,
        severity,
        `${what}${wan(total)}，不等于${partsText}之和${wan(stated)}（相差${wan(Math.abs(total - stated))}）`,
        paths,
      ),
    ];
  }
  if (stated <= total) return [];
  return [
    finding(
      code,
      'warning',
      `${what}${wan(total)}，小于已填写的${partsText}之和${wan(stated)}（其余部分未填写）：请核对`,
      paths,
    ),
  ];
}
