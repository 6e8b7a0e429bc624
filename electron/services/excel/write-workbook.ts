/**
 * Renders sheet layouts (layout-base-data.ts, layout-self-eval.ts, layout-projects.ts, layout-project-table.ts) to an .xlsx with exceljs: titles, 填报单位/单位 lines, merged
 * headers, thin borders over the table, 2-decimal number formats, column widths, A4 print setup with the header
 * rows repeated on every page. Figures are numeric cells; text that a spreadsheet could take for a formula
 * (starting with = + - @ tab CR NUL, OWASP ASVS 5.0 V1.2.10) is a string cell in the text number format "@": it is
 * never a formula, stays text when edited, and prints as typed ("-21.83%", no apostrophe).
 */
import ExcelJS from 'exceljs';
import type { Report } from '../../../shared/model/report';
import { baseDataLayout } from './layout-base-data';
import type { LayoutOptions } from './layout-common';
import { projectListLayout } from './layout-projects';
import { selfEvalLayout } from './layout-self-eval';
import { projectTableLayouts, projectTemplateLayouts } from './layout-project-table';
import { rulePackFor } from '../../../shared/packs/registry';
import type { FigureKind, LayoutCell, RowRole, SheetLayout } from './sheet-layout';

export type ExportTable = 'baseData' | 'selfEval' | 'projects';
export const ALL_TABLES: readonly ExportTable[] = ['baseData', 'selfEval', 'projects'];

const FORMULA_START = /^[=+\-@\t\r\0]/;

/** Text a spreadsheet would take for a formula or a number if it were typed in ("=1+1", "-21.83%"). */
export function looksLikeFormula(value: string): boolean {
  return FORMULA_START.test(value);
}

const NUMBER_FORMATS: Readonly<Record<FigureKind, string>> = {
  money: '0.00',
  area: '0.00',
  score: '0.00',
  count: '0',
  percent: '0.00%',
};

const FONT = '宋体';
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const POINTS_PER_LINE = 15;

const ROW_FONTS: Readonly<Record<RowRole, Partial<ExcelJS.Font>>> = {
  mark: { name: '黑体', size: 12 },
  title: { name: FONT, size: 16, bold: true },
  caption: { name: FONT, size: 11 },
  header: { name: FONT, size: 10, bold: true },
  body: { name: FONT, size: 10 },
  note: { name: FONT, size: 9 },
};

function isTableRow(role: RowRole): boolean {
  return role === 'header' || role === 'body';
}

function writeCell(cell: ExcelJS.Cell, value: LayoutCell | null, role: RowRole): void {
  const font = { ...ROW_FONTS[role] };
  if (value === null) {
    cell.font = font;
    return;
  }
  if (value.kind === 'text') {
    cell.value = value.text;
    if (looksLikeFormula(value.text)) cell.numFmt = '@';
    if (value.bold) font.bold = true;
    cell.font = font;
    // The 附件 mark runs over the empty cells to its right instead of wrapping in a narrow first column.
    cell.alignment = { horizontal: value.align ?? 'left', vertical: 'middle', wrapText: role !== 'mark' };
    return;
  }
  if (value.value !== null) cell.value = value.value;
  cell.numFmt = NUMBER_FORMATS[value.kind];
  cell.font = font;
  cell.alignment = {
    horizontal: value.kind === 'count' || value.kind === 'score' ? 'center' : 'right',
    vertical: 'middle',
  };
}

function addSheet(workbook: ExcelJS.Workbook, layout: SheetLayout): void {
  const [titleFrom, titleTo] = layout.printTitleRows;
  const ws = workbook.addWorksheet(layout.name, {
    pageSetup: {
      paperSize: 9,
      orientation: layout.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${titleFrom}:${titleTo}`,
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  });
  ws.columns = layout.widths.map((width) => ({ width }));
  const width = layout.widths.length;
  layout.rows.forEach((row, i) => {
    const excelRow = ws.getRow(i + 1);
    for (let c = 0; c < width; c++) {
      const cell = excelRow.getCell(c + 1);
      writeCell(cell, row.cells[c] ?? null, row.role);
      if (isTableRow(row.role)) cell.border = BORDER;
    }
    if (row.role === 'title') excelRow.height = 30;
    else if (row.lines && row.lines > 1) excelRow.height = row.lines * POINTS_PER_LINE + 4;
    else if (isTableRow(row.role)) excelRow.height = 20;
  });
  for (const m of layout.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
}

function layoutsFor(report: Report, tables: readonly ExportTable[], options: LayoutOptions): SheetLayout[] {
  const builders: Readonly<Record<ExportTable, (r: Report, o: LayoutOptions) => SheetLayout>> = {
    baseData: baseDataLayout,
    selfEval: selfEvalLayout,
    projects: projectListLayout,
  };
  return ALL_TABLES.filter((t) => tables.includes(t)).map((t) => builders[t](report, options));
}

async function render(layouts: readonly SheetLayout[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '绩效自评助手';
  workbook.created = new Date();
  for (const layout of layouts) addSheet(workbook, layout);
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

/** 附件1, 附件2 and the project list of a report, one sheet each. */
export function writeReportWorkbook(report: Report, tables: readonly ExportTable[] = ALL_TABLES): Promise<Buffer> {
  return render(layoutsFor(report, tables, {}));
}

/** The same tables with empty figures and the standard indicator framework, for filling in by hand. */
export function writeTemplateWorkbook(report: Report, tables: readonly ExportTable[] = ALL_TABLES): Promise<Buffer> {
  return render(layoutsFor(report, tables, { blank: true }));
}

/** Every 项目支出绩效自评表 of the report, one sheet each (issue 16). */
export function writeProjectTablesWorkbook(report: Report): Promise<Buffer> {
  return render(projectTableLayouts(report, rulePackFor(report.rulePackId)));
}

/** Blank 项目支出绩效自评表: one per project of the list, or (`single`) one with nothing filled in. */
export function writeProjectTemplateWorkbook(report: Report, single = false): Promise<Buffer> {
  return render(projectTemplateLayouts(report, rulePackFor(report.rulePackId), single));
}
