/**
 * An attachment (附件1 基础数据表, 附件2 自评表) as a section of its own, laid out as the PDF lays it out
 * (electron/services/pdf/attachment-page.ts): a new page, "附件N" in 黑体 on line 1, the title centred on line 3,
 * the caption line ("填报单位：…" left, "单位：万元" right), then the table; a table with many columns on landscape
 * pages. Column widths come from the same function as the PDF's, measured with the office fonts' metrics.
 *
 * A row of bold column headings in the middle of a table (附件2's 一级指标/二级指标/…) starts a new table whose
 * first row Word repeats at the top of every page the table continues on (w:tblHeader repeats only a table's
 * first rows). A hairline paragraph separates the tables: Word joins tables that touch.
 */
import type { Paragraph, Table as DocxTable, TableRow } from 'docx';
import type { Table, TableCell } from '../../../shared/text/document';
import { columnCount, columnWidths } from '../pdf/attachment-widths';
import {
  contentWidth,
  fittedFontPt,
  isColumnHeadingRow,
  TABLE_CELL_PADDING_X,
  TABLE_CELL_PADDING_Y,
  TABLE_RULE_WIDTH,
  type AttachmentBlock,
} from '../pdf/attachment-page';
import { halfPoints, gridSpacing, STYLE, type DocxContext } from './docx-styles';
import { textRuns, titleLinesIn, titleParagraph } from './docx-body';
import { widthEm } from './docx-measure';
import { ptToTwips, type TwipMargins } from './docx-geometry';

export interface AttachmentSection {
  landscape: boolean;
  margins: TwipMargins;
  children: (Paragraph | DocxTable)[];
}

/** Table text is single-spaced; this is the line height the fit estimate counts with. */
const CELL_LINE_EM = 1.3;

interface PlacedCell {
  cell: TableCell;
  column: number;
  span: number;
}

interface PlacedRow {
  cells: PlacedCell[];
  /** A rowSpan from this row or above still covers the next row: no new table may start there. */
  spanContinues: boolean;
}

/** Each model cell with the grid column it starts in (cells under a rowSpan from above are skipped). */
function placeRows(table: Table): PlacedRow[] {
  const columns = columnCount(table);
  const covered = new Array<number>(columns).fill(0);
  const rows = [...table.headerRows, ...table.bodyRows];
  return rows.map((row, r) => {
    const cells: PlacedCell[] = [];
    let column = 0;
    let source = 0;
    while (column < columns && source < row.length) {
      if ((covered[column] ?? 0) > 0) {
        covered[column] = (covered[column] ?? 1) - 1;
        column += 1;
        continue;
      }
      const cell = row[source++] as TableCell;
      const span = Math.min(cell.colSpan ?? 1, columns - column);
      const rowSpan = Math.min(cell.rowSpan ?? 1, rows.length - r);
      for (let k = 0; k < span; k++) if (rowSpan > 1) covered[column + k] = rowSpan - 1;
      cells.push({ cell: { ...cell, rowSpan }, column, span });
      column += span;
    }
    for (; column < columns; column++) if ((covered[column] ?? 0) > 0) covered[column] = (covered[column] ?? 1) - 1;
    return { cells, spanContinues: covered.some((c) => c > 0) };
  });
}

/** Estimated height of a row in points: the most lines any of its cells wraps into. */
function rowHeightPt(row: PlacedRow, widthsPt: readonly number[], fontPt: number): number {
  let lines = 1;
  for (const { cell, column, span } of row.cells) {
    const width = widthsPt.slice(column, column + span).reduce((a, b) => a + b, 0) - 2 * TABLE_CELL_PADDING_X;
    const cellLines = cell.text
      .split('\n')
      .reduce((n, line) => n + Math.max(1, Math.ceil((widthEm(line) * fontPt) / Math.max(1, width))), 0);
    lines = Math.max(lines, cellLines);
  }
  return lines * fontPt * CELL_LINE_EM + 2 * TABLE_CELL_PADDING_Y;
}

function cellNode(ctx: DocxContext, placed: PlacedCell, fontPt: number) {
  const { D } = ctx;
  const { cell, span } = placed;
  const align =
    cell.align === 'center'
      ? D.AlignmentType.CENTER
      : cell.align === 'right'
        ? D.AlignmentType.RIGHT
        : D.AlignmentType.LEFT;
  return new D.TableCell({
    children: [
      new D.Paragraph({
        style: STYLE.tableText,
        alignment: align,
        children: textRuns(ctx, cell.text, { bold: cell.bold === true, size: halfPoints(fontPt) }),
      }),
    ],
    ...(span > 1 ? { columnSpan: span } : {}),
    ...((cell.rowSpan ?? 1) > 1 ? { rowSpan: cell.rowSpan } : {}),
  });
}

