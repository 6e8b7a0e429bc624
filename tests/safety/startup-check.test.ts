/**
 * The start-up gate: quick_check on every start; a damaged file is reported with the backups that could replace
 * it, and restoring picks the newest backup that passes its own check; refusals a restore cannot fix are
 * reported as refusals and leave the file untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseHolder } from '../../electron/db/database-holder';
import { createReport, listReports } from '../../electron/db/report-store';
import { backupNow } from '../../electron/services/backup/backup-now';
import { openAtStartup, restoreAtStartup } from '../../electron/services/backup/startup-check';
import { sampleReport, tempDir } from '../db/temp-db';
import { corruptTablePages } from './storage-helpers';

async function databaseWithBackups(): Promise<{
  file: string;
  backupDir: string;
  newestGood: string;
  damagedBackup: string;
}> {
  const dir = tempDir();
  const file = path.join(dir, 'selfeval.sqlite');
  const holder = await DatabaseHolder.open(file);
  createReport(holder.handle, { title: '第一份', report: sampleReport('甲'), summary: '新建' });
  const older = await backupNow(holder.handle, 'auto', { now: () => new Date('2025-03-01T08:00:00Z') });
  createReport(holder.handle, { title: '第二份', report: sampleReport('乙'), summary: '新建' });
  const newer = await backupNow(holder.handle, 'auto', { now: () => new Date('2025-03-02T08:00:00Z') });
  createReport(holder.handle, { title: '第三份', report: sampleReport('丙'), summary: '新建' });
  holder.close();
  void older;
  const backupDir = path.join(dir, 'backups');
  // The newest backup is itself damaged (say, a bad sector): restore must skip it.
  const damagedBackup = (
    await (async () => {
      const h = await DatabaseHolder.open(file);
      const b = await backupNow(h.handle, 'manual', { now: () => new Date('2025-03-03T08:00:00Z') });
      h.close();
      return b;
    })()
  ).id;
  corruptTablePages(path.join(backupDir, damagedBackup));
  return { file, backupDir, newestGood: newer.id, damagedBackup };
}

describe('openAtStartup', () => {
  it('a sound database is ready', async () => {
    const { file } = await databaseWithBackups();
    const status = await openAtStartup(file);
    expect(status.state).toBe('ready');
    if (status.state === 'ready') status.holder.close();
  });

  it('a damaged database is reported as damaged, with the backups to offer, and is not opened for work', async () => {
    const { file, newestGood } = await databaseWithBackups();
    corruptTablePages(file);
    const status = await openAtStartup(file);
    expect(status.state).toBe('damaged');
    if (status.state !== 'damaged') return;
    expect(status.message).toMatch(/损坏/);
    expect(status.backups.map((b) => b.id)).toContain(newestGood);
  });

  it('restoring takes the newest backup that passes its check, keeps the damaged file, and then opens', async () => {
    const { file, backupDir, newestGood, damagedBackup } = await databaseWithBackups();
    corruptTablePages(file);
    const damagedBytes = fs.readFileSync(file);
    const restored = await restoreAtStartup(file);
    expect(restored.restoredFrom.id).toBe(newestGood);
    expect(restored.skipped.map((s) => s.id)).toEqual([damagedBackup]);
    expect(restored.keptAs?.kind).toBe('before-restore');
    expect(fs.readFileSync(path.join(backupDir, restored.keptAs!.id)).equals(damagedBytes)).toBe(true);

    const status = await openAtStartup(file);
    expect(status.state).toBe('ready');
    if (status.state !== 'ready') return;
    expect(
      listReports(status.holder.handle)
        .map((r) => r.title)
        .sort(),
    ).toEqual(['第一份', '第二份']);
    status.holder.close();
  });

  it('with no usable backup, restoring says so and leaves the damaged file in place', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'selfeval.sqlite');
    const holder = await DatabaseHolder.open(file);
    createReport(holder.handle, { title: '唯一', report: sampleReport(), summary: '新建' });
    holder.close();
    corruptTablePages(file);
    const before = fs.readFileSync(file);
    await expect(restoreAtStartup(file)).rejects.toThrow(/没有可用于恢复的备份/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('a database from a newer version is refused (not "damaged"), untouched', async () => {
    const file = path.join(tempDir(), 'selfeval.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x INTEGER)');
    raw.pragma('user_version = 9990');
    raw.close();
    const before = fs.readFileSync(file);
    const status = await openAtStartup(file);
    expect(status).toMatchObject({ state: 'refused', code: 'newer-database' });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
