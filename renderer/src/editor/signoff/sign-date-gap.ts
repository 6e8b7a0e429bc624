/**
 * A 落款 date far before the day of 签发 is usually a date left over from a draft (or last year's report): the
 * approved PDF would print both. Warned about, not refused: a unit may sign its report weeks before the leader
 * approves it.
 */
export const SIGN_DATE_GAP_WARN_DAYS = 30;

/** Days from the 落款 date to the 签发 date (both YYYY-MM-DD), or null when either is not a date. */
export function daysBetween(from: string, to: string): number | null {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return Math.round((b - a) / 86_400_000);
}

/** The warning to show before 签发, or null when the 落款 date is close enough. */
export function signDateGapWarning(signDate: string, approvalDate: string): string | null {
  const days = daysBetween(signDate, approvalDate);
  if (days === null || days <= SIGN_DATE_GAP_WARN_DAYS) return null;
  return `落款日期${signDate}比签发日期${approvalDate}早${days}天：签发的PDF上两个日期都会印出，请核对落款日期（如需修改，请先退回）。`;
}
