/**
 * Takes a backup of the open database with SQLite's online backup (consistent even while the app runs and
 * including the WAL, unlike copying the file), into a temp name; verifies the copy with integrity_check; only
 * then renames it into place and lets retention delete older ones. A backup killed half-way leaves only a
 * `.partial-` file, which is never listed and is removed next time.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupKind } from '../../../shared/api/backup-api';
import { UserFacingError } from '../../../shared/api/result';
import type { Db } from '../../db/db-handle';
import { backupDirFor } from '../../db/data-location';
import { guardWriteAsync } from '../../db/sqlite-errors';
import { freeBackupName, parseBackupName, PARTIAL_PREFIX } from './backup-names';
import {
  backupInfo,
  fsyncDir,
  fsyncFile,
  parsedBackups,
  removePartials,
  removeQuietly,
  serialized,
} from './backup-files';
import { AUTO_BACKUP_INTERVAL_MS, backupsToDelete, localDayKeys, type DayKeys } from './retention';
import { verifyDatabaseCopy } from './verify-copy';

export interface BackupOptions {
  /** Where backups go; by default the `backups` folder next to the database file. */
  dir?: string;
  now?: () => Date;
  dayKeys?: DayKeys;
}

/** Why a backup is taken; the import service passes 'before-import'. */
export type BackupReason = Exclude<BackupKind, 'before-restore'>;

function dirOf(db: Db, options: BackupOptions): string {
  if (options.dir) return options.dir;
  if (db.memory || db.name === ':memory:' || db.name === '') {
    throw new Error('内存数据库没有备份文件夹，请指定 dir');
  }
  return backupDirFor(db.name);
}

/** Deletes what the retention policy no longer needs. Runs only after a new backup was verified. */
export function pruneBackups(dir: string, keys: DayKeys = localDayKeys): string[] {
  const doomed = backupsToDelete(parsedBackups(dir), keys);
  for (const id of doomed) {
    removeQuietly(path.join(dir, id));
    removeQuietly(path.join(dir, `${id}-wal`));
  }
  return doomed;
}

async function takeBackup(db: Db, dir: string, kind: BackupReason, options: BackupOptions): Promise<BackupInfo> {
  fs.mkdirSync(dir, { recursive: true });
  removePartials(dir);
  const at = (options.now ?? (() => new Date()))();
  const name = freeBackupName(at, kind, new Set(fs.readdirSync(dir)));
  const partial = path.join(dir, `${PARTIAL_PREFIX}${name}`);
  const final = path.join(dir, name);
  try {
    await guardWriteAsync(() => db.backup(partial), '备份未完成');
    verifyDatabaseCopy(partial, '刚生成的备份副本');
    fsyncFile(partial);
    fs.renameSync(partial, final);
    fsyncDir(dir);
  } catch (err) {
    removeQuietly(partial);
    if (err instanceof UserFacingError && err.code === 'bad-backup') {
      throw new UserFacingError(
        'backup-failed',
        `备份未完成：${err.message}。原有备份未受影响。当前数据库可能已损坏，请尽快在“备份与恢复”中从较早的备份恢复`,
      );
    }
    throw err;
  }
  pruneBackups(dir, options.dayKeys);
  const parsed = parseBackupName(name);
  const info = parsed ? backupInfo(dir, parsed) : null;
  if (!info) throw new Error('备份文件写入后无法读取');
  return info;
}

/**
 * A verified backup of `db` now. The import service calls `await backupNow(db, 'before-import')` before it
 * commits anything; a failure (disk full…) throws a UserFacingError and the import should not go ahead.
 */
export function backupNow(db: Db, reason: BackupReason, options: BackupOptions = {}): Promise<BackupInfo> {
  const dir = dirOf(db, options);
  return serialized(dir, () => takeBackup(db, dir, reason, options));
}

/** Takes an automatic backup if the newest one is older than AUTO_BACKUP_INTERVAL_MS (or there is none). */
export function maybeAutoBackup(db: Db, options: BackupOptions = {}): Promise<BackupInfo | null> {
  const dir = dirOf(db, options);
  return serialized(dir, async () => {
    const now = (options.now ?? (() => new Date()))();
    const newest = parsedBackups(dir).find((b) => b.kind === 'auto');
    if (newest && now.getTime() - newest.createdAt.getTime() < AUTO_BACKUP_INTERVAL_MS) return null;
    return takeBackup(db, dir, 'auto', { ...options, now: () => now });
  });
}
