/** How a report's sign-off state reads in the UI: the workflow's own words, with a tag colour. */
import type { Output } from '../../../shared/api/contract';
import { STATUS_LABEL as STATUS_TEXT } from '../../../shared/signoff/workflow';

export type ReportStatus = Output<'report.get'>['status'];

const COLOR: Record<ReportStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  approved: 'success',
  returned: 'warning',
};

export const STATUS_LABEL: Record<ReportStatus, { text: string; color: string }> = {
  draft: { text: STATUS_TEXT.draft, color: COLOR.draft },
  submitted: { text: STATUS_TEXT.submitted, color: COLOR.submitted },
  approved: { text: STATUS_TEXT.approved, color: COLOR.approved },
  returned: { text: STATUS_TEXT.returned, color: COLOR.returned },
};
