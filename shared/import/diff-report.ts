/** The import preview's list of changes: the generic field diff (model/field-diff.ts), each tagged with its table. */
import { diffFields, type FieldDiff } from '../model/field-diff';
import type { FieldPathSegment } from '../model/field-labels';
import type { TableKind } from './import-context';

export interface FieldChange extends FieldDiff {
  table: TableKind;
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
  for (const change of found) out.push({ ...change, table });
}
