/**
 * Finds tables by their labels, not by cell addresses. A header row is a row where at least two cells name known
 * columns (column-labels.ts); adjacent header rows and rows merged into them form one header band (headers merged
 * over two or three rows); the columns under a band, read bottom-up through the band, say what each column holds.
 * Two tables side by side under one band (附件2 按收入性质分 | 按支出性质分) become two segments.
 * Each segment with its body rows (down to the next band, or to the notes under the table) is a Section.
 */
import { LABEL_KEYS, matchColumn, type ColumnKey } from './column-labels';
import { isNoteLine, unitInLabel, unitLine, type AmountUnit } from './normalize-text';
import { isCaption, isFrugalityLabel } from './row-labels';
import type { SheetGrid } from './sheet-grid';

export type SectionKind = 'threeColumns' | 'money' | 'projects' | 'indicators' | 'staffing' | 'building' | 'goals';

export interface ColumnInfo {
  key: ColumnKey;
  col: number;
  year: number | null;
  /** Unit written in this column's header ("预算投资（万元）"). */
  unit: AmountUnit | null;
  header: string;
}

export interface Section {
  kind: SectionKind;
  grid: SheetGrid;
  headerTop: number;
  headerBottom: number;
  /** Body rows, first and last (inclusive); notes under the table are already cut off. */
  bodyStart: number;
  bodyEnd: number;
  columns: ColumnInfo[];
  /** Columns left of the figures that hold the row's name. */
  labelCols: number[];
  /** Money unit for the section: from the headers, a "单位：元" line above, or 万元 by default. */
  unit: AmountUnit;
  unitFound: boolean;
}

interface Band {
  top: number;
  bottom: number;
}

/** How many cells of a row name a known column (a cell merged across columns counts once). */
function headerHits(grid: SheetGrid, row: number): number {
  // Headers are words: a row with two figures in it is data, whatever its texts say (and is cheap to rule out).
  let numbers = 0;
  for (let c = 1; c <= grid.colCount; c++) if (typeof grid.raw(row, c) === 'number' && ++numbers >= 2) return 0;
  let hits = 0;
  for (let c = 1; c <= grid.colCount; c++) {
    const m = grid.merge(row, c);
    if (m && m.left !== c) continue;
    const v = grid.filled(row, c);
    if (typeof v === 'string' && matchColumn(v)) hits++;
  }
  return hits;
}

function findBands(grid: SheetGrid): Band[] {
  const candidate: boolean[] = [];
  for (let r = 1; r <= grid.rowCount; r++) candidate[r] = headerHits(grid, r) >= 2;
  const bands: Band[] = [];
  for (let r = 1; r <= grid.rowCount; r++) {
    if (!candidate[r]) continue;
    let bottom = r;
    while (bottom + 1 <= grid.rowCount && candidate[bottom + 1]) bottom++;
    let top = r;
    // A group header above ("资金情况（万元）" over three columns) is part of the band when a merge ties them.
    while (
      top - 1 >= 1 &&
      !candidate[top - 1] &&
      (mergeReachesInto(grid, top - 1, top, bottom) || (!candidate[top - 2] && groupsColumns(grid, top - 1, top)))
    )
      top--;
    bands.push({ top, bottom });
    r = bottom;
  }
  return bands;
}

/** A header cell that starts in `row` and ends inside the band ("项目名称" merged over the two header rows). */
function mergeReachesInto(grid: SheetGrid, row: number, below: number, bandBottom: number): boolean {
  for (let c = 1; c <= grid.colCount; c++) {
    const m = grid.merge(row, c);
    if (m && m.top === row && m.bottom >= below && m.bottom <= bandBottom) return true;
  }
  return false;
}

/** A cell merged across columns that each name a column below ("预算数（万元）" over 年初预算 | 全年预算). */
function groupsColumns(grid: SheetGrid, row: number, below: number): boolean {
  for (let c = 1; c <= grid.colCount; c++) {
    const m = grid.merge(row, c);
    if (!m || m.left !== c || m.top !== row || m.bottom !== row || m.right === m.left) continue;
    // A group header is a short caption ("预算数（万元）", "资金情况"), not a sentence typed across columns.
    const caption = grid.text(row, c);
    // A figure is never a group header ("585.62" merged over two columns just above the next header).
    if (typeof grid.raw(row, c) !== 'string' || readNumberLike(caption)) continue;
    // Nor is a "—" or "/" for none merged over the last money line's unused cells (永德).
    if (/^(?:[-—–―/]+|无)$/.test(caption)) continue;
    if (!(matchColumn(caption) || unitInLabel(caption) || isCaption(caption) || caption.length <= 8)) continue;
    let named = 0;
    for (let k = m.left; k <= m.right; k++) {
      const v = grid.filled(below, k);
      if (typeof v === 'string' && matchColumn(v)) named++;
    }
    if (named >= 2 && named === m.right - m.left + 1) return true;
  }
  return false;
}

