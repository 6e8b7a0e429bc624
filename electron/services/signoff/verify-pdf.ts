/**
 * Is this PDF the one that was approved? The first answer rests on the bytes: their SHA-256 either equals an
 * approval's PDF hash, or it does not. When it does, every other record of that approval is cross-checked
 * (cross-checks.ts) and any disagreement makes the verdict `inconsistent`, each reason named. When it does not,
 * what the PDF claims to be (pdf-claims.ts) tells apart a copy of an approved PDF that was altered, an approval
 * this database does not hold, an unapproved export, and a PDF that has nothing to do with us.
 */
import type { X509Certificate } from 'node:crypto';
import type { Output } from '../../../shared/api/contract';
import { UserFacingError } from '../../../shared/api/result';
import type { Db } from '../../db/db-handle';
import { verifyAuditChain } from '../../db/audit-log';
import * as store from '../../db/report-store';
import { findApproval, findApprovalByPdf, frozenData, sha256Hex, type ApprovalRecord } from '../../db/signoff-store';
import { defaultTitle } from '../report-naming';
import { isPdf, readPdfClaims } from './pdf-claims';
import { toApprovalInfo } from './approval-info';
import { normalizeSha256 } from './verify-offline';
import { checkPdfSignature } from './check-signature';
import { approvalProblems, auditedPdfHash, claimProblems, databaseProblems } from './cross-checks';
import { parseReceipt } from './receipt-format';
import { checkReceipt } from './receipt-check';

type Verdict = Output<'verify.pdf'>;
type ReportInfo = NonNullable<Verdict['report']>;

function reportInfo(db: Db, id: string): ReportInfo | null {
  const row = store.selectRow(db, id);
  return row ? { id: row.id, title: row.title, unitName: row.unit_name, year: row.year } : null;
}

/** The report as it was approved: the title recorded then, or the one made from the frozen unit and year. */
function approvedReportInfo(db: Db, a: ApprovalRecord): ReportInfo {
  let unitName = '';
  let year = 0;
  try {
    const frozen = JSON.parse(frozenData(db, a).frozen) as { unitName?: unknown; year?: unknown };
    unitName = typeof frozen.unitName === 'string' ? frozen.unitName : '';
    year = typeof frozen.year === 'number' ? frozen.year : 0;
  } catch {
    // A damaged frozen copy is reported by the cross-checks; the description falls back to the report row.
  }
  const row = store.selectRow(db, a.reportId);
  const title = a.title ?? (unitName ? defaultTitle(unitName, year) : (row?.title ?? a.reportId));
  return { id: a.reportId, title, unitName: unitName || (row?.unit_name ?? ''), year: year || (row?.year ?? 0) };
}

function describe(report: ReportInfo, a: ApprovalRecord): string {
  return `“${report.title}”第${a.version}版（${a.approverName}${a.approverRole ? `，${a.approverRole}` : ''}于${a.approvedAt.slice(0, 10)}签发）`;
}

/** What may come with the PDF: anchors the database does not hold. */
export interface VerifyExtras {
  /** A SHA-256 copied from paper or a message. */
  expectedSha256?: string;
  /** The text of the 签发回执 that came with the PDF. */
  receipt?: string;
  /** A trusted list of supervisor or CA certificates. */
  trusted?: readonly X509Certificate[];
}

/**
 * The verdict against the database, and the file against the anchors given with it (a hash copied from paper, a
 * 签发回执, a trusted certificate list), each reported on its own: a finance bureau's database holds none of the
 * department's approvals, and the receipt is what it checks.
 */
export function verifyPdf(db: Db, bytes: Uint8Array, extras: VerifyExtras = {}): Verdict {
  const { expectedSha256, trusted } = extras;
  const want = expectedSha256?.trim() ? normalizeSha256(expectedSha256, '填写的SHA-256') : null;
  const receipt = extras.receipt !== undefined ? parseReceipt(extras.receipt) : null;
  let verdict: Verdict = {
    ...verifyAgainstDb(db, bytes),
    trustedCount: trusted ? trusted.length : null,
    receipt: receipt ? checkReceipt(bytes, receipt, trusted) : null,
  };
  const check = checkPdfSignature(bytes, trusted);
  if (check) {
    verdict = {
      ...verdict,
      signature: {
        signer: check.signer,
        certSha256: check.certSha256,
        problem: check.problem,
        trusted: check.trusted,
      },
    };
    if (check.problem && (verdict.verdict === 'approved' || verdict.verdict === 'inconsistent')) {
      verdict = {
        ...verdict,
        verdict: 'inconsistent',
        message: verdict.verdict === 'approved' ? '签发记录相互一致，但PDF的数字签名有问题：' : verdict.message,
        problems: [...verdict.problems, check.problem],
      };
    }
  }
  return want ? { ...verdict, expected: { sha256: want, matches: want === verdict.pdfSha256 } } : verdict;
}

