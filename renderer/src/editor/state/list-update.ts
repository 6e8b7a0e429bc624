/** Turns a section's updater into the list updater a Grid or a NarrativeEditor takes, for one list in the section. */
import { useCallback } from 'react';
import type { ListUpdate } from '../grid/Grid';
import type { FieldPath } from './field-path';
import type { Recipe, UpdateOptions } from './updaters';

export interface ListLens<V, Row> {
  get: (value: V) => readonly Row[];
  set: (value: V, rows: readonly Row[]) => V;
}

/** The section's value is the list itself (duties, goals, problems…). */
export function selfLens<Row>(): ListLens<Row[], Row> {
  return { get: (value) => value, set: (_value, rows) => [...rows] };
}

/** `lens` must be stable (module-level), so the returned function is too and rows stay memoised. */
export function useListUpdate<V, Row>(
  update: (path: FieldPath, recipe: Recipe<V>, options?: UpdateOptions) => void,
  lens: ListLens<V, Row>,
): ListUpdate<Row> {
  return useCallback(
    (path, recipe, options) =>
      update(
        path,
        (value) => {
          const before = lens.get(value);
          const after = recipe(before);
          return after === before ? value : lens.set(value, after);
        },
        options,
      ),
    [update, lens],
  );
}
