/**
 * Sign-off guards (issue 14). Replaces the triggers of 0020-signoff.ts with a complete set, and gives each approval
 * the audit chain's head at the time its PDF was made (the anchor the PDF also carries) and the report's title.
 *  - a report starts as a draft; its status follows the workflow, and 送审, 签发 and 重新打开 need what the app
 *    writes with them (the audit entry, or the approval row);
 *  - an approval can only be inserted for a 待审核 report, for its current revision and data, anchored to an
 *    existing audit entry; it can then be neither edited nor deleted;
 *  - data, revision, unit, year and title are frozen while a report is submitted or approved;
 *  - audit entries are appended in order (seq + 1, prev_hash = the last hash) and never edited or deleted; the
 *    chain head (audit_head) can only point at the last entry.
 * A trigger cannot compute SHA-256, so a forger who drops these triggers (or appends entries with correct hashes)
 * is not stopped here: `selfeval verify` cross-checks what the triggers cannot.
 * The list is exported because start-up and restore compare the file's triggers with it (guard-triggers.ts).
 */
import type { Migration } from './migration';

const GENESIS = '0'.repeat(64);

/** The last audit entry is the app's record of this step for this report. */
const audited = (action: string) =>
  `EXISTS (SELECT 1 FROM audit_log l WHERE l.seq = (SELECT max(seq) FROM audit_log) AND l.report_id = NEW.id
    AND l.action = '${action}')`;

