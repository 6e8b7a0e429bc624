// The workflow and its guarantees at the database: locked states, frozen approvals (refused by triggers even for
// raw SQL), and the hash-chained audit log detecting edits, deletions and truncation.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/open-database';
import type { Db } from '../../electron/db/db-handle';
import * as store from '../../electron/db/report-store';
import * as signoff from '../../electron/db/signoff-store';
import { chainHead, listAudit, verifyAuditChain } from '../../electron/db/audit-log';
import { guardWrite } from '../../electron/db/sqlite-errors';
import { verifyDatabase } from '../../electron/services/signoff/cross-checks';
import { sampleReport, tempDir } from '../db/temp-db';
import { thrownUserFacing } from '../fixtures/user-facing';

let db: Db;
let file: string;

beforeEach(async () => {
  file = path.join(tempDir(), 'signoff.db');
  db = await openDatabase(file);
});
afterEach(() => db.close());

const FAKE_PDF = new TextEncoder().encode('%PDF-1.7\n% a stand-in for the approved PDF\n%%EOF\n');

function dataHash(id: string): string {
  const row = store.requireRow(db, id);
  return signoff.sha256Hex(row.data);
}

function anchor(): { auditSeq: number; auditHash: string } {
  const head = chainHead(db);
  return { auditSeq: head.seq, auditHash: head.hash };
}

function approve(id: string, revision: number, pdf = FAKE_PDF) {
  return signoff.approveReport(db, id, {
    revision,
    approverName: '李局长',
    approverRole: '局长',
    comment: '同意',
    pdf,
    dataSha256: dataHash(id),
    ...anchor(),
  });
}

/** A report created, edited once, submitted and approved: revision 2, version 1. */
function approvedReport(): string {
  const { id } = store.createReport(db, {
    title: '测试报告',
    report: sampleReport(),
    summary: '新建',
    actor: '王会计',
  });
  const r = store.getReport(db, id).report;
  r.selfName = '本局';
  store.saveReport(db, id, 1, r, { actor: '王会计' });
  signoff.submitReport(db, id, 2, '王会计');
  approve(id, 2);
  return id;
}

describe('the workflow in the database', () => {
  it('locks a submitted report, unlocks it when returned, freezes it when approved, reopens as a new version', () => {
    const { id } = store.createReport(db, { title: '测试报告', report: sampleReport(), summary: '新建' });
    const report = store.getReport(db, id).report;
    signoff.submitReport(db, id, 1);
    expect(store.getReport(db, id).status).toBe('submitted');
    expect(thrownUserFacing(() => store.saveReport(db, id, 1, report)).message).toContain('已送审');

    signoff.returnReport(db, id, '李局长', '附件2偏差原因未填写');
    const returned = store.getReport(db, id);
    expect(returned.status).toBe('returned');
    expect(returned.statusNote).toBe('附件2偏差原因未填写');
    report.selfName = '本局';
    expect(store.saveReport(db, id, 1, report).revision).toBe(2);

    expect(thrownUserFacing(() => approve(id, 2)).message).toContain('“退回”状态的报告不能签发');
    signoff.submitReport(db, id, 2);
    const approval = approve(id, 2);
    expect(approval).toMatchObject({ version: 1, revision: 2, approverName: '李局长', approverRole: '局长' });
    expect(approval.pdfSha256).toBe(signoff.sha256Hex(FAKE_PDF));
    expect(store.getReport(db, id).status).toBe('approved');
    expect(thrownUserFacing(() => store.saveReport(db, id, 2, report)).message).toContain('已签发');

    expect(signoff.reopenReport(db, id)).toBe(2);
    const reopened = store.getReport(db, id);
    expect(reopened).toMatchObject({ status: 'draft', version: 2, revision: 2 });
    report.selfName = '我局';
    // The approved revision is frozen: even a coalescing autosave right after reopening adds a revision.
    expect(store.saveReport(db, id, 2, report, { coalesce: true }).revision).toBe(3);
    expect(store.listRevisions(db, id).map((r) => r.revision)).toEqual([3, 2, 1]);
    expect(store.getRevision(db, id, 2).selfName).toBe('本局');
    expect(signoff.approvedPdf(db, id, 1)).toEqual(FAKE_PDF);
    expect(signoff.listApprovals(db, id)).toHaveLength(1);
  });

  it('refuses an approval for data other than the current revision', () => {
    const { id } = store.createReport(db, { title: '测试报告', report: sampleReport(), summary: '新建' });
    signoff.submitReport(db, id, 1);
    const stale = thrownUserFacing(() =>
      signoff.approveReport(db, id, {
        revision: 1,
        approverName: '李局长',
        approverRole: '',
        comment: '',
        pdf: FAKE_PDF,
        dataSha256: 'f'.repeat(64),
        ...anchor(),
      }),
    );
    expect(stale.code).toBe('conflict');
    expect(thrownUserFacing(() => approve(id, 5)).code).toBe('conflict');
    expect(store.getReport(db, id).status).toBe('submitted');
    expect(signoff.listApprovals(db, id)).toEqual([]);
  });

  it('refuses to submit from a stale revision', () => {
    const { id } = store.createReport(db, { title: '测试报告', report: sampleReport(), summary: '新建' });
    const r = store.getReport(db, id).report;
    store.saveReport(db, id, 1, r);
    expect(thrownUserFacing(() => signoff.submitReport(db, id, 1)).code).toBe('conflict');
  });
});

