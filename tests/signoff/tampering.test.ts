// Issue 14: each tampering an auditor tried on a copy of a real database, with raw SQL. With the triggers in
// place it is refused; with every trigger dropped first it goes through, and `selfeval verify` reports it with
// exit 1 (for the PDF, and for the database as a whole).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTamperFixture,
  dropAllTriggers,
  recomputeChain,
  sha256Hex,
  tamperCopy,
  verifyCli,
  writeTemp,
  type TamperFixture,
} from './tamper-kit';

let f: TamperFixture;
let approvedFile: string;
let draftFile: string;

beforeAll(async () => {
  f = await buildTamperFixture();
  approvedFile = writeTemp(f, 'approved.pdf', f.approvedPdf);
  draftFile = writeTemp(f, 'draft.pdf', f.draftPdf);
}, 120_000);
afterAll(() => f.h.close());

const now = '2025-06-01T00:00:00.000Z';

function forgeApproval(raw: ReturnType<typeof tamperCopy>['raw']): void {
  const row = raw
    .prepare<[string], { version: number; revision: number; data: string }>(
      'SELECT version, revision, data FROM reports WHERE id = ?',
    )
    .get(f.draftId);
  if (!row) throw new Error('the draft is in the fixture');
  raw
    .prepare(
      `INSERT INTO approvals (report_id, version, revision, approver_name, approver_role, comment, approved_at, data,
         data_sha256, pdf, pdf_sha256, audit_seq, audit_hash)
       SELECT ?, ?, ?, '李局长', '局长', '同意', ?, ?, ?, ?, ?, seq, hash FROM audit_head`,
    )
    .run(f.draftId, row.version, row.revision, now, row.data, sha256Hex(row.data), f.draftPdf, sha256Hex(f.draftPdf));
  raw.prepare("UPDATE reports SET status = 'approved' WHERE id = ?").run(f.draftId);
}

describe('the untouched copy verifies', () => {
  it('as approved and intact, with exit 0', () => {
    const { file, raw } = tamperCopy(f);
    raw.close();
    expect(verifyCli([approvedFile, '--db', file])).toMatchObject({ code: 0 });
    expect(verifyCli(['--db', file])).toMatchObject({ code: 0, stdout: expect.stringContaining('审计日志完好') });
  });
});

describe('a forged approval for a draft that still has 强制 errors', () => {
  it('is refused by the triggers, even going through 待审核 first', () => {
    const { raw } = tamperCopy(f);
    expect(() => forgeApproval(raw)).toThrow(/只有待审核的报告可以签发/);
    expect(() => raw.prepare("UPDATE reports SET status = 'submitted' WHERE id = ?").run(f.draftId)).toThrow(/送审/);
    raw.close();
  });

  it('with the triggers dropped, verify reports it (PDF and database) with exit 1', () => {
    const { file, raw } = tamperCopy(f);
    dropAllTriggers(raw);
    forgeApproval(raw);
    raw.close();
    const pdf = verifyCli([draftFile, '--db', file]);
    expect(pdf.code).toBe(1);
    expect(pdf.stdout).toContain('PDF本身没有签发标记');
    expect(pdf.stdout).toContain('审计日志中没有这次签发');
    expect(pdf.stdout).not.toContain('文件未被改动：它就是');
    const whole = verifyCli(['--db', file]);
    expect(whole.code).toBe(1);
    expect(whole.stdout).toContain('审计日志中没有这次签发');
    expect(whole.stdout).toContain('保护触发器缺失');
  });
});

describe('the stored approved PDF swapped for a plain export', () => {
  it('with the triggers dropped, verify reports both files with exit 1', () => {
    const { file, raw } = tamperCopy(f);
    dropAllTriggers(raw);
    raw
      .prepare('UPDATE approvals SET pdf = ?, pdf_sha256 = ? WHERE report_id = ?')
      .run(f.draftPdf, sha256Hex(f.draftPdf), f.approvedId);
    raw.close();
    const swapped = verifyCli([draftFile, '--db', file]);
    expect(swapped.code).toBe(1);
    expect(swapped.stdout).toContain('PDF本身没有签发标记');
    expect(swapped.stdout).toContain('审计日志记载的签发PDF哈希与签发记录不一致');
    const original = verifyCli([approvedFile, '--db', file]);
    expect(original.code).toBe(1);
    expect(original.stdout).toContain('审计日志记载的签发PDF正是本文件');
  });
});

