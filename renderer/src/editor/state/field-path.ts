/**
 * Field paths as the checks write them (['projects','items',3,'spentFen']) and as the page marks its inputs
 * (data-field-path="projects.items.3.spentFen"). One spelling, so a finding finds its input.
 */
import type { FieldPath } from '../../../../shared/checks/finding';

export type { FieldPath };

export function pathKey(path: FieldPath): string {
  return path.join('.');
}

export function parsePathKey(key: string): (string | number)[] {
  return key === '' ? [] : key.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export function child(path: FieldPath, ...more: (string | number)[]): FieldPath {
  return [...path, ...more];
}
