/**
 * The 签发回执 file (issue 14): what the department sends to the finance bureau with the approved PDF, so that the
 * bureau can check the PDF without the department's database. JSON, named by `format` and `formatVersion`:
 *
 *   { "format": "selfeval-signoff-receipt", "formatVersion": 1, "about": "…",
 *     "receipt": { reportId, unitName, year, reportTitle, approvedVersion, revision, approverName, approverRole,
 *                  approvedAt, pdfSha256, dataSha256, fingerprint, auditAnchor: { seq, hash } | null, generator },
 *     "signature": null | { "type": "cms-detached", "signer": "CN=…", "cms": base64 } }
 *
 * The signature is a detached CMS (PKCS#7) SignedData made with the supervisor's .p12 over `signedBytes(receipt)`:
 * the format line and the receipt's fields in a fixed order. `about` and `signature.signer` are for a human
 * reader only; nothing checks them (the signer shown on verification is read from the certificate in the CMS).
 */
import { z } from 'zod';
import { UserFacingError } from '../../../shared/api/result';
import { MAX_RECEIPT_CHARS } from '../../../shared/api/signoff-api';

export const RECEIPT_FORMAT = 'selfeval-signoff-receipt';
export const RECEIPT_FORMAT_VERSION = 1;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, { error: '应为64位小写十六进制数' });
const text = (max: number) => z.string().max(max, { error: `不能超过${max}个字符` });

export const ReceiptBody = z.strictObject({
  reportId: text(64).min(1),
  unitName: text(200),
  year: z.number().int().min(2000).max(2100),
  reportTitle: text(300),
  approvedVersion: z.number().int().min(1),
  revision: z.number().int().min(0),
  approverName: text(100),
  approverRole: text(100),
  approvedAt: text(40),
  pdfSha256: hex64,
  dataSha256: hex64,
  fingerprint: text(40),
  auditAnchor: z.strictObject({ seq: z.number().int().min(0), hash: hex64 }).nullable(),
  generator: text(100),
});
export type ReceiptBody = z.infer<typeof ReceiptBody>;

export const ReceiptSignature = z.strictObject({
  type: z.literal('cms-detached'),
  signer: text(500),
  cms: z
    .string()
    .max(48 * 1024)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: '应为base64编码' }),
});
export type ReceiptSignature = z.infer<typeof ReceiptSignature>;

const ReceiptFile = z.strictObject({
  format: z.literal(RECEIPT_FORMAT),
  formatVersion: z.literal(RECEIPT_FORMAT_VERSION),
  about: text(1000).optional(),
  receipt: ReceiptBody,
  signature: ReceiptSignature.nullable(),
});
export type ReceiptFile = z.infer<typeof ReceiptFile>;

const ABOUT =
  '签发回执：随签发PDF报送。用“绩效自评助手”的“核验PDF”页或 selfeval verify 签发PDF.pdf --receipt 本文件 核验。' +
  '带数字签名的回执，其中各项经审核人证书签名；不带签名的回执只固定了部门报送时声称的PDF哈希。';

/** The bytes a signature covers: the format line, then the fields in the schema's order (never the file's). */
export function signedBytes(body: ReceiptBody): Uint8Array {
  const ordered: ReceiptBody = {
    reportId: body.reportId,
    unitName: body.unitName,
    year: body.year,
    reportTitle: body.reportTitle,
    approvedVersion: body.approvedVersion,
    revision: body.revision,
    approverName: body.approverName,
    approverRole: body.approverRole,
    approvedAt: body.approvedAt,
    pdfSha256: body.pdfSha256,
    dataSha256: body.dataSha256,
    fingerprint: body.fingerprint,
    auditAnchor: body.auditAnchor ? { seq: body.auditAnchor.seq, hash: body.auditAnchor.hash } : null,
    generator: body.generator,
  };
  return new TextEncoder().encode(`${RECEIPT_FORMAT}/${RECEIPT_FORMAT_VERSION}\n${JSON.stringify(ordered)}`);
}

export function serializeReceipt(body: ReceiptBody, signature: ReceiptSignature | null): string {
  const file: ReceiptFile = {
    format: RECEIPT_FORMAT,
    formatVersion: RECEIPT_FORMAT_VERSION,
    about: ABOUT,
    receipt: body,
    signature,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads a receipt; anything that is not one is a UserFacingError saying where it is wrong. */
export function parseReceipt(content: string, where = '签发回执'): ReceiptFile {
  if (content.length > MAX_RECEIPT_CHARS) {
    throw new UserFacingError('bad-receipt', `${where}过大（超过${MAX_RECEIPT_CHARS / 1024} KB），不是签发回执`);
  }
  let json: unknown;
  try {
    json = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    throw new UserFacingError('bad-receipt', `${where}不是有效的JSON文件，不是签发回执`);
  }
  const head = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  if (head.format !== RECEIPT_FORMAT) {
    throw new UserFacingError('bad-receipt', `${where}不是签发回执（缺少 "format": "${RECEIPT_FORMAT}"）`);
  }
  if (head.formatVersion !== RECEIPT_FORMAT_VERSION) {
    throw new UserFacingError(
      'bad-receipt',
      `${where}的格式版本为${String(head.formatVersion)}，本程序只能读取第${RECEIPT_FORMAT_VERSION}版：请使用新版程序核验`,
    );
  }
  const parsed = ReceiptFile.safeParse(json);
  if (!parsed.success) {
    throw new UserFacingError(
      'bad-receipt',
      `${where}的内容不完整或有误，无法核验`,
      parsed.error.issues.map((i) => `${i.path.join('.') || '（整个文件）'}：${i.message}`),
    );
  }
  return parsed.data;
}
