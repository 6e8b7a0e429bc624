// Issue 14: the protective triggers are checked where a file comes in. At start-up dropped or altered ones are
// re-created and every report's audit log says so; a backup or an uploaded file without them is refused; every
// connection runs with trusted_schema=OFF, so a file's triggers cannot call functions it names; migration 40
// upgrades a database that already holds an approval.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseHolder } from '../../electron/db/database-holder';
import { openDatabase, backupPathFor } from '../../electron/db/open-database';
import type { Db } from '../../electron/db/db-handle';
import { chainHead, listAudit, verifyAuditChain } from '../../electron/db/audit-log';
import { GUARD_TRIGGERS, missingOrAlteredGuards } from '../../electron/db/guard-triggers';
import { MIGRATIONS } from '../../electron/db/migrations';
import * as store from '../../electron/db/report-store';
import * as signoff from '../../electron/db/signoff-store';
import { createBackupService } from '../../electron/services/backup/backup-service';
import { rejectedUserFacing, thrownUserFacing } from '../fixtures/user-facing';
import { sampleReport, tempDir } from './temp-db';

const open: { close(): void }[] = [];
afterEach(() => {
  for (const d of open.splice(0)) d.close();
});

async function freshDb(): Promise<{ file: string; db: Db }> {
  const file = path.join(tempDir(), 'selfeval.sqlite');
  const db = await openDatabase(file);
  open.push(db);
  return { file, db };
}

function approvedReport(db: Db): string {
  const { id } = store.createReport(db, { title: '测试报告', report: sampleReport(), summary: '新建' });
  signoff.submitReport(db, id, 1);
  const head = chainHead(db);
  signoff.approveReport(db, id, {
    revision: 1,
    approverName: '李局长',
    approverRole: '局长',
    comment: '同意',
    pdf: new TextEncoder().encode('%PDF-1.7\n%%EOF\n'),
    dataSha256: signoff.sha256Hex(store.requireRow(db, id).data),
    auditSeq: head.seq,
    auditHash: head.hash,
  });
  return id;
}

const triggerNames = (db: Database.Database) =>
  db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'trigger' ORDER BY name")
    .all()
    .map((r) => r.name);

describe('at start-up', () => {
  it("re-creates dropped and weakened triggers, and every report's audit log says so", async () => {
    const { file, db } = await freshDb();
    const id = approvedReport(db);
    db.close();
    const raw = new Database(file);
    raw.exec('DROP TRIGGER approvals_no_update; DROP TRIGGER reports_approve_needs_approval;');
    // A trigger with the right name that no longer guards anything.
    raw.exec('DROP TRIGGER audit_log_no_delete');
    raw.exec('CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log WHEN 0 BEGIN SELECT 1; END');
    expect(missingOrAlteredGuards(raw, 40).sort()).toEqual([
      'approvals_no_update',
      'audit_log_no_delete',
      'reports_approve_needs_approval',
    ]);
    raw.close();

    const reopened = await openDatabase(file);
    open.push(reopened);
    expect(missingOrAlteredGuards(reopened, 40)).toEqual([]);
    expect(() => reopened.exec("UPDATE approvals SET comment = '改过'")).toThrow(/不可修改/);
    const last = listAudit(reopened, id).at(-1);
    expect(last).toMatchObject({ action: 'repair-guards', actor: '绩效自评助手' });
    expect(last?.newValue).toContain('approvals_no_update');
    expect(verifyAuditChain(reopened).ok).toBe(true);
  });

  it('leaves an intact database alone: no audit entry is added', async () => {
    const { file, db } = await freshDb();
    const id = approvedReport(db);
    const before = listAudit(db, id).length;
    db.close();
    const reopened = await openDatabase(file);
    open.push(reopened);
    expect(listAudit(reopened, id)).toHaveLength(before);
  });
});

describe('trusted_schema=OFF', () => {
  it("is set on the app's connection: a trigger in the file cannot call a function of the app", async () => {
    const { db } = await freshDb();
    expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
    let called = 0;
    db.function('app_side_effect', () => ++called);
    db.exec(`CREATE TABLE planted (x INTEGER);
      CREATE TRIGGER planted_calls BEFORE INSERT ON planted BEGIN SELECT app_side_effect(); END;`);
    expect(() => db.exec('INSERT INTO planted VALUES (1)')).toThrow(/unsafe use of app_side_effect/);
    expect(called).toBe(0);
    // The same file on a connection that trusts its schema would have run it.
    const trusting = new Database(db.name);
    open.push(trusting);
    trusting.function('app_side_effect', () => ++called);
    trusting.exec('INSERT INTO planted VALUES (1)');
    expect(called).toBe(1);
  });
});

