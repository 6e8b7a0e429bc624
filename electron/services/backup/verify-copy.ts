/**
 * Proves that a copy of the database is whole before it is trusted: a backup before it may replace an older one,
 * a backup or an uploaded file before it may replace the live database. The copy is ours alone (a temp file),
 * so it is switched to journal_mode=DELETE: a backup is then one self-contained file, with no -wal beside it.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { UserFacingError } from '../../../shared/api/result';
import type { Db } from '../../db/db-handle';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { missingOrAlteredGuards } from '../../db/guard-triggers';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export interface VerifiedCopy {
  schemaVersion: number;
  reportCount: number;
}

function readMagic(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(SQLITE_MAGIC.length);
    fs.readSync(fd, buf, 0, buf.length, 0);
    return buf;
  } finally {
    fs.closeSync(fd);
  }
}

/** `integrity_check` result lines; ['ok'] when the file is sound. */
export function integrityCheck(db: Db, pragma: 'integrity_check' | 'quick_check' = 'integrity_check'): string[] {
  return db
    .prepare<[], Record<string, string>>(`PRAGMA ${pragma}`)
    .all()
    .map((row) => String(Object.values(row)[0]));
}

export function foreignKeyProblems(db: Db): number {
  return db.prepare('PRAGMA foreign_key_check').all().length;
}

/**
 * Checks `file` (a private copy) and makes it self-contained. `what` names it in messages ("备份副本", "所选文件").
 * Throws a UserFacingError saying what is wrong; the caller deletes the copy.
 */
export function verifyDatabaseCopy(file: string, what: string): VerifiedCopy {
  if (!readMagic(file).equals(SQLITE_MAGIC)) {
    throw new UserFacingError('bad-backup', `${what}不是本程序的数据库备份（文件格式不对）`);
  }
  let db: Db;
  try {
    db = new Database(file, { fileMustExist: true });
  } catch {
    throw new UserFacingError('bad-backup', `${what}无法打开，不是有效的数据库文件`);
  }
  try {
    let problems: string[];
    try {
      // A file from elsewhere: its triggers and views must not run functions it names.
      db.pragma('trusted_schema = OFF');
      db.pragma('journal_mode = DELETE');
      problems = integrityCheck(db);
    } catch {
      throw new UserFacingError('bad-backup', `${what}已损坏，无法读取`);
    }
    if (problems.length !== 1 || problems[0] !== 'ok') {
      throw new UserFacingError('bad-backup', `${what}未通过完整性检查（${problems.slice(0, 3).join('；')}），已损坏`);
    }
    if (foreignKeyProblems(db) > 0) {
      throw new UserFacingError('bad-backup', `${what}中的修订记录与报告对应不上，已损坏`);
    }
    const schemaVersion = Number(db.pragma('user_version', { simple: true }));
    if (schemaVersion > LATEST_SCHEMA_VERSION) {
      throw new UserFacingError(
        'newer-database',
        `${what}由更新版本的绩效自评助手创建（数据库版本${schemaVersion}，本程序只支持到${LATEST_SCHEMA_VERSION}），请升级程序后再恢复`,
      );
    }
    const hasReports = db
      .prepare<[], { n: number }>("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name = 'reports'")
      .get();
    if (schemaVersion === 0 || !hasReports || hasReports.n === 0) {
      throw new UserFacingError('bad-backup', `${what}不是绩效自评助手的数据库`);
    }
    const guards = missingOrAlteredGuards(db, schemaVersion);
    if (guards.length > 0) {
      throw new UserFacingError(
        'bad-backup',
        `${what}中保护签发记录和审计日志的触发器被删除或改动过（${guards.join('、')}），可能被其他工具改过，拒绝恢复`,
      );
    }
    const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM reports WHERE deleted_at IS NULL').get();
    return { schemaVersion, reportCount: count?.n ?? 0 };
  } finally {
    db.close();
  }
}
