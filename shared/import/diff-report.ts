/** The import preview's list of changes: the generic field diff (model/field-diff.ts), each tagged with its table. */
import { diffFields, formatFieldValue, type FieldDiff } from '../model/field-diff';
import { describeField, fieldLabel, type FieldPathSegment } from '../model/field-labels';
import type { TableKind } from './import-context';

export interface FieldChange extends FieldDiff {
  table: TableKind;
  /** One figure of a new row, listed under the row's own line (not counted as a change of its own). */
  detail?: true;
}

export function diffValues(
  path: FieldPathSegment[],
  before: unknown,
  after: unknown,
  table: TableKind,
  out: FieldChange[],
  /** New rows' figures are listed only while the list is shorter than this (the preview shows no more). */
  detailLimit = Infinity,
): void {
  const found: FieldDiff[] = [];
  diffFields(path, before, after, found);
  // The name of each field of a new row, looked up once per list and field (a list may bring 10,000 rows).
  const names = new Map<string, string>();
  for (const change of found) {
    out.push({ ...change, table });
    // A new row is listed with every figure and text it brings, not by its name alone.
    const index = change.path[change.path.length - 1];
    const row = Array.isArray(after) && typeof index === 'number' ? (after[index] as unknown) : undefined;
    if (out.length >= detailLimit || !change.label.endsWith('（新增）') || row === null || typeof row !== 'object')
      continue;
    const rowLabel = change.label.slice(0, -'（新增）'.length);
    for (const [key, value] of Object.entries(row as Record<string, unknown>)) {
      if (key === 'name' || key === 'label' || value === null || value === '' || typeof value === 'object') continue;
      const p = [...change.path, key];
      let name = names.get(key);
      if (name === undefined) {
        name = fieldLabel(p);
        names.set(key, name);
      }
      out.push({
        path: p,
        label: `${rowLabel}「${name}」（新增）`,
        oldValue: '（无）',
        newValue: formatFieldValue(p, value),
        table,
        detail: true,
      });
    }
  }
}

/** A row of the report that the workbook does not have. */
export function deletedRow(path: FieldPathSegment[], row: unknown, table: TableKind): FieldChange {
  return {
    path,
    label: `${describeField(path)}（删除）`,
    oldValue: formatFieldValue(path, row),
    newValue: '（无）',
    table,
  };
}
