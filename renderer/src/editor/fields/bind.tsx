/**
 * Binds the fields of one object in the report (budget, basic, staffing…) to form inputs: the path, the label
 * from the shared field names and the updater come from one place, so a form line is one call.
 */
import type { ReactNode } from 'react';
import type { FieldPath } from '../state/field-path';
import { setProp } from '../state/immutable';
import type { Recipe } from '../state/updaters';
import type { Codec } from './codecs';
import { CheckField, ValueField } from './FormField';

type Commit<T> = (path: FieldPath, recipe: Recipe<T>) => void;

interface Extras {
  label?: string;
  unit?: string;
  hint?: ReactNode;
  multiline?: boolean;
  wide?: boolean;
  placeholder?: string;
}

type KeysOfType<T, V> = { [K in keyof T]: T[K] extends V ? K : never }[keyof T] & string;

export interface Binder<T> {
  field<F extends keyof T & string>(name: F, codec: Codec<T[F]>, extras?: Extras): ReactNode;
  check<F extends KeysOfType<T, boolean>>(name: F, extras?: { label?: string; hint?: ReactNode }): ReactNode;
}

export function binder<T extends object>(base: FieldPath, value: T, commit: Commit<T>): Binder<T> {
  return {
    field: (name, codec, extras = {}) => (
      <ValueField
        key={name}
        path={[...base, name]}
        value={value[name]}
        codec={codec}
        onCommit={(v) => commit([...base, name], (prev) => setProp(prev, name, v))}
        {...extras}
      />
    ),
    check: (name, extras = {}) => (
      <CheckField
        key={name}
        path={[...base, name]}
        // KeysOfType guarantees a boolean here; TypeScript cannot follow the mapped type back to T[F].
        value={value[name] as boolean}
        onCommit={(v) => commit([...base, name], (prev) => setProp(prev, name, v as T[typeof name]))}
        {...extras}
      />
    ),
  };
}

/** A nested object's binder: commits go through the parent's recipe. */
export function nested<P extends object, K extends keyof P & string>(
  base: FieldPath,
  parent: P,
  key: K,
  commit: Commit<P>,
): Binder<P[K] & object> {
  const child = parent[key] as P[K] & object;
  return binder<P[K] & object>([...base, key], child, (path, recipe) =>
    commit(path, (prev) => setProp(prev, key, recipe(prev[key] as P[K] & object) as P[K])),
  );
}
