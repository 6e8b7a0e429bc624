/**
 * What the clerk sees at start-up when the database is not fine: a damaged file → an offer to restore the newest
 * backup (accepted → restored and opened; declined → the app quits, file untouched); a refusal → one clear error.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Dialog } from 'electron';
import { describe, expect, it } from 'vitest';
import { DatabaseHolder } from '../../electron/db/database-holder';
import { createReport, listReports } from '../../electron/db/report-store';
import { openDatabaseAtStartup } from '../../electron/main/database-startup';
import { backupNow } from '../../electron/services/backup/backup-now';
import { sampleReport, tempDir } from '../db/temp-db';
import { corruptTablePages } from '../safety/storage-helpers';

function fakeDialogs(responses: number[]) {
  const seen = { boxes: [] as { title?: string; message: string; buttons?: string[] }[], errors: [] as string[] };
  const dialog = {
    showMessageBox(options: { title?: string; message: string; buttons?: string[] }) {
      seen.boxes.push(options);
      return Promise.resolve({ response: responses.shift() ?? 0, checkboxChecked: false });
    },
    showErrorBox(title: string, content: string) {
      seen.errors.push(`${title}：${content}`);
    },
  } as unknown as Pick<Dialog, 'showMessageBox' | 'showErrorBox'>;
  return { dialog, seen };
}

async function damagedWithBackup(): Promise<string> {
  const file = path.join(tempDir(), 'selfeval.sqlite');
  const h = await DatabaseHolder.open(file);
  createReport(h.handle, { title: '备份里的报告', report: sampleReport(), summary: '新建' });
  await backupNow(h.handle, 'auto');
  h.close();
  corruptTablePages(file);
  return file;
}

describe('openDatabaseAtStartup', () => {
  it('a sound database opens without any dialog', async () => {
    const { dialog, seen } = fakeDialogs([]);
    const holder = await openDatabaseAtStartup(path.join(tempDir(), 'new.sqlite'), dialog);
    expect(holder).not.toBeNull();
    expect(seen).toEqual({ boxes: [], errors: [] });
    holder?.close();
  });

  it('a damaged database: the clerk accepts the restore, the backup comes back and opens', async () => {
    const file = await damagedWithBackup();
    const { dialog, seen } = fakeDialogs([0, 0]);
    const holder = await openDatabaseAtStartup(file, dialog);
    expect(seen.boxes[0]).toMatchObject({ title: '数据库检查未通过', buttons: ['从最近的备份恢复', '退出'] });
    expect(seen.boxes[1]?.title).toBe('已恢复');
    expect(holder).not.toBeNull();
    expect(listReports(holder!.handle).map((r) => r.title)).toEqual(['备份里的报告']);
    holder?.close();
  });

  it('a damaged database: the clerk declines, the app quits and the file is untouched', async () => {
    const file = await damagedWithBackup();
    const before = fs.readFileSync(file);
    const { dialog } = fakeDialogs([1]);
    expect(await openDatabaseAtStartup(file, dialog)).toBeNull();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it("a newer version's database: one clear error, no restore offered, file untouched", async () => {
    const file = path.join(tempDir(), 'selfeval.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE t (x INTEGER)');
    raw.pragma('user_version = 9990');
    raw.close();
    const before = fs.readFileSync(file);
    const { dialog, seen } = fakeDialogs([]);
    expect(await openDatabaseAtStartup(file, dialog)).toBeNull();
    expect(seen.boxes).toEqual([]);
    expect(seen.errors).toHaveLength(1);
    expect(seen.errors[0]).toContain('更新版本');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
