/**
 * An attachment (附件1 基础数据表, 附件2 自评表): a section starting on a new page, "附件N" in 黑体 flush left on line 1, its title centred
 * on line 3 (GB/T 9704 §8), the caption line, then the table. A table with many columns goes on landscape pages.
 *
 * A table that would just spill a few rows onto a page of its own is set up to three half-points smaller (down to
 * 五号 portrait, 小五 landscape) when that makes it end on its first page; a longer table keeps the standard size
 * and continues over pages.
 * A row taller than a page is split across pages instead of vanishing (dontBreakRows only where every row is
 * far shorter than a page, see rowsFitWhole).
 * A row of bold column headings in the middle of a table (附件2's 一级指标/二级指标/…) starts a new segment whose
 * first row pdfmake repeats at the top of every page the segment continues on.
 */
import type { Table, TableCell } from '../../../shared/text/document';
import { FACE_STYLE, type FaceId } from './font-faces';
import type { BuildContext } from './build-context';
import { A4_PT, type Margins } from './layout-settings';
import { columnCount, columnWidths } from './attachment-widths';
import {
  TABLE_LAYOUT_NAME,
  type CellNode,
  type PdfNode,
  type SectionNode,
  type TableNode,
  type TextNode,
} from './pdf-nodes';
import { titleLines } from './title-lines';

/** Cell padding and rule width of the table layout (registered under TABLE_LAYOUT_NAME by the renderer). */
export const TABLE_CELL_PADDING_X = 3;
export const TABLE_CELL_PADDING_Y = 2;
export const TABLE_RULE_WIDTH = 0.5;
/** Table text is set single-spaced (单倍行距), with a hair of air. */
const CELL_LINE_HEIGHT = 1.05;
const CAPTION_LINE_HEIGHT = 1.3;
/** Head room for the fit estimate: pdfmake keeps closing punctuation with the character before it. */
const FIT_SAFETY = 0.97;

export interface AttachmentBlock {
  /** As printed after "附件": "1", "3-2". */
  number: string;
  title: string;
  table: Table;
}

/** Records a string for the glyph check (ctx.use), or only measures it (trial layouts record nothing). */
type Place = (face: FaceId, text: string, where: string) => string;

/** A full row of bold single-column cells: column headings that should repeat on each page. */
export function isColumnHeadingRow(row: readonly TableCell[], columns: number): boolean {
  return (
    row.length === columns && row.every((c) => c.bold === true && (c.colSpan ?? 1) === 1 && (c.rowSpan ?? 1) === 1)
  );
}

interface GridRow {
  cells: CellNode[];
  /** True while a rowSpan from this row or above still covers the next row (no segment split there). */
  spanContinues: boolean;
}

function cellNode(place: Place, cell: TableCell, fontPt: number, where: string): TextNode {
  const face: FaceId = cell.bold ? 'bodyBold' : 'body';
  const node: TextNode = {
    text: place(face, cell.text, where),
    ...FACE_STYLE[face],
    fontSize: fontPt,
    lineHeight: CELL_LINE_HEIGHT,
    alignment: cell.align ?? 'left',
    // Full-width spaces (U+3000) indent sub-items such as "其中：公车购置"; pdfmake would trim them.
    preserveLeadingSpaces: true,
  };
  if ((cell.colSpan ?? 1) > 1) node.colSpan = cell.colSpan;
  if ((cell.rowSpan ?? 1) > 1) node.rowSpan = cell.rowSpan;
  return node;
}

/**
 * Lays the model's rows on a grid, inserting the placeholders pdfmake expects under colSpan/rowSpan and padding
 * short rows, so a malformed row never throws or disappears. A row wider than the table is refused.
 */
function gridRows(place: Place, block: AttachmentBlock, fontPt: number): GridRow[] {
  const columns = columnCount(block.table);
  const covered: number[] = new Array<number>(columns).fill(0); // rows still covered by a rowSpan, per column
  const rows = [...block.table.headerRows, ...block.table.bodyRows];
  return rows.map((row, r) => {
    const cells: CellNode[] = [];
    let col = 0;
    let source = 0;
    while (col < columns) {
      if ((covered[col] ?? 0) > 0) {
        covered[col] = (covered[col] ?? 1) - 1;
        cells.push({});
        col += 1;
        continue;
      }
      const cell = row[source];
      source += 1;
      if (!cell) {
        cells.push(cellNode(place, { text: '' }, fontPt, ''));
        col += 1;
        continue;
      }
      const span = Math.min(cell.colSpan ?? 1, columns - col);
      const rowSpan = Math.min(cell.rowSpan ?? 1, rows.length - r);
      cells.push(
        cellNode(place, { ...cell, colSpan: span, rowSpan }, fontPt, `附件${block.number}第${r + 1}行第${col + 1}列`),
      );
      for (let k = 0; k < span; k++) {
        if (k > 0) cells.push({});
        if (rowSpan > 1) covered[col + k] = rowSpan - 1;
      }
      col += span;
    }
    if (source < row.length) {
      throw new Error(`附件${block.number}第${r + 1}行的单元格多于表格的${columns}列，无法排版`);
    }
    return { cells, spanContinues: covered.some((c) => c > 0) };
  });
}

