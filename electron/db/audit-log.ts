/**
 * The audit log: every change to every report (who, when, which field, old → new), append-only and hash-chained.
 * Each entry's hash covers the previous entry's hash and all of its own columns, and the chain's head (last seq and
 * hash) is kept in audit_head. With the triggers dropped, `verifyAuditChain` detects an edited or deleted entry and
 * entries cut from the end while audit_head still names the old end. It cannot detect a cut that also moves
 * audit_head, nor a rewrite whose hashes were recomputed (the formula is public): those are detected only against an
 * anchor kept elsewhere, such as the chain head each approved PDF carries (services/signoff/cross-checks.ts).
 * Entries are written by report-store.ts inside the same transaction as the change they describe.
 */
import { createHash } from 'node:crypto';
import type { Db } from './db-handle';

export const GENESIS_HASH = '0'.repeat(64);

/** Long texts (a paragraph may hold 20,000 characters) are kept as their start and end, with their length. */
export const MAX_AUDIT_VALUE_CHARS = 400;

export type AuditAction =
  | 'create'
  | 'edit'
  | 'import'
  | 'restore-revision'
  | 'rename'
  | 'delete'
  | 'undelete'
  | 'submit'
  | 'return'
  | 'approve'
  | 'reopen'
  | 'restore-backup'
  | 'repair-guards';

export const AUDIT_ACTION_LABEL: Record<AuditAction, string> = {
  create: '新建',
  edit: '修改',
  import: '导入',
  'restore-revision': '恢复旧版本',
  rename: '重命名',
  delete: '移入回收站',
  undelete: '从回收站恢复',
  submit: '送审',
  return: '退回',
  approve: '签发',
  reopen: '重新打开',
  'restore-backup': '从备份恢复',
  'repair-guards': '重建保护规则',
};

export interface AuditChange {
  action: AuditAction;
  /** The field as the clerk knows it ("二（二）项目支出 第3行「支出」"), or what the action concerned. */
  field: string;
  /** The field's path in the report ("projects.items.2.spentFen"), '' for the whole report. */
  path: string;
  oldValue: string;
  newValue: string;
}

export interface AuditEntry extends AuditChange {
  seq: number;
  reportId: string;
  at: string;
  actor: string;
  prevHash: string;
  hash: string;
}

interface SqlAuditRow {
  seq: number;
  report_id: string;
  at: string;
  actor: string;
  action: AuditAction;
  field: string;
  path: string;
  old_value: string;
  new_value: string;
  prev_hash: string;
  hash: string;
}

export function clipAuditValue(value: string): string {
  if (value.length <= MAX_AUDIT_VALUE_CHARS) return value;
  const half = MAX_AUDIT_VALUE_CHARS / 2;
  return `${value.slice(0, half)}……${value.slice(-half)}（共${value.length}字）`;
}

/** The hash of one entry: its predecessor's hash and every column, in a fixed order. */
export function entryHash(prevHash: string, e: Omit<AuditEntry, 'prevHash' | 'hash'>): string {
  const body = JSON.stringify([e.seq, e.reportId, e.at, e.actor, e.action, e.field, e.path, e.oldValue, e.newValue]);
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/** The chain's end as audit_head records it: an approved PDF carries it as its anchor. */
export function chainHead(db: Db): { seq: number; hash: string } {
  return (
    db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_head WHERE id = 1').get() ?? {
      seq: 0,
      hash: GENESIS_HASH,
    }
  );
}

