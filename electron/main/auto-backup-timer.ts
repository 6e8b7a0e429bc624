/**
 * Automatic backups while the app runs: one shortly after start-up, then a check every half hour (a backup is
 * taken when the newest automatic one is older than AUTO_BACKUP_INTERVAL_MS). A failed backup is shown once per
 * session: it usually means the disk is full or the database is damaged, which the clerk must hear about.
 */
import type { Db } from '../db/db-handle';
import { maybeAutoBackup } from '../services/backup/backup-now';
import { UserFacingError } from '../../shared/api/result';

export const AUTO_BACKUP_CHECK_MS = 30 * 60 * 1000;

export function startAutoBackups(db: Db, onFailure: (message: string) => void): () => void {
  let warned = false;
  const run = () => {
    maybeAutoBackup(db).catch((err: unknown) => {
      // While a restore swaps the file the handle answers db-busy: just try again at the next tick.
      if (err instanceof UserFacingError && err.code === 'db-busy') return;
      console.error('自动备份失败', err);
      if (!warned) {
        warned = true;
        onFailure(err instanceof UserFacingError ? err.message : '自动备份失败：程序内部错误');
      }
    });
  };
  const first = setTimeout(run, 5_000);
  const timer = setInterval(run, AUTO_BACKUP_CHECK_MS);
  // Timers must not keep a quitting app alive.
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
