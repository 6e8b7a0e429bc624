/**
 * The sign-off slice of the API. The supervisor's approval is bound to one exact PDF: `signoff.preparePdf`
 * renders the approved form of the current revision (sign-off block, footer fingerprint, 签发单) and keeps its
 * bytes here; `signoff.approve` names those bytes by their SHA-256 and stores them, unchanged, with a frozen copy
 * of the data. A PDF prepared for an older revision, or never prepared, cannot be approved.
 */
import type { Output, SliceHandlers } from '../../../shared/api/contract';
import type { signoffApi } from '../../../shared/api/signoff-api';
import { UserFacingError } from '../../../shared/api/result';
import { rulePackFor } from '../../../shared/packs/registry';
import { runChecks } from '../../../shared/checks/run-checks';
import { allowedActions, isEditable, submissionBlockers } from '../../../shared/signoff/workflow';
import { chineseDate } from '../../../shared/text/chinese';
import type { Report } from '../../../shared/model/report';
import type { Db } from '../../db/db-handle';
import * as store from '../../db/report-store';
import * as signoff from '../../db/signoff-store';
import { auditPage, chainHead, listAudit, verifyAuditChain, AUDIT_ACTION_LABEL } from '../../db/audit-log';
import type { ExportedPdf } from '../pdf/export-report-pdf';
import type { SignoffInfo } from '../pdf/signoff-nodes';
import { approvedPdfFileName, defaultTitle, localToday, safeFileName } from '../report-naming';
import { verifyPdf } from './verify-pdf';
import { auditCsv } from './audit-csv';
import { toApprovalInfo } from './approval-info';
import { signPdfWithCertificate } from './sign-pdf';
import { changePolicy, checkReviewerPassword, readPolicy } from './signoff-policy';
import { issueReceipt } from './receipt-issue';
import { parseTrustedCertificateBytes } from './check-signature';

export interface SignoffServiceDeps {
  /** Renders a report to PDF (the same exporter as `export.pdf`), with the approval's additions. */
  exportPdf(
    report: Report,
    options: { reportId: string; signoff: SignoffInfo; contentSha256: string; fonts?: 'bundled' | 'system' },
  ): Promise<ExportedPdf>;
  /** Who the audit log names for the clerk's own steps (submit, reopen). */
  actor: string;
  today?: () => string;
}

interface PreparedPdf {
  reportId: string;
  revision: number;
  dataSha256: string;
  approverName: string;
  approverRole: string;
  comment: string;
  bytes: Uint8Array;
  digitallySigned: boolean;
  auditSeq: number;
  auditHash: string;
}

/** Prepared PDFs kept for approval; older ones are forgotten (the supervisor simply prepares again). */
const MAX_PREPARED = 8;

