/** How a report's sign-off state reads in the UI. */
import type { Output } from '../../../shared/api/contract';

export type ReportStatus = Output<'report.get'>['status'];

export const STATUS_LABEL: Record<ReportStatus, { text: string; color: string }> = {
  draft: { text: '草稿', color: 'default' },
  submitted: { text: '已提交', color: 'processing' },
  approved: { text: '已审定', color: 'success' },
  returned: { text: '已退回', color: 'warning' },
};