/**
 * A column headed like a figure whose cells are all names ("年度预算数（万元）" over 总额 / 其中：财政资金 in Sichuan's
 * form) holds the rows' names: it becomes a label column.
 */
function namesUnderFigureHeader(grid: SheetGrid, band: Band, nextTop: number, segment: Segment): void {
  const first = segment.columns.find((c) => !LABEL_KEYS.has(c.key));
  if (!first || (first.key !== 'budget' && first.key !== 'final')) return;
  let names = 0;
  for (let r = band.bottom + 1; r < Math.min(nextTop, band.bottom + 12); r++) {
    const v = grid.raw(r, first.col);
    if (v === null || (typeof v === 'string' && v.trim() === '')) continue;
    if (typeof v !== 'string' || readNumberLike(v.trim())) return;
    names++;
  }
  if (names < 2) return;
  segment.columns = segment.columns.filter((c) => c !== first);
  segment.labelCols = [...segment.labelCols.filter((c) => c < first.col), first.col];
}

function readNumberLike(text: string): boolean {
  return /^[-+]?[\d,，.．０-９]+%?$/.test(text);
}

interface Segment {
  labelCols: number[];
  columns: ColumnInfo[];
}

/** The band's texts in a column, top to bottom, without repeats (a merge shows its text in every row). */
function columnTexts(grid: SheetGrid, band: Band, col: number): string[] {
  const texts: string[] = [];
  for (let r = band.top; r <= band.bottom; r++) {
    const t = grid.text(r, col);
    if (t !== '' && texts[texts.length - 1] !== t) texts.push(t);
  }
  return texts;
}

function segmentsOf(grid: SheetGrid, band: Band): Segment[] {
  const segments: Segment[] = [];
  let current: Segment = { labelCols: [], columns: [] };
  let lastValueCol = 0;
  const hasValueKey = (s: Segment) => s.columns.some((c) => !LABEL_KEYS.has(c.key));
  const startNew = (labelCols: number[]) => {
    if (current.columns.length > 0) segments.push(current);
    current = { labelCols, columns: [] };
  };
  for (let c = 1; c <= grid.colCount; c++) {
    // A header merged across columns ("预期目标" over C:E) names one column, not three; a caption merged over the
    // name columns ("项目资金（万元）" over A:B) covers names in each of them.
    if (continuesLeft(grid, band, c)) {
      if (!hasValueKey(current) && current.labelCols.length > 0) current.labelCols.push(c);
      continue;
    }
    const texts = columnTexts(grid, band, c);
    let info: ColumnInfo | null = null;
    for (let i = texts.length - 1; i >= 0 && !info; i--) {
      const text = texts[i] ?? '';
      const m = matchColumn(text);
      if (m) info = { key: m.key, col: c, year: m.year, unit: m.unit ?? firstUnit(texts), header: text };
    }
    if (info) {
      const key = info.key;
      const year = info.year;
      // The same column again means a second table to the right; its names sit between the two.
      if (hasValueKey(current) && current.columns.some((x) => x.key === key && x.year === year)) {
        startNew(range(lastValueCol + 1, c - 1));
      }
      current.columns.push(info);
      if (!LABEL_KEYS.has(key)) lastValueCol = c;
      // A name column ("项目" in 附件1's header) also holds the row's label.
      else if (key !== 'seq' && !hasValueKey(current)) current.labelCols.push(c);
    } else if (texts.length > 0) {
      // A caption after figures starts the table on the right ("按支出性质分" next to "按收入性质分").
      if (hasValueKey(current) && isCaption(texts[0] ?? '')) startNew([]);
      if (!hasValueKey(current)) current.labelCols.push(c);
    } else if (!hasValueKey(current)) {
      current.labelCols.push(c);
    }
  }
  startNew([]);
  return segments;
}