describe('the audit chain cut at the end', () => {
  function cut(raw: ReturnType<typeof tamperCopy>['raw']): void {
    const approve = raw.prepare<[], { seq: number }>("SELECT seq FROM audit_log WHERE action = 'approve'").get();
    const keep = (approve?.seq ?? 0) - 1;
    raw.prepare('DELETE FROM audit_log WHERE seq > ?').run(keep);
    raw
      .prepare('UPDATE audit_head SET seq = ?, hash = (SELECT hash FROM audit_log WHERE seq = ?) WHERE id = 1')
      .run(keep, keep);
  }

  it('is refused by the triggers (entries and head)', () => {
    const { raw } = tamperCopy(f);
    expect(() => cut(raw)).toThrow(/只能追加/);
    expect(() => raw.exec('UPDATE audit_head SET seq = seq - 1')).toThrow(/审计日志/);
    expect(() => raw.exec('DELETE FROM audit_head')).toThrow(/审计日志/);
    raw.close();
  });

  it('with the triggers dropped, verify reports it with exit 1', () => {
    const { file, raw } = tamperCopy(f);
    dropAllTriggers(raw);
    cut(raw);
    raw.close();
    const whole = verifyCli(['--db', file]);
    expect(whole.code).toBe(1);
    expect(whole.stdout).toContain('审计日志中没有这次签发');
    const pdf = verifyCli([approvedFile, '--db', file]);
    expect(pdf.code).toBe(1);
    expect(pdf.stdout).toContain('审计日志中没有这次签发');
  });
});

describe('the middle of the audit chain rewritten and the chain recomputed', () => {
  it('is refused by the triggers', () => {
    const { raw } = tamperCopy(f);
    expect(() => raw.exec("UPDATE audit_log SET actor = '别人' WHERE seq = 2")).toThrow(/只能追加/);
    raw.close();
  });

  it("with the triggers dropped, the approved PDF's anchor reveals it: exit 1", () => {
    const { file, raw } = tamperCopy(f);
    dropAllTriggers(raw);
    raw.exec("UPDATE audit_log SET actor = '别人' WHERE seq = 2");
    recomputeChain(raw);
    raw.close();
    const pdf = verifyCli([approvedFile, '--db', file]);
    expect(pdf.code).toBe(1);
    expect(pdf.stdout).toContain('审计日志在签发之前的部分被改写或截断');
    const whole = verifyCli(['--db', file]);
    expect(whole.code).toBe(1);
    expect(whole.stdout).toContain('审计日志在签发之前的部分被改写或截断');
  });
});

describe("a draft's status set to approved with no approval", () => {
  it('is refused by the triggers', () => {
    const { raw } = tamperCopy(f);
    expect(() => raw.prepare("UPDATE reports SET status = 'approved' WHERE id = ?").run(f.draftId)).toThrow(/签发记录/);
    expect(() =>
      raw
        .prepare(
          `INSERT INTO reports (id, title, unit_name, year, status, revision, data, created_at, updated_at)
           SELECT 'forged', title, unit_name, year, 'approved', revision, data, created_at, updated_at FROM reports
           WHERE id = ?`,
        )
        .run(f.draftId),
    ).toThrow(/草稿/);
    raw.close();
  });

  it('with the triggers dropped, verify reports it with exit 1', () => {
    const { file, raw } = tamperCopy(f);
    dropAllTriggers(raw);
    raw.prepare("UPDATE reports SET status = 'approved' WHERE id = ?").run(f.draftId);
    raw.close();
    const whole = verifyCli(['--db', file]);
    expect(whole.code).toBe(1);
    expect(whole.stdout).toMatch(/状态为“已签发”，但没有第1版的签发记录/);
  });
});

describe('the title of an approved report renamed', () => {
  it('is refused by the triggers', () => {
    const { raw } = tamperCopy(f);
    expect(() => raw.prepare("UPDATE reports SET title = '别的报告' WHERE id = ?").run(f.approvedId)).toThrow(/已签发/);
    raw.close();
  });

  it('with the triggers dropped, verify quotes the approved title and reports the rename with exit 1', () => {
    const { file, raw } = tamperCopy(f);
    dropAllTriggers(raw);
    const before = raw.prepare<[string], { title: string }>('SELECT title FROM reports WHERE id = ?').get(f.approvedId);
    raw.prepare("UPDATE reports SET title = '别的报告' WHERE id = ?").run(f.approvedId);
    raw.close();
    const pdf = verifyCli([approvedFile, '--db', file]);
    expect(pdf.code).toBe(1);
    expect(pdf.stdout).toContain(`“${before?.title ?? ''}”`);
    expect(pdf.stdout).toContain('标题在签发后被改为“别的报告”');
  });
});
