/**
 * Breaks a long title into lines "with the meaning kept intact" (GB/T 9704 §7.3.3): never inside a word the
 * way plain wrapping does ("…绩效自" / "评报告"), but before the document type, so that the unit's name and
 * "部门整体支出绩效自评报告" each stay whole.
 */

/** Where a title may break, longest first: the break goes before the first one that ends the title. */
const BREAK_BEFORE = ['部门整体支出绩效自评报告', '整体支出绩效自评报告', '绩效自评报告', '自评报告', '报告'];

/** Splits `title` into lines of at most `fits(line)`; falls back to the whole title when no break helps. */
export function titleLines(title: string, fits: (line: string) => boolean): string[] {
  const text = title.trim();
  if (fits(text)) return [text];
  for (const tail of BREAK_BEFORE) {
    if (!text.endsWith(tail) || text.length === tail.length) continue;
    const head = text.slice(0, text.length - tail.length);
    if (fits(tail)) return [head, tail];
  }
  // A title with no known tail (a house variant): let the layout wrap it.
  return [text];
}
