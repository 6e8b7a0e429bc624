/**
 * The sign-off workflow in SQLite: submit, return, approve, reopen. Each step checks the transition with the pure
 * workflow (shared/signoff/workflow.ts), writes the new status and its audit entry in one transaction, and the
 * approval stores the exact PDF bytes and a frozen copy of the data. The triggers of 0020-signoff.ts back this up.
 */
import { createHash } from 'node:crypto';
import { UserFacingError } from '../../shared/api/result';
import { nextStatus, STATUS_LABEL, type WorkflowAction } from '../../shared/signoff/workflow';
import type { Db } from './db-handle';
import { appendAudit } from './audit-log';
import { DEFAULT_ACTOR, requireActive, type SqlReportRow } from './report-store';
import { guardWrite } from './sqlite-errors';

export interface ApprovalRecord {
  reportId: string;
  version: number;
  revision: number;
  approverName: string;
  approverRole: string;
  comment: string;
  approvedAt: string;
  dataSha256: string;
  pdfSha256: string;
  /** The report's title when it was approved (null for approvals made before it was recorded). */
  title: string | null;
  /** The audit chain's head when the PDF was made, which the PDF also carries (null before issue 14). */
  auditSeq: number | null;
  auditHash: string | null;
}

interface SqlApprovalRow {
  report_id: string;
  version: number;
  revision: number;
  approver_name: string;
  approver_role: string;
  comment: string;
  approved_at: string;
  data_sha256: string;
  pdf_sha256: string;
  title: string | null;
  audit_seq: number | null;
  audit_hash: string | null;
}

const APPROVAL_COLUMNS =
  'report_id, version, revision, approver_name, approver_role, comment, approved_at, data_sha256, pdf_sha256, title, audit_seq, audit_hash';