/** Lines a paragraph takes in `widthPt`, breaking between characters but never inside a figure or Latin word. */
function wrappedLines(ctx: BuildContext, face: FaceId, text: string, fontPt: number, widthPt: number): number {
  let lines = 1;
  let used = 0;
  for (const piece of text.match(/[0-9A-Za-z.,%‰+\-≥≤<>=]+|[\s\S]/gu) ?? []) {
    const w = ctx.widthPt(face, piece, fontPt);
    if (used > 0 && used + w > widthPt) {
      lines += 1;
      used = 0;
    }
    used += w;
  }
  return lines;
}

/** An estimate of a row's height, from the lines each cell wraps into. */
function estimatedRowHeight(
  ctx: BuildContext,
  row: readonly CellNode[],
  widths: readonly number[],
  fontPt: number,
): number {
  let tallest = 0;
  let col = 0;
  for (const cell of row) {
    const span = 'colSpan' in cell && cell.colSpan ? cell.colSpan : 1;
    if ('text' in cell && typeof cell.text === 'string' && cell.text) {
      const face = cell.bold ? 'bodyBold' : 'body';
      let width = 0;
      for (let k = 0; k < span; k++)
        width += (widths[col + k] ?? 0) + (k > 0 ? 2 * TABLE_CELL_PADDING_X + TABLE_RULE_WIDTH : 0);
      const lines = cell.text
        .split('\n')
        .reduce((n, line) => n + wrappedLines(ctx, face, line, fontPt, Math.max(1, width)), 0);
      tallest = Math.max(tallest, lines * fontPt * ctx.metrics[face].lineHeightEm * CELL_LINE_HEIGHT);
    }
    col += 1;
  }
  return tallest + 2 * TABLE_CELL_PADDING_Y + TABLE_RULE_WIDTH;
}

/**
 * Whether a segment's rows may be kept whole (not split between pages). Only when every row is estimated at under
 * a third of a page: pdfmake drops a whole row that is kept whole but is taller than a page (pdfmake #1159), so
 * a segment with a tall row lets its rows split instead. A two-line row split over a page break is merely ugly.
 */
function rowsFitWhole(
  ctx: BuildContext,
  rows: readonly CellNode[][],
  widths: readonly number[],
  fontPt: number,
  pageHeight: number,
): boolean {
  return rows.every((row) => estimatedRowHeight(ctx, row, widths, fontPt) * 3 < pageHeight);
}

function tableSegments(
  ctx: BuildContext,
  block: AttachmentBlock,
  fontPt: number,
  widths: number[],
  pageHeight: number,
): TableNode[] {
  const columns = columnCount(block.table);
  const allRows = [...block.table.headerRows, ...block.table.bodyRows];
  const grid = gridRows((face, text, where) => ctx.use(face, text, where), block, fontPt);
  const segments: TableNode[] = [];
  let start = 0;
  const close = (end: number, headerRows: number): void => {
    if (end <= start) return;
    const body = grid.slice(start, end).map((g) => g.cells);
    const table: TableNode['table'] = {
      widths,
      body,
      dontBreakRows: rowsFitWhole(ctx, body, widths, fontPt, pageHeight),
    };
    if (headerRows > 0) {
      table.headerRows = headerRows;
      table.keepWithHeaderRows = 1;
    }
    segments.push({ table, layout: TABLE_LAYOUT_NAME });
  };
  let headerRows = block.table.headerRows.length;
  for (let r = 0; r < allRows.length; r++) {
    const row = allRows[r] ?? [];
    const previousOpen = r > 0 && (grid[r - 1]?.spanContinues ?? false);
    if (r > start && !previousOpen && isColumnHeadingRow(row, columns)) {
      close(r, headerRows);
      start = r;
      headerRows = 1;
    }
  }
  close(allRows.length, headerRows);
  return segments;
}

