/** The import preview's list of changes: the generic field diff (model/field-diff.ts), each tagged with its table. */
import { diffFields, formatFieldValue, type FieldDiff } from '../model/field-diff';
import { describeField, type FieldPathSegment } from '../model/field-labels';
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
): void {
  const found: FieldDiff[] = [];
  diffFields(path, before, after, found);
  for (const change of found) {
    out.push({ ...change, table });
    // A new row is listed with every figure and text it brings, not by its name alone.
    const row = Array.isArray(after) ? (after[change.path[change.path.length - 1] as number] as unknown) : undefined;
    if (!change.label.endsWith('（新增）') || row === null || typeof row !== 'object') continue;
    for (const [key, value] of Object.entries(row as Record<string, unknown>)) {
      if (key === 'name' || key === 'label' || value === null || value === '' || typeof value === 'object') continue;
      const p = [...change.path, key];
      out.push({
        path: p,
        label: `${describeField(p)}（新增）`,
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