function toApproval(r: SqlApprovalRow): ApprovalRecord {
  return {
    reportId: r.report_id,
    version: r.version,
    revision: r.revision,
    approverName: r.approver_name,
    approverRole: r.approver_role,
    comment: r.comment,
    approvedAt: r.approved_at,
    dataSha256: r.data_sha256,
    pdfSha256: r.pdf_sha256,
    title: r.title,
    auditSeq: r.audit_seq,
    auditHash: r.audit_hash,
  };
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The short fingerprint printed in each page's footer: the first 16 hex digits of the data's SHA-256, grouped. */
export function shortFingerprint(dataSha256: string): string {
  return dataSha256.slice(0, 16).toUpperCase().match(/.{4}/g)?.join('-') ?? '';
}

const now = () => new Date().toISOString();

/** Runs `action` on the report if the workflow allows it from its current status; returns the row as it was. */
function transition(
  db: Db,
  id: string,
  action: WorkflowAction,
  expectedRevision: number | null,
  write: (row: SqlReportRow, at: string) => void,
): void {
  const run = db.transaction(() => {
    const row = requireActive(db, id);
    const step = nextStatus(row.status, action);
    if (!step.ok) throw new UserFacingError('invalid-state', step.reasons.join('；'));
    if (expectedRevision !== null && row.revision !== expectedRevision) {
      throw new UserFacingError(
        'conflict',
        `报告已在别处修改（当前第${row.revision}次保存，你看到的是第${expectedRevision}次），请刷新后再操作`,
      );
    }
    write(row, now());
  });
  guardWrite(() => run.immediate());
}

/** 草稿/退回 → 待审核. The caller has already refused it if any 强制 check fails or a 提示 is unexplained. */
export function submitReport(db: Db, id: string, baseRevision: number, actor = DEFAULT_ACTOR): void {
  transition(db, id, 'submit', baseRevision, (row, at) => {
    // The audit entry first: the database refuses 待审核 without it (0040-signoff-guards.ts).
    appendAudit(db, id, actor, at, [
      {
        action: 'submit',
        field: '状态',
        path: '',
        oldValue: STATUS_LABEL[row.status],
        newValue: `${STATUS_LABEL.submitted}（第${row.version}版，第${row.revision}次保存）`,
      },
    ]);
    db.prepare("UPDATE reports SET status = 'submitted', status_note = '', updated_at = ? WHERE id = ?").run(at, id);
  });
}

/** 待审核 → 退回, with the supervisor's reason; the clerk may edit again. */
export function returnReport(db: Db, id: string, reviewer: string, reason: string): void {
  transition(db, id, 'return', null, (row, at) => {
    db.prepare("UPDATE reports SET status = 'returned', status_note = ?, updated_at = ? WHERE id = ?").run(
      reason,
      at,
      id,
    );
    appendAudit(db, id, reviewer, at, [
      { action: 'return', field: '状态', path: '', oldValue: STATUS_LABEL[row.status], newValue: `退回：${reason}` },
    ]);
  });
}

export interface NewApproval {
  /** The revision the supervisor saw; approving fails if the report has changed since. */
  revision: number;
  approverName: string;
  approverRole: string;
  comment: string;
  /** The exact PDF shown to the supervisor. */
  pdf: Uint8Array;
  /** SHA-256 of the stored data the PDF was made from. */
  dataSha256: string;
  /** The PDF carries a certificate (PAdES) signature. */
  digitallySigned?: boolean;
  /** The audit chain's head when the PDF was made: the PDF carries it too. */
  auditSeq: number;
  auditHash: string;
  /** How the approver was confirmed, for the audit entry ("已验证审核人口令"). */
  approverCheck?: string;
}

/** 待审核 → 已签发: freezes the data and the PDF bytes. */
export function approveReport(db: Db, id: string, input: NewApproval): ApprovalRecord {
  let record: ApprovalRecord | null = null;
  transition(db, id, 'approve', input.revision, (row, at) => {
    if (sha256Hex(row.data) !== input.dataSha256) {
      throw new UserFacingError('conflict', '签发用的PDF不是根据当前版本生成的，请重新生成PDF后再签发');
    }
    const pdfSha256 = sha256Hex(input.pdf);
    db.prepare(
      `INSERT INTO approvals (report_id, version, revision, approver_name, approver_role, comment, approved_at, data,
         data_sha256, pdf, pdf_sha256, title, audit_seq, audit_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      row.version,
      row.revision,
      input.approverName,
      input.approverRole,
      input.comment,
      at,
      row.data,
      input.dataSha256,
      Buffer.from(input.pdf),
      pdfSha256,
      row.title,
      input.auditSeq,
      input.auditHash,
    );
    db.prepare("UPDATE reports SET status = 'approved', status_note = '', updated_at = ? WHERE id = ?").run(at, id);
    appendAudit(db, id, input.approverName, at, [
      {
        action: 'approve',
        field: '状态',
        path: '',
        oldValue: STATUS_LABEL[row.status],
        newValue: `${STATUS_LABEL.approved}（第${row.version}版，${input.approverRole}，${input.digitallySigned ? '已加数字签名，' : ''}${input.approverCheck ? `${input.approverCheck}，` : ''}PDF SHA-256 ${pdfSha256}）`,
      },
    ]);
    record = {
      reportId: id,
      version: row.version,
      revision: row.revision,
      approverName: input.approverName,
      approverRole: input.approverRole,
      comment: input.comment,
      approvedAt: at,
      dataSha256: input.dataSha256,
      pdfSha256,
      title: row.title,
      auditSeq: input.auditSeq,
      auditHash: input.auditHash,
    };
  });
  if (!record) throw new Error('approval was not recorded');
  return record;
}

/** 已签发 → 草稿 of the next version; the approved version stays in `approvals` as it was. */
export function reopenReport(db: Db, id: string, actor = DEFAULT_ACTOR): number {
  let version = 0;
  transition(db, id, 'reopen', null, (row, at) => {
    version = row.version + 1;
    // The audit entry first: the database refuses a reopening without it (0040-signoff-guards.ts).
    appendAudit(db, id, actor, at, [
      {
        action: 'reopen',
        field: '版本',
        path: '',
        oldValue: `第${row.version}版（已签发）`,
        newValue: `第${version}版（草稿）`,
      },
    ]);
    db.prepare("UPDATE reports SET status = 'draft', version = ?, status_note = '', updated_at = ? WHERE id = ?").run(
      version,
      at,
      id,
    );
  });
  return version;
}

export function listApprovals(db: Db, id: string): ApprovalRecord[] {
  return db
    .prepare<[string], SqlApprovalRow>(`SELECT ${APPROVAL_COLUMNS} FROM approvals WHERE report_id = ? ORDER BY version`)
    .all(id)
    .map(toApproval);
}

export function findApprovalByPdf(db: Db, pdfSha256: string): ApprovalRecord | null {
  const row = db
    .prepare<[string], SqlApprovalRow>(`SELECT ${APPROVAL_COLUMNS} FROM approvals WHERE pdf_sha256 = ?`)
    .get(pdfSha256);
  return row ? toApproval(row) : null;
}

export function findApproval(db: Db, id: string, version: number): ApprovalRecord | null {
  const row = db
    .prepare<[string, number], SqlApprovalRow>(
      `SELECT ${APPROVAL_COLUMNS} FROM approvals WHERE report_id = ? AND version = ?`,
    )
    .get(id, version);
  return row ? toApproval(row) : null;
}

/** Every approval, for checking the whole database. */
export function allApprovals(db: Db): ApprovalRecord[] {
  return db
    .prepare<[], SqlApprovalRow>(`SELECT ${APPROVAL_COLUMNS} FROM approvals ORDER BY report_id, version`)
    .all()
    .map(toApproval);
}

/** The data an approval froze, and the data of the revision it names (null if that revision row is gone). */
export function frozenData(db: Db, a: ApprovalRecord): { frozen: string; revision: string | null } {
  const frozen =
    db
      .prepare<[string, number], { data: string }>('SELECT data FROM approvals WHERE report_id = ? AND version = ?')
      .get(a.reportId, a.version)?.data ?? '';
  const revision =
    db
      .prepare<[string, number], { data: string }>(
        'SELECT data FROM report_revisions WHERE report_id = ? AND revision = ?',
      )
      .get(a.reportId, a.revision)?.data ?? null;
  return { frozen, revision };
}

/** Reports whose status says 已签发 without an approval of their current version and revision. */
export function approvedWithoutApproval(db: Db): { id: string; title: string; version: number }[] {
  return db
    .prepare<[], { id: string; title: string; version: number }>(
      `SELECT id, title, version FROM reports r WHERE status = 'approved' AND NOT EXISTS (
         SELECT 1 FROM approvals a WHERE a.report_id = r.id AND a.version = r.version AND a.revision = r.revision)`,
    )
    .all();
}

/** The approved PDF's exact bytes. */
export function approvedPdf(db: Db, id: string, version: number): Uint8Array {
  const row = db
    .prepare<[string, number], { pdf: Buffer }>('SELECT pdf FROM approvals WHERE report_id = ? AND version = ?')
    .get(id, version);
  if (!row) throw new UserFacingError('not-found', `这份报告没有第${version}版的签发记录`);
  return new Uint8Array(row.pdf);
}
