/**
 * The sign-off slice of the API (issue 6): the workflow (submit, return, approve, reopen), the approved PDF,
 * verifying a PDF someone hands you, and the audit log. PDFs travel as base64 (bytes, never a path).
 */
import { z } from 'zod';
import { base64Bytes } from './base64-bytes';
import { shortText } from '../model/primitives';
import { REPORT_STATUSES } from '../signoff/workflow';

const id = z.string().min(1).max(64);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'SHA-256 应为64位十六进制数' });
const personName = shortText.trim().min(1, { error: '请填写姓名' });

/** An approved PDF is a few hundred KB; 15 MB (20 MB as base64, under the HTTP adapter's 25 MB) is ample. */
export const MAX_VERIFY_PDF_BYTES = 15 * 1024 * 1024;
const pdfData = base64Bytes(MAX_VERIFY_PDF_BYTES, {
  tooLarge: `文件过大（超过${MAX_VERIFY_PDF_BYTES / 1024 / 1024} MB）`,
});

/** A .p12/.pfx holds a key and a few certificates: a few KB. */
export const MAX_CERTIFICATE_BYTES = 64 * 1024;

/** A 签发回执 is a few KB of JSON (electron/services/signoff/receipt-format.ts). */
export const MAX_RECEIPT_CHARS = 64 * 1024;

/** A finance bureau's list of trusted supervisor or CA certificates (PEM, or one DER .cer): a few KB each. */
export const MAX_TRUSTED_LIST_BYTES = 1024 * 1024;

const certificateFile = z.object({
  data: base64Bytes(MAX_CERTIFICATE_BYTES, {
    tooLarge: '证书文件过大，不是 .p12/.pfx 证书',
    malformed: '证书文件的编码不正确（应为 base64）',
  }),
  password: z.string().max(200, { error: '证书密码过长' }),
});

export const ApprovalInfo = z.object({
  version: z.number().int(),
  revision: z.number().int(),
  approverName: z.string(),
  approverRole: z.string(),
  comment: z.string(),
  approvedAt: z.string(),
  pdfSha256: z.string(),
  fingerprint: z.string(),
});

/** 签发设置: a certificate signature required for 签发; whether a 审核人口令 is set (never the password itself). */
export const SignoffPolicy = z.object({ requireCertificate: z.boolean(), reviewerPasswordSet: z.boolean() });

const reviewerPassword = z.string().max(200, { error: '口令过长' });

export const SignoffState = z.object({
  status: z.enum(REPORT_STATUSES),
  version: z.number().int(),
  revision: z.number().int(),
  /** The supervisor's reason when the report was returned. */
  statusNote: z.string(),
  /** What stops submission now (empty when it may be submitted). */
  blockers: z.array(z.string()),
  allowedActions: z.array(z.enum(['submit', 'return', 'approve', 'reopen'])),
  approvals: z.array(ApprovalInfo),
  policy: SignoffPolicy,
});

export const VerifyVerdict = z.object({
  /**
   * approved: the bytes are exactly an approved PDF and every record of that approval agrees; inconsistent: the
   * bytes (or the audit log) match an approval but its records disagree (`problems` says which); altered: it names
   * an approved version but its bytes differ; unknown-approval: it names an approval this database does not hold;
   * draft: an export that was never approved; no-match: nothing in it or in the database matches.
   */
  verdict: z.enum(['approved', 'inconsistent', 'altered', 'unknown-approval', 'draft', 'no-match']),
  message: z.string(),
  /** Each cross-check that failed, one Chinese sentence each (empty unless `inconsistent`). */
  problems: z.array(z.string()),
  /** The file against a SHA-256 copied from the 签发单, a message or the 签发回执, when one was given. */
  expected: z.object({ sha256: z.string(), matches: z.boolean() }).nullable(),
  /**
   * The PAdES signature, when the PDF carries one: who signed (from the certificate), what is wrong with it, and
   * whether the signer is on the trusted list given (null when none was given).
   */
  signature: z
    .object({
      signer: z.string(),
      certSha256: z.string(),
      problem: z.string().nullable(),
      trusted: z.boolean().nullable(),
    })
    .nullable(),
  /** The number of certificates in the trusted list given, or null when none was given. */
  trustedCount: z.number().int().nullable(),
  /** The PDF against the 签发回执 given (null when none was): each disagreement one sentence in `problems`. */
  receipt: z
    .object({
      ok: z.boolean(),
      problems: z.array(z.string()),
      lines: z.array(z.string()),
      signer: z.string().nullable(),
      trusted: z.boolean().nullable(),
    })
    .nullable(),
  pdfSha256: z.string(),
  report: z.object({ id: z.string(), title: z.string(), unitName: z.string(), year: z.number().int() }).nullable(),
  approval: ApprovalInfo.nullable(),
});