describe('restoring a backup', () => {
  async function holderWithBackup() {
    const dir = tempDir();
    const holder = await DatabaseHolder.open(path.join(dir, 'selfeval.sqlite'));
    open.push(holder);
    approvedReport(holder.handle);
    const backups = createBackupService({ holder });
    const snap = await backups['backup.create']({});
    return { holder, backups, snapFile: path.join(dir, 'backups', snap.id), snapId: snap.id };
  }

  it('refuses a backup (or an uploaded file) whose triggers were dropped, leaving the database as it was', async () => {
    const { holder, backups, snapFile, snapId } = await holderWithBackup();
    const raw = new Database(snapFile);
    raw.exec('DROP TRIGGER approvals_no_delete; DROP TRIGGER approved_report_no_delete;');
    raw.exec('DELETE FROM approvals');
    raw.close();
    const before = store.listReports(holder.handle).map((r) => r.title);
    const byId = await rejectedUserFacing(Promise.resolve().then(() => backups['backup.restore']({ id: snapId })));
    expect(byId.code).toBe('bad-backup');
    expect(byId.message).toContain('触发器被删除或改动过（approved_report_no_delete、approvals_no_delete）');
    const uploaded = await rejectedUserFacing(
      Promise.resolve().then(() =>
        backups['backup.restoreFile']({ fileName: '别处.sqlite', data: fs.readFileSync(snapFile).toString('base64') }),
      ),
    );
    expect(uploaded.message).toContain('文件“别处.sqlite”中保护签发记录和审计日志的触发器');
    expect(store.listReports(holder.handle).map((r) => r.title)).toEqual(before);
  });

  it('accepts an intact backup; the restored connection runs with trusted_schema=OFF', async () => {
    const { holder, backups, snapId } = await holderWithBackup();
    await backups['backup.restore']({ id: snapId });
    expect(holder.current().pragma('trusted_schema', { simple: true })).toBe(0);
    expect(missingOrAlteredGuards(holder.current(), 40)).toEqual([]);
  });
});

describe('the app path', () => {
  it('refuses to rename a submitted or approved report, in Chinese', async () => {
    const { db } = await freshDb();
    const id = approvedReport(db);
    const e = thrownUserFacing(() => store.renameReport(db, id, '新标题'));
    expect(e.code).toBe('locked');
    expect(e.message).toContain('已签发');
  });

  it('reopening writes its audit entry, which the database requires', async () => {
    const { db } = await freshDb();
    const id = approvedReport(db);
    expect(() => db.prepare("UPDATE reports SET status = 'draft', version = 2 WHERE id = ?").run(id)).toThrow(
      /重新打开/,
    );
    expect(signoff.reopenReport(db, id)).toBe(2);
    expect(listAudit(db, id).at(-1)?.action).toBe('reopen');
  });
});

describe('migration 40 (signoff-guards)', () => {
  it('upgrades a version-30 database holding an approval: columns added empty, triggers replaced, backup kept', async () => {
    const file = path.join(tempDir(), 'selfeval.sqlite');
    const v30 = await openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 30) });
    const { id } = store.createReport(v30, { title: '旧版签发', report: sampleReport(), summary: '新建' });
    const data = store.requireRow(v30, id).data;
    // The approval as the version-30 program wrote it.
    v30
      .prepare(
        `INSERT INTO approvals (report_id, version, revision, approver_name, approver_role, comment, approved_at, data,
           data_sha256, pdf, pdf_sha256) VALUES (?, 1, 1, '李局长', '局长', '', '2025-05-29T00:00:00Z', ?, ?, x'00', ?)`,
      )
      .run(id, data, signoff.sha256Hex(data), 'a'.repeat(64));
    v30.prepare("UPDATE reports SET status = 'approved' WHERE id = ?").run(id);
    expect(triggerNames(v30)).not.toContain('reports_approve_needs_approval');
    v30.close();

    const db = await openDatabase(file);
    open.push(db);
    expect(db.pragma('user_version', { simple: true })).toBe(40);
    expect(fs.existsSync(backupPathFor(file, 30))).toBe(true);
    expect(triggerNames(db)).toEqual(GUARD_TRIGGERS.map((t) => t.name).sort());
    expect(signoff.listApprovals(db, id)).toEqual([
      expect.objectContaining({ version: 1, title: null, auditSeq: null, auditHash: null }),
    ]);
    expect(store.getReport(db, id).status).toBe('approved');
    // The replaced trigger is the stricter one: the title is frozen now.
    expect(() => db.prepare("UPDATE reports SET title = 'x' WHERE id = ?").run(id)).toThrow(/标题不可修改/);
  });
});