export function createSignoffService(db: Db, deps: SignoffServiceDeps): SliceHandlers<typeof signoffApi> {
  const today = deps.today ?? localToday;
  const prepared = new Map<string, PreparedPdf>();

  function blockersOf(report: Report): string[] {
    const findings = runChecks(report, rulePackFor(report.rulePackId), { today: today() });
    return submissionBlockers(findings, report);
  }

  function state(id: string): Output<'signoff.state'> {
    const r = store.getReport(db, id);
    return {
      status: r.status,
      version: r.version,
      revision: r.revision,
      statusNote: r.statusNote,
      blockers: isEditable(r.status) ? blockersOf(r.report) : [],
      allowedActions: allowedActions(r.status),
      approvals: signoff.listApprovals(db, id).map(toApprovalInfo),
      policy: readPolicy(db),
    };
  }

  function remember(sha: string, pdf: PreparedPdf): void {
    prepared.delete(sha);
    prepared.set(sha, pdf);
    while (prepared.size > MAX_PREPARED) {
      const oldest = prepared.keys().next().value;
      if (oldest === undefined) break;
      prepared.delete(oldest);
    }
  }

  return {
    'signoff.state': ({ id }) => state(id),

    'signoff.submit': ({ id, baseRevision }) => {
      const r = store.getReport(db, id);
      const blockers = blockersOf(r.report);
      if (blockers.length > 0) {
        throw new UserFacingError(
          'submit-blocked',
          `还不能送审：有${blockers.length}项需要先处理（强制错误须改正，提示须填写说明或确认）`,
          blockers,
        );
      }
      signoff.submitReport(db, id, baseRevision, deps.actor);
      return state(id);
    },

    'signoff.return': ({ id, reviewerName, reason }) => {
      signoff.returnReport(db, id, reviewerName, reason);
      return state(id);
    },

    'signoff.preparePdf': async ({ id, approverName, approverRole, comment, fonts, certificate }) => {
      const row = store.requireActive(db, id);
      if (row.status !== 'submitted') {
        throw new UserFacingError('invalid-state', '只有“待审核”的报告可以生成签发用的PDF');
      }
      if (!certificate && readPolicy(db).requireCertificate) {
        throw new UserFacingError(
          'certificate-required',
          '本机设置为签发须使用证书：请选择审核人的 .p12/.pfx 证书并填写密码',
        );
      }
      const { report } = store.getReport(db, id);
      const dataSha256 = signoff.sha256Hex(row.data);
      const fingerprint = signoff.shortFingerprint(dataSha256);
      const anchor = chainHead(db);
      const info: SignoffInfo = {
        approverName,
        approverRole,
        comment,
        date: chineseDate(today()),
        version: row.version,
        fingerprint,
        unitName: report.signature.unitName || report.unitName,
        reportTitle: defaultTitle(report.unitName, report.year),
        year: report.year,
        contentSha256: dataSha256,
        auditSeq: anchor.seq,
        auditHash: anchor.hash,
      };
      const pdf = await deps.exportPdf(report, { reportId: id, signoff: info, contentSha256: dataSha256, fonts });
      const bytes = certificate
        ? await signPdfWithCertificate(
            pdf.bytes,
            { p12: Buffer.from(certificate.data, 'base64'), password: certificate.password },
            new Date(),
          )
        : pdf.bytes;
      const pdfSha256 = signoff.sha256Hex(bytes);
      remember(pdfSha256, {
        reportId: id,
        revision: row.revision,
        dataSha256,
        approverName,
        approverRole,
        comment,
        bytes,
        digitallySigned: certificate !== undefined,
        auditSeq: anchor.seq,
        auditHash: anchor.hash,
      });
      return {
        fileName: approvedPdfFileName(report.unitName, report.year, row.version),
        base64: Buffer.from(bytes).toString('base64'),
        digitallySigned: certificate !== undefined,
        pages: pdf.pages,
        pdfSha256,
        revision: row.revision,
        fingerprint,
      };
    },

    'signoff.approve': ({ id, revision, pdfSha256, reviewerPassword }) => {
      const pdf = prepared.get(pdfSha256);
      if (!pdf || pdf.reportId !== id) {
        throw new UserFacingError('not-prepared', '找不到签发用的PDF（可能程序已重启），请重新生成PDF、确认后再签发');
      }
      if (pdf.revision !== revision) {
        throw new UserFacingError('conflict', '这份PDF不是根据报告的当前版本生成的，请重新生成PDF后再签发');
      }
      if (!pdf.digitallySigned && readPolicy(db).requireCertificate) {
        throw new UserFacingError(
          'certificate-required',
          '本机设置为签发须使用证书：这份PDF没有数字签名，请用证书重新生成',
        );
      }
      const approverCheck = checkReviewerPassword(db, reviewerPassword);
      signoff.approveReport(db, id, { ...pdf, pdf: pdf.bytes, approverCheck });
      prepared.delete(pdfSha256);
      return state(id);
    },

    'signoff.setPolicy': (change) => changePolicy(db, change),

    'signoff.reopen': ({ id }) => {
      signoff.reopenReport(db, id, deps.actor);
      return state(id);
    },

    'signoff.approvedPdf': ({ id, version }) => {
      const r = store.getReport(db, id);
      const bytes = signoff.approvedPdf(db, id, version);
      return {
        fileName: approvedPdfFileName(r.report.unitName, r.report.year, version),
        base64: Buffer.from(bytes).toString('base64'),
      };
    },

    'signoff.receipt': async ({ id, version, certificate }) => {
      const receipt = await issueReceipt(
        db,
        id,
        version,
        certificate ? { p12: Buffer.from(certificate.data, 'base64'), password: certificate.password } : undefined,
      );
      return { fileName: receipt.fileName, content: receipt.content, signed: receipt.signed };
    },

    'verify.pdf': ({ data, expectedSha256, receipt, trustedCertificates }) =>
      verifyPdf(db, new Uint8Array(Buffer.from(data, 'base64')), {
        expectedSha256,
        receipt,
        trusted: trustedCertificates
          ? parseTrustedCertificateBytes(Buffer.from(trustedCertificates, 'base64'), '所选的证书清单')
          : undefined,
      }),

    'audit.list': ({ id, offset, limit }) => {
      store.requireRow(db, id);
      const { total, entries } = auditPage(db, id, offset ?? 0, limit ?? 200);
      return {
        total,
        entries: entries.map((e) => ({
          seq: e.seq,
          at: e.at,
          actor: e.actor,
          action: AUDIT_ACTION_LABEL[e.action] ?? e.action,
          field: e.field,
          oldValue: e.oldValue,
          newValue: e.newValue,
        })),
      };
    },

    'audit.verify': () => {
      const chain = verifyAuditChain(db);
      return chain.ok
        ? { ok: true, count: chain.count, problem: '' }
        : { ok: false, count: chain.count, problem: chain.problem };
    },

    'audit.export': ({ id }) => {
      const r = store.getReport(db, id);
      return {
        fileName: safeFileName(`${r.title}-审计日志`, '审计日志', 'csv'),
        content: auditCsv(listAudit(db, id), verifyAuditChain(db)),
      };
    },
  };
}
