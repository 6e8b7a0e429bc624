/**
 * The shared checks run in the page on the live report, so findings follow the clerk's typing. runChecks is pure
 * and fast; the editor still hands it the deferred copy of the report, so a keystroke is painted first.
 */
import { useMemo } from 'react';
import type { Report } from '../../../../shared/model/report';
import type { Finding } from '../../../../shared/checks/finding';
import { rulePackFor } from '../../../../shared/packs/registry';
import { runChecks } from '../../../../shared/checks/run-checks';

/** Today in the clerk's time zone (YYYY-MM-DD), as the date checks expect. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface LiveChecks {
  findings: Finding[];
  /** Keys of 提示 findings the clerk has explained or acknowledged. */
  answered: ReadonlySet<string>;
}

export function answeredKeys(report: Report): Set<string> {
  return new Set(report.responses.filter((r) => r.acknowledged || r.explanation.trim()).map((r) => r.key));
}

/** `report` should be a deferred value (useDeferredValue): the checks then run after the keystroke is painted. */
export function useLiveChecks(report: Report): LiveChecks {
  const today = useMemo(() => localToday(), []);
  return useMemo(() => {
    const pack = rulePackFor(report.rulePackId);
    return { findings: runChecks(report, pack, { today }), answered: answeredKeys(report) };
  }, [report, today]);
}
