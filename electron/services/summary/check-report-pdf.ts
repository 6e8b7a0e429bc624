/**
 * The signed PDF a department sends beside its report file, checked with no database (the finance bureau has
 * none of the department's): the offline verification of issue 14 (a digital signature, when present, must be
 * valid over the whole file), plus whether the PDF carries the approval mark and was made from the very data in
 * the report file beside it (the SHA-256 of the report's data that every exported PDF records).
 * Without a hash copied from the 签发单 or a signature, an approval mark alone proves nothing about who made the
 * file: the table says so rather than calling it verified.
 */
import { createHash } from 'node:crypto';
import type { Report } from '../../../shared/model/report';
import type { PdfCheck } from '../../../shared/summary/summary-schema';
import { UserFacingError } from '../../../shared/api/result';
import { readPdfClaims } from '../signoff/pdf-claims';
import { checkPdfSignature } from '../signoff/check-signature';
import { verifyOffline } from '../signoff/verify-offline';

/** The SHA-256 an exported or approved PDF records for the report data it was made from. */
export function reportDataSha256(report: Report): string {
  return createHash('sha256').update(JSON.stringify(report)).digest('hex');
}

export function checkReportPdf(fileName: string, bytes: Uint8Array, report: Report): PdfCheck {
  const result = (state: PdfCheck['state'], text: string): PdfCheck => ({ state, text, fileName });
  let verdict;
  try {
    verdict = verifyOffline(bytes, {});
  } catch (error) {
    if (error instanceof UserFacingError) return result('failed', error.message);
    throw error;
  }
  const signature = checkPdfSignature(bytes);
  if (!verdict.ok || signature?.problem) {
    return result('failed', `数字签名无效：${signature?.problem ?? '无法核验'}`);
  }
  const claims = readPdfClaims(bytes);
  if (claims.approvedVersion === null) return result('notApproved', '不是签发版PDF（没有签发标记）');
  if (claims.contentSha256 !== reportDataSha256(report)) {
    return result(
      'failed',
      `签发版第${claims.approvedVersion}版，但签发的数据与报告文件不一致（报告文件在签发后改过，或不是同一份报告）`,
    );
  }
  const version = `签发版第${claims.approvedVersion}版，与报告文件一致`;
  if (signature) return result('verified', `${version}；数字签名有效（签名人 ${signature.signer || '证书中无名称'}）`);
  return result('unsigned', `${version}；无数字签名，未改动须凭签发单上的SHA-256确认`);
}
