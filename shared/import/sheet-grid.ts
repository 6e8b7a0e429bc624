/**
 * One sheet as a grid that knows its merged cells. A header merged over two rows or three columns names every
 * cell it covers (`filled`), while a value is read only where it was typed (`raw`). Merges are clipped to the
 * data, so a merge declared over the whole sheet costs nothing.
 */
import type { CellValue, MergeRange, SheetData } from './workbook-data';
import type { CellRef } from './problems';
import { readText } from './read-number';

const KEY_STRIDE = 1 << 15;

export class SheetGrid {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly rows: readonly (readonly CellValue[])[];
  private readonly mergeOf = new Map<number, MergeRange>();
  private readonly uncached = new Set<number>();

  constructor(sheet: SheetData) {
    this.name = sheet.name;
    this.rows = sheet.rows;
    this.rowCount = sheet.rows.length;
    this.colCount = sheet.rows.reduce((max, row) => Math.max(max, row.length), 0);
    for (const f of sheet.formulasWithoutResult ?? []) this.uncached.add(f.row * KEY_STRIDE + f.col);
    for (const m of sheet.merges) {
      const bottom = Math.min(m.bottom, this.rowCount);
      const right = Math.min(m.right, this.colCount);
      if (m.top < 1 || m.left < 1 || m.top > bottom || m.left > right) continue;
      for (let r = m.top; r <= bottom; r++) {
        for (let c = m.left; c <= right; c++) this.mergeOf.set(r * KEY_STRIDE + c, m);
      }
    }
  }

  /** The value typed in this very cell (1-based row and column). */
  raw(row: number, col: number): CellValue {
    return this.rows[row - 1]?.[col - 1] ?? null;
  }

  /** The merge covering this cell, if any. */
  merge(row: number, col: number): MergeRange | undefined {
    return this.mergeOf.get(row * KEY_STRIDE + col);
  }

  /** A formula saved without its calculated value: it reads as empty, but a figure must not be taken from it. */
  isFormulaWithoutResult(row: number, col: number): boolean {
    return this.uncached.has(row * KEY_STRIDE + col);
  }

  /** The value shown in this cell: a merged cell shows its top-left value. */
  filled(row: number, col: number): CellValue {
    const m = this.merge(row, col);
    return m ? this.raw(m.top, m.left) : this.raw(row, col);
  }

  /** Shown text, trimmed ('' for an empty cell). */
  text(row: number, col: number): string {
    return readText(this.filled(row, col));
  }

  /** True when this cell is covered by a merge but is not its top-left cell. */
  isMergeContinuation(row: number, col: number): boolean {
    const m = this.merge(row, col);
    return m !== undefined && (m.top !== row || m.left !== col);
  }

  isRowEmpty(row: number): boolean {
    const cells = this.rows[row - 1];
    return !cells || cells.every((v) => v === null || (typeof v === 'string' && v.trim() === ''));
  }

  /** Non-empty shown texts of a row, left to right, each once even when merged across several columns. */
  rowTexts(row: number): { col: number; text: string }[] {
    const out: { col: number; text: string }[] = [];
    for (let c = 1; c <= this.colCount; c++) {
      const m = this.merge(row, c);
      if (m && m.left !== c) continue;
      const text = this.text(row, c);
      if (text !== '') out.push({ col: c, text });
    }
    return out;
  }

  /** The first non-empty shown text of a row, or null: enough to recognise a note line or a 总分 row. */
  firstText(row: number): { col: number; text: string } | null {
    for (let c = 1; c <= this.colCount; c++) {
      const text = this.text(row, c);
      if (text !== '') return { col: c, text };
    }
    return null;
  }

  ref(row: number, col: number): CellRef {
    return { sheet: this.name, row, col };
  }
}
