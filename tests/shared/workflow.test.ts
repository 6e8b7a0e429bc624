import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Report } from '../../shared/model/report';
import { allowedActions, isEditable, nextStatus, submissionBlockers } from '../../shared/signoff/workflow';
import { runChecks } from '../../shared/checks/run-checks';
import { HUNAN_DEFAULT } from '../../shared/packs/registry';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/reference-2024.selfeval.json', import.meta.url), 'utf8'));
const reference = () => Report.parse(fixture.report);

describe('sign-off workflow', () => {
  it('walks draft → submitted → returned → submitted → approved → reopened draft', () => {
    const steps: [Parameters<typeof nextStatus>[1], string][] = [
      ['submit', 'submitted'],
      ['return', 'returned'],
      ['submit', 'submitted'],
      ['approve', 'approved'],
      ['reopen', 'draft'],
    ];
    let status: Parameters<typeof nextStatus>[0] = 'draft';
    for (const [action, expected] of steps) {
      const t = nextStatus(status, action);
      expect(t).toEqual({ ok: true, status: expected });
      if (t.ok) status = t.status;
    }
  });

  it('refuses impossible moves with a Chinese reason', () => {
    expect(nextStatus('draft', 'approve')).toEqual({ ok: false, reasons: ['“草稿”状态的报告不能签发'] });
    expect(allowedActions('submitted')).toEqual(['return', 'approve']);
    expect(isEditable('submitted')).toBe(false);
    expect(isEditable('returned')).toBe(true);
  });

  it('lists every 强制 error and every unexplained 提示 as blockers', () => {
    const r = reference();
    const findings = runChecks(r, HUNAN_DEFAULT, { today: '2026-11-26' });
    const blockers = submissionBlockers(findings, r);
    expect(blockers).toHaveLength(7);
    expect(blockers[0]).toMatch(/^［强制］落款日期/);
    for (const f of findings.filter((x) => x.severity === 'warning')) {
      r.responses.push({ key: f.key, explanation: '', acknowledged: true });
    }
    expect(submissionBlockers(findings, r)).toHaveLength(1);
  });
});
