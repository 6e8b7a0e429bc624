/**
 * A finding's key ("THREE_PUBLIC_INCREASE@threePublic.changeReason", "#2" added when the same code and field come
 * up twice) identifies a clerk's answer in report.responses. It is an internal code: where a person reads it (the
 * audit log, its CSV) it is named by the field it concerns instead.
 */
import { describeField, type FieldPathSegment } from '../model/field-labels';

/** A key anywhere in a text: CODE@dotted.path, optionally #n. */
export const FINDING_KEY_IN_TEXT = /\b[A-Z][A-Z0-9_]{2,}@[A-Za-z0-9_.]+(?:#\d+)?/g;

export function findingKeyPath(key: string): FieldPathSegment[] | null {
  const m = /^[A-Z][A-Z0-9_]{2,}@([A-Za-z0-9_.]+)(?:#\d+)?$/.exec(key);
  if (!m?.[1]) return null;
  return m[1].split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** "关于“二（三）“三公”经费「变动原因」”的提示", or the key itself when it does not read as one. */
export function findingKeyLabel(key: string): string {
  const path = findingKeyPath(key);
  return path ? `关于“${describeField(path)}”的提示` : key;
}

/** Every finding key in a text replaced by `name(key)` (by default its field-based label). */
export function replaceFindingKeys(text: string, name: (key: string) => string = findingKeyLabel): string {
  return text.replace(FINDING_KEY_IN_TEXT, (key) => name(key));
}