function captionLine(ctx: BuildContext, block: AttachmentBlock, fontPt: number, margin: Margins): PdfNode {
  const left = ctx.use('body', block.table.captionLeft, `附件${block.number}表头说明`);
  const right = ctx.use('body', block.table.captionRight, `附件${block.number}表头说明`);
  const style = { ...FACE_STYLE.body, fontSize: fontPt, lineHeight: CAPTION_LINE_HEIGHT };
  return {
    columns: [
      { text: left, ...style, alignment: 'left', width: '*' },
      { text: right, ...style, alignment: 'right', width: 'auto' },
    ],
    columnGap: 12,
    margin,
  };
}

/** Content width of the columns: what pdfmake's padding and rules leave of the available width. */
export function contentWidth(table: Table, availablePt: number): number {
  const n = columnCount(table);
  return availablePt - n * 2 * TABLE_CELL_PADDING_X - (n + 1) * TABLE_RULE_WIDTH - 1;
}

/**
 * The table's font size: the standard one, or the largest of up to three half-point steps smaller (not below the
 * settings' minimum) at which the estimated attachment ends on its first page. When none does, the standard one.
 */
export function fittedFontPt(
  ctx: BuildContext,
  block: AttachmentBlock,
  landscape: boolean,
  fit: { availablePt: number; pageHeight: number; headPt: number },
): number {
  const { settings } = ctx;
  const standard = landscape ? settings.wideTableFontPt : settings.tableFontPt;
  const smallest = Math.max(landscape ? settings.wideTableMinFontPt : settings.tableMinFontPt, standard - 1.5);
  const measureOnly: Place = (_face, text) => text;
  for (let size = standard; size >= smallest - 1e-9; size -= 0.5) {
    const widths = columnWidths(ctx, block.table, contentWidth(block.table, fit.availablePt), size);
    const caption = size * ctx.metrics.body.lineHeightEm * CAPTION_LINE_HEIGHT;
    const rows = gridRows(measureOnly, block, size).reduce(
      (sum, row) => sum + estimatedRowHeight(ctx, row.cells, widths, size),
      0,
    );
    if (fit.headPt + caption + rows <= fit.pageHeight * FIT_SAFETY) return size;
  }
  return standard;
}

export function attachmentNodes(ctx: BuildContext, block: AttachmentBlock): SectionNode {
  const { settings, geometry } = ctx;
  const landscape = columnCount(block.table) >= settings.landscapeFromColumns;
  const margins = landscape ? geometry.landscapeMargins : geometry.portraitMargins;
  const pageWidth = landscape ? A4_PT.height : A4_PT.width;
  const pageHeight = (landscape ? A4_PT.width : A4_PT.height) - margins[1] - margins[3];
  // Portrait tables stay inside the 版心 proper (the text column is a little wider, see pageGeometry).
  const inset: Margins = landscape
    ? [0, 0, 0, 0]
    : [geometry.portraitBlock[0] - margins[0], 0, geometry.portraitBlock[2] - margins[2], 0];
  const available = pageWidth - margins[0] - margins[2] - inset[0] - inset[2];
  const line = geometry.bodyLineHeightPt;
  const titleSize = settings.titleFontPt;
  const titleFits = (text: string) => ctx.widthPt('title', text, titleSize) <= available;
  const title = titleLines(block.title, titleFits);
  // 附件N, a blank line, the title (lines of 1.25 grid lines), half a line.
  const headPt = line * 2 + title.length * line * 1.25 + line * 0.5;
  const fontPt = fittedFontPt(ctx, block, landscape, { availablePt: available, pageHeight, headPt });
  const widths = columnWidths(ctx, block.table, contentWidth(block.table, available), fontPt);
  const label = ctx.use('hei', `附件${block.number}`, `附件${block.number}标号`);
  const stack: PdfNode[] = [
    ctx.gridText('hei', label, { alignment: 'left' }),
    {
      text: title.map((t) => ctx.use('title', t, `附件${block.number}标题`)).join('\n'),
      ...FACE_STYLE.title,
      fontSize: titleSize,
      lineHeight: ctx.lineHeightFor('title', titleSize, line * 1.25),
      alignment: 'center',
      margin: [0, line, 0, line * 0.5],
    },
    captionLine(ctx, block, fontPt, inset),
    ...tableSegments(ctx, block, fontPt, widths, pageHeight).map((t) => ({ ...t, margin: inset })),
  ];
  // A section, not a page break: only a section can change the page margins (landscape pages turn them too).
  return { section: { stack }, pageOrientation: landscape ? 'landscape' : 'portrait', pageMargins: margins };
}
