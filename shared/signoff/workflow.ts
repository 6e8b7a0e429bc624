/**
 * The sign-off workflow of one report: 草稿 → 待审核 → 已签发, or back as 退回 with the supervisor's reason.
 * Pure: the store asks `nextStatus` before it writes, and the UI asks `allowedActions` to know which buttons to show.
 */
import type { Finding } from '../checks/finding';
import type { Report } from '../model/report';
import { unansweredWarnings } from '../checks/run-checks';

export const REPORT_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export type WorkflowAction = 'submit' | 'return' | 'approve' | 'reopen';

export const STATUS_LABEL: Record<ReportStatus, string> = {
  draft: '草稿',
  submitted: '待审核',
  approved: '已签发',
  returned: '退回',
};

export const ACTION_LABEL: Record<WorkflowAction, string> = {
  submit: '送审',
  return: '退回',
  approve: '签发',
  reopen: '重新打开（新版本）',
};

const TRANSITIONS: Record<ReportStatus, Partial<Record<WorkflowAction, ReportStatus>>> = {
  draft: { submit: 'submitted' },
  returned: { submit: 'submitted' },
  submitted: { return: 'returned', approve: 'approved' },
  // Reopening an approved report starts a new version as a draft; the approved one stays as it was.
  approved: { reopen: 'draft' },
};

export function allowedActions(status: ReportStatus): WorkflowAction[] {
  return Object.keys(TRANSITIONS[status]) as WorkflowAction[];
}

export type Transition = { ok: true; status: ReportStatus } | { ok: false; reasons: string[] };

export function nextStatus(status: ReportStatus, action: WorkflowAction): Transition {
  const to = TRANSITIONS[status][action];
  if (!to) return { ok: false, reasons: [`“${STATUS_LABEL[status]}”状态的报告不能${ACTION_LABEL[action]}`] };
  return { ok: true, status: to };
}

/** Only the clerk may edit, and only while the report is a draft or was returned. */
export function isEditable(status: ReportStatus): boolean {
  return status === 'draft' || status === 'returned';
}

/** The findings that stop submission: every 强制 error, then every 提示 not yet explained or acknowledged. */
export function blockingFindings(findings: readonly Finding[], report: Report): Finding[] {
  return [...findings.filter((f) => f.severity === 'error'), ...unansweredWarnings(findings, report)];
}

/** How a blocking finding is listed: its level, then its message. */
export function blockerLine(f: Finding): string {
  return `${f.severity === 'error' ? '［强制］' : '［提示未说明］'}${f.message}`;
}

/** Submission is refused while a 强制 check fails or a 提示 lacks an explanation; the refusal lists what is missing. */
export function submissionBlockers(findings: readonly Finding[], report: Report): string[] {
  return blockingFindings(findings, report).map(blockerLine);
}
