/**
 * What the workbook reader hands to the mapping: plain values, no library objects. Rows and columns are counted the
 * way Excel shows them: rows[0] is row 1, rows[0][0] is cell A1. A merge is inclusive and 1-based, like "A1:D1" →
 * { top: 1, left: 1, bottom: 1, right: 4 }; only its top-left cell holds a value.
 */

/** The largest .xlsx accepted (the API checks it on the way in, the reader again before parsing). */
export const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;

export type CellValue = string | number | boolean | null;

export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetData {
  name: string;
  rows: CellValue[][];
  merges: MergeRange[];
  /**
   * Formula cells saved without a calculated value (files written by some programs): they read as empty, and an
   * amount read from one is refused rather than taken as 0. 1-based, like merges.
   */
  formulasWithoutResult?: { row: number; col: number }[];
}

export interface WorkbookData {
  sheets: SheetData[];
}

/** 1 → "A", 27 → "AA": how Excel names a column in the messages the clerk reads. */
export function columnLetter(column: number): string {
  let n = Math.max(1, Math.trunc(column));
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
