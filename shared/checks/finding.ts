/** What a check reports: a stable code, a level, a Chinese message with the figures, and the fields concerned. */

/** 强制: blocks sign-off until fixed. 提示: needs an explanation or an acknowledgement. */
export type Severity = 'error' | 'warning';

export const SEVERITY_LABEL: Record<Severity, string> = { error: '强制', warning: '提示' };

/** A path into the report, as the UI addresses fields: ['projects', 'items', 3, 'spentFen']. */
export type FieldPath = readonly (string | number)[];

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  paths: FieldPath[];
  /** Stable identity of this finding in this report (code + first path), used to keep a clerk's explanation. */
  key: string;
}
