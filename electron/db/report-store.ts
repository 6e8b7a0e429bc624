/**
 * Reports and their revision history in SQLite. Every function takes the handle; every write validates first
 * and then runs as one IMMEDIATE transaction, so a rejected call leaves the file exactly as it was.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Report } from '../../shared/model/report';
import type { ReportStatus } from '../../shared/api/contract';
import { isEditable } from '../../shared/signoff/workflow';
import { UserFacingError } from '../../shared/api/result';
import { LIMITS } from '../../shared/model/primitives';
import type { Db } from './db-handle';
import { readStoredReport, validateReport } from './report-validation';
import { summarizeChange } from './revision-summary';
import { guardWrite } from './sqlite-errors';
import { appendAudit, type AuditAction, type AuditChange } from './audit-log';
import { diffFields, type FieldDiff } from '../../shared/model/field-diff';

export type Status = z.infer<typeof ReportStatus>;

export interface ReportRow {
  id: string;
  title: string;
  unitName: string;
  year: number;
  status: Status;
  revision: number;
  /** 1 at first; reopening an approved report starts the next version. */
  version: number;
  /** The supervisor's reason when the report was returned ('' otherwise). */
  statusNote: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface ReportRecord extends ReportRow {
  report: Report;
}

export interface RevisionRow {
  revision: number;
  savedAt: string;
  summary: string;
}

