/**
 * 查找 in a long table: the browser's own find (Ctrl+F) sees only the rows drawn, so the table searches its rows'
 * text itself, every row, in reading order.
 */

export interface CellHit {
  row: number;
  /** Index among the table's editable columns (data-col). */
  col: number;
}

/** Cells whose text contains `query` (spaces around it ignored, Latin letters in any case), row by row. */
export function findCells(cells: readonly (readonly string[])[], query: string): CellHit[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const hits: CellHit[] = [];
  cells.forEach((row, r) =>
    row.forEach((text, c) => {
      if (text.toLowerCase().includes(q)) hits.push({ row: r, col: c });
    }),
  );
  return hits;
}

/** The hit after (step 1) or before (step -1) `current`, wrapping round; the first when there is none yet. */
export function stepHit(count: number, current: number | null, step: 1 | -1): number | null {
  if (count === 0) return null;
  if (current === null) return step === 1 ? 0 : count - 1;
  return (current + step + count) % count;
}
