/** Shared by the safety tests: a database with one saved report, and what "unchanged and usable" means. */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import type { Db } from '../../electron/db/db-handle';
import { DatabaseHolder } from '../../electron/db/database-holder';
import { createReport, getReport, listRevisions, saveReport } from '../../electron/db/report-store';
import type { Report } from '../../shared/model/report';
import { integrityCheck, foreignKeyProblems } from '../../electron/services/backup/verify-copy';
import { sampleReport } from '../db/temp-db';

export interface Seeded {
  /** Owns the connection; `db` is its forwarding handle. */
  holder: DatabaseHolder;
  db: Db;
  id: string;
  revision: number;
  report: Report;
}

export async function seededDatabase(file: string, options: { busyTimeoutMs?: number } = {}): Promise<Seeded> {
  const holder = await DatabaseHolder.open(file, options);
  const db = holder.handle;
  const { id } = createReport(db, { title: '通道县公安局2024年度自评', report: sampleReport(), summary: '新建' });
  const report = sampleReport();
  report.staffing.retired = 51;
  const saved = saveReport(db, id, 1, report);
  return { holder, db, id, revision: saved.revision, report };
}

/** A report grown by about `kb` kilobytes of (incompressible-ish) text, so one save needs many new pages. */
export function bulkyReport(base: Report, kb: number, marker = 'x'): Report {
  const r = structuredClone(base);
  r.problems = Array.from({ length: Math.ceil(kb / 3) }, (_, i) => ({
    heading: `${marker}${i}`,
    text: Array.from({ length: 100 }, (_, j) => `第${i}段${j}句：资金使用效益有待提高`).join(''),
  }));
  return r;
}

/** The database passes SQLite's full check and foreign-key check, and the report is exactly as acknowledged. */
export function expectIntactAt(db: Db, seeded: Pick<Seeded, 'id' | 'revision' | 'report'>): void {
  expect(integrityCheck(db)).toEqual(['ok']);
  expect(foreignKeyProblems(db)).toBe(0);
  const stored = getReport(db, seeded.id);
  expect(stored.revision).toBe(seeded.revision);
  expect(stored.report).toEqual(seeded.report);
  expect(listRevisions(db, seeded.id)[0]?.revision).toBe(seeded.revision);
}

/** Overwrites the report tables' pages with noise: the file still opens, but its tables are garbage. */
export function corruptTablePages(file: string): void {
  // The pages that hold the reports and their history (dbstat), not the schema: the file still opens, and the
  // damage shows when the data is read — as on a failing disk.
  const db = new Database(file, { readonly: true });
  const pages = db
    .prepare<[], { pageno: number }>(
      "SELECT pageno FROM dbstat WHERE name IN ('reports', 'report_revisions') ORDER BY pageno",
    )
    .all()
    .map((p) => p.pageno);
  const pageSize = Number(db.pragma('page_size', { simple: true }));
  db.close();
  const fd = fs.openSync(file, 'r+');
  try {
    const noise = Buffer.alloc(pageSize, 0x5a);
    for (const page of pages) fs.writeSync(fd, noise, 0, pageSize, (page - 1) * pageSize);
  } finally {
    fs.closeSync(fd);
  }
}
