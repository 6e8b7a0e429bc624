/**
 * Opens the app's database file: refuses a network folder and a read-only file before SQLite touches anything,
 * checks the SQLite library and the schema version before writing anything, sets the pragmas, backs the file up,
 * then runs pending migrations, each in its own transaction.
 */
import Database from 'better-sqlite3';
import { UserFacingError } from '../../shared/api/result';
import type { Db } from './db-handle';
import { assertSqliteVersion } from './sqlite-version';
import { MIGRATIONS, type Migration } from './migrations';
import { assertWritableDatabaseFile } from './file-access';
import { assertLocalDatabasePath, type PathProbe } from './network-path';
import { storageErrorToUser } from './sqlite-errors';
import { missingOrAlteredGuards, recreateGuards } from './guard-triggers';
import { appendAudit } from './audit-log';
import { signoffGuards } from './migrations/0040-signoff-guards';

export type { Db } from './db-handle';

export interface OpenDatabaseOptions {
  /** Tests pass extra migrations to exercise the upgrade path; the app uses the bundled list. */
  migrations?: readonly Migration[];
  busyTimeoutMs?: number;
  /** Tests fake the platform and mount table to exercise the network-folder refusal. */
  pathProbe?: PathProbe;
}

/** Where the copy taken before migrating a database at `fromVersion` goes: next to the file itself. */
export function backupPathFor(file: string, fromVersion: number): string {
  return `${file}.before-migration-${fromVersion}.bak`;
}

export async function openDatabase(file: string, options: OpenDatabaseOptions = {}): Promise<Db> {
  const migrations = options.migrations ?? MIGRATIONS;
  assertAscending(migrations);
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  if (file !== ':memory:') {
    assertLocalDatabasePath(file, options.pathProbe);
    assertWritableDatabaseFile(file);
  }
  let db: Db;
  try {
    db = new Database(file, { timeout: options.busyTimeoutMs ?? 5_000 });
  } catch (err) {
    throw storageErrorToUser(err, '数据库未能打开') ?? err;
  }
  try {
    // Before anything reads the schema: a file from elsewhere must not run its own functions in triggers or views.
    db.pragma('trusted_schema = OFF');
    // Read-only inspection first: a file we refuse must be left byte-for-byte as it was (pragmas below write).
    const { current, empty } = inspect(db);
    if (current > latest) {
      throw new UserFacingError(
        'newer-database',
        `该数据库由更新版本的绩效自评助手创建（数据库版本${current}，本程序只支持到${latest}）。为保护数据，文件未作任何修改，请升级程序后再打开`,
      );
    }
    if (current === 0 && !empty) {
      throw new UserFacingError('bad-database', '该文件不是绩效自评助手的数据库（里面已有其他数据），未作任何修改');
    }

    setPragmas(db);
    const pending = migrations.filter((m) => m.version > current);
    if (pending.length > 0 && !empty && file !== ':memory:') {
      await db.backup(backupPathFor(file, current));
    }
    for (const m of pending) runMigration(db, m);
    if (latest >= signoffGuards.version) repairGuards(db);
    return db;
  } catch (err) {
    db.close();
    throw storageErrorToUser(err, '数据库未能打开') ?? err;
  }
}

/** The first statements read the file header and schema; a non-database fails here, before anything is written. */
function inspect(db: Db): { current: number; empty: boolean } {
  try {
    assertSqliteVersion(db);
    return { current: Number(db.pragma('user_version', { simple: true })), empty: isEmpty(db) };
  } catch (err) {
    if (err instanceof Database.SqliteError && (err.code === 'SQLITE_NOTADB' || err.code === 'SQLITE_CORRUPT')) {
      throw new UserFacingError('bad-database', '该文件不是有效的数据库文件，或已损坏，未作任何修改');
    }
    throw err;
  }
}

function isEmpty(db: Db): boolean {
  const row = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM sqlite_schema').get();
  return (row?.n ?? 0) === 0;
}

function setPragmas(db: Db): void {
  const mode = db.pragma('journal_mode = WAL', { simple: true });
  if (mode !== 'wal' && db.name !== ':memory:') {
    throw new UserFacingError('bad-database', `无法启用数据库日志模式（当前为${String(mode)}），请检查文件夹是否可写`);
  }
  // FULL: a save the clerk saw succeed survives a power cut (WAL + NORMAL could lose the last commits).
  db.pragma('synchronous = FULL');
  // Set outside any transaction: SQLite ignores this pragma inside one.
  db.pragma('foreign_keys = ON');
}

/** Puts back protective triggers someone dropped or altered, and says so in every report's audit log. */
function repairGuards(db: Db): void {
  // Read-only first: a second copy of the app must still open a file another process is writing to.
  if (missingOrAlteredGuards(db, signoffGuards.version).length === 0) return;
  db.transaction(() => {
    const repaired = recreateGuards(db);
    if (repaired.length === 0) return;
    const note = `数据库的保护触发器被删除或改动过（${repaired.join('、')}），已重新建立；此前的改动请用“核验”检查`;
    const at = new Date().toISOString();
    for (const { id } of db.prepare<[], { id: string }>('SELECT id FROM reports').all()) {
      appendAudit(db, id, '绩效自评助手', at, [
        { action: 'repair-guards', field: '数据库', path: '', oldValue: '', newValue: note },
      ]);
    }
  }).immediate();
}

function runMigration(db: Db, m: Migration): void {
  const apply = db.transaction(() => {
    m.up(db);
    // user_version cannot take a bound parameter; the value is an integer from our own code.
    db.pragma(`user_version = ${Math.trunc(m.version)}`);
  });
  apply.immediate();
}

function assertAscending(migrations: readonly Migration[]): void {
  let prev = 0;
  for (const m of migrations) {
    if (!Number.isInteger(m.version) || m.version <= prev) {
      throw new Error(`迁移版本必须为递增整数：${m.name}（${m.version}）`);
    }
    prev = m.version;
  }
}