/** True when, in every row of the band, this cell is part of a merge that started further left. */
function continuesLeft(grid: SheetGrid, band: Band, col: number): boolean {
  for (let r = band.top; r <= band.bottom; r++) {
    const m = grid.merge(r, col);
    if (!m || m.left >= col) return false;
  }
  return true;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

function firstUnit(texts: readonly string[]): AmountUnit | null {
  for (const t of texts) {
    const u = unitInLabel(t);
    if (u) return u;
  }
  return null;
}

function kindOf(columns: readonly ColumnInfo[]): SectionKind | null {
  const has = (k: ColumnKey) => columns.some((c) => c.key === k);
  const count = (keys: readonly ColumnKey[]) => keys.filter(has).length;
  if (has('level3') || (has('target') && has('actual')) || (has('level1') && has('level2'))) return 'indicators';
  if (
    count(['prevFinal', 'final']) >= 1 &&
    count(['prevFinal', 'budget', 'final']) >= 2 &&
    count(['initial', 'annual', 'spent']) === 0
  )
    return 'threeColumns';
  if (has('projectName') && count(['initial', 'annual', 'spent', 'budget', 'final']) >= 1) return 'projects';
  if (count(['initial', 'annual', 'spent', 'budget']) >= 2 && !has('prevFinal') && !has('final')) return 'money';
  if (has('authorized') || has('staffActual')) return 'staffing';
  if (count(['approvedArea', 'actualArea', 'budgetInvest', 'actualInvest']) >= 1) return 'building';
  if (has('goalExpected') || has('goalActual')) return 'goals';
  return null;
}

/** The unit for a band: its own texts first, then the nearest "单位：…" line above it. */
function bandUnit(grid: SheetGrid, band: Band): AmountUnit | null {
  for (let r = band.top; r <= band.bottom; r++) {
    for (const { text } of grid.rowTexts(r)) {
      const u = unitInLabel(text) ?? unitLine(text);
      if (u) return u;
    }
  }
  // The nearest unit above: a "单位：万元" line, or an earlier header of the same table ("年度预算申请（万元）").
  for (let r = band.top - 1; r >= 1; r--) {
    for (const { text } of grid.rowTexts(r)) {
      const u = unitLine(text) ?? unitInLabel(text);
      if (u) return u;
    }
  }
  return null;
}

/**
 * The last row of a body: the row before the next band, or before the notes under the table, or before a text row
 * that belongs to no block (厉行节约保障措施 under a one-row 楼堂馆所 block).
 */
function bodyEnd(grid: SheetGrid, start: number, nextBandTop: number): number {
  const limit = Math.min(nextBandTop - 1, grid.rowCount);
  for (let r = start; r <= limit; r++) {
    const first = grid.firstText(r);
    // (The 厉 test first: normalising every row's first text of a 10,000-row list would cost more than the rest.)
    if (first && (isNoteLine(first.text) || (first.text.includes('厉') && isFrugalityLabel(first.text)))) return r - 1;
  }
  return limit;
}

/** Header cells merged further down than the band (a "项目名称" merged over three rows) push the body down. */
function bodyStart(grid: SheetGrid, band: Band, columns: readonly ColumnInfo[]): number {
  let start = band.bottom + 1;
  for (const c of columns) {
    const m = grid.merge(band.bottom, c.col);
    if (m && m.bottom >= start) start = m.bottom + 1;
  }
  return start;
}

export function findSections(grid: SheetGrid): Section[] {
  const bands = findBands(grid);
  const sections: Section[] = [];
  bands.forEach((band, i) => {
    const nextTop = bands[i + 1]?.top ?? grid.rowCount + 1;
    const unit = bandUnit(grid, band);
    for (const segment of segmentsOf(grid, band)) {
      namesUnderFigureHeader(grid, band, nextTop, segment);
      const kind = kindOf(segment.columns);
      if (!kind) continue;
      const start = bodyStart(grid, band, segment.columns);
      sections.push({
        kind,
        grid,
        headerTop: band.top,
        headerBottom: band.bottom,
        bodyStart: start,
        bodyEnd: bodyEnd(grid, start, nextTop),
        columns: segment.columns,
        labelCols: segment.labelCols,
        unit: unit ?? 'wan',
        unitFound: unit !== null,
      });
    }
  });
  return sections;
}

export function columnOf(section: Section, key: ColumnKey): ColumnInfo | undefined {
  return section.columns.find((c) => c.key === key);
}

/** Body rows that hold something: blank rows are skipped. */
export function bodyRows(section: Section): number[] {
  const rows: number[] = [];
  for (let r = section.bodyStart; r <= section.bodyEnd; r++) if (!section.grid.isRowEmpty(r)) rows.push(r);
  return rows;
}

/**
 * The row's name: the right-most label column whose text is not a caption merged down from the header
 * ("经费控制情况（万元）" merged over the whole block). Returns the column too, for messages.
 */
export function rowLabel(
  section: Section,
  row: number,
  accept?: (label: string) => boolean,
): { text: string; col: number } | null {
  const { grid } = section;
  const found: { text: string; col: number }[] = [];
  for (const col of section.labelCols) {
    const m = grid.merge(row, col);
    if (m && m.top <= section.headerBottom) continue;
    const text = grid.text(row, col);
    if (text !== '' && found[found.length - 1]?.text !== text) found.push({ text, col });
  }
  if (found.length === 0) return null;
  if (accept) {
    for (let i = found.length - 1; i >= 0; i--) {
      const f = found[i];
      if (f && accept(f.text)) return f;
    }
  }
  return found[found.length - 1] ?? null;
}
