/**
 * The 汇总 table from many files' outcomes: rows in the order given, duplicates (same unit and year twice) flagged,
 * and a totals line that adds only the figures the reports state and says how many units each total covers.
 * A duplicate's figures are left out of the totals (the first file of the unit and year counts), so no department
 * is counted twice.
 */
import { rateBasis, changeBasis } from '../calc/percent';
import type { FileSummary, SummaryFigures, SummaryRow, UnreadableFile } from './summary-schema';

export interface TableRow extends SummaryRow {
  /** The other files with the same unit and year (empty when the row is unique). */
  duplicateOf: string[];
  /** False for the second and later file of a unit and year: left out of the totals. */
  counted: boolean;
}

/** A total and the number of units whose stated figure it adds up. */
export interface Total {
  value: number | null;
  units: number;
}

export interface SummaryTotals {
  /** Units counted (duplicates excluded). */
  units: number;
  initialFen: Total;
  annualFen: Total;
  spentFen: Total;
  /** Σ执行数 ÷ Σ全年预算 over the units that state both. */
  rateBasis: Total;
  projectCount: Total;
  threePublicFen: Total;
  /** Change of Σ三公 over the units that state both years. */
  threePublicChangeBasis: Total;
  errors: number;
  warnings: number;
  openWarnings: number;
}

export interface SummaryTable {
  rows: TableRow[];
  unreadable: UnreadableFile[];
  totals: SummaryTotals;
  /** Groups of files naming the same unit and year. */
  duplicates: { unitName: string; year: number; files: string[] }[];
}

/** Unit names as people type them: spaces and full-width spaces do not make another unit. */
export function unitKey(unitName: string, year: number): string {
  return `${unitName.replace(/[\s\u3000]+/g, '')}|${year}`;
}

function total(rows: readonly SummaryFigures[], pick: (f: SummaryFigures) => number | null): Total {
  let value: number | null = null;
  let units = 0;
  for (const f of rows) {
    const v = pick(f);
    if (v === null) continue;
    value = (value ?? 0) + v;
    units += 1;
  }
  return { value, units };
}

/** A rate over the units that state both figures: Σpart ÷ Σwhole. */
function pooledRate(
  rows: readonly SummaryFigures[],
  part: (f: SummaryFigures) => number | null,
  whole: (f: SummaryFigures) => number | null,
  rate: (p: number | null, w: number | null) => number | null,
): Total {
  const both = rows.filter((f) => part(f) !== null && whole(f) !== null);
  if (both.length === 0) return { value: null, units: 0 };
  const p = total(both, part).value;
  const w = total(both, whole).value;
  return { value: rate(p, w), units: both.length };
}

export function summaryTotals(rows: readonly TableRow[]): SummaryTotals {
  const counted = rows.filter((r) => r.counted);
  const figures = counted.map((r) => r.figures);
  const sumOf = (pick: (r: TableRow) => number) => counted.reduce((s, r) => s + pick(r), 0);
  return {
    units: counted.length,
    initialFen: total(figures, (f) => f.initialFen),
    annualFen: total(figures, (f) => f.annualFen),
    spentFen: total(figures, (f) => f.spentFen),
    rateBasis: pooledRate(
      figures,
      (f) => f.spentFen,
      (f) => f.annualFen,
      rateBasis,
    ),
    projectCount: total(figures, (f) => f.projectCount),
    threePublicFen: total(figures, (f) => f.threePublicFen),
    threePublicChangeBasis: pooledRate(
      figures,
      (f) => f.threePublicFen,
      (f) => f.threePublicPrevFen,
      changeBasis,
    ),
    errors: sumOf((r) => r.errors),
    warnings: sumOf((r) => r.warnings),
    openWarnings: sumOf((r) => r.openWarnings),
  };
}

export function buildSummaryTable(outcomes: readonly FileSummary[]): SummaryTable {
  const plain: SummaryRow[] = [];
  const unreadable: UnreadableFile[] = [];
  for (const o of outcomes) {
    if (o.kind === 'row') plain.push(o.row);
    else unreadable.push(o.unreadable);
  }
  const byKey = new Map<string, SummaryRow[]>();
  for (const row of plain) {
    const key = unitKey(row.unitName, row.year);
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  const rows: TableRow[] = plain.map((row) => {
    const group = byKey.get(unitKey(row.unitName, row.year)) ?? [row];
    return {
      ...row,
      duplicateOf: group.filter((r) => r !== row).map((r) => r.file),
      counted: group[0] === row,
    };
  });
  const duplicates = [...byKey.values()]
    .filter((group) => group.length > 1)
    .map((group) => ({
      unitName: group[0]?.unitName ?? '',
      year: group[0]?.year ?? 0,
      files: group.map((r) => r.file),
    }));
  return { rows, unreadable, totals: summaryTotals(rows), duplicates };
}
