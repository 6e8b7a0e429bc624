/**
 * A sheet described as data before exceljs sees it: typed cells (text, or a figure with its kind), merges,
 * column widths, which rows are the bordered table and which to repeat on every printed page.
 * layout-*.ts build these from a report; write-workbook.ts renders them.
 */

export type FigureKind = 'money' | 'area' | 'score' | 'count' | 'percent';

export type LayoutCell =
  | { kind: 'text'; text: string; align?: 'left' | 'center' | 'right'; bold?: boolean }
  /** value null: an empty cell formatted for this kind of figure (blank templates). */
  | { kind: FigureKind; value: number | null };

export type RowRole = 'mark' | 'title' | 'caption' | 'header' | 'body' | 'note';

export interface LayoutRow {
  role: RowRole;
  cells: (LayoutCell | null)[];
  /** Lines of text the tallest cell needs; the renderer sets the row height from it. */
  lines?: number;
}

export interface LayoutMerge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetLayout {
  name: string;
  /** Column widths in characters. */
  widths: number[];
  rows: LayoutRow[];
  merges: LayoutMerge[];
  /** Rows (1-based, inclusive) printed at the top of every page. */
  printTitleRows: [number, number];
  landscape: boolean;
}

export const text = (t: string, align: 'left' | 'center' | 'right' = 'left', bold = false): LayoutCell => ({
  kind: 'text',
  text: t,
  align,
  bold,
});
export const centre = (t: string, bold = false): LayoutCell => text(t, 'center', bold);
export const header = (t: string): LayoutCell => text(t, 'center', true);
export const figure = (kind: FigureKind, value: number | null): LayoutCell => ({ kind, value });

/** Builds a sheet row by row, tracking row numbers for merges. */
export class LayoutBuilder {
  readonly rows: LayoutRow[] = [];
  readonly merges: LayoutMerge[] = [];

  /** Adds a row; returns its 1-based number. */
  add(role: RowRole, cells: (LayoutCell | null)[], lines?: number): number {
    this.rows.push(lines === undefined ? { role, cells } : { role, cells, lines });
    return this.rows.length;
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }

  get next(): number {
    return this.rows.length + 1;
  }
}

/** How many printed lines a text needs in a column `width` characters wide (CJK characters count double). */
export function linesFor(value: string, width: number): number {
  let lines = 0;
  for (const paragraph of value.split('\n')) {
    let units = 0;
    for (const ch of paragraph) units += /[\u2e80-\uffff]/.test(ch) ? 2 : 1;
    lines += Math.max(1, Math.ceil(units / Math.max(1, width - 1)));
  }
  return Math.min(lines, 30);
}
