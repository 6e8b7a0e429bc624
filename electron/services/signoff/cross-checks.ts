/**
 * What verification cross-checks beyond the PDF's own hash (issue 14). Each record of an approval is compared with
 * every other record of it: the frozen data with its SHA-256 and with the revision it names, the approval with
 * its audit entries (送审 and 签发, the latter naming the PDF's SHA-256), the audit chain with the anchor taken
 * when the PDF was made, the report's status and title with the approval. An approved PDF's embedded claims are
 * compared with the approval too. Each mismatch is one Chinese sentence; an empty list means everything agrees.
 * A forger who rewrites all of these consistently (and knows the hash formulas) is not caught here: only anchors
 * the forger cannot change (a hash on paper, a certificate, the receipt the finance bureau holds) catch that.
 */
import type { Db } from '../../db/db-handle';
import { auditEntriesOf, auditHashAt, verifyAuditChain, type ChainVerdict } from '../../db/audit-log';
import { missingOrAlteredGuards } from '../../db/guard-triggers';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import * as store from '../../db/report-store';
import {
  allApprovals,
  approvedWithoutApproval,
  frozenData,
  sha256Hex,
  shortFingerprint,
  type ApprovalRecord,
} from '../../db/signoff-store';
import type { PdfClaims } from './pdf-claims';

const short = (hash: string | null) => (hash ? `${hash.slice(0, 16)}…` : '无');

/** The PDF SHA-256 an approve entry names ("…PDF SHA-256 <hex>）"). */
function pdfHashInEntry(newValue: string): string | null {
  return /PDF SHA-256 ([0-9a-f]{64})/.exec(newValue)?.[1] ?? null;
}

/** The audit entry of this approval, if the log has one. */
export function approveEntryOf(db: Db, a: ApprovalRecord) {
  return auditEntriesOf(db, a.reportId, 'approve').find((e) => e.newValue.includes(`第${a.version}版`)) ?? null;
}

/** The PDF SHA-256 the audit log recorded for this approval. */
export function auditedPdfHash(db: Db, a: ApprovalRecord): string | null {
  const entry = approveEntryOf(db, a);
  return entry ? pdfHashInEntry(entry.newValue) : null;
}

/** Does the chain still hold, unchanged, the entry the anchor names? */
function anchorProblem(db: Db, seq: number, hash: string, chain: ChainVerdict, whose: string): string | null {
  const stored = auditHashAt(db, seq);
  const brokenBefore = !chain.ok && chain.seq !== null && chain.seq <= seq;
  if (stored === hash && !brokenBefore) return null;
  return `审计日志在签发之前的部分被改写或截断：${whose}记载签发时第${seq}条记录的哈希为${short(hash)}，现在${stored ? `为${short(stored)}` : '没有这条记录'}`;
}

/** Everything the database holds about one approval, compared. */
export function approvalProblems(db: Db, a: ApprovalRecord, chain: ChainVerdict): string[] {
  const problems: string[] = [];
  const { frozen, revision } = frozenData(db, a);
  if (sha256Hex(frozen) !== a.dataSha256) {
    problems.push(`签发记录中冻结的报告数据与它记载的SHA-256（${short(a.dataSha256)}）不一致：冻结数据被改动过`);
  }
  if (revision === null) {
    problems.push(`签发的第${a.revision}次保存在修订记录中已不存在`);
  } else if (revision !== frozen) {
    problems.push(`签发记录冻结的数据与第${a.revision}次保存的内容不一致`);
  }
  const approve = approveEntryOf(db, a);
  if (!approve) {
    problems.push(`审计日志中没有这次签发（第${a.version}版）的记录`);
  } else {
    const logged = pdfHashInEntry(approve.newValue);
    if (logged !== a.pdfSha256) {
      problems.push(
        `审计日志记载的签发PDF哈希与签发记录不一致（审计日志：${short(logged)}，签发记录：${short(a.pdfSha256)}）`,
      );
    }
    // The 送审 of this version: the last one before the 签发, with no 退回 or 重新打开 in between.
    const before = (e: { seq: number }) => e.seq < approve.seq;
    const submit = auditEntriesOf(db, a.reportId, 'submit')
      .filter((e) => before(e) && e.newValue.includes(`第${a.version}版`))
      .at(-1);
    const undone = [...auditEntriesOf(db, a.reportId, 'return'), ...auditEntriesOf(db, a.reportId, 'reopen')].some(
      (e) => before(e) && submit !== undefined && e.seq > submit.seq,
    );
    if (!submit || undone) problems.push(`审计日志中没有第${a.version}版签发前的送审记录（或送审后已被退回）`);
  }
  if (a.auditSeq !== null && a.auditHash !== null) {
    const p = anchorProblem(db, a.auditSeq, a.auditHash, chain, '签发记录');
    if (p) problems.push(p);
  }
  const report = store.selectRow(db, a.reportId);
  if (!report) {
    problems.push('签发记录所属的报告已不在数据库中');
  } else if (report.version === a.version) {
    if (report.status !== 'approved') {
      problems.push(`报告仍是第${a.version}版，但状态为“${report.status}”而不是“已签发”`);
    }
    if (a.title !== null && report.title !== a.title) {
      problems.push(`报告标题在签发后被改为“${report.title}”（签发时为“${a.title}”）`);
    }
  }
  return problems;
}

