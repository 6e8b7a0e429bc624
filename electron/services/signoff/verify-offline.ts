/**
 * Verifying with no database at all (issue 14): a PDF against a SHA-256 copied from the 签发单, a message or the
 * 签发回执. Whoever holds that hash holds something the clerk cannot change afterwards; matching it proves these
 * are the bytes that were approved, whatever has since happened to the department's database.
 */
import { UserFacingError } from '../../../shared/api/result';
import { sha256Hex } from '../../db/signoff-store';
import type { X509Certificate } from 'node:crypto';
import { readPdfClaims, isPdf, type PdfClaims } from './pdf-claims';
import { checkPdfSignature, signatureLines } from './check-signature';

/** A hash as people copy it: upper or lower case, in groups separated by spaces or dashes. */
export function normalizeSha256(text: string, where: string): string {
  const hex = text.replace(/[\s-]/g, '').toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hex)) {
    throw new UserFacingError(
      'invalid-input',
      `${where}不是有效的SHA-256：应为64位十六进制数（0-9、a-f），现为${hex.length}位`,
    );
  }
  return hex;
}

/** What the PDF says about itself, as lines for a reader. */
export function claimLines(claims: PdfClaims): string[] {
  if (claims.approvedVersion === null) return ['PDF自身记载：没有签发标记（不是签发时生成的PDF）'];
  const anchor =
    claims.auditSeq !== null ? `，签发时审计日志第${claims.auditSeq}条，哈希 ${claims.auditHash ?? '无'}` : '';
  return [
    `PDF自身记载：报告编号 ${claims.reportId ?? '无'}，第${claims.approvedVersion}版，报告指纹 ${claims.fingerprint ?? '无'}${anchor}`,
  ];
}

export interface OfflineVerdict {
  ok: boolean;
  pdfSha256: string;
  lines: string[];
}

/**
 * With a hash: the bytes must match it. With a trusted list: the PDF must carry a valid signature over the whole
 * file by a listed (or list-issued) certificate. A signature that is present but broken fails either way.
 */
export function verifyOffline(
  bytes: Uint8Array,
  options: { expected?: string; trusted?: readonly X509Certificate[] },
): OfflineVerdict {
  if (!isPdf(bytes)) throw new UserFacingError('bad-file', '这不是PDF文件（文件开头没有“%PDF-”标记），无法核验');
  const want = options.expected ? normalizeSha256(options.expected, '给出的哈希') : null;
  const pdfSha256 = sha256Hex(bytes);
  const lines: string[] = [];
  let ok = true;
  if (want) {
    const matches = pdfSha256 === want;
    ok = matches;
    lines.push(
      matches
        ? '与给出的SHA-256一致：本文件就是取得该哈希时的那份PDF，一个字节也没有改动。'
        : '与给出的SHA-256不一致：本文件不是取得该哈希时的那份PDF（被改动过，或是另一份文件）。',
      `给出的SHA-256：  ${want}`,
    );
  }
  lines.push(`本文件的SHA-256：${pdfSha256}`);
  const signature = checkPdfSignature(bytes, options.trusted);
  lines.push(...signatureLines(signature));
  if (signature?.problem) ok = false;
  if (options.trusted && signature?.trusted !== true) ok = false;
  lines.push(...claimLines(readPdfClaims(bytes)));
  return { ok, pdfSha256, lines };
}
