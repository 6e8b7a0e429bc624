/**
 * One line per saved revision, naming the sections that changed ("修改：项目支出、三公经费"), so the history list
 * tells the clerk which version to go back to without opening each one.
 */
import type { Report } from '../../shared/model/report';

/**
 * Short names of the top-level sections, for the history list.
 * `Record<keyof Report, …>` makes a new section without a name fail to compile.
 */
export const SECTION_LABELS: Record<keyof Report, string> = {
  rulePackId: '规则包',
  rulePackVersion: '规则包版本',
  unitName: '单位名称',
  selfName: '单位自称',
  year: '年度',
  organisation: '机构设置',
  staffing: '人员编制',
  duties: '主要职能职责',
  goals: '绩效目标',
  budget: '预算执行总体情况',
  basic: '基本支出',
  projects: '项目支出',
  threePublic: '三公经费',
  govFund: '政府性基金预算',
  stateCapital: '国有资本经营预算',
  socialInsurance: '社会保险基金预算',
  performance: '部门整体支出绩效情况',
  problems: '存在的问题',
  measures: '改进措施',
  other: '其他需要说明的情况',
  baseData: '基础数据表（附件1）',
  selfEval: '自评表（附件2）',
  signature: '落款',
  responses: '提示说明',
};

const SECTIONS = Object.keys(SECTION_LABELS) as (keyof Report)[];

export function summarizeChange(before: Readonly<Record<string, unknown>>, after: Report): string {
  const changed = SECTIONS.filter((key) => !deepEqual(before[key], after[key]));
  if (changed.length === 0) return '未修改';
  return `修改：${changed.map((key) => SECTION_LABELS[key]).join('、')}`;
}

/** Structural equality of JSON values; key order does not matter. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = Object.keys(ra);
  if (keys.length !== Object.keys(rb).length) return false;
  return keys.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && deepEqual(ra[k], rb[k]));
}
