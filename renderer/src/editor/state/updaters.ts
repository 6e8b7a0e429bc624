/**
 * The typed updaters handed to the section components: a section gets its own slice of the report and a function
 * that changes only that slice, naming the field it changes (for undo, and to take the clerk back to it).
 */
import type { Dispatch } from 'react';
import type { Report } from '../../../../shared/model/report';
import type { EditorAction } from './editor-reducer';
import { pathKey, type FieldPath } from './field-path';

export type Recipe<T> = (prev: T) => T;

export interface UpdateOptions {
  /**
   * true (default): typing on in the same field folds into one undo step. false for structural changes (a row
   * added, moved or deleted, a block pasted), which are always their own step.
   */
  merge?: boolean;
}

export type SectionUpdate<K extends keyof Report> = (
  path: FieldPath,
  recipe: Recipe<Report[K]>,
  options?: UpdateOptions,
) => void;

export type UpdaterFor = <K extends keyof Report>(key: K) => SectionUpdate<K>;

/** Returns the same function for the same key every time, so memoised rows are not re-rendered by a new prop. */
export function makeUpdaterFor(dispatch: Dispatch<EditorAction>): UpdaterFor {
  const cache = new Map<keyof Report, unknown>();
  return <K extends keyof Report>(key: K): SectionUpdate<K> => {
    const cached = cache.get(key);
    if (cached) return cached as SectionUpdate<K>;
    const update: SectionUpdate<K> = (path, recipe, options = {}) => {
      const where = pathKey(path);
      dispatch({
        type: 'edit',
        path: where,
        ...(options.merge === false ? {} : { mergeKey: where }),
        at: Date.now(),
        recipe: (report) => {
          const before = report[key];
          const after = recipe(before);
          return Object.is(before, after) ? report : { ...report, [key]: after };
        },
      });
    };
    cache.set(key, update);
    return update;
  };
}
