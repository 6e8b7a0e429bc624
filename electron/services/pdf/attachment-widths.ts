/**
 * Column widths of an attachment table. The model's weights say how the width is shared, but a weight is a guess
 * made without the data: 附件2's 分值 column needs two characters and its 偏差原因 column a paragraph. So each
 * column gets its weighted share bounded by what its cells need: never narrower than its widest figure (a figure
 * such as "100.00%" must not wrap), never wider than its longest line unwrapped. What a short column does not need
 * goes to the columns that do, by weight, so long texts wrap into fewer lines and rows are shorter.
 */
import type { Table, TableCell } from '../../../shared/text/document';
import type { BuildContext } from './build-context';

/** Runs of digits, Latin letters and number punctuation: a figure such as "100.00%" must not wrap. */
const UNBREAKABLE_RUN = /[0-9A-Za-z.,%‰+\-≥≤<>=]+/g;

export function columnCount(table: Table): number {
  return Math.max(1, table.widths.length);
}

/**
 * Per column, the largest `measure` over its single-column cells (a cell spanning columns says nothing). A cell
 * spanning rows covers its column in the rows below, whose cells start one column further right (the 项目资金 block).
 */
function perColumn(table: Table, measure: (cell: TableCell) => number): number[] {
  const widths = new Array<number>(columnCount(table)).fill(0);
  const covered = new Array<number>(widths.length).fill(0);
  for (const row of [...table.headerRows, ...table.bodyRows]) {
    let col = 0;
    const take = () => {
      while (col < widths.length && (covered[col] ?? 0) > 0) {
        covered[col] = (covered[col] ?? 1) - 1;
        col += 1;
      }
    };
    for (const cell of row) {
      take();
      const span = cell.colSpan ?? 1;
      if (span === 1 && col < widths.length) widths[col] = Math.max(widths[col] ?? 0, measure(cell));
      for (let k = 0; k < span && (cell.rowSpan ?? 1) > 1; k++) covered[col + k] = (cell.rowSpan ?? 1) - 1;
      col += span;
    }
    for (let c = col; c < widths.length; c++) if ((covered[c] ?? 0) > 0) covered[c] = (covered[c] ?? 1) - 1;
  }
  return widths;
}

function measureCell(ctx: BuildContext, fontPt: number, pieces: (text: string) => string[]) {
  return (cell: TableCell): number => {
    const face = cell.bold ? 'bodyBold' : 'body';
    return pieces(cell.text).reduce((widest, piece) => Math.max(widest, ctx.widthPt(face, piece, fontPt) + 0.5), 0);
  };
}

/**
 * Content widths (pdfmake adds padding and rules) for `contentPt` of content. When even the figures cannot all fit,
 * the weights alone decide (a figure then wraps rather than the table running off the page).
 */
export function columnWidths(ctx: BuildContext, table: Table, contentPt: number, fontPt: number): number[] {
  const weights = table.widths.length > 0 ? table.widths.map((w) => (w > 0 ? w : 1)) : [1];
  const minimum = perColumn(
    table,
    measureCell(ctx, fontPt, (t) => t.match(UNBREAKABLE_RUN) ?? []),
  );
  const natural = perColumn(
    table,
    measureCell(ctx, fontPt, (t) => t.split('\n')),
  ).map((w, i) => Math.max(w, minimum[i] ?? 0));
  const sum = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);
  if (sum(minimum) > contentPt) return weights.map((w) => (contentPt * w) / sum(weights));
  // Everything fits unwrapped: share by weight, each column at least as wide as its longest line.
  const everythingFits = sum(natural) <= contentPt;
  const upper = everythingFits ? weights.map(() => Infinity) : natural;
  const lower = everythingFits ? natural : minimum;
  // Fix a column at its bound when its share falls outside it, then share the rest among the others, until stable.
  const fixed = new Map<number, number>();
  for (;;) {
    const free = weights.map((w, i) => (fixed.has(i) ? 0 : w));
    const freeTotal = sum(free);
    const left = contentPt - sum([...fixed.values()]);
    const widths = weights.map((_, i) => fixed.get(i) ?? (freeTotal > 0 ? (left * (free[i] ?? 0)) / freeTotal : 0));
    const short = widths.findIndex((w, i) => !fixed.has(i) && w < (lower[i] ?? 0));
    if (short >= 0) {
      fixed.set(short, lower[short] ?? 0);
      continue;
    }
    const long = widths.findIndex((w, i) => !fixed.has(i) && w > (upper[i] ?? Infinity));
    if (long >= 0 && fixed.size < weights.length - 1) {
      fixed.set(long, upper[long] ?? 0);
      continue;
    }
    return widths;
  }
}
