/**
 * Sign-off and integrity (issue 6): report versions, frozen approvals with the exact PDF bytes, and a hash-chained
 * append-only audit log. The triggers make SQLite itself refuse what the code never does, so a change made with
 * another SQLite tool fails too, unless that tool drops the triggers first (see 0040-signoff-guards.ts):
 *  - an approval row can be neither edited nor deleted;
 *  - the revision row an approval froze can be neither edited nor deleted;
 *  - a report's data cannot change while it is submitted or approved;
 *  - an approved report only leaves that state by reopening, which starts a new version;
 *  - audit entries can be neither edited nor deleted (the hash chain detects some such edits if the triggers are
 *    dropped; audit-log.ts says which).
 */
import type { Migration } from './migration';

export const signoff: Migration = {
  version: 20,
  name: 'signoff',
  up(db) {
    db.exec(`
      ALTER TABLE reports ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
      ALTER TABLE reports ADD COLUMN status_note TEXT NOT NULL DEFAULT '';

      CREATE TABLE approvals (
        report_id TEXT NOT NULL REFERENCES reports (id),
        version INTEGER NOT NULL,
        revision INTEGER NOT NULL,
        approver_name TEXT NOT NULL,
        approver_role TEXT NOT NULL,
        comment TEXT NOT NULL,
        approved_at TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        data_sha256 TEXT NOT NULL CHECK (length(data_sha256) = 64),
        pdf BLOB NOT NULL,
        pdf_sha256 TEXT NOT NULL UNIQUE CHECK (length(pdf_sha256) = 64),
        PRIMARY KEY (report_id, version)
      ) STRICT;

      CREATE TRIGGER approvals_no_update BEFORE UPDATE ON approvals
      BEGIN SELECT RAISE(ABORT, '已签发的版本不可修改'); END;
      CREATE TRIGGER approvals_no_delete BEFORE DELETE ON approvals
      BEGIN SELECT RAISE(ABORT, '已签发的版本不可删除'); END;

      CREATE TRIGGER approved_revision_no_update BEFORE UPDATE ON report_revisions
      WHEN EXISTS (SELECT 1 FROM approvals a WHERE a.report_id = OLD.report_id AND a.revision = OLD.revision)
      BEGIN SELECT RAISE(ABORT, '已签发的版本不可修改'); END;
      CREATE TRIGGER approved_revision_no_delete BEFORE DELETE ON report_revisions
      WHEN EXISTS (SELECT 1 FROM approvals a WHERE a.report_id = OLD.report_id AND a.revision = OLD.revision)
      BEGIN SELECT RAISE(ABORT, '已签发的版本不可删除'); END;

      CREATE TRIGGER locked_report_no_edit BEFORE UPDATE OF data, revision, unit_name, year ON reports
      WHEN OLD.status IN ('submitted', 'approved')
      BEGIN SELECT RAISE(ABORT, '报告已送审或已签发，内容不可修改'); END;
      CREATE TRIGGER approved_report_reopens_as_new_version BEFORE UPDATE OF status, version ON reports
      WHEN OLD.status = 'approved' AND NOT (NEW.status = 'approved' AND NEW.version = OLD.version)
        AND NOT (NEW.status = 'draft' AND NEW.version = OLD.version + 1)
      BEGIN SELECT RAISE(ABORT, '已签发的报告只能重新打开为新版本'); END;
      CREATE TRIGGER approved_report_no_delete BEFORE DELETE ON reports
      WHEN EXISTS (SELECT 1 FROM approvals a WHERE a.report_id = OLD.id)
      BEGIN SELECT RAISE(ABORT, '有签发记录的报告不可删除'); END;

      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        report_id TEXT NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        field TEXT NOT NULL,
        path TEXT NOT NULL,
        old_value TEXT NOT NULL,
        new_value TEXT NOT NULL,
        prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
        hash TEXT NOT NULL CHECK (length(hash) = 64)
      ) STRICT;
      CREATE INDEX audit_log_report ON audit_log (report_id, seq);

      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, '审计日志只能追加，不可修改'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, '审计日志只能追加，不可删除'); END;

      -- The chain's head, written with each append: removing entries from the end breaks the match.
      CREATE TABLE audit_head (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL CHECK (length(hash) = 64)
      ) STRICT;
    `);
  },
};
