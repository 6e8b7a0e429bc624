/**
 * Is this PDF the one that was approved? The answer rests on the bytes: their SHA-256 either equals an approval's
 * PDF hash (unchanged), or it does not. When it does not, what the PDF claims to be (pdf-claims.ts) tells apart a
 * copy of an approved PDF that was altered, an approval this database does not hold, an unapproved export, and a
 * PDF that has nothing to do with us.
 */
import type { Output } from '../../../shared/api/contract';
import { UserFacingError } from '../../../shared/api/result';
import type { Db } from '../../db/db-handle';
import * as store from '../../db/report-store';
import { findApproval, findApprovalByPdf, sha256Hex, type ApprovalRecord } from '../../db/signoff-store';
import { isPdf, readPdfClaims } from './pdf-claims';
import { toApprovalInfo } from './approval-info';

type Verdict = Output<'verify.pdf'>;

function reportInfo(db: Db, id: string): Verdict['report'] {
  const row = store.selectRow(db, id);
  return row ? { id: row.id, title: row.title, unitName: row.unit_name, year: row.year } : null;
}

function describe(report: NonNullable<Verdict['report']>, a: ApprovalRecord): string {
  return `“${report.title}”第${a.version}版（${a.approverName}${a.approverRole ? `，${a.approverRole}` : ''}于${a.approvedAt.slice(0, 10)}签发）`;
}

export function verifyPdf(db: Db, bytes: Uint8Array): Verdict {
  if (!isPdf(bytes)) throw new UserFacingError('bad-file', '这不是PDF文件（文件开头没有“%PDF-”标记），无法核验');
  const pdfSha256 = sha256Hex(bytes);
  const exact = findApprovalByPdf(db, pdfSha256);
  if (exact) {
    const report = reportInfo(db, exact.reportId);
    return {
      verdict: 'approved',
      message: `文件未被改动：它就是${report ? describe(report, exact) : `第${exact.version}版`}的签发PDF。`,
      pdfSha256,
      report,
      approval: toApprovalInfo(exact),
    };
  }
  const claims = readPdfClaims(bytes);
  const report = claims.reportId ? reportInfo(db, claims.reportId) : null;
  if (claims.reportId && claims.approvedVersion !== null) {
    const approval = findApproval(db, claims.reportId, claims.approvedVersion);
    if (approval && report) {
      return {
        verdict: 'altered',
        message: `文件已被改动：它自称是${describe(report, approval)}的签发PDF（报告指纹 ${claims.fingerprint ?? '无'}），但内容与签发时的文件不一致，不能作为签发版使用。`,
        pdfSha256,
        report,
        approval: toApprovalInfo(approval),
      };
    }
    return {
      verdict: 'unknown-approval',
      message: `文件自称是某份报告第${claims.approvedVersion}版的签发PDF（报告指纹 ${claims.fingerprint ?? '无'}），但本数据库中没有这次签发的记录：它可能来自另一台电脑，也可能是伪造的。请在签发所用的电脑上核验。`,
      pdfSha256,
      report,
      approval: null,
    };
  }
  if (claims.contentSha256) {
    return {
      verdict: 'draft',
      message: report
        ? `这是“${report.title}”的普通导出文件，未经签发，不是签发版PDF。`
        : '这是本程序导出的普通PDF，未经签发，也不属于本数据库中的报告。',
      pdfSha256,
      report,
      approval: null,
    };
  }
  return {
    verdict: 'no-match',
    message: '这份PDF与本数据库中任何签发过的报告都不一致，也没有本程序的签发标记。',
    pdfSha256,
    report: null,
    approval: null,
  };
}
