/**
 * The 核验PDF page's headline. On the department's own computer it is the database's verdict. At a finance bureau the
 * database holds none of the department's approvals, so that verdict can only say "unknown" — when a 签发回执 was
 * picked, its result is the answer and leads; a database verdict that found a real problem (altered, inconsistent)
 * still leads, because it is stronger than the receipt.
 */
import type { Output } from '../../../shared/api/contract';

type Verdict = Output<'verify.pdf'>;
export type HeadlineStatus = 'success' | 'error' | 'warning' | 'info';

export const RESULT: Record<Verdict['verdict'], { status: HeadlineStatus; title: string }> = {
  approved: { status: 'success', title: '文件未被改动，是签发版' },
  inconsistent: { status: 'error', title: '签发记录对不上，不能确认是签发版' },
  altered: { status: 'error', title: '文件已被改动' },
  'unknown-approval': { status: 'warning', title: '无法确认：本数据库中没有这次签发' },
  draft: { status: 'warning', title: '不是签发版' },
  'no-match': { status: 'info', title: '没有匹配的签发记录' },
};

/** Verdicts that only say this database does not know the approval: a receipt may answer instead. */
const DATABASE_DOES_NOT_KNOW: ReadonlySet<Verdict['verdict']> = new Set(['unknown-approval', 'no-match']);

export function headlineFor(verdict: Verdict): {
  status: HeadlineStatus;
  title: string;
  subTitle: string;
  source: 'database' | 'receipt';
} {
  const receipt = verdict.receipt;
  if (receipt && DATABASE_DOES_NOT_KNOW.has(verdict.verdict)) {
    const note =
      '本机数据库中没有这次签发的记录（在财政局核验部门报送的文件时通常如此），结论依据随PDF报送的签发回执。';
    return receipt.ok
      ? { status: 'success', title: '与签发回执一致：是回执记载的签发版', subTitle: note, source: 'receipt' }
      : { status: 'error', title: '与签发回执不符，不能确认是签发版', subTitle: note, source: 'receipt' };
  }
  const shown = RESULT[verdict.verdict];
  return { ...shown, subTitle: verdict.message, source: 'database' };
}
