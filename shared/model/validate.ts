/**
 * Turns zod's findings about a report into Chinese sentences that say where and what:
 *   "二（二）项目支出 第3行「支出」：金额不能为负数".
 * Schema fields carry their own Chinese messages (primitives.ts); the error map below covers the generic cases
 * (a text where a number belongs, a missing section…) so nothing reaches the clerk in English or zod's jargon.
 */
import { z } from 'zod';
import { ORG_KIND_LABEL, Report } from './report';
import { describeFieldDetailed, type FieldPathSegment } from './field-labels';

type RawIssue = z.core.$ZodRawIssue;

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '“是/否”',
  object: '一组字段',
  array: '列表',
  null: '空值（null）',
  undefined: '空缺',
  nan: '非数字（NaN）',
  bigint: '大整数',
};

function typeName(value: string): string {
  return TYPE_NAMES[value] ?? value;
}

/** What JSON actually held, in the words of TYPE_NAMES. */
function receivedType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'nan';
  return typeof input;
}

function sizeLimit(origin: unknown, bound: number | bigint, big: boolean): string | undefined {
  const n = bound.toString();
  if (origin === 'string') return big ? `不能超过${n}字` : bound === 1 ? '不能为空' : `至少${n}字`;
  if (origin === 'array') return big ? `最多${n}项` : `至少${n}项`;
  if (origin === 'number' || origin === 'int' || origin === 'bigint') return big ? `不能大于${n}` : `不能小于${n}`;
  return undefined;
}

/** A nested refinement's own message (e.g. the date rule inside `date: isoDate | ''`) beats "无效输入". */
function firstCustomMessage(errors: unknown): string | undefined {
  if (!Array.isArray(errors)) return undefined;
  for (const branch of errors) {
    if (!Array.isArray(branch)) continue;
    for (const issue of branch as { code?: string; message?: string }[]) {
      if (issue.code === 'custom' && issue.message) return issue.message;
    }
  }
  return undefined;
}

/**
 * Chinese wording for zod's generic issues. Returns undefined to let zod fall back to its own Chinese locale.
 * Schema-level messages (`{ error: '金额不能为负数' }`) take precedence over this map, as zod documents.
 */
/** A choice as the clerk knows it, with the code a report file holds: "内设机构（internal）". */
function valueName(value: unknown): string {
  const code = String(value);
  const label = (ORG_KIND_LABEL as Readonly<Record<string, string>>)[code];
  return label ? `${label}（${code}）` : code;
}

export function chineseIssueMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return '缺少此项';
      return `应为${typeName(issue.expected)}，实际是${typeName(receivedType(issue.input))}`;
    }
    case 'invalid_value':
      if (issue.values.length === 1) return `只能是 ${valueName(issue.values[0])}`;
      return `只能是以下之一：${issue.values.map(valueName).join('、')}`;
    case 'too_big':
      return sizeLimit(issue.origin, issue.maximum, true);
    case 'too_small':
      return sizeLimit(issue.origin, issue.minimum, false);
    case 'invalid_union':
      return firstCustomMessage(issue.errors) ?? '格式不正确';
    case 'invalid_format':
      return '格式不正确';
    case 'unrecognized_keys':
      return `有无法识别的项：${issue.keys.join('、')}`;
    case 'custom':
      return '内容不符合要求';
    default:
      return undefined;
  }
}

const zhCN = z.locales.zhCN();
const zhLocaleError = zhCN.localeError;

// Every schema in the process speaks Chinese: our wording first, then zod's own zh-CN locale.
z.config({
  ...zhCN,
  localeError: (issue) => chineseIssueMessage(issue) ?? zhLocaleError?.(issue),
});

export const MAX_DETAILS = 50;

export interface FormatIssuesOptions {
  /** How to name a path; defaults to describeInputPath (a Report, or an input holding one under `report`). */
  describe?: (path: readonly FieldPathSegment[]) => string;
  /** At most this many lines, then "……另有N处问题". Default 50. */
  max?: number;
}

/**
 * Default namer: a path into a Report, or into an API input that carries one under `report`
 * (['report','projects','items',2,'spentFen'] reads as the report field).
 */
export function describeInputPath(path: readonly FieldPathSegment[]): string {
  const direct = describeFieldDetailed(path);
  if (direct.known || path[0] !== 'report') return direct.text;
  const inner = describeFieldDetailed(path.slice(1));
  return inner.known ? inner.text : direct.text;
}

function plainPath(path: readonly PropertyKey[]): FieldPathSegment[] {
  return path.map((segment) =>
    typeof segment === 'number' || typeof segment === 'string' ? segment : String(segment),
  );
}

interface FieldProblems {
  path: FieldPathSegment[];
  messages: string[];
}

/** One entry per field, in the order zod found them: 1e20 breaks both "integer" and "maximum", one line says both. */
function groupByField(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldProblems[] {
  const byPath = new Map<string, FieldProblems>();
  for (const issue of issues) {
    const path = plainPath(issue.path);
    const key = JSON.stringify(path);
    const entry = byPath.get(key) ?? { path, messages: [] };
    if (!entry.messages.includes(issue.message)) entry.messages.push(issue.message);
    byPath.set(key, entry);
  }
  return [...byPath.values()];
}

/** How many fields have problems (several issues on one field count once, as in formatZodIssues). */
export function countIssueFields(issues: readonly { path: readonly PropertyKey[]; message: string }[]): number {
  return groupByField(issues).length;
}

/** "<where>：<what>", one line per field, capped so a file with 10,000 bad rows still gives a readable answer. */
export function formatZodIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  options: FormatIssuesOptions = {},
): string[] {
  const describe = options.describe ?? describeInputPath;
  const max = Math.max(1, options.max ?? MAX_DETAILS);
  const fields = groupByField(issues);
  const lines = fields.slice(0, max).map((field) => `${describe(field.path)}：${field.messages.join('；')}`);
  if (fields.length > max) lines.push(`……另有${fields.length - max}处问题`);
  return lines;
}

export type ValidateResult =
  | { ok: true; report: Report }
  /** details: at most MAX_DETAILS lines (+ "……另有N处问题"); issueCount: how many fields have problems. */
  | { ok: false; details: string[]; issueCount: number };

/** Checks anything (parsed JSON, API input) against the Report schema; unknown keys are dropped, not copied. */
export function validateReport(data: unknown): ValidateResult {
  const parsed = Report.safeParse(data, { error: chineseIssueMessage });
  if (parsed.success) return { ok: true, report: parsed.data };
  return {
    ok: false,
    details: formatZodIssues(parsed.error.issues),
    issueCount: countIssueFields(parsed.error.issues),
  };
}