export const GUARD_TRIGGERS_V40: readonly { name: string; sql: string }[] = [
  {
    name: 'reports_insert_as_draft',
    sql: `CREATE TRIGGER reports_insert_as_draft BEFORE INSERT ON reports
      WHEN NEW.status <> 'draft' OR NEW.version <> 1
      BEGIN SELECT RAISE(ABORT, '新报告只能以草稿开始'); END`,
  },
  {
    name: 'reports_status_follows_workflow',
    sql: `CREATE TRIGGER reports_status_follows_workflow BEFORE UPDATE OF status ON reports
      WHEN NEW.status <> OLD.status AND NOT (
        (OLD.status IN ('draft', 'returned') AND NEW.status = 'submitted')
        OR (OLD.status = 'submitted' AND NEW.status IN ('returned', 'approved'))
        OR (OLD.status = 'approved' AND NEW.status = 'draft'))
      BEGIN SELECT RAISE(ABORT, '报告状态只能按“送审—退回或签发—重新打开”的顺序改变'); END`,
  },
  {
    name: 'reports_submit_audited',
    sql: `CREATE TRIGGER reports_submit_audited BEFORE UPDATE OF status ON reports
      WHEN NEW.status = 'submitted' AND OLD.status <> 'submitted' AND NOT ${audited('submit')}
      BEGIN SELECT RAISE(ABORT, '报告只能经本程序送审（送审须先写入审计日志）'); END`,
  },
  {
    name: 'reports_approve_needs_approval',
    sql: `CREATE TRIGGER reports_approve_needs_approval BEFORE UPDATE OF status ON reports
      WHEN NEW.status = 'approved' AND OLD.status <> 'approved' AND NOT EXISTS (
        SELECT 1 FROM approvals a WHERE a.report_id = NEW.id AND a.version = NEW.version AND a.revision = NEW.revision)
      BEGIN SELECT RAISE(ABORT, '没有与当前版本对应的签发记录，报告不能设为已签发'); END`,
  },
  {
    name: 'approved_report_reopens_as_new_version',
    sql: `CREATE TRIGGER approved_report_reopens_as_new_version BEFORE UPDATE OF status, version ON reports
      WHEN (OLD.status = 'approved' OR NEW.version <> OLD.version)
        AND NOT (NEW.status = OLD.status AND NEW.version = OLD.version)
        AND NOT (OLD.status = 'approved' AND NEW.status = 'draft' AND NEW.version = OLD.version + 1
          AND ${audited('reopen')})
      BEGIN SELECT RAISE(ABORT, '已签发的报告只能经本程序重新打开为新版本'); END`,
  },
  {
    name: 'locked_report_no_edit',
    sql: `CREATE TRIGGER locked_report_no_edit BEFORE UPDATE OF data, revision, unit_name, year, title ON reports
      WHEN OLD.status IN ('submitted', 'approved')
      BEGIN SELECT RAISE(ABORT, '报告已送审或已签发，内容和标题不可修改'); END`,
  },
  {
    name: 'approved_report_no_delete',
    sql: `CREATE TRIGGER approved_report_no_delete BEFORE DELETE ON reports
      WHEN EXISTS (SELECT 1 FROM approvals a WHERE a.report_id = OLD.id)
      BEGIN SELECT RAISE(ABORT, '有签发记录的报告不可删除'); END`,
  },
  {
    name: 'approvals_only_for_submitted',
    sql: `CREATE TRIGGER approvals_only_for_submitted BEFORE INSERT ON approvals
      WHEN NOT EXISTS (SELECT 1 FROM reports r WHERE r.id = NEW.report_id AND r.status = 'submitted'
          AND r.deleted_at IS NULL AND r.version = NEW.version AND r.revision = NEW.revision AND r.data = NEW.data)
        OR NOT EXISTS (SELECT 1 FROM report_revisions v WHERE v.report_id = NEW.report_id
          AND v.revision = NEW.revision AND v.data = NEW.data)
      BEGIN SELECT RAISE(ABORT, '只有待审核的报告可以签发，且签发的必须是它当前保存的内容'); END`,
  },
  {
    name: 'approvals_anchored',
    sql: `CREATE TRIGGER approvals_anchored BEFORE INSERT ON approvals
      WHEN NEW.audit_seq IS NULL OR NOT EXISTS (
        SELECT 1 FROM audit_log l WHERE l.seq = NEW.audit_seq AND l.hash = NEW.audit_hash)
      BEGIN SELECT RAISE(ABORT, '签发记录必须指向审计日志中已有的一条记录'); END`,
  },
  {
    name: 'approvals_no_update',
    sql: `CREATE TRIGGER approvals_no_update BEFORE UPDATE ON approvals
      BEGIN SELECT RAISE(ABORT, '已签发的版本不可修改'); END`,
  },
  {
    name: 'approvals_no_delete',
    sql: `CREATE TRIGGER approvals_no_delete BEFORE DELETE ON approvals
      BEGIN SELECT RAISE(ABORT, '已签发的版本不可删除'); END`,
  },
  {
    name: 'approved_revision_no_update',
    sql: `CREATE TRIGGER approved_revision_no_update BEFORE UPDATE ON report_revisions
      WHEN EXISTS (SELECT 1 FROM approvals a WHERE a.report_id = OLD.report_id AND a.revision = OLD.revision)
      BEGIN SELECT RAISE(ABORT, '已签发的版本不可修改'); END`,
  },
  {
    name: 'approved_revision_no_delete',
    sql: `CREATE TRIGGER approved_revision_no_delete BEFORE DELETE ON report_revisions
      WHEN EXISTS (SELECT 1 FROM approvals a WHERE a.report_id = OLD.report_id AND a.revision = OLD.revision)
      BEGIN SELECT RAISE(ABORT, '已签发的版本不可删除'); END`,
  },
  {
    name: 'audit_log_append_in_order',
    sql: `CREATE TRIGGER audit_log_append_in_order BEFORE INSERT ON audit_log
      WHEN NEW.seq <> coalesce((SELECT max(seq) FROM audit_log), 0) + 1
        OR NEW.prev_hash <> coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '${GENESIS}')
      BEGIN SELECT RAISE(ABORT, '审计日志只能按顺序追加'); END`,
  },
  {
    name: 'audit_log_no_update',
    sql: `CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, '审计日志只能追加，不可修改'); END`,
  },
  {
    name: 'audit_log_no_delete',
    sql: `CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, '审计日志只能追加，不可删除'); END`,
  },
  {
    name: 'audit_head_insert_at_end',
    sql: `CREATE TRIGGER audit_head_insert_at_end BEFORE INSERT ON audit_head
      WHEN NEW.seq IS NOT (SELECT max(seq) FROM audit_log)
        OR NEW.hash IS NOT (SELECT hash FROM audit_log WHERE seq = NEW.seq)
      BEGIN SELECT RAISE(ABORT, '审计日志的链尾只能指向最后一条记录'); END`,
  },
  {
    name: 'audit_head_update_at_end',
    sql: `CREATE TRIGGER audit_head_update_at_end BEFORE UPDATE ON audit_head
      WHEN NEW.seq IS NOT (SELECT max(seq) FROM audit_log)
        OR NEW.hash IS NOT (SELECT hash FROM audit_log WHERE seq = NEW.seq)
      BEGIN SELECT RAISE(ABORT, '审计日志的链尾只能指向最后一条记录'); END`,
  },
  {
    name: 'audit_head_no_delete',
    sql: `CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
      BEGIN SELECT RAISE(ABORT, '审计日志的链尾不可删除'); END`,
  },
];

/** The triggers 0020-signoff.ts created; the ones not in the list above are replaced by stricter ones. */
export const GUARD_TRIGGER_NAMES_V20: readonly string[] = [
  'approvals_no_update',
  'approvals_no_delete',
  'approved_revision_no_update',
  'approved_revision_no_delete',
  'locked_report_no_edit',
  'approved_report_reopens_as_new_version',
  'approved_report_no_delete',
  'audit_log_no_update',
  'audit_log_no_delete',
];

export const signoffGuards: Migration = {
  version: 40,
  name: 'signoff-guards',
  up(db) {
    db.exec(`
      ALTER TABLE approvals ADD COLUMN title TEXT;
      ALTER TABLE approvals ADD COLUMN audit_seq INTEGER;
      ALTER TABLE approvals ADD COLUMN audit_hash TEXT CHECK (audit_hash IS NULL OR length(audit_hash) = 64);
    `);
    for (const name of GUARD_TRIGGER_NAMES_V20) db.exec(`DROP TRIGGER IF EXISTS ${name}`);
    for (const t of GUARD_TRIGGERS_V40) db.exec(t.sql);
  },
};
