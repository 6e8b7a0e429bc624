/**
 * Which rows of a long table are drawn: those near the visible part of the page, plus a margin, with blank space of
 * the measured (or estimated) height standing in for the rest. A table of hundreds of rows then costs the browser
 * no more per keystroke or screen switch than one of a few dozen.
 */

export interface RowRange {
  start: number;
  /** Exclusive. */
  end: number;
}

/** Lists up to this long are drawn whole. */
export const WINDOW_FROM = 60;
/** Rows drawn beyond the visible ones on either side, so arrow keys and Tab always land on a drawn row. */
export const OVERSCAN = 10;
/** Height of a row never measured, until some row has been (a one-line cell). */
const ESTIMATED_ROW_PX = 34;

export class RowHeights {
  private readonly known: number[] = [];
  private sum = 0;
  private count = 0;

  set(index: number, px: number): void {
    const old = this.known[index];
    if (old !== undefined) {
      this.sum -= old;
      this.count -= 1;
    }
    this.known[index] = px;
    this.sum += px;
    this.count += 1;
  }

  get(index: number): number {
    return this.known[index] ?? (this.count ? this.sum / this.count : ESTIMATED_ROW_PX);
  }

  /** Total height of rows [from, to). */
  span(from: number, to: number): number {
    let px = 0;
    for (let i = from; i < to; i++) px += this.get(i);
    return px;
  }

  /** The rows overlapping [top, bottom) px from the first row's top edge. */
  visible(top: number, bottom: number, rows: number): RowRange {
    let y = 0;
    let start = rows;
    let end = rows;
    for (let i = 0; i < rows; i++) {
      const h = this.get(i);
      if (start === rows && y + h > top) start = i;
      if (y >= bottom) {
        end = i;
        break;
      }
      y += h;
    }
    return { start: Math.min(start, end), end };
  }
}

/** The range to draw for the visible rows, or `current` when it already covers them with some margin. */
export function rangeFor(current: RowRange, seen: RowRange, rows: number): RowRange {
  const margin = 2;
  if (current.start <= Math.max(0, seen.start - margin) && current.end >= Math.min(rows, seen.end + margin)) {
    return current;
  }
  return { start: Math.max(0, seen.start - OVERSCAN), end: Math.min(rows, seen.end + OVERSCAN) };
}

/** The range to draw so that row `index` is drawn: `current` if it already is. */
export function rangeWith(current: RowRange, index: number, rows: number): RowRange {
  if (index >= current.start && index < current.end) return current;
  return { start: Math.max(0, index - OVERSCAN), end: Math.min(rows, index + OVERSCAN + 1) };
}

export interface Segment extends RowRange {
  /** 'rows' are drawn; a 'gap' is blank space of their height. */
  kind: 'rows' | 'gap';
}

/** The table body top to bottom: the range drawn, rows pinned outside it (kept drawn), blank gaps between. */
export function drawnSegments(start: number, end: number, pinned: ReadonlySet<number>, rows: number): Segment[] {
  const extra = [...pinned].filter((i) => i >= 0 && i < rows && (i < start || i >= end)).sort((a, b) => a - b);
  const runs: RowRange[] = [];
  for (const i of extra.filter((i) => i < start)) runs.push({ start: i, end: i + 1 });
  if (end > start) runs.push({ start, end });
  for (const i of extra.filter((i) => i >= end)) runs.push({ start: i, end: i + 1 });
  const out: Segment[] = [];
  let at = 0;
  for (const run of runs) {
    if (run.start > at) out.push({ kind: 'gap', start: at, end: run.start });
    out.push({ kind: 'rows', ...run });
    at = run.end;
  }
  if (at < rows) out.push({ kind: 'gap', start: at, end: rows });
  return out;
}

// Tables register here, so a field in a row not drawn (a finding's target, an undo step) can still be reached.
const tables = new Map<string, (index: number) => void>();

/** `basePath` "projects.items"; `show` draws row `index`. Returns the unregister function. */
export function registerTable(basePath: string, show: (index: number) => void): () => void {
  tables.set(basePath, show);
  return () => {
    if (tables.get(basePath) === show) tables.delete(basePath);
  };
}

/** Asks the table holding `fieldKey` ("projects.items.150.spentFen") to draw its row. */
export function showRowOf(fieldKey: string): void {
  for (const [base, show] of tables) {
    if (!fieldKey.startsWith(`${base}.`)) continue;
    const index = Number(fieldKey.slice(base.length + 1).split('.')[0]);
    if (Number.isInteger(index) && index >= 0) show(index);
  }
}
