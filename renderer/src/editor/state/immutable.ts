/** Small immutable helpers: an edit copies only the path it changes, so every untouched row keeps its identity. */

export function replaceAt<T>(list: readonly T[], index: number, value: T): T[] {
  if (list[index] === value) return list as T[];
  const next = list.slice();
  next[index] = value;
  return next;
}

export function updateAt<T>(list: readonly T[], index: number, recipe: (item: T) => T): T[] {
  const item = list[index];
  if (item === undefined) return list as T[];
  return replaceAt(list, index, recipe(item));
}

export function insertAt<T>(list: readonly T[], index: number, ...items: T[]): T[] {
  const next = list.slice();
  next.splice(Math.max(0, Math.min(index, list.length)), 0, ...items);
  return next;
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  if (index < 0 || index >= list.length) return list as T[];
  const next = list.slice();
  next.splice(index, 1);
  return next;
}

/** Moves one item from `from` to `to` (both valid indices); the others keep their order. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return list as T[];
  const next = list.slice();
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** Sets one property, keeping the object when the value is already there (no needless re-render). */
export function setProp<T extends object, K extends keyof T>(obj: T, key: K, value: T[K]): T {
  if (Object.is(obj[key], value)) return obj;
  return { ...obj, [key]: value };
}
