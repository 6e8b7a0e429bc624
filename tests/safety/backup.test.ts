/**
 * Backups and restores on real files: each backup is an online copy verified with integrity_check before it
 * counts; a damaged database never replaces a good backup; restore verifies, keeps the current file as a
 * before-restore backup, swaps, and the running services see the restored data through the holder.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupApi } from '../../shared/api/backup-api';
import { describeBackupId } from '../../shared/api/backup-label';
import { DatabaseHolder } from '../../electron/db/database-holder';
import { openDatabase } from '../../electron/db/open-database';
import { createReport, listReports, saveReport } from '../../electron/db/report-store';
import { backupNow, maybeAutoBackup } from '../../electron/services/backup/backup-now';
import { listBackups } from '../../electron/services/backup/backup-files';
import { listAudit, verifyAuditChain } from '../../electron/db/audit-log';
import { createBackupService } from '../../electron/services/backup/backup-service';
import { createReportService } from '../../electron/services/report-service';
import { integrityCheck } from '../../electron/services/backup/verify-copy';
import { sampleReport, tempDir } from '../db/temp-db';
import { corruptTablePages } from './storage-helpers';
import { rejectedUserFacing } from '../fixtures/user-facing';

const holders: DatabaseHolder[] = [];
afterEach(() => {
  for (const h of holders.splice(0)) h.close();
});

async function liveHolder(titles: string[]): Promise<{ holder: DatabaseHolder; dir: string; backupDir: string }> {
  const dir = tempDir();
  const holder = await DatabaseHolder.open(path.join(dir, 'selfeval.sqlite'));
  holders.push(holder);
  titles.forEach((title, i) =>
    createReport(holder.handle, { title, report: sampleReport(`单位${i}`), summary: '新建' }),
  );
  return { holder, dir, backupDir: path.join(dir, 'backups') };
}

const titlesOf = (db: Parameters<typeof listReports>[0]) =>
  listReports(db)
    .map((r) => r.title)
    .sort();

describe('backupNow', () => {
  it('writes one verified, self-contained file (no -wal beside it) holding the data as it was', async () => {
    const { holder, backupDir } = await liveHolder(['甲', '乙']);
    const info = await backupNow(holder.handle, 'before-import');
    expect(info.kind).toBe('before-import');
    expect(fs.readdirSync(backupDir)).toEqual([info.id]);
    const copy = new Database(path.join(backupDir, info.id), { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(integrityCheck(copy)).toEqual(['ok']);
    expect(titlesOf(copy)).toEqual(['乙', '甲']);
    copy.close();
  });

  it('includes a save made on the same connection a moment before (online backup reads through the WAL)', async () => {
    const { holder, backupDir } = await liveHolder(['甲']);
    const [first] = listReports(holder.handle);
    const changed = sampleReport('单位0');
    changed.staffing.retired = 77;
    saveReport(holder.handle, first!.id, first!.revision, changed);
    const info = await backupNow(holder.handle, 'manual');
    const copy = new Database(path.join(backupDir, info.id), { readonly: true });
    expect(listReports(copy)[0]?.report?.staffing.retired).toBe(77);
    copy.close();
  });

  it('a half-written copy left by a killed backup is never listed and is removed by the next backup', async () => {
    const { holder, backupDir } = await liveHolder(['甲']);
    fs.mkdirSync(backupDir);
    fs.writeFileSync(path.join(backupDir, '.partial-selfeval-20250101T000000Z-auto.sqlite'), 'half');
    expect(listBackups(backupDir)).toEqual([]);
    await backupNow(holder.handle, 'auto');
    expect(fs.readdirSync(backupDir).filter((n) => n.startsWith('.partial'))).toEqual([]);
  });

  it('a damaged database is not backed up over good backups: the copy fails its check, older backups stay', async () => {
    const { holder, dir, backupDir } = await liveHolder(['甲', '乙', '丙']);
    const good = await backupNow(holder.handle, 'auto');
    const goodBytes = fs.readFileSync(path.join(backupDir, good.id));
    holder.close();
    corruptTablePages(path.join(dir, 'selfeval.sqlite'));
    const damaged = await openDatabase(path.join(dir, 'selfeval.sqlite'));
    const err = await rejectedUserFacing(backupNow(damaged, 'auto'));
    damaged.close();
    expect(err.code).toBe('backup-failed');
    expect(err.message).toContain('原有备份未受影响');
    expect(fs.readdirSync(backupDir)).toEqual([good.id]);
    expect(fs.readFileSync(path.join(backupDir, good.id)).equals(goodBytes)).toBe(true);
  });

  it('maybeAutoBackup takes one only when the newest automatic backup is old enough', async () => {
    const { holder } = await liveHolder(['甲']);
    const t0 = new Date('2025-03-01T08:00:00Z');
    expect(await maybeAutoBackup(holder.handle, { now: () => t0 })).not.toBeNull();
    expect(await maybeAutoBackup(holder.handle, { now: () => new Date(t0.getTime() + 60_000) })).toBeNull();
    expect(await maybeAutoBackup(holder.handle, { now: () => new Date(t0.getTime() + 5 * 3600_000) })).not.toBeNull();
  });

  it('rotates: a month of automatic backups leaves the documented number on disk', async () => {
    const { holder, backupDir } = await liveHolder(['甲']);
    for (let day = 0; day < 40; day++) {
      await backupNow(holder.handle, 'auto', { now: () => new Date(Date.UTC(2025, 0, 1 + day, 4)) });
    }
    const left = listBackups(backupDir);
    // 3 newest (also the 3 newest days) + 4 more days + 4 weeks before those.
    expect(left.length).toBe(11);
    expect(left[0]?.createdAt).toBe('2025-02-09T04:00:00.000Z');
  });
});

describe('the backup service (备份与恢复)', () => {
  it('declares the slice it implements', async () => {
    const { holder } = await liveHolder([]);
    expect(Object.keys(createBackupService({ holder })).sort()).toEqual(Object.keys(backupApi).sort());
  });

  it('creates, lists and exports backups as bytes', async () => {
    const { holder } = await liveHolder(['甲']);
    const service = createBackupService({ holder });
    const created = await service['backup.create']({});
    expect(created.kind).toBe('manual');
    expect(await service['backup.list']({})).toEqual([created]);
    const exported = await service['backup.export']({ id: created.id });
    const bytes = Buffer.from(exported.data, 'base64');
    expect(bytes.subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    expect(bytes.length).toBe(created.sizeBytes);
    expect(exported.fileName).toContain(created.id);
    // Inputs are parsed with the slice's schema: a path is not an id.
    expect(backupApi['backup.export'].input.safeParse({ id: '../selfeval.sqlite' }).success).toBe(false);
  });

  it('restores a backup in place: verified, the current file kept as before-restore, services see the data', async () => {
    const { holder, dir } = await liveHolder(['甲']);
    const reports = createReportService(holder.handle, { appVersion: 'test' });
    const backups = createBackupService({ holder });
    const snapshot = await backups['backup.create']({});
    createReport(holder.handle, { title: '备份之后新建', report: sampleReport('后来'), summary: '新建' });
    expect((await reports['report.list']({})).map((r) => r.title).sort()).toEqual(['备份之后新建', '甲']);

    const result = await backups['backup.restore']({ id: snapshot.id });
    expect(result).toMatchObject({ restoredFrom: snapshot.id, reportCount: 1, keptAs: { kind: 'before-restore' } });
    // The report service built once at start-up, on the holder's handle, now reads the restored file.
    expect((await reports['report.list']({})).map((r) => r.title)).toEqual(['甲']);
    expect(holder.current().pragma('journal_mode', { simple: true })).toBe('wal');
    expect(fs.existsSync(path.join(dir, 'selfeval.sqlite.restoring'))).toBe(false);
    // The report's audit log says so, naming where the later changes went; the chain stays whole.
    const id = (await reports['report.list']({}))[0]?.id ?? '';
    const last = listAudit(holder.handle, id).at(-1);
    expect(last).toMatchObject({ action: 'restore-backup', actor: '本机用户' });
    // Named as a clerk reads them: the time (local, as the page shows it) and the kind, not the file name.
    expect(last?.newValue).toContain(`从备份“${describeBackupId(snapshot.id)}”恢复`);
    expect(last?.newValue).toContain(`另存为“${describeBackupId(result.keptAs!.id)}”`);
    expect(last?.newValue).not.toContain('selfeval-');
    expect(verifyAuditChain(holder.handle).ok).toBe(true);

    // The restore can be undone: the kept file is a backup like any other.
    await backups['backup.restore']({ id: result.keptAs!.id });
    expect((await reports['report.list']({})).map((r) => r.title).sort()).toEqual(['备份之后新建', '甲']);
  });

  it('refuses a damaged backup and leaves the current database exactly as it was', async () => {
    const { holder, dir, backupDir } = await liveHolder(['甲', '乙', '丙']);
    const backups = createBackupService({ holder });
    const snap = await backups['backup.create']({});
    corruptTablePages(path.join(backupDir, snap.id));
    createReport(holder.handle, { title: '丁', report: sampleReport('丁'), summary: '新建' });
    const err = await rejectedUserFacing(Promise.resolve().then(() => backups['backup.restore']({ id: snap.id })));
    expect(err.code).toBe('bad-backup');
    expect(err.message).toMatch(/所选备份.*(损坏|完整性)/);
    expect(titlesOf(holder.handle)).toEqual(['丁', '丙', '乙', '甲']);
    expect(fs.readdirSync(dir).sort()).toEqual([
      'backups',
      'selfeval.sqlite',
      'selfeval.sqlite-shm',
      'selfeval.sqlite-wal',
    ]);
  });

  it('restores from an uploaded file (a backup exported on another PC) and refuses files that are not one', async () => {
    const other = await liveHolder(['来自旧电脑']);
    const exported = await createBackupService({ holder: other.holder })['backup.export']({
      id: (await createBackupService({ holder: other.holder })['backup.create']({})).id,
    });
    const { holder } = await liveHolder(['本机']);
    const backups = createBackupService({ holder });

    for (const [name, data] of [
      ['笔记.txt', Buffer.from('这不是数据库').toString('base64')],
      ['other.sqlite', freshForeignDatabase()],
    ] as const) {
      const err = await rejectedUserFacing(
        Promise.resolve().then(() => backups['backup.restoreFile']({ fileName: name, data })),
      );
      expect(err.message).toContain(`文件“${name}”`);
      expect(titlesOf(holder.handle)).toEqual(['本机']);
    }
    const result = await backups['backup.restoreFile']({ fileName: '旧电脑.sqlite', data: exported.data });
    expect(result.reportCount).toBe(1);
    expect(titlesOf(holder.handle)).toEqual(['来自旧电脑']);
  });

  it('refuses a backup written by a newer version of the program', async () => {
    const { holder } = await liveHolder(['甲']);
    const backups = createBackupService({ holder });
    const snap = await backups['backup.create']({});
    const file = path.join(path.dirname(holder.file), 'backups', snap.id);
    const raw = new Database(file);
    raw.pragma('user_version = 9990');
    raw.close();
    const err = await rejectedUserFacing(Promise.resolve().then(() => backups['backup.restore']({ id: snap.id })));
    expect(err.code).toBe('newer-database');
    expect(err.message).toContain('更新版本');
    expect(titlesOf(holder.handle)).toEqual(['甲']);
  });
});

/** A valid SQLite file of some other program, as base64. */
function freshForeignDatabase(): string {
  const file = path.join(tempDir(), 'foreign.sqlite');
  const db = new Database(file);
  db.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('张三')");
  db.close();
  return fs.readFileSync(file).toString('base64');
}
