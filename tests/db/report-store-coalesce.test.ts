// The editor's autosave folds its saves of the last two minutes into one revision; everything else still appends.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../shared/api/result';
import { openDatabase } from '../../electron/db/open-database';
import type { Db } from '../../electron/db/db-handle';
import * as store from '../../electron/db/report-store';
import { sampleReport, tempDir } from './temp-db';

let db: Db;

beforeEach(async () => {
  db = await openDatabase(path.join(tempDir(), 'coalesce.db'));
});
afterEach(() => {
  if (db.open) db.close();
});

const history = (id: string) => store.listRevisions(db, id).map((r) => [r.revision, r.summary]);

/** Pretend a revision row was written `ms` milliseconds ago. */
function age(id: string, revision: number, ms: number): void {
  const at = new Date(Date.now() - ms).toISOString();
  db.prepare('UPDATE report_revisions SET saved_at = ? WHERE report_id = ? AND revision = ?').run(at, id, revision);
}

describe('coalescing autosaves', () => {
  it('replaces the caller’s own recent revision, keeps the first one, and still bumps the number', () => {
    const r1 = sampleReport();
    const { id } = store.createReport(db, { title: '测试', report: r1, summary: '新建' });

    // The first save of a session never replaces the report's first row, even when asked to.
    const r2 = { ...r1, selfName: '本局' };
    expect(store.saveReport(db, id, 1, r2, { coalesce: true }).revision).toBe(2);

    const r3 = { ...r2, staffing: { ...r2.staffing, retired: 51 } };
    expect(store.saveReport(db, id, 2, r3, { coalesce: true }).revision).toBe(3);
    const r4 = { ...r3, staffing: { ...r3.staffing, retired: 52 } };
    expect(store.saveReport(db, id, 3, r4, { coalesce: true }).revision).toBe(4);

    // One row for the whole burst, summarised against the row before it (the first one).
    expect(history(id)).toEqual([
      [4, '修改：单位自称、人员编制'],
      [1, '新建'],
    ]);
    expect(store.getRevision(db, id, 4)).toEqual(r4);
    expect(store.getRevision(db, id, 1)).toEqual(r1);
    expect(store.getReport(db, id).revision).toBe(4);

    // A window still holding revision 3 gets the conflict: the number went up although the row was replaced.
    const err = (() => {
      try {
        store.saveReport(db, id, 3, r1, { coalesce: true });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(UserFacingError);
    expect((err as UserFacingError).code).toBe('conflict');
    expect(store.getReport(db, id).report).toEqual(r4);
  });

  it('adds a new revision when the base revision is older than two minutes, or when not asked to coalesce', () => {
    const r1 = sampleReport();
    const { id } = store.createReport(db, { title: '测试', report: r1, summary: '新建' });
    const r2 = { ...r1, selfName: '本局' };
    store.saveReport(db, id, 1, r2);
    age(id, 2, store.COALESCE_WINDOW_MS + 1000);
    const r3 = { ...r2, duties: ['新的职责'] };
    store.saveReport(db, id, 2, r3, { coalesce: true });
    const r4 = { ...r3, duties: ['又改了职责'] };
    store.saveReport(db, id, 3, r4);
    expect(history(id)).toEqual([
      [4, '修改：主要职能职责'],
      [3, '修改：主要职能职责'],
      [2, '修改：单位自称'],
      [1, '新建'],
    ]);
  });

  it('never coalesces a save that fails validation, and leaves the history untouched', () => {
    const r1 = sampleReport();
    const { id } = store.createReport(db, { title: '测试', report: r1, summary: '新建' });
    store.saveReport(db, id, 1, { ...r1, selfName: '本局' });
    const bad = structuredClone(r1);
    bad.budget.spentFen = -1;
    expect(() => store.saveReport(db, id, 2, bad, { coalesce: true })).toThrow(UserFacingError);
    expect(history(id)).toEqual([
      [2, '修改：单位自称'],
      [1, '新建'],
    ]);
  });
});
