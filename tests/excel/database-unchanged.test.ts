/**
 * After every bad file, the database is byte-for-byte what it was: the import reads, maps and refuses before any
 * transaction starts. A good file is saved as one new revision. Uses the real store on a SQLite file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../shared/api/result';
import { emptyReport } from '../../shared/model/empty';
import { openDatabase } from '../../electron/db/open-database';
import type { Db } from '../../electron/db/db-handle';
import * as store from '../../electron/db/report-store';
import { createExcelService } from '../../electron/services/excel/excel-service';
import { fileBytes, tempDir } from '../db/temp-db';
import { BAD_FIXTURES, fixtureBytes } from './excel-test-helpers';

let db: Db;
let file: string;
let id: string;
let service: ReturnType<typeof createExcelService>;

beforeAll(async () => {
  file = path.join(tempDir(), 'excel.db');
  db = await openDatabase(file);
  id = store.createReport(db, { title: '测试', report: emptyReport('通道侗族自治县公安局', 2024), summary: '新建' }).id;
  service = createExcelService({
    getReport: (reportId) => store.getReport(db, reportId),
    // The store writes its own history line today; the summary is passed for when it takes one (see the report).
    saveReport: (reportId, base, report) => {
      store.saveReport(db, reportId, base, report);
    },
  });
});
afterAll(() => db.close());

const BAD = [
  ...fs
    .readdirSync(BAD_FIXTURES)
    .filter((f) => !f.startsWith('huge-'))
    .map((f) => ({ f, dir: BAD_FIXTURES })),
  { f: '11-formula-without-value.xlsx', dir: undefined },
];

describe('database unchanged after a bad file', () => {
  it.each(BAD)('$f', { timeout: 10_000 }, async ({ f, dir }) => {
    const before = fileBytes(file);
    const { revision } = store.getReport(db, id);
    const data = fixtureBytes(f, dir).toString('base64');
    const error: unknown = await Promise.resolve(
      service['import.apply']({ id, baseRevision: revision, fileName: f, data }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    const after = fileBytes(file);
    expect(after.main.equals(before.main)).toBe(true);
    expect(after.wal === null ? before.wal === null : before.wal !== null && after.wal.equals(before.wal)).toBe(true);
  });

  it('a good file is saved as exactly one new revision', { timeout: 10_000 }, async () => {
    const { revision } = store.getReport(db, id);
    const data = fixtureBytes('05-projects-two-row-header.xlsx').toString('base64');
    const result = await service['import.apply']({ id, baseRevision: revision, fileName: 'p.xlsx', data });
    expect(result.revision).toBe(revision + 1);
    expect(store.listRevisions(db, id)).toHaveLength(revision + 1);
    expect(store.getReport(db, id).report.projects.items).toHaveLength(4);
  });
});