function verifyAgainstDb(db: Db, bytes: Uint8Array): Omit<Verdict, 'trustedCount' | 'receipt'> {
  if (!isPdf(bytes)) throw new UserFacingError('bad-file', '这不是PDF文件（文件开头没有“%PDF-”标记），无法核验');
  const pdfSha256 = sha256Hex(bytes);
  const claims = readPdfClaims(bytes);
  const chain = verifyAuditChain(db);
  const exact = findApprovalByPdf(db, pdfSha256);
  if (exact) {
    const report = approvedReportInfo(db, exact);
    const problems = [
      ...claimProblems(db, exact, claims, chain),
      ...approvalProblems(db, exact, chain),
      ...databaseProblems(db, chain),
    ];
    if (problems.length > 0) {
      return {
        verdict: 'inconsistent',
        message: `本文件的SHA-256与数据库中${describe(report, exact)}的签发记录相同，但下列各项对不上，不能据此确认它是真实的签发版：`,
        problems,
        expected: null,
        signature: null,
        pdfSha256,
        report,
        approval: toApprovalInfo(exact),
      };
    }
    return {
      verdict: 'approved',
      message: `文件未被改动：它就是${describe(report, exact)}的签发PDF；签发记录、冻结数据、审计日志和PDF自身的记载相互一致。`,
      problems: [],
      expected: null,
      signature: null,
      pdfSha256,
      report,
      approval: toApprovalInfo(exact),
    };
  }
  if (claims.reportId && claims.approvedVersion !== null) {
    const approval = findApproval(db, claims.reportId, claims.approvedVersion);
    if (approval) {
      const report = approvedReportInfo(db, approval);
      if (auditedPdfHash(db, approval) === pdfSha256) {
        return {
          verdict: 'inconsistent',
          message: `本文件是${describe(report, approval)}的签发PDF，但数据库中的签发记录已不是它：`,
          problems: ['审计日志记载的签发PDF正是本文件，签发记录却指向另一份文件：签发记录被改动过'],
          expected: null,
          signature: null,
          pdfSha256,
          report,
          approval: toApprovalInfo(approval),
        };
      }
      return {
        verdict: 'altered',
        message: `文件已被改动：它自称是${describe(report, approval)}的签发PDF（报告指纹 ${claims.fingerprint ?? '无'}），但内容与签发时的文件不一致，不能作为签发版使用。`,
        problems: [],
        expected: null,
        signature: null,
        pdfSha256,
        report,
        approval: toApprovalInfo(approval),
      };
    }
    return {
      verdict: 'unknown-approval',
      message: `文件自称是某份报告第${claims.approvedVersion}版的签发PDF（报告指纹 ${claims.fingerprint ?? '无'}），但本数据库中没有这次签发的记录：它可能来自另一台电脑，也可能是伪造的。请在签发所用的电脑上核验。`,
      problems: [],
      expected: null,
      signature: null,
      pdfSha256,
      report: reportInfo(db, claims.reportId),
      approval: null,
    };
  }
  if (claims.contentSha256) {
    const report = claims.reportId ? reportInfo(db, claims.reportId) : null;
    return {
      verdict: 'draft',
      message: report
        ? `这是“${report.title}”的普通导出文件，未经签发，不是签发版PDF。`
        : '这是本程序导出的普通PDF，未经签发，也不属于本数据库中的报告。',
      problems: [],
      expected: null,
      signature: null,
      pdfSha256,
      report,
      approval: null,
    };
  }
  return {
    verdict: 'no-match',
    message: '这份PDF与本数据库中任何签发过的报告都不一致，也没有本程序的签发标记。',
    problems: [],
    expected: null,
    signature: null,
    pdfSha256,
    report: null,
    approval: null,
  };
}
