// The styling and writing helpers both fixture generators use (make-xlsx-fixtures.mjs, make-xlsx-real-fixtures.mjs),
// in the spirit of a clerk's hand-made sheet.
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

// Fixed document dates; exceljs still stamps the ZIP entries with the current time, so a re-run changes only those.
export const FIXED_DATE = new Date(Date.UTC(2025, 2, 15, 8, 0, 0));

export const thin = { style: 'thin', color: { argb: 'FF000000' } };
export const box = { top: thin, left: thin, bottom: thin, right: thin };
export const songti = (size = 11, bold = false) => ({ name: '宋体', size, bold });

export function newBook(creator) {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.lastModifiedBy = creator;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

/** Writes rows starting at `first`; null leaves a cell empty. Returns the next free row. */
export function put(ws, first, rows) {
  rows.forEach((cells, i) => {
    const row = ws.getRow(first + i);
    cells.forEach((v, c) => {
      if (v !== null && v !== undefined) row.getCell(c + 1).value = v;
    });
  });
  return first + rows.length;
}

export function border(ws, top, left, bottom, right) {
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      const cell = ws.getCell(r, c);
      cell.border = box;
      cell.font = cell.font ?? songti(10);
      cell.alignment = { vertical: 'middle', wrapText: true, ...(cell.alignment ?? {}) };
    }
  }
}

export function headerStyle(ws, row, left, right, fill = 'FFD9D9D9') {
  for (let c = left; c <= right; c++) {
    const cell = ws.getCell(row, c);
    cell.font = songti(10, true);
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  }
}

export function money(ws, top, left, bottom, right, fmt = '#,##0.00') {
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) ws.getCell(r, c).numFmt = fmt;
}

export function title(ws, row, text, width) {
  ws.mergeCells(row, 1, row, width);
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { name: '方正小标宋简体', size: 16, bold: true };
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(row).height = 32;
}

export async function save(wb, dir, name) {
  const buf = await wb.xlsx.writeBuffer();
  writeFileSync(new URL(name, dir), Buffer.from(buf));
  return Buffer.from(buf);
}
