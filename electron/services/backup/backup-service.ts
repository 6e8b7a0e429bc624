/**
 * The backend of the 备份与恢复 page (shared/api/backup-api.ts). It works through a DatabaseHolder because a
 * restore swaps the database file: the holder closes the connection, this service swaps the files, the holder
 * opens the restored file (migrating it if it is older) — or puts the previous one back if it will not open.
 */
import fs from 'node:fs';
import type { SliceHandlers } from '../../../shared/api/contract';
import type { BackupApi, BackupInfo } from '../../../shared/api/backup-api';
import { MAX_BACKUP_BYTES } from '../../../shared/api/backup-api';
import { describeBackupId } from '../../../shared/api/backup-label';
import { UserFacingError } from '../../../shared/api/result';
import type { DatabaseHolder } from '../../db/database-holder';
import type { Db } from '../../db/db-handle';
import { appendAudit } from '../../db/audit-log';
import { DEFAULT_ACTOR } from '../../db/report-store';
import { backupDirFor } from '../../db/data-location';
import { backupPath, listBackups, serialized } from './backup-files';
import { backupNow } from './backup-now';
import { loadInstalledPacks } from '../settings/settings-service';
import { afterRestore, refuseMissingBackup, stageRestore, swapInStaged, type StagedRestore } from './restore';

export interface BackupServiceDeps {
  holder: DatabaseHolder;
  /** Defaults to the `backups` folder next to the database. */
  backupDir?: string;
  now?: () => Date;
  /** Who the audit log names for a restore. */
  actor?: string;
}

/**
 * Each report's audit log says that the database was restored: the changes made after that backup are not in
 * this file (they are in the copy kept of the replaced database), and an auditor must be able to see why.
 */
function recordRestore(db: Db, restoredFrom: string, keptAs: string | null, actor: string): void {
  const ids = db.prepare<[], { id: string }>('SELECT id FROM reports').all();
  const told = (id: string) => describeBackupId(id) ?? id;
  const note = `从备份“${told(restoredFrom)}”恢复；此后的修改不在本库中${keptAs ? `（被替换的数据库已另存为“${told(keptAs)}”）` : ''}`;
  const at = new Date().toISOString();
  db.transaction(() => {
    for (const { id } of ids) {
      appendAudit(db, id, actor, at, [
        { action: 'restore-backup', field: '数据库', path: '', oldValue: '', newValue: note },
      ]);
    }
  }).immediate();
}

export function createBackupService(deps: BackupServiceDeps): SliceHandlers<BackupApi> {
  const { holder } = deps;
  const dir = deps.backupDir ?? backupDirFor(holder.file);
  const now = deps.now ?? (() => new Date());

  function existing(id: string): string {
    const file = backupPath(dir, id);
    if (!file || !fs.existsSync(file)) refuseMissingBackup(id);
    return file;
  }

  /** Swaps a verified staged copy in through the holder; the result names what the clerk got back. */
  async function swapIn(staged: StagedRestore, restoredFrom: string) {
    let keptAs: BackupInfo | null = null;
    try {
      await holder.replaceFile((file) => {
        const swapped = swapInStaged(file, staged.staged, dir, now());
        keptAs = swapped.keptAs;
        return Promise.resolve({ undo: () => swapped.undo() });
      });
    } catch (err) {
      fs.rmSync(staged.staged, { force: true });
      throw err;
    }
    afterRestore(dir);
    // The restored file carries its own imported rule packs.
    loadInstalledPacks(holder.handle);
    recordRestore(holder.handle, restoredFrom, (keptAs as BackupInfo | null)?.id ?? null, deps.actor ?? DEFAULT_ACTOR);
    return { restoredFrom, keptAs, reportCount: staged.reportCount };
  }

  return {
    'backup.list': () => listBackups(dir),

    // The forwarding handle: if a restore is queued ahead of this backup, the backup reads the restored file.
    'backup.create': () => backupNow(holder.handle, 'manual', { dir, now }),

    // Restores run in the same queue as backups: an automatic backup never reads a file being swapped.
    'backup.restore': ({ id }) =>
      serialized(dir, async () => {
        const staged = stageRestore({ file: existing(id) }, holder.file, '所选备份');
        return swapIn(staged, id);
      }),

    'backup.restoreFile': ({ fileName, data }) =>
      serialized(dir, async () => {
        const bytes = Buffer.from(data, 'base64');
        if (bytes.length === 0) throw new UserFacingError('bad-backup', `文件“${fileName}”是空的`);
        if (bytes.length > MAX_BACKUP_BYTES) {
          throw new UserFacingError('bad-backup', `文件“${fileName}”过大，不是本程序的备份`);
        }
        const staged = stageRestore({ bytes }, holder.file, `文件“${fileName}”`);
        return swapIn(staged, fileName);
      }),

    'backup.export': ({ id }) => {
      const file = existing(id);
      return { fileName: `绩效自评助手-${id}`, data: fs.readFileSync(file).toString('base64') };
    },
  };
}
