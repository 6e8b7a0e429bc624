/** An approval as the API shows it: the stored record plus the short fingerprint printed on the PDF. */
import type { Output } from '../../../shared/api/contract';
import { shortFingerprint, type ApprovalRecord } from '../../db/signoff-store';

type ApprovalInfo = Output<'signoff.state'>['approvals'][number];

export function toApprovalInfo(a: ApprovalRecord): ApprovalInfo {
  return {
    version: a.version,
    revision: a.revision,
    approverName: a.approverName,
    approverRole: a.approverRole,
    comment: a.comment,
    approvedAt: a.approvedAt,
    pdfSha256: a.pdfSha256,
    fingerprint: shortFingerprint(a.dataSha256),
  };
}