/** Appends entries for one report. Must run inside the caller's write transaction. */
export function appendAudit(
  db: Db,
  reportId: string,
  actor: string,
  at: string,
  changes: readonly AuditChange[],
): void {
  if (changes.length === 0) return;
  let { seq, hash } = chainHead(db);
  const insert = db.prepare(
    `INSERT INTO audit_log (seq, report_id, at, actor, action, field, path, old_value, new_value, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const change of changes) {
    seq += 1;
    const entry = {
      ...change,
      seq,
      reportId,
      at,
      actor,
      oldValue: clipAuditValue(change.oldValue),
      newValue: clipAuditValue(change.newValue),
    };
    const next = entryHash(hash, entry);
    insert.run(
      seq,
      reportId,
      at,
      actor,
      entry.action,
      entry.field,
      entry.path,
      entry.oldValue,
      entry.newValue,
      hash,
      next,
    );
    hash = next;
  }
  db.prepare(
    'INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash',
  ).run(seq, hash);
}

function toEntry(r: SqlAuditRow): AuditEntry {
  return {
    seq: r.seq,
    reportId: r.report_id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    field: r.field,
    path: r.path,
    oldValue: r.old_value,
    newValue: r.new_value,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/** One report's entries, oldest first. */
export function listAudit(db: Db, reportId: string): AuditEntry[] {
  return db
    .prepare<[string], SqlAuditRow>('SELECT * FROM audit_log WHERE report_id = ? ORDER BY seq')
    .all(reportId)
    .map(toEntry);
}

/** One report's entries of one kind, oldest first (the sign-off checks look for the approve and submit entries). */
export function auditEntriesOf(db: Db, reportId: string, action: AuditAction): AuditEntry[] {
  return db
    .prepare<[string, string], SqlAuditRow>('SELECT * FROM audit_log WHERE report_id = ? AND action = ? ORDER BY seq')
    .all(reportId, action)
    .map(toEntry);
}

/** The stored hash of entry `seq`, or null if there is no such entry. */
export function auditHashAt(db: Db, seq: number): string | null {
  return db.prepare<[number], { hash: string }>('SELECT hash FROM audit_log WHERE seq = ?').get(seq)?.hash ?? null;
}

/** One page of a report's entries, newest first (what a reader of the log usually looks for), and their total. */
export function auditPage(
  db: Db,
  reportId: string,
  offset: number,
  limit: number,
): { total: number; entries: AuditEntry[] } {
  const total =
    db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM audit_log WHERE report_id = ?').get(reportId)?.n ??
    0;
  const entries = db
    .prepare<[string, number, number], SqlAuditRow>(
      'SELECT * FROM audit_log WHERE report_id = ? ORDER BY seq DESC LIMIT ? OFFSET ?',
    )
    .all(reportId, limit, offset)
    .map(toEntry);
  return { total, entries };
}

export type ChainVerdict =
  { ok: true; count: number; headHash: string } | { ok: false; count: number; seq: number | null; problem: string };

/**
 * Walks the whole chain (every report's entries: deleting all of one report's entries must show too) and compares
 * its end with audit_head. The first break is reported with its sequence number.
 */
export function verifyAuditChain(db: Db): ChainVerdict {
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  let count = 0;
  // Raw rows in column order: the walk touches every entry, and plain arrays are much cheaper than objects.
  const rows = db
    .prepare<[], unknown[]>(
      'SELECT seq, report_id, at, actor, action, field, path, old_value, new_value, prev_hash, hash FROM audit_log ORDER BY seq',
    )
    .raw()
    .iterate();
  for (const row of rows) {
    const [seq, reportId, at, actor, action, field, path, oldValue, newValue, prevHash, hash] = row as [
      number,
      string,
      string,
      string,
      AuditAction,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (seq !== expectedSeq) {
      return { ok: false, count, seq: expectedSeq, problem: `第${expectedSeq}条记录缺失（可能已被删除）` };
    }
    if (prevHash !== prev) {
      return { ok: false, count, seq, problem: `第${seq}条记录与前一条衔接不上（前面的记录被改动或删除）` };
    }
    const entry = { seq, reportId, at, actor, action, field, path, oldValue, newValue };
    if (entryHash(prev, entry) !== hash) {
      return { ok: false, count, seq, problem: `第${seq}条记录的内容被改动过` };
    }
    prev = hash;
    expectedSeq += 1;
    count += 1;
  }
  const h = chainHead(db);
  if (h.seq !== count || h.hash !== prev) {
    return {
      ok: false,
      count,
      seq: count + 1,
      problem: `日志末尾的记录缺失：应有${h.seq}条，实有${count}条（最后的记录可能已被删除）`,
    };
  }
  return { ok: true, count, headHash: prev };
}