export interface SqlReportRow {
  id: string;
  title: string;
  unit_name: string;
  year: number;
  status: Status;
  revision: number;
  version: number;
  status_note: string;
  data: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

const COLUMNS =
  'id, title, unit_name, year, status, revision, version, status_note, data, created_at, updated_at, deleted_at';

const now = () => new Date().toISOString();

function toRow(r: SqlReportRow): ReportRow {
  return {
    id: r.id,
    title: r.title,
    unitName: r.unit_name,
    year: r.year,
    status: r.status,
    revision: r.revision,
    version: r.version,
    statusNote: r.status_note,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

function toRecord(r: SqlReportRow): ReportRecord {
  return { ...toRow(r), report: readStoredReport(r.data, `报告“${r.title}”`) };
}

/** Who the audit log names when the caller does not say (the CLI, tests). */
export const DEFAULT_ACTOR = '本机用户';

/** The audit entries of a data change: one per changed field, old → new, as the clerk reads them. */
export function changedFields(action: AuditAction, before: unknown, after: unknown): AuditChange[] {
  const diffs: FieldDiff[] = [];
  diffFields([], before, after, diffs);
  return diffs.map((d) => ({
    action,
    field: d.label,
    path: d.path.join('.'),
    oldValue: d.oldValue,
    newValue: d.newValue,
  }));
}

export function selectRow(db: Db, id: string): SqlReportRow | undefined {
  return db.prepare<[string], SqlReportRow>(`SELECT ${COLUMNS} FROM reports WHERE id = ?`).get(id);
}

export function requireRow(db: Db, id: string): SqlReportRow {
  const row = selectRow(db, id);
  if (!row) throw new UserFacingError('not-found', '找不到这份报告，可能已被彻底删除');
  return row;
}

export function requireActive(db: Db, id: string): SqlReportRow {
  const row = requireRow(db, id);
  if (row.deleted_at !== null) {
    throw new UserFacingError('deleted', `报告“${row.title}”在回收站中，请先恢复再修改`);
  }
  return row;
}

/** Only a draft or a returned report may change; submitted and approved ones are locked (the triggers agree). */
export function requireEditable(row: SqlReportRow): void {
  if (isEditable(row.status)) return;
  if (row.status === 'submitted') {
    throw new UserFacingError('locked', `报告“${row.title}”已送审，等待审核期间不能修改；如需修改，请审核人退回`);
  }
  if (row.status === 'approved') {
    throw new UserFacingError('locked', `报告“${row.title}”已签发，不能修改；如需修改，请“重新打开（新版本）”`);
  }
}

/** Titles are short, single-line labels for the list. */
export function checkTitle(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  if (t.length === 0) throw new UserFacingError('invalid-input', '标题：请填写报告标题');
  if (t.length > LIMITS.shortText) {
    throw new UserFacingError('invalid-input', `标题：不能超过${LIMITS.shortText}字`);
  }
  return t;
}

/** A list entry; `report` is null when the stored data no longer validates (one bad row must not hide the rest). */
export interface ReportListEntry extends ReportRow {
  report: Report | null;
}

/** Reports with their data, for the list and its check counts. Active ones unless `deleted` (the recycle bin). */
export function listReports(db: Db, options: { deleted?: boolean } = {}): ReportListEntry[] {
  const sql = options.deleted
    ? `SELECT ${COLUMNS} FROM reports WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id`
    : `SELECT ${COLUMNS} FROM reports WHERE deleted_at IS NULL ORDER BY year DESC, unit_name, updated_at DESC, id`;
  return db
    .prepare<[], SqlReportRow>(sql)
    .all()
    .map((r) => {
      try {
        return toRecord(r);
      } catch (err) {
        if (err instanceof UserFacingError) return { ...toRow(r), report: null };
        throw err;
      }
    });
}

export function getReport(db: Db, id: string): ReportRecord {
  return toRecord(requireRow(db, id));
}

/** The active (not deleted) report of a unit for a year, if any. */
export function findActiveReport(db: Db, unitName: string, year: number): ReportRow | undefined {
  const row = db
    .prepare<[string, number], SqlReportRow>(
      `SELECT ${COLUMNS} FROM reports WHERE unit_name = ? AND year = ? AND deleted_at IS NULL ORDER BY updated_at DESC LIMIT 1`,
    )
    .get(unitName, year);
  return row ? toRow(row) : undefined;
}

export interface NewReport {
  title: string;
  report: Report;
  /** First line of the history: "新建", "由2023年度报告结转", "从文件导入". */
  summary: string;
  actor?: string;
}

export function createReport(db: Db, input: NewReport): ReportRecord {
  const title = checkTitle(input.title);
  const report = validateReport(input.report);
  const data = JSON.stringify(report);
  const id = randomUUID();
  const at = now();
  const insert = db.transaction(() => {
    db.prepare(
      `INSERT INTO reports (id, title, unit_name, year, status, revision, data, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'draft', 1, ?, ?, ?)`,
    ).run(id, title, report.unitName, report.year, data, at, at);
    insertRevision(db, id, 1, at, input.summary, data);
    appendAudit(db, id, input.actor ?? DEFAULT_ACTOR, at, [
      { action: 'create', field: '报告', path: '', oldValue: '', newValue: `${title}（${input.summary}）` },
    ]);
  });
  guardWrite(() => insert.immediate());
  return getReport(db, id);
}

function insertRevision(db: Db, id: string, revision: number, at: string, summary: string, data: string): void {
  db.prepare('INSERT INTO report_revisions (report_id, revision, saved_at, summary, data) VALUES (?, ?, ?, ?, ?)').run(
    id,
    revision,
    at,
    summary,
    data,
  );
}

/** How long an editing session's autosaves keep folding into one revision (see SaveOptions.coalesce). */
export const COALESCE_WINDOW_MS = 2 * 60 * 1000;

export interface SaveOptions {
  /**
   * The editor autosaves a second or so after each pause in typing; one history row per pause would bury the
   * versions a clerk may want back. With `coalesce`, the caller says "the base revision is my own autosave of a
   * moment ago": that row is replaced instead of a new one being added, if it was saved less than
   * COALESCE_WINDOW_MS ago and it is not the report's first row (新建 / 导入 / 结转 stay restorable).
   * The revision number still goes up, so another window holding the old number gets a conflict; the history
   * therefore skips the replaced number (1, 3, 4 …).
   */
  coalesce?: boolean;
  /** The history line, when the caller knows better than a diff (an Excel import names its tables). */
  summary?: string;
  /** Who made the change, and what kind of change it was, for the audit log. */
  actor?: string;
  action?: AuditAction;
}

interface RevisionDataRow {
  revision: number;
  saved_at: string;
  data: string;
}

/** The row a coalescing save may replace, and the row before it (whose data the new summary is measured from). */
function coalesceTarget(db: Db, id: string, baseRevision: number, at: string): { previousData: string } | null {
  const base = db
    .prepare<[string, number], RevisionDataRow>(
      'SELECT revision, saved_at, data FROM report_revisions WHERE report_id = ? AND revision = ?',
    )
    .get(id, baseRevision);
  if (!base) return null;
  // An approved revision is frozen (0020-signoff.ts): the first edit after reopening always adds a row.
  const approved = db
    .prepare<[string, number], { n: number }>(
      'SELECT count(*) AS n FROM approvals WHERE report_id = ? AND revision = ?',
    )
    .get(id, baseRevision);
  if (approved && approved.n > 0) return null;
  const age = Date.parse(at) - Date.parse(base.saved_at);
  if (!(age >= 0 && age < COALESCE_WINDOW_MS)) return null;
  const previous = db
    .prepare<[string, number], RevisionDataRow>(
      'SELECT revision, saved_at, data FROM report_revisions WHERE report_id = ? AND revision < ? ORDER BY revision DESC LIMIT 1',
    )
    .get(id, baseRevision);
  return previous ? { previousData: previous.data } : null;
}

/**
 * Saves a new version if nobody saved since `baseRevision` (optimistic concurrency: a second window or a restored
 * backup must not silently overwrite newer work). Every save appends a revision row, unless `coalesce` lets it
 * replace the caller's own autosave of a moment ago.
 */
export function saveReport(
  db: Db,
  id: string,
  baseRevision: number,
  input: Report,
  options: SaveOptions = {},
): { revision: number; updatedAt: string } {
  const report = validateReport(input);
  const data = JSON.stringify(report);
  const save = db.transaction(() => {
    const row = requireActive(db, id);
    requireEditable(row);
    if (row.revision !== baseRevision) {
      throw new UserFacingError('conflict', `报告已在别处修改（当前版本${row.revision}），请重新打开后再改`);
    }
    const revision = row.revision + 1;
    const at = now();
    const target = options.coalesce ? coalesceTarget(db, id, baseRevision, at) : null;
    const current = JSON.parse(row.data) as Record<string, unknown>;
    // The history line measures from the row a coalescing save replaces; the audit log from the current data.
    const summary =
      options.summary ??
      summarizeChange(target ? (JSON.parse(target.previousData) as Record<string, unknown>) : current, report);
    db.prepare('UPDATE reports SET data = ?, unit_name = ?, year = ?, revision = ?, updated_at = ? WHERE id = ?').run(
      data,
      report.unitName,
      report.year,
      revision,
      at,
      id,
    );
    if (target) {
      db.prepare('DELETE FROM report_revisions WHERE report_id = ? AND revision = ?').run(id, baseRevision);
    }
    insertRevision(db, id, revision, at, summary, data);
    appendAudit(db, id, options.actor ?? DEFAULT_ACTOR, at, changedFields(options.action ?? 'edit', current, report));
    return { revision, updatedAt: at };
  });
  return guardWrite(() => save.immediate());
}

export function renameReport(db: Db, id: string, title: string, actor = DEFAULT_ACTOR): void {
  const clean = checkTitle(title);
  guardWrite(() =>
    db
      .transaction(() => {
        const row = requireActive(db, id);
        // The title is part of what was submitted and approved (verify quotes it): frozen with the data.
        requireEditable(row);
        const at = now();
        db.prepare('UPDATE reports SET title = ?, updated_at = ? WHERE id = ?').run(clean, at, id);
        appendAudit(db, id, actor, at, [
          { action: 'rename', field: '标题', path: '', oldValue: row.title, newValue: clean },
        ]);
      })
      .immediate(),
  );
}

/** Moves a report to the recycle bin; its data and history stay until it is restored. */
export function deleteReport(db: Db, id: string, actor = DEFAULT_ACTOR): void {
  guardWrite(() =>
    db
      .transaction(() => {
        const row = requireRow(db, id);
        if (row.deleted_at !== null) return;
        const at = now();
        db.prepare('UPDATE reports SET deleted_at = ? WHERE id = ?').run(at, id);
        appendAudit(db, id, actor, at, [{ action: 'delete', field: '报告', path: '', oldValue: '', newValue: '' }]);
      })
      .immediate(),
  );
}

export function restoreReport(db: Db, id: string, actor = DEFAULT_ACTOR): void {
  guardWrite(() =>
    db
      .transaction(() => {
        const row = requireRow(db, id);
        if (row.deleted_at === null) return;
        db.prepare('UPDATE reports SET deleted_at = NULL WHERE id = ?').run(id);
        appendAudit(db, id, actor, now(), [
          { action: 'undelete', field: '报告', path: '', oldValue: '', newValue: '' },
        ]);
      })
      .immediate(),
  );
}

export function listRevisions(db: Db, id: string): RevisionRow[] {
  requireRow(db, id);
  return db
    .prepare<[string], RevisionRow>(
      'SELECT revision, saved_at AS savedAt, summary FROM report_revisions WHERE report_id = ? ORDER BY revision DESC',
    )
    .all(id);
}

export function getRevision(db: Db, id: string, revision: number): Report {
  const row = requireRow(db, id);
  const rev = db
    .prepare<[string, number], { data: string }>(
      'SELECT data FROM report_revisions WHERE report_id = ? AND revision = ?',
    )
    .get(id, revision);
  if (!rev) throw new UserFacingError('not-found', `报告“${row.title}”没有第${revision}版`);
  return readStoredReport(rev.data, `报告“${row.title}”第${revision}版`);
}
