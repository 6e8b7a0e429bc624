import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../shared/api/result';
import { backupPathFor, openDatabase } from '../../electron/db/open-database';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from '../../electron/db/migrations';
import { compareVersions } from '../../electron/db/sqlite-version';
import { createReport, getReport } from '../../electron/db/report-store';
import type { Db } from '../../electron/db/db-handle';
import { sampleReport, tempDir } from './temp-db';

const opened: Db[] = [];
async function open(file: string, migrations?: readonly Migration[]): Promise<Db> {
  const db = await openDatabase(file, migrations ? { migrations } : {});
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

async function expectRefusal(promise: Promise<unknown>, code: string): Promise<UserFacingError> {
  const err: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserFacingError);
  const ufe = err as UserFacingError;
  expect(ufe.code).toBe(code);
  expect(ufe.message).toMatch(/[\u4e00-\u9fff]/);
  return ufe;
}

describe('openDatabase', () => {
  it('creates the schema on an empty file: STRICT tables, the unit/year index, user_version', async () => {
    const file = path.join(tempDir(), 'app.db');
    const db = await open(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(LATEST_SCHEMA_VERSION).toBe(40);
    const tables = db
      .prepare<[], { name: string; strict: number }>("SELECT name, strict FROM pragma_table_list WHERE schema = 'main'")
      .all()
      .filter((t) => !t.name.startsWith('sqlite_'));
    expect(tables.map((t) => t.name).sort()).toEqual([
      'approvals',
      'audit_head',
      'audit_log',
      'report_revisions',
      'reports',
      'settings',
    ]);
    expect(tables.every((t) => t.strict === 1)).toBe(true);
    const idx = db.prepare<[], { name: string }>("SELECT name FROM pragma_index_list('reports')").all();
    expect(idx.map((i) => i.name)).toContain('reports_unit_year');
    // A fresh file has nothing to lose: no backup is taken.
    expect(fs.readdirSync(path.dirname(file)).some((f) => f.endsWith('.bak'))).toBe(false);
  });

  it('sets WAL, synchronous=FULL, foreign keys and a busy timeout', async () => {
    const db = await open(path.join(tempDir(), 'app.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(Number(db.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
  });

  it('enforces foreign keys and the status CHECK', async () => {
    const db = await open(path.join(tempDir(), 'app.db'));
    expect(() =>
      db
        .prepare(
          "INSERT INTO report_revisions (report_id, revision, saved_at, summary, data) VALUES ('nope', 1, 'x', '', '{}')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    // The status CHECK holds even without the trigger that lets a report start only as a draft.
    db.exec('DROP TRIGGER reports_insert_as_draft');
    expect(() =>
      db
        .prepare(
          "INSERT INTO reports (id, title, unit_name, year, status, revision, data, created_at, updated_at) VALUES ('a','t','u',2024,'lost',1,'{}','x','x')",
        )
        .run(),
    ).toThrow(/CHECK/);
    // STRICT: text in an INTEGER column is an error, not a silently stored string.
    expect(() =>
      db
        .prepare(
          "INSERT INTO reports (id, title, unit_name, year, status, revision, data, created_at, updated_at) VALUES ('a','t','u','二〇二四','draft',1,'{}','x','x')",
        )
        .run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
  });

  it('reopens an up-to-date file without a backup and keeps its data', async () => {
    const file = path.join(tempDir(), 'app.db');
    const first = await open(file);
    const { id } = createReport(first, { title: '报告', report: sampleReport(), summary: '新建' });
    first.close();
    const again = await open(file);
    expect(getReport(again, id).report).toEqual(sampleReport());
    expect(fs.readdirSync(path.dirname(file)).some((f) => f.endsWith('.bak'))).toBe(false);
  });

  it('refuses a database from a newer app version and leaves the file byte-for-byte unchanged', async () => {
    const file = path.join(tempDir(), 'newer.db');
    const raw = new Database(file);
    raw.pragma('journal_mode = WAL');
    raw.exec('CREATE TABLE future (x INTEGER) STRICT; INSERT INTO future VALUES (1);');
    raw.pragma('user_version = 9990');
    raw.close();
    const before = fs.readFileSync(file);

    const err = await expectRefusal(openDatabase(file), 'newer-database');
    expect(err.message).toContain('更新版本');
    expect(err.message).toContain('9990');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(['newer.db']);
  });

  it('refuses a file that is not a database, and a database of another program, unchanged', async () => {
    const dir = tempDir();
    const junk = path.join(dir, 'junk.db');
    fs.writeFileSync(junk, Buffer.from('这不是数据库'.repeat(200)));
    const junkBefore = fs.readFileSync(junk);
    await expectRefusal(openDatabase(junk), 'bad-database');
    expect(fs.readFileSync(junk).equals(junkBefore)).toBe(true);

    const other = path.join(dir, 'other.db');
    const raw = new Database(other);
    raw.exec('CREATE TABLE contacts (name TEXT)');
    raw.close();
    const otherBefore = fs.readFileSync(other);
    await expectRefusal(openDatabase(other), 'bad-database');
    expect(fs.readFileSync(other).equals(otherBefore)).toBe(true);
  });

  it('backs up an existing database before running a pending migration', async () => {
    const file = path.join(tempDir(), 'app.db');
    const v10 = await open(file, MIGRATIONS.slice(0, 1));
    // A report as the first schema stored it (the store's own createReport needs the later tables).
    const id = 'report-before-migration';
    v10
      .prepare(
        `INSERT INTO reports (id, title, unit_name, year, revision, data, created_at, updated_at)
         VALUES (?, '迁移前', '测试单位', 2024, 1, ?, '2025-01-01', '2025-01-01')`,
      )
      .run(id, JSON.stringify(sampleReport()));
    v10.close();

    const addNote: Migration = {
      version: 50,
      name: 'add-note',
      up: (db) => db.exec("ALTER TABLE reports ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
    };
    const v50 = await open(file, [...MIGRATIONS, addNote]);
    expect(v50.pragma('user_version', { simple: true })).toBe(50);
    // The sign-off migration (20) gave the existing report its first version; the test's own step added the note.
    expect(
      v50
        .prepare<[string], { note: string; version: number }>('SELECT note, version FROM reports WHERE id = ?')
        .get(id),
    ).toEqual({ note: '', version: 1 });

    const backup = backupPathFor(file, 10);
    expect(fs.existsSync(backup)).toBe(true);
    const copy = new Database(backup, { readonly: true });
    try {
      expect(copy.pragma('user_version', { simple: true })).toBe(10);
      const row = copy.prepare<[string], { title: string }>('SELECT title FROM reports WHERE id = ?').get(id);
      expect(row?.title).toBe('迁移前');
      const cols = copy.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('reports')").all();
      expect(cols.map((c) => c.name)).not.toContain('note');
    } finally {
      copy.close();
    }
  });

  it('rolls a failing migration back completely: schema and user_version stay as they were', async () => {
    const file = path.join(tempDir(), 'app.db');
    (await open(file)).close();
    const broken: Migration = {
      version: 50,
      name: 'broken',
      up: (db) => {
        db.exec('CREATE TABLE half_done (x INTEGER) STRICT');
        db.exec('SELECT * FROM no_such_table');
      },
    };
    await expect(openDatabase(file, { migrations: [...MIGRATIONS, broken] })).rejects.toThrow(/no_such_table/);
    const db = await open(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const names = db
      .prepare<[], { name: string }>('SELECT name FROM sqlite_schema')
      .all()
      .map((r) => r.name);
    expect(names).not.toContain('half_done');
  });

  it('refuses migrations listed out of order', async () => {
    const file = path.join(tempDir(), 'app.db');
    const bad: Migration = { version: 5, name: 'too-low', up: () => undefined };
    await expect(openDatabase(file, { migrations: [...MIGRATIONS, bad] })).rejects.toThrow(/递增/);
  });
});

describe('compareVersions', () => {
  it('compares numerically, not as text', () => {
    expect(compareVersions('3.9.0', '3.51.3')).toBeLessThan(0);
    expect(compareVersions('3.51.3', '3.51.3')).toBe(0);
    expect(compareVersions('3.51.10', '3.51.3')).toBeGreaterThan(0);
    expect(compareVersions('3.53.0', '3.51.3')).toBeGreaterThan(0);
  });

  it('the bundled SQLite is new enough', async () => {
    const db = await open(path.join(tempDir(), 'app.db'));
    const v = db.prepare<[], { v: string }>('SELECT sqlite_version() AS v').get()?.v ?? '';
    expect(compareVersions(v, '3.51.3')).toBeGreaterThanOrEqual(0);
  });
});
