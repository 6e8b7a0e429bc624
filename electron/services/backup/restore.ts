/**
 * Restoring a backup, in two halves so that nothing live is touched until the backup is proven whole:
 *  1. stage: copy the backup (or uploaded bytes) next to the database as `<db>.restoring` and verify it;
 *  2. swap (database closed): move the current file into the backups folder as a `before-restore` backup — the
 *     restore's undo, kept even if the current file is damaged — and rename the staged copy into place.
 * Renames within one folder tree are atomic, so a crash leaves either the old or the new database, never a mix.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../../shared/api/backup-api';
import { UserFacingError } from '../../../shared/api/result';
import { storageErrorToUser } from '../../db/sqlite-errors';
import { freeBackupName, parseBackupName } from './backup-names';
import { backupInfo, fsyncDir, fsyncFile, parsedBackups, removeQuietly } from './backup-files';
import { pruneBackups } from './backup-now';
import { verifyDatabaseCopy, type VerifiedCopy } from './verify-copy';

export interface StagedRestore extends VerifiedCopy {
  staged: string;
}

export const STAGED_SUFFIX = '.restoring';

/** Copies the source beside the database and verifies the copy. Throws (and cleans up) if it is not sound. */
export function stageRestore(
  source: { file: string } | { bytes: Buffer },
  dbFile: string,
  what: string,
): StagedRestore {
  const staged = `${dbFile}${STAGED_SUFFIX}`;
  removeQuietly(staged);
  removeQuietly(`${staged}-journal`);
  try {
    if ('file' in source) fs.copyFileSync(source.file, staged);
    else fs.writeFileSync(staged, source.bytes);
    const verified = verifyDatabaseCopy(staged, what);
    fsyncFile(staged);
    return { staged, ...verified };
  } catch (err) {
    removeQuietly(staged);
    removeQuietly(`${staged}-journal`);
    throw storageErrorToUser(err, '恢复未完成，当前数据未作任何修改') ?? err;
  }
}

function moveFile(from: string, to: string): void {
  try {
    fs.renameSync(from, to);
  } catch (err) {
    // A backups folder on another drive (a junction, a mount): copy, then remove.
    if (typeof err === 'object' && err !== null && 'code' in err && err.code === 'EXDEV') {
      fs.copyFileSync(from, to);
      fs.rmSync(from);
      return;
    }
    throw err;
  }
}

export interface SwappedIn {
  keptAs: BackupInfo | null;
  /** Puts the previous database back (used when the restored file will not open). */
  undo(): void;
}

/** With the database closed: keeps the current file as a before-restore backup and moves the staged copy in. */
export function swapInStaged(dbFile: string, staged: string, backupDir: string, now: Date = new Date()): SwappedIn {
  fs.mkdirSync(backupDir, { recursive: true });
  let keptPath: string | null = null;
  let keptAs: BackupInfo | null = null;
  try {
    if (fs.existsSync(dbFile)) {
      const name = freeBackupName(now, 'before-restore', new Set(fs.readdirSync(backupDir)));
      keptPath = path.join(backupDir, name);
      moveFile(dbFile, keptPath);
      // A -wal left by a crash belongs to the kept file: it travels with it (SQLite finds it by name).
      if (fs.existsSync(`${dbFile}-wal`)) moveFile(`${dbFile}-wal`, `${keptPath}-wal`);
      removeQuietly(`${dbFile}-shm`);
      fsyncDir(backupDir);
      const parsed = parseBackupName(name);
      keptAs = parsed ? backupInfo(backupDir, parsed) : null;
    }
    fs.renameSync(staged, dbFile);
    fsyncDir(path.dirname(dbFile));
  } catch (err) {
    // Put the original back if it was moved and the staged copy did not make it in.
    if (keptPath && !fs.existsSync(dbFile)) {
      moveFile(keptPath, dbFile);
      if (fs.existsSync(`${keptPath}-wal`)) moveFile(`${keptPath}-wal`, `${dbFile}-wal`);
    }
    removeQuietly(staged);
    throw storageErrorToUser(err, '恢复未完成，当前数据未作任何修改') ?? err;
  }
  const kept = keptPath;
  return {
    keptAs,
    undo() {
      removeQuietly(`${dbFile}-wal`);
      removeQuietly(`${dbFile}-shm`);
      if (kept) {
        moveFile(kept, dbFile);
        if (fs.existsSync(`${kept}-wal`)) moveFile(`${kept}-wal`, `${dbFile}-wal`);
      } else {
        removeQuietly(dbFile);
      }
    },
  };
}

/** After a successful restore: keeps the number of before-restore copies within the retention limit. */
export function afterRestore(backupDir: string): void {
  if (parsedBackups(backupDir).length > 0) pruneBackups(backupDir);
}

export function refuseMissingBackup(id: string): never {
  throw new UserFacingError('not-found', `找不到备份“${id}”，可能已被自动清理，请刷新列表`);
}
