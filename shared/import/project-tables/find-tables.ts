/**
 * Where the 项目支出绩效自评表 of a workbook are: one per sheet, or several stacked on one sheet. Each starts at its
 * "项目名称" row (with the title, 年度 and 单位 lines just above it) and runs to the next one. A table is handed on as
 * its own grid that keeps the sheet's row numbers (rows outside it read as empty), so every message still names the
 * sheet's real row.
 */
import { normalizeLabel, removeSpaces, toHalfWidth } from '../normalize-text';
import { matchColumn } from '../column-labels';
import { SheetGrid } from '../sheet-grid';
import type { SheetData, WorkbookData } from '../workbook-data';
import { toSimplified } from '../traditional';

export interface TableBlock {
  sheet: string;
  /** Sheet rows of the table, inclusive. */
  top: number;
  bottom: number;
  /** The "项目名称" row. */
  nameRow: number;
  grid: SheetGrid;
}

/** A "项目名称" label followed by a name or nothing (a project list's header "项目名称 | 年初预算数 …" is not one). */
export function isProjectNameRow(grid: SheetGrid, row: number): boolean {
  const texts = grid.rowTexts(row);
  const i = texts.findIndex((t) => normalizeLabel(t.text) === '项目名称');
  if (i < 0) {
    // "项目名称：XX" typed in one cell.
    return texts.some((t) => /^项目名称[:：].+/.test(removeSpaces(toHalfWidth(t.text))));
  }
  // A blank template leaves the name empty; a project list's header has column names after it.
  const next = texts[i + 1];
  return next === undefined || matchColumn(next.text) === null;
}

/** Title, 年度 and 单位 lines above a table: a few rows of words without figures. */
function headingRowsAbove(grid: SheetGrid, nameRow: number, floor: number): number {
  let top = nameRow;
  for (let r = nameRow - 1; r >= floor && nameRow - r <= 4; r--) {
    const texts = grid.rowTexts(r);
    if (texts.length > 3) break;
    let hasNumber = false;
    for (let c = 1; c <= grid.colCount; c++) if (typeof grid.raw(r, c) === 'number') hasNumber = true;
    if (hasNumber) break;
    top = r;
  }
  return top;
}

/** The part of a sheet between two rows, row numbers unchanged. */
function slice(sheet: SheetData, top: number, bottom: number): SheetData {
  const rows = sheet.rows.slice(0, bottom).map((cells, i) => (i + 1 < top ? [] : cells));
  const merges = sheet.merges.filter((m) => m.top >= top && m.bottom <= bottom);
  const formulas = (sheet.formulasWithoutResult ?? []).filter((f) => f.row >= top && f.row <= bottom);
  return { name: sheet.name, rows, merges, formulasWithoutResult: formulas };
}

/** Traditional characters (a mirror site's copy) read as the simplified original. */
function simplified(sheet: SheetData): SheetData {
  let changed = false;
  const rows = sheet.rows.map((cells) =>
    cells.map((v) => {
      if (typeof v !== 'string') return v;
      const s = toSimplified(v);
      if (s !== v) changed = true;
      return s;
    }),
  );
  return changed ? { ...sheet, rows } : sheet;
}

export function findProjectTables(workbook: WorkbookData): TableBlock[] {
  const blocks: TableBlock[] = [];
  for (const original of workbook.sheets) {
    const sheet = simplified(original);
    const whole = new SheetGrid(sheet);
    const nameRows: number[] = [];
    for (let r = 1; r <= whole.rowCount; r++) if (isProjectNameRow(whole, r)) nameRows.push(r);
    let floor = 1;
    const tops = nameRows.map((nameRow) => {
      const top = headingRowsAbove(whole, nameRow, floor);
      floor = nameRow + 1;
      return top;
    });
    nameRows.forEach((nameRow, i) => {
      const top = i === 0 ? 1 : (tops[i] ?? nameRow);
      const bottom = (tops[i + 1] ?? whole.rowCount + 1) - 1;
      blocks.push({ sheet: sheet.name, top, bottom, nameRow, grid: new SheetGrid(slice(sheet, top, bottom)) });
    });
  }
  return blocks;
}