describe('triggers refuse changes to an approved version, even through raw SQL', () => {
  const raw = () => new Database(file);

  it.each([
    ['editing the approval', "UPDATE approvals SET comment = '改过'"],
    ['replacing the approved PDF', "UPDATE approvals SET pdf = x'00'"],
    ['deleting the approval', 'DELETE FROM approvals'],
    ['editing the approved revision', "UPDATE report_revisions SET data = '{}' WHERE revision = 2"],
    ['deleting the approved revision', 'DELETE FROM report_revisions WHERE revision = 2'],
    ['editing the approved report', "UPDATE reports SET data = json_set(data, '$.selfName', '改过')"],
    ['bumping its revision', 'UPDATE reports SET revision = revision + 1'],
    ['setting it back to draft without a new version', "UPDATE reports SET status = 'draft'"],
    ['deleting the report row', 'DELETE FROM reports'],
  ])('%s fails', (_name, sql) => {
    const id = approvedReport();
    db.close();
    const other = raw();
    const before = other.prepare('SELECT * FROM approvals').all();
    expect(() => other.exec(sql)).toThrow(/已签发|签发记录/);
    expect(other.prepare('SELECT * FROM approvals').all()).toEqual(before);
    expect(other.prepare('SELECT status FROM reports WHERE id = ?').get(id)).toEqual({ status: 'approved' });
    other.close();
    db = new Database(file);
  });

  it('a submitted report cannot be edited through SQL either', () => {
    const { id } = store.createReport(db, { title: '测试报告', report: sampleReport(), summary: '新建' });
    signoff.submitReport(db, id, 1);
    expect(() => db.exec("UPDATE reports SET data = json_set(data, '$.selfName', '改过')")).toThrow(/已送审/);
  });

  it('a refusal by trigger reaches the clerk as a Chinese message', () => {
    approvedReport();
    const e = thrownUserFacing(() => guardWrite(() => db.exec("UPDATE approvals SET comment = '改过'")));
    expect(e.code).toBe('locked');
    expect(e.message).toBe('已签发的版本不可修改，本次修改未保存');
  });
});

describe('the audit log', () => {
  it('records who changed which field, old → new, and every workflow step', () => {
    const id = approvedReport();
    const entries = listAudit(db, id);
    expect(entries.map((e) => [e.action, e.actor])).toEqual([
      ['create', '王会计'],
      ['edit', '王会计'],
      ['submit', '王会计'],
      ['approve', '李局长'],
    ]);
    expect(entries[1]).toMatchObject({
      field: '基本信息「单位自称（我局/我单位）」',
      path: 'selfName',
      oldValue: '我局',
      newValue: '本局',
    });
    expect(entries[3]?.newValue).toContain(signoff.sha256Hex(FAKE_PDF));
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, count: 4 });
  });

  it('keeps long texts as their start and end with their length', () => {
    const { id } = store.createReport(db, { title: '测试报告', report: sampleReport(), summary: '新建' });
    const r = store.getReport(db, id).report;
    r.goals = [{ heading: '', text: '长'.repeat(5000) }];
    store.saveReport(db, id, 1, r);
    const entry = listAudit(db, id).find((e) => e.path === 'goals.0.text');
    expect(entry?.newValue).toMatch(/^长{200}……长{200}（共5000字）$/);
  });

  it('refuses edits and deletions through SQL', () => {
    approvedReport();
    expect(() => db.exec("UPDATE audit_log SET actor = '别人'")).toThrow(/只能追加/);
    expect(() => db.exec('DELETE FROM audit_log')).toThrow(/只能追加/);
  });

  describe('detects tampering by someone who drops the triggers first', () => {
    function tamper(sql: string) {
      approvedReport();
      db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_head_no_delete;');
      expect(verifyAuditChain(db).ok).toBe(true);
      db.exec(sql);
      return verifyAuditChain(db);
    }

    it('an edited entry', () => {
      expect(tamper("UPDATE audit_log SET new_value = '他局' WHERE seq = 2")).toMatchObject({
        ok: false,
        seq: 2,
        problem: '第2条记录的内容被改动过',
      });
    });

    it('an edited entry whose hash was recomputed naively (the next link breaks)', () => {
      expect(tamper("UPDATE audit_log SET hash = printf('%064d', 0) WHERE seq = 2")).toMatchObject({
        ok: false,
        seq: 2,
      });
    });

    it('a deleted entry in the middle', () => {
      expect(tamper('DELETE FROM audit_log WHERE seq = 2')).toMatchObject({ ok: false, seq: 2 });
    });

    it('entries cut from the end', () => {
      const verdict = tamper('DELETE FROM audit_log WHERE seq = 4');
      expect(verdict).toMatchObject({ ok: false, seq: 4 });
      expect(verdict.ok ? '' : verdict.problem).toContain('应有4条，实有3条');
    });

    it('the chain head removed along with the log', () => {
      expect(tamper('DELETE FROM audit_log; DELETE FROM audit_head;').ok).toBe(true);
      // Removing everything, head included, leaves the chain itself nothing to compare against; the approvals
      // still name their audit entries and anchors, so checking the database as a whole reports it.
      const whole = verifyDatabase(db);
      expect(whole.ok).toBe(false);
      expect(whole.problems.join('\n')).toContain('审计日志中没有这次签发（第1版）的记录');
      expect(whole.problems.join('\n')).toContain('审计日志在签发之前的部分被改写或截断');
    });
  });
});