export const AuditEntryInfo = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  field: z.string(),
  oldValue: z.string(),
  newValue: z.string(),
});

export const ChainState = z.object({ ok: z.boolean(), count: z.number().int(), problem: z.string() });

export const signoffApi = {
  'signoff.state': { input: z.object({ id }), output: SignoffState },
  'signoff.submit': { input: z.object({ id, baseRevision: z.number().int() }), output: SignoffState },
  'signoff.return': {
    input: z.object({ id, reviewerName: personName, reason: shortText.trim().min(1, { error: '请填写退回原因' }) }),
    output: SignoffState,
  },
  /** Renders the PDF the supervisor is about to approve (with the sign-off block) and remembers its bytes. */
  'signoff.preparePdf': {
    input: z.object({
      id,
      approverName: personName,
      approverRole: shortText.trim(),
      comment: z.string().max(500, { error: '审核意见不能超过500字' }),
      fonts: z.enum(['bundled', 'system']).optional(),
      /** Optional: sign the PDF with the supervisor's certificate (PAdES); used once, never stored. */
      certificate: certificateFile.optional(),
    }),
    output: z.object({
      fileName: z.string(),
      /** Whether the PDF carries a certificate signature. */
      digitallySigned: z.boolean(),
      base64: z.string(),
      pages: z.number().int(),
      pdfSha256: sha256,
      revision: z.number().int(),
      fingerprint: z.string(),
    }),
  },
  /** Approves exactly the PDF prepared for the current revision (named by its SHA-256). */
  'signoff.approve': {
    input: z.object({
      id,
      revision: z.number().int(),
      pdfSha256: sha256,
      /** Required once a 审核人口令 is set. */
      reviewerPassword: reviewerPassword.optional(),
    }),
    output: SignoffState,
  },
  /** Changes the 签发设置; once a 审核人口令 is set, only with it. A new password of '' removes it. */
  'signoff.setPolicy': {
    input: z.object({
      requireCertificate: z.boolean().optional(),
      newReviewerPassword: z
        .string()
        .max(200, { error: '口令过长' })
        .refine((p) => p === '' || p.length >= 6, { error: '审核人口令至少6个字符' })
        .optional(),
      currentReviewerPassword: reviewerPassword.optional(),
    }),
    output: SignoffPolicy,
  },
  'signoff.reopen': { input: z.object({ id }), output: SignoffState },
  'signoff.approvedPdf': {
    input: z.object({ id, version: z.number().int().min(1) }),
    output: z.object({ fileName: z.string(), base64: z.string() }),
  },
  /**
   * The 签发回执 of an approved version (JSON text to save beside the PDF), derived from the approval; refused when
   * the approval's records disagree. Optional: signed with the supervisor's certificate (used once, never stored).
   */
  'signoff.receipt': {
    input: z.object({ id, version: z.number().int().min(1), certificate: certificateFile.optional() }),
    output: z.object({ fileName: z.string(), content: z.string(), signed: z.boolean() }),
  },
  'verify.pdf': {
    input: z.object({
      data: pdfData,
      /** Optional: a SHA-256 copied from paper or a message (spaces, dashes and capitals are allowed). */
      expectedSha256: z.string().max(200, { error: 'SHA-256过长' }).optional(),
      /** Optional: the text of the 签发回执 that came with the PDF. */
      receipt: z.string().max(MAX_RECEIPT_CHARS, { error: '签发回执文件过大，不是签发回执' }).optional(),
      /** Optional: the bytes of a trusted certificate list (.pem, or one .cer), picked by the clerk. */
      trustedCertificates: base64Bytes(MAX_TRUSTED_LIST_BYTES, {
        tooLarge: '证书清单文件过大（超过1 MB）',
      }).optional(),
    }),
    output: VerifyVerdict,
  },
  'audit.list': {
    input: z.object({
      id,
      offset: z.number().int().min(0).optional(),
      limit: z.number().int().min(1).max(1000).optional(),
    }),
    output: z.object({ total: z.number().int(), entries: z.array(AuditEntryInfo) }),
  },
  /** Walks the whole database's chain: asked once per view of the log, not per page. */
  'audit.verify': { input: z.object({}), output: ChainState },
  'audit.export': { input: z.object({ id }), output: z.object({ fileName: z.string(), content: z.string() }) },
} as const;

export type SignoffApi = typeof signoffApi;
