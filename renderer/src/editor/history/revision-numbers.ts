/**
 * 修订 numbers as the clerk sees them: 1, 2, 3 … in the order the revisions were saved, without gaps. The store's
 * own revision numbers have gaps (autosaves of one sitting fold into one revision) and only guard against saving
 * over another window's work; 版 is kept for sign-off versions (第1版签发).
 */
export function revisionNumbers(revisions: readonly { revision: number }[]): Map<number, number> {
  const ascending = revisions.map((r) => r.revision).sort((a, b) => a - b);
  return new Map(ascending.map((revision, i) => [revision, i + 1]));
}

/** "修订N" for a stored revision number, or null when the list does not hold it (yet). */
export function revisionLabel(revisions: readonly { revision: number }[], revision: number): string | null {
  const n = revisionNumbers(revisions).get(revision);
  return n === undefined ? null : `修订${n}`;
}
