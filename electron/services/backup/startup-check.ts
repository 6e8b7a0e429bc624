/**
 * Start-up gate (reliability.md D6): open the database, run `PRAGMA quick_check`, and say plainly what state it
 * is in. A damaged file is not opened for work: the shell offers to restore the newest backup that passes its
 * own integrity check, keeping the damaged file as a before-restore backup. Refusals that a restore would not
 * fix (a newer program's database, a network folder, a read-only file) are reported as such.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo } from '../../../shared/api/backup-api';
import { UserFacingError } from '../../../shared/api/result';
import { DatabaseHolder } from '../../db/database-holder';
import { backupDirFor } from '../../db/data-location';
import type { OpenDatabaseOptions } from '../../db/open-database';
import { openDatabase } from '../../db/open-database';
import { listBackups } from './backup-files';
import { afterRestore, stageRestore, swapInStaged, type StagedRestore } from './restore';
import { integrityCheck } from './verify-copy';

export type StartupDatabase =
  | { state: 'ready'; holder: DatabaseHolder }
  /** The file is damaged: offer to restore one of `backups` (newest first; empty when there are none). */
  | { state: 'damaged'; message: string; problems: string[]; backups: BackupInfo[] }
  /** Opening was refused for a reason a restore cannot fix; `message` says what to do. */
  | { state: 'refused'; code: string; message: string };

const DAMAGED_CODES = new Set(['bad-database', 'corrupt', 'io-error']);

export interface StartupOptions extends OpenDatabaseOptions {
  backupDir?: string;
}

export async function openAtStartup(file: string, options: StartupOptions = {}): Promise<StartupDatabase> {
  const backupDir = options.backupDir ?? backupDirFor(file);
  const damaged = (message: string, problems: string[] = []): StartupDatabase => ({
    state: 'damaged',
    message,
    problems,
    backups: listBackups(backupDir),
  });
  let holder: DatabaseHolder;
  try {
    holder = await DatabaseHolder.open(file, options);
  } catch (err) {
    if (err instanceof UserFacingError) {
      if (DAMAGED_CODES.has(err.code) && fs.existsSync(file)) return damaged(err.message);
      return { state: 'refused', code: err.code, message: err.message };
    }
    if (err instanceof Database.SqliteError && err.code.startsWith('SQLITE_CORRUPT')) {
      return damaged('数据库文件已损坏，无法打开');
    }
    throw err;
  }
  let problems: string[];
  try {
    problems = integrityCheck(holder.current(), 'quick_check');
  } catch (err) {
    problems = [err instanceof Error ? err.message : String(err)];
  }
  if (problems.length === 1 && problems[0] === 'ok') return { state: 'ready', holder };
  holder.close();
  return damaged('启动检查发现数据库文件已损坏（快速完整性检查未通过）', problems.slice(0, 10));
}

export interface StartupRestore {
  restoredFrom: BackupInfo;
  keptAs: BackupInfo | null;
  /** Newer backups that were skipped because they did not pass their own check. */
  skipped: { id: string; reason: string }[];
}

/**
 * With the database closed: restores `id`, or else the newest backup that verifies, and proves the result opens.
 * The damaged file is kept as a before-restore backup. Throws when no backup can be used.
 */
export async function restoreAtStartup(
  file: string,
  options: StartupOptions & { id?: string } = {},
): Promise<StartupRestore> {
  const backupDir = options.backupDir ?? backupDirFor(file);
  const candidates = listBackups(backupDir).filter((b) =>
    options.id ? b.id === options.id : b.kind !== 'before-restore',
  );
  const skipped: { id: string; reason: string }[] = [];
  for (const backup of candidates) {
    let staged: StagedRestore;
    try {
      staged = stageRestore({ file: path.join(backupDir, backup.id) }, file, `备份“${backup.id}”`);
    } catch (err) {
      if (!(err instanceof UserFacingError)) throw err;
      skipped.push({ id: backup.id, reason: err.message });
      continue;
    }
    const swapped = swapInStaged(file, staged.staged, backupDir);
    try {
      const db = await openDatabase(file, options);
      db.close();
    } catch (err) {
      swapped.undo();
      throw err;
    }
    afterRestore(backupDir);
    return { restoredFrom: backup, keptAs: swapped.keptAs, skipped };
  }
  const why = skipped.length > 0 ? `（${skipped.length}个备份均未通过检查）` : '（没有找到任何备份）';
  throw new UserFacingError('no-backup', `没有可用于恢复的备份${why}。损坏的数据库文件未作修改，请联系技术支持`);
}