/** A paragraph a hair high: keeps two tables apart (Word joins touching tables) and ends a section after a table. */
function hairline(ctx: DocxContext): Paragraph {
  return new ctx.D.Paragraph({
    style: STYLE.tableText,
    spacing: { line: 20, lineRule: ctx.D.LineRuleType.EXACT, before: 0, after: 0 },
    children: [new ctx.D.TextRun({ text: '', size: 2 })],
  });
}

function tables(ctx: DocxContext, block: AttachmentBlock, widthsTwips: number[], fontPt: number, pageHeightPt: number) {
  const { D } = ctx;
  const columns = columnCount(block.table);
  const rows = placeRows(block.table);
  const widthsPt = widthsTwips.map((w) => w / 20);
  const allRows = [...block.table.headerRows, ...block.table.bodyRows];
  const rule = { style: D.BorderStyle.SINGLE, size: Math.round(TABLE_RULE_WIDTH * 8), color: '000000' };
  const pad = ptToTwips(TABLE_CELL_PADDING_X);
  const padY = ptToTwips(TABLE_CELL_PADDING_Y);
  const out: (Paragraph | DocxTable)[] = [];
  const close = (start: number, end: number, headerRows: number) => {
    if (end <= start) return;
    const tableRows: TableRow[] = rows.slice(start, end).map(
      (row, i) =>
        new D.TableRow({
          children: row.cells.map((placed) => cellNode(ctx, placed, fontPt)),
          tableHeader: i < headerRows,
          // A row kept whole must be far shorter than a page (a taller one is split rather than pushed along).
          cantSplit: rowHeightPt(row, widthsPt, fontPt) * 3 < pageHeightPt,
        }),
    );
    if (out.length > 0) out.push(hairline(ctx));
    out.push(
      new D.Table({
        rows: tableRows,
        columnWidths: widthsTwips,
        width: { size: widthsTwips.reduce((a, b) => a + b, 0), type: D.WidthType.DXA },
        layout: D.TableLayoutType.FIXED,
        alignment: D.AlignmentType.CENTER,
        margins: { top: padY, bottom: padY, left: pad, right: pad, marginUnitType: D.WidthType.DXA },
        borders: { top: rule, bottom: rule, left: rule, right: rule, insideHorizontal: rule, insideVertical: rule },
      }),
    );
  };
  let start = 0;
  let headerRows = block.table.headerRows.length;
  for (let r = 1; r < allRows.length; r++) {
    if (!(rows[r - 1]?.spanContinues ?? false) && isColumnHeadingRow(allRows[r] ?? [], columns)) {
      close(start, r, headerRows);
      start = r;
      headerRows = 1;
    }
  }
  close(start, allRows.length, headerRows);
  return out;
}

export function attachmentSection(ctx: DocxContext, block: AttachmentBlock): AttachmentSection {
  const { D, settings, geometry } = ctx;
  const landscape = columnCount(block.table) >= settings.landscapeFromColumns;
  const margins = landscape ? geometry.landscapeMargins : geometry.portraitMargins;
  const available = landscape ? geometry.landscapeTextWidth : geometry.portraitTextWidth;
  const pageHeight = (landscape ? geometry.pageWidth : geometry.pageHeight) - margins.top - margins.bottom;
  const availablePt = available / 20;
  const line = geometry.linePitch / 20;
  // A blank grid line above the title and half a line below, as in the PDF.
  const half = Math.round(geometry.linePitch / 2);
  const lines = titleLinesIn(ctx, block.title, available);
  // The PDF's choice of size: a table that would spill a few rows is set a little smaller to end on its page.
  const fontPt = fittedFontPt(ctx.measure, block, landscape, {
    availablePt,
    pageHeight: pageHeight / 20,
    headPt: line * 2 + lines.length * line * 1.25 + line * 0.5,
  });
  // What the cell padding and rules leave of the width, shared out as the PDF shares it, then padded again.
  const widths = columnWidths(ctx.measure, block.table, contentWidth(block.table, availablePt), fontPt).map((w) =>
    Math.floor(ptToTwips(w + 2 * TABLE_CELL_PADDING_X)),
  );
  const caption = new D.Paragraph({
    style: STYLE.tableText,
    spacing: { line: ptToTwips(fontPt * 1.3), lineRule: D.LineRuleType.EXACT, before: 0, after: 0 },
    tabStops: [{ type: D.TabStopType.RIGHT, position: available }],
    keepNext: true,
    children: textRuns(ctx, `${block.table.captionLeft}\t${block.table.captionRight}`, { size: halfPoints(fontPt) }),
  });
  return {
    landscape,
    margins,
    children: [
      new D.Paragraph({
        style: STYLE.attachmentLabel,
        spacing: gridSpacing(ctx),
        children: textRuns(ctx, `附件${block.number}`),
      }),
      titleParagraph(ctx, lines, { before: geometry.linePitch, after: half }),
      caption,
      ...tables(ctx, block, widths, fontPt, pageHeight / 20),
      hairline(ctx),
    ],
  };
}
