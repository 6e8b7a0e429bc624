/**
 * The 审核 engine: every rule over one report. 强制 (error) findings block sign-off; 提示 (warning) findings need an
 * explanation or an acknowledgement (kept in report.responses).
 */
import type { Report } from '../model/report';
import { derive } from '../calc/derive';
import type { RulePack } from './rule-pack';
import type { Finding } from './finding';
import type { Rule } from './rule';
import { arithmeticRules } from './rules-arithmetic';
import { executionRules } from './rules-execution';
import { scoreRules } from './rules-score';
import { factRules } from './rules-facts';
import { restatedRules } from './rules-restated';
import { projectTableRules } from './rules-project-table';
import { unnamedRows } from './rules-unnamed';
import { answeredKeys } from './explanations';

export const ALL_RULES: readonly Rule[] = [
  ...arithmeticRules,
  ...executionRules,
  ...scoreRules,
  ...restatedRules,
  ...projectTableRules,
  ...factRules,
  unnamedRows,
];

/** The pack may set a check's level or turn it off ('off'); otherwise the rule's own level stands. */
function withPackSeverity(findings: readonly Finding[], pack: RulePack): Finding[] {
  return findings.flatMap((f) => {
    const level = pack.severities[f.code];
    if (level === undefined) return [f];
    return level === 'off' ? [] : [{ ...f, severity: level }];
  });
}

export function runChecks(report: Report, pack: RulePack, context: { today: string }): Finding[] {
  const ctx = { report, derived: derive(report, pack), pack, today: context.today };
  const findings = withPackSeverity(
    ALL_RULES.flatMap((rule) => rule(ctx)),
    pack,
  );
  // Errors first, then warnings; keys made unique so each finding can carry its own explanation.
  const seen = new Map<string, number>();
  return findings
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
    .map((f) => {
      const n = seen.get(f.key) ?? 0;
      seen.set(f.key, n + 1);
      return n === 0 ? f : { ...f, key: `${f.key}#${n + 1}` };
    });
}

/** Warnings still lacking an acknowledgement or an explanation long enough to count (explanations.ts). */
export function unansweredWarnings(findings: readonly Finding[], report: Report): Finding[] {
  const answered = answeredKeys(report.responses);
  return findings.filter((f) => f.severity === 'warning' && !answered.has(f.key));
}
