/**
 * What a clerk's PC really does to a database: the disk fills up during a save or an import, the file is
 * read-only, another process holds the write lock. Each gives a clear Chinese message, the database keeps exactly
 * what was acknowledged before, passes integrity_check, and works again once the cause is gone.
 */
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../shared/api/result';
import { createHandlers } from '../../electron/api/create-handlers';
import { dispatch } from '../../electron/api/dispatch';
import { openDatabase } from '../../electron/db/open-database';
import { getReport, listReports, saveReport } from '../../electron/db/report-store';
import { sampleReport, tempDir } from '../db/temp-db';
import { bulkyReport, expectIntactAt, seededDatabase } from './storage-helpers';
import { rejectedUserFacing, thrownUserFacing } from '../fixtures/user-facing';

const referenceFile = fs.readFileSync(new URL('../fixtures/reference-2024.selfeval.json', import.meta.url), 'utf8');

describe('disk full (SQLITE_FULL forced with max_page_count)', () => {
  it('a save that does not fit is refused with 磁盘空间不足; the database is unchanged and usable', async () => {
    const seeded = await seededDatabase(path.join(tempDir(), 'full.sqlite'));
    const { db } = seeded;
    const pages = Number(db.pragma('page_count', { simple: true }));
    db.pragma(`max_page_count = ${pages}`);

    const err = thrownUserFacing(() => saveReport(db, seeded.id, seeded.revision, bulkyReport(seeded.report, 200)));
    expect(err.code).toBe('disk-full');
    expect(err.message).toMatch(/^磁盘空间不足，本次修改未保存/);
    expect(db.inTransaction).toBe(false);
    expectIntactAt(db, seeded);

    // Space freed: the same save now goes through.
    db.pragma('max_page_count = 1073741823');
    const next = bulkyReport(seeded.report, 200);
    const saved = saveReport(db, seeded.id, seeded.revision, next);
    expectIntactAt(db, { id: seeded.id, revision: saved.revision, report: next });
    db.close();
  });

  it('an import that does not fit answers 磁盘空间不足 through the API and adds nothing', async () => {
    const seeded = await seededDatabase(path.join(tempDir(), 'full-import.sqlite'));
    const { db } = seeded;
    db.pragma(`max_page_count = ${Number(db.pragma('page_count', { simple: true }))}`);
    const handlers = createHandlers(seeded.holder);
    const result = await dispatch(handlers, 'report.importFile', { content: referenceFile }, { log: () => {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'disk-full' } });
    if (!result.ok) expect(result.error.message).toContain('磁盘空间不足');
    expect(listReports(db)).toHaveLength(1);
    expectIntactAt(db, seeded);
    db.close();
  });
});

/** A real full disk: a 3 MB tmpfs (needs root and mount; skipped elsewhere, the max_page_count tests still run). */
function mountTinyTmpfs(): string | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  const dir = tempDir();
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    return null;
  }
}
const tmpfs = mountTinyTmpfs();
afterAll(() => {
  if (tmpfs) execFileSync('umount', ['-l', tmpfs], { stdio: 'ignore' });
});

describe.skipIf(!tmpfs)('disk full on a real 3 MB tmpfs', () => {
  it('saves until the disk is full: the failing save is refused cleanly; after freeing space all is there', async () => {
    const dir = tmpfs!;
    const seeded = await seededDatabase(path.join(dir, 'selfeval.sqlite'));
    const { db } = seeded;
    // Fill what is left, then save growing reports until one no longer fits.
    fs.writeFileSync(
      path.join(dir, 'filler'),
      Buffer.alloc(3 * 1024 * 1024 - fs.statSync(path.join(dir, 'selfeval.sqlite')).size - 600 * 1024),
    );
    let acknowledged = { revision: seeded.revision, report: seeded.report };
    let failure: UserFacingError | null = null;
    for (let i = 0; i < 200 && !failure; i++) {
      const next = bulkyReport(seeded.report, 60, `第${i}次`);
      try {
        const saved = saveReport(db, seeded.id, acknowledged.revision, next);
        acknowledged = { revision: saved.revision, report: next };
      } catch (err) {
        if (!(err instanceof UserFacingError)) throw err;
        failure = err;
      }
    }
    expect(failure?.code).toBe('disk-full');
    expect(failure?.message).toContain('磁盘空间不足');
    expectIntactAt(db, { id: seeded.id, ...acknowledged });

    // Imports until one no longer fits (a failed write's space is reused by the next, so this is a loop too):
    // the refused import adds nothing.
    const handlers = createHandlers(seeded.holder);
    let imported = 0;
    let importFailure: unknown = null;
    for (let i = 0; i < 200 && !importFailure; i++) {
      const result = await dispatch(handlers, 'report.importFile', { content: referenceFile }, { log: () => {} });
      if (result.ok) imported += 1;
      else importFailure = result.error;
    }
    expect(importFailure).toMatchObject({ code: 'disk-full', message: expect.stringContaining('磁盘空间不足') });
    expect(listReports(db)).toHaveLength(1 + imported);
    expectIntactAt(db, { id: seeded.id, ...acknowledged });

    fs.rmSync(path.join(dir, 'filler'));
    const next = bulkyReport(seeded.report, 60, '腾出空间后');
    const saved = saveReport(db, seeded.id, acknowledged.revision, next);
    db.close();
    const reopened = await openDatabase(path.join(dir, 'selfeval.sqlite'));
    expectIntactAt(reopened, { id: seeded.id, revision: saved.revision, report: next });
    reopened.close();
  });
});

