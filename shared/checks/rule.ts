/** How a rule is written: a pure function from the report and its derived figures to findings. */
import type { Report } from '../model/report';
import type { Derived } from '../calc/derive';
import type { RulePack } from './rule-pack';
import type { FieldPath, Finding, Severity } from './finding';

export interface CheckContext {
  report: Report;
  derived: Derived;
  pack: RulePack;
  /** Today's date (YYYY-MM-DD), passed in so checks stay pure and testable. */
  today: string;
}

export type Rule = (ctx: CheckContext) => Finding[];

export function finding(code: string, severity: Severity, message: string, paths: FieldPath[]): Finding {
  const first = paths[0] ?? [];
  return { code, severity, message, paths, key: `${code}@${first.join('.')}` };
}
