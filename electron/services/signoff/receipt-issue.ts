/**
 * Writing a 签发回执 from the database. It is derived, not stored: the approval row, the frozen data and the
 * stored PDF give the same receipt every time. It is issued only for an approval whose records all agree
 * (the stored PDF verifies as `approved`, verify-pdf.ts), so a receipt never vouches for records that already
 * disagree. With the supervisor's .p12 it is signed (detached CMS); when the approved PDF itself carries a
 * PAdES signature, the receipt must be signed with that same certificate.
 */
import { P12Signer } from '@signpdf/signer-p12';
import { UserFacingError } from '../../../shared/api/result';
import type { Db } from '../../db/db-handle';
import { approvedPdf, findApproval, findApprovalByPdf, sha256Hex } from '../../db/signoff-store';
import { APP_NAME, APP_VERSION } from '../../api/app-version';
import { safeFileName } from '../report-naming';
import { checkDetachedCms, checkPdfSignature } from './check-signature';
import { certificateError, type CertificateFile } from './sign-pdf';
import { verifyPdf } from './verify-pdf';
import { serializeReceipt, signedBytes, type ReceiptBody, type ReceiptSignature } from './receipt-format';

export interface IssuedReceipt {
  fileName: string;
  content: string;
  body: ReceiptBody;
  signed: boolean;
}

/** The receipt's fields for approved version `version` of report `reportId`, after every cross-check passed. */
export function receiptBody(db: Db, reportId: string, version: number): ReceiptBody {
  const approval = findApproval(db, reportId, version);
  if (!approval) throw new UserFacingError('not-found', `这份报告没有第${version}版的签发记录，不能出具签发回执`);
  const verdict = verifyPdf(db, approvedPdf(db, reportId, version));
  if (verdict.verdict !== 'approved' || !verdict.report) {
    throw new UserFacingError(
      'inconsistent',
      `第${version}版的签发记录对不上，不能出具签发回执：${verdict.message}`,
      verdict.problems,
    );
  }
  return {
    reportId,
    unitName: verdict.report.unitName,
    year: verdict.report.year,
    reportTitle: verdict.report.title,
    approvedVersion: approval.version,
    revision: approval.revision,
    approverName: approval.approverName,
    approverRole: approval.approverRole,
    approvedAt: approval.approvedAt,
    pdfSha256: approval.pdfSha256,
    dataSha256: approval.dataSha256,
    fingerprint: verdict.approval?.fingerprint ?? '',
    auditAnchor:
      approval.auditSeq !== null && approval.auditHash !== null
        ? { seq: approval.auditSeq, hash: approval.auditHash }
        : null,
    generator: `${APP_NAME} ${APP_VERSION}`,
  };
}

/** The approval whose stored PDF has exactly these bytes (for `selfeval receipt 签发PDF.pdf`). */
export function approvalOfPdf(db: Db, pdf: Uint8Array): { reportId: string; version: number } {
  const approval = findApprovalByPdf(db, sha256Hex(pdf));
  if (!approval) {
    throw new UserFacingError(
      'not-found',
      '数据库中没有以这份PDF签发的记录：请给出签发时生成的PDF（一个字节也不能改）',
    );
  }
  return { reportId: approval.reportId, version: approval.version };
}

async function signBody(
  body: ReceiptBody,
  certificate: CertificateFile,
  pdfSignerSha256: string | null,
  at: Date,
): Promise<ReceiptSignature> {
  const content = signedBytes(body);
  let der: Buffer;
  try {
    der = await new P12Signer(Buffer.from(certificate.p12), { passphrase: certificate.password }).sign(
      Buffer.from(content),
      at,
    );
  } catch (error) {
    throw certificateError(error);
  }
  const check = checkDetachedCms(der, content);
  if (!check?.digestOk || !check.signatureOk) throw new Error('the receipt signature does not verify');
  if (pdfSignerSha256 && check.certSha256 !== pdfSignerSha256) {
    throw new UserFacingError(
      'certificate',
      '签发PDF是用另一个证书签名的：签发回执须用签发PDF时所用的同一证书签名（或不签名）',
    );
  }
  return { type: 'cms-detached', signer: check.signer, cms: der.toString('base64') };
}

/** Everything the receipt needs from the database; signing (which may take the certificate) comes after. */
export interface ReceiptDraft {
  body: ReceiptBody;
  /** The certificate of the approved PDF's PAdES signature, if it has one. */
  pdfSignerSha256: string | null;
}

export function draftReceipt(db: Db, reportId: string, version: number): ReceiptDraft {
  const body = receiptBody(db, reportId, version);
  return { body, pdfSignerSha256: checkPdfSignature(approvedPdf(db, reportId, version))?.certSha256 ?? null };
}

export async function completeReceipt(
  draft: ReceiptDraft,
  certificate?: CertificateFile,
  at = new Date(),
): Promise<IssuedReceipt> {
  const { body } = draft;
  const signature = certificate ? await signBody(body, certificate, draft.pdfSignerSha256, at) : null;
  return {
    fileName: safeFileName(`${body.reportTitle}（第${body.approvedVersion}版签发回执）`, '签发回执', 'receipt.json'),
    content: serializeReceipt(body, signature),
    body,
    signed: signature !== null,
  };
}

export function issueReceipt(
  db: Db,
  reportId: string,
  version: number,
  certificate?: CertificateFile,
): Promise<IssuedReceipt> {
  return completeReceipt(draftReceipt(db, reportId, version), certificate);
}