describe('a read-only database file', () => {
  it('is refused at open with a clear message; nothing is created beside it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'selfeval.sqlite');
    const seeded = await seededDatabase(file);
    seeded.db.close();
    fs.chmodSync(file, 0o444);
    const before = fs.readFileSync(file);
    const err = await rejectedUserFacing(openDatabase(file));
    expect(err.code).toBe('read-only');
    expect(err.message).toContain('只读');
    expect(fs.readdirSync(dir)).toEqual(['selfeval.sqlite']);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    fs.chmodSync(file, 0o644);
  });

  it('an immutable file (chattr +i: read-only even for an administrator) is refused the same way', async (ctx) => {
    const dir = tempDir();
    const file = path.join(dir, 'selfeval.sqlite');
    const seeded = await seededDatabase(file);
    seeded.db.close();
    try {
      execFileSync('chattr', ['+i', file], { stdio: 'ignore' });
    } catch {
      ctx.skip();
      return;
    }
    try {
      const err = await rejectedUserFacing(openDatabase(file));
      expect(err.code).toBe('read-only');
      expect(fs.readdirSync(dir)).toEqual(['selfeval.sqlite']);
    } finally {
      execFileSync('chattr', ['-i', file], { stdio: 'ignore' });
    }
  });

  it('a save through a connection that cannot write says so, and changes nothing', async () => {
    const file = path.join(tempDir(), 'selfeval.sqlite');
    const seeded = await seededDatabase(file);
    seeded.db.close();
    const ro = new Database(file, { readonly: true });
    const err = thrownUserFacing(() => saveReport(ro, seeded.id, seeded.revision, sampleReport()));
    expect(err.code).toBe('read-only');
    expect(err.message).toContain('本次修改未保存');
    ro.close();
    const db = await openDatabase(file);
    expectIntactAt(db, seeded);
    db.close();
  });
});

/** Another process that takes the write lock (BEGIN IMMEDIATE) and holds it until told to let go. */
function lockHolder(file: string): Promise<ChildProcessWithoutNullStreams> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.exec('BEGIN IMMEDIATE');
    process.stdout.write('locked\\n');
    process.stdin.once('data', () => { db.exec('ROLLBACK'); db.close(); process.stdout.write('released\\n'); process.exit(0); });
  `;
  const child = spawn(process.execPath, ['-e', script, file], { cwd: process.cwd() });
  return new Promise((resolve, reject) => {
    child.stdout.once('data', (d: Buffer) =>
      String(d).includes('locked') ? resolve(child) : reject(new Error(String(d))),
    );
    child.once('error', reject);
    child.stderr.on('data', (d: Buffer) => reject(new Error(String(d))));
  });
}

describe('a second process holding the write lock', () => {
  it('a save waits for the busy timeout, then is refused with a clear message; nothing is lost or corrupted', async () => {
    const file = path.join(tempDir(), 'selfeval.sqlite');
    const seeded = await seededDatabase(file, { busyTimeoutMs: 200 });
    const holder = await lockHolder(file);
    try {
      const err = thrownUserFacing(() =>
        saveReport(seeded.db, seeded.id, seeded.revision, bulkyReport(seeded.report, 3)),
      );
      expect(err.code).toBe('busy');
      expect(err.message).toMatch(/另一个程序占用.*本次修改未保存/);
      // Reading still works while the other process holds the write lock (WAL).
      expect(getReport(seeded.db, seeded.id).revision).toBe(seeded.revision);
      // A second copy of the app can still open the file read-side (no migration pending, nothing to write).
      const second = await openDatabase(file, { busyTimeoutMs: 200 });
      second.close();
    } finally {
      holder.stdin.write('go\n');
      await new Promise((resolve) => holder.once('exit', resolve));
    }
    expectIntactAt(seeded.db, seeded);
    const next = bulkyReport(seeded.report, 3, '释放后');
    const saved = saveReport(seeded.db, seeded.id, seeded.revision, next);
    expectIntactAt(seeded.db, { id: seeded.id, revision: saved.revision, report: next });
    seeded.db.close();
  });
});
