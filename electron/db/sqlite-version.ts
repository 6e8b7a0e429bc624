/**
 * SQLite before 3.51.3 has a WAL-reset bug that can corrupt a database under concurrent checkpoints; we run in WAL
 * mode, so an older library (e.g. a mismatched native build) is refused rather than risked.
 */
import { UserFacingError } from '../../shared/api/result';
import type { Db } from './db-handle';

export const MIN_SQLITE_VERSION = '3.51.3';

/** Compares dotted version strings numerically ("3.9.0" < "3.51.3"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function sqliteVersion(db: Db): string {
  const row = db.prepare<[], { v: string }>('SELECT sqlite_version() AS v').get();
  return row?.v ?? '0';
}

export function assertSqliteVersion(db: Db): void {
  const version = sqliteVersion(db);
  if (compareVersions(version, MIN_SQLITE_VERSION) < 0) {
    throw new UserFacingError(
      'sqlite-too-old',
      `程序内置的 SQLite 版本过旧（${version}），至少需要 ${MIN_SQLITE_VERSION}，请安装正式发布的程序版本`,
    );
  }
}