/** What an approved PDF says about itself, compared with the approval whose PDF hash it has. */
export function claimProblems(db: Db, a: ApprovalRecord, claims: PdfClaims, chain: ChainVerdict): string[] {
  const problems: string[] = [];
  if (claims.approvedVersion === null) {
    problems.push('PDF本身没有签发标记（它是普通导出或其他文件，不是签发时生成的PDF）');
  } else if (claims.approvedVersion !== a.version) {
    problems.push(`PDF中记载的版本（第${claims.approvedVersion}版）与签发记录（第${a.version}版）不一致`);
  }
  if (claims.reportId !== a.reportId) problems.push('PDF中记载的报告编号与签发记录不一致');
  if (claims.contentSha256 !== a.dataSha256) {
    problems.push(
      `PDF中记载的报告数据SHA-256（${short(claims.contentSha256)}）与签发记录（${short(a.dataSha256)}）不一致`,
    );
  }
  if (claims.approvedVersion !== null && claims.fingerprint !== shortFingerprint(a.dataSha256)) {
    problems.push('PDF中的报告指纹与签发记录不一致');
  }
  if (claims.auditSeq !== null && claims.auditHash !== null) {
    if (claims.auditSeq !== a.auditSeq || claims.auditHash !== a.auditHash) {
      problems.push('PDF中的审计日志锚点与签发记录不一致');
    }
    const p = anchorProblem(db, claims.auditSeq, claims.auditHash, chain, 'PDF');
    if (p) problems.push(p);
  } else if (a.auditSeq !== null) {
    problems.push('签发记录有审计日志锚点，PDF中却没有');
  }
  return problems;
}

/** Problems of the database as a whole that make any verdict drawn from it unreliable. */
export function databaseProblems(db: Db, chain: ChainVerdict): string[] {
  const problems: string[] = [];
  if (!chain.ok) problems.push(`审计日志被篡改：${chain.problem}`);
  const schemaVersion = Number(db.pragma('user_version', { simple: true }));
  const guards = missingOrAlteredGuards(db, Math.min(schemaVersion, LATEST_SCHEMA_VERSION));
  if (guards.length > 0) problems.push(`数据库的保护触发器缺失或被改动：${guards.join('、')}`);
  return problems;
}

export interface DatabaseVerdict {
  ok: boolean;
  count: number;
  problems: string[];
}

/** The whole database: chain, triggers, every approved status backed by an approval, every approval consistent. */
export function verifyDatabase(db: Db): DatabaseVerdict {
  const chain = verifyAuditChain(db);
  const problems = databaseProblems(db, chain);
  for (const r of approvedWithoutApproval(db)) {
    problems.push(`报告“${r.title}”状态为“已签发”，但没有第${r.version}版的签发记录`);
  }
  for (const a of allApprovals(db)) {
    const title = a.title ?? store.selectRow(db, a.reportId)?.title ?? a.reportId;
    for (const p of approvalProblems(db, a, chain)) problems.push(`“${title}”第${a.version}版：${p}`);
  }
  return { ok: problems.length === 0, count: chain.count, problems };
}
