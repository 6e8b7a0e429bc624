/**
 * Field-level differences between two versions of a report, for the audit log ("who, when, what field, old → new")
 * and for revision summaries. Lists are compared position by position; a longer or shorter list shows as rows added
 * or removed.
 */
export type Scalar = string | number | boolean | null;

export interface FieldChange {
  path: (string | number)[];
  old: Scalar | undefined;
  new: Scalar | undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function walk(a: unknown, b: unknown, path: (string | number)[], out: FieldChange[]): void {
  if (Array.isArray(a) || Array.isArray(b)) {
    const left = Array.isArray(a) ? a : [];
    const right = Array.isArray(b) ? b : [];
    for (let i = 0; i < Math.max(left.length, right.length); i++) walk(left[i], right[i], [...path, i], out);
    return;
  }
  if (isObject(a) || isObject(b)) {
    const left = isObject(a) ? a : {};
    const right = isObject(b) ? b : {};
    const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
    for (const key of keys) walk(left[key], right[key], [...path, key], out);
    return;
  }
  if (a !== b) out.push({ path, old: a as Scalar | undefined, new: b as Scalar | undefined });
}

export function diffReports(before: unknown, after: unknown): FieldChange[] {
  const out: FieldChange[] = [];
  walk(before, after, [], out);
  return out;
}
