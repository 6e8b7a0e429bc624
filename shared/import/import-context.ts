/**
 * The state one import builds up while the mappers read the tables: field assignments (with the cell they came
 * from), problems, and checks to run once every table has been read (a 合计 row is compared with the parts that
 * another table may provide).
 */
import type { Report } from '../model/report';
import type { FieldPath } from '../checks/finding';
import { problemAt, type CellRef, type ImportProblem } from './problems';
import { readAmount, readArea, readCount, readPercent, readScore, type Read } from './read-number';
import type { ColumnInfo, Section } from './find-sections';
import type { CellValue } from './workbook-data';

export type TableKind = 'baseData' | 'selfEval' | 'projects';

export const TABLE_TITLES: Readonly<Record<TableKind, string>> = {
  baseData: '附件1 基础数据表',
  selfEval: '附件2 自评表',
  projects: '项目明细表',
};

export interface Assignment {
  path: FieldPath;
  value: unknown;
  table: TableKind;
  at: CellRef | null;
}

export type DeferredCheck = (next: Report) => void;
/** Runs once every table's plain figures are in `next`, and may set further fields with `set`. */
export type Settlement = (next: Report) => void;

export class ImportContext {
  readonly problems: ImportProblem[] = [];
  readonly assignments: Assignment[] = [];
  readonly checks: DeferredCheck[] = [];
  readonly settlements: Settlement[] = [];
  /** The single-figure layout has been explained once already. */
  pairNoted = false;

  constructor(readonly report: Report) {}

  error(at: CellRef | null, reason: string): void {
    this.problems.push(problemAt('error', at, reason));
  }

  warn(at: CellRef | null, reason: string): void {
    this.problems.push(problemAt('warning', at, reason));
  }

  set(table: TableKind, path: FieldPath, value: unknown, at: CellRef | null): void {
    this.assignments.push({ path, value, table, at });
  }

  later(check: DeferredCheck): void {
    this.checks.push(check);
  }

  /** A value that depends on what other tables hold (a printed total against the project list). */
  settle(settlement: Settlement): void {
    this.settlements.push(settlement);
  }

  /** Unwraps a Read: a rounding note becomes a warning, an error a blocking problem (undefined is returned). */
  take<T>(read: Read<T>, at: CellRef, none: T): T | undefined {
    if (read.kind === 'none') return none;
    if (read.kind === 'error') {
      this.error(at, read.reason);
      return undefined;
    }
    if (read.note) this.warn(at, read.note);
    return read.value;
  }

  /** Reads a figure with `reader`; a formula without a saved value is refused instead of read as 0. */
  private figure(
    section: Section,
    row: number,
    column: ColumnInfo,
    reader: (v: CellValue) => Read<number>,
  ): number | null | undefined {
    if (section.grid.isFormulaWithoutResult(row, column.col)) {
      this.error(
        section.grid.ref(row, column.col),
        '这是公式，但文件里没有保存计算结果（可能由其他程序生成）。请在 Excel 或 WPS 中打开并保存后再导入',
      );
      return undefined;
    }
    const read = reader(section.grid.raw(row, column.col));
    // Most cells read cleanly: the location object is made only when there is something to report.
    if (read.kind === 'none') return null;
    if (read.kind === 'value' && !read.note) return read.value;
    return this.take<number | null>(read, section.grid.ref(row, column.col), null);
  }

  /**
   * An amount cell → 分; an empty cell or "—" is null ("not stated", never 0); undefined when the cell cannot be
   * read (problem recorded).
   */
  amount(section: Section, row: number, column: ColumnInfo): number | null | undefined {
    return this.figure(section, row, column, (v) => readAmount(v, column.unit ?? section.unit));
  }

  score(section: Section, row: number, column: ColumnInfo): number | null | undefined {
    return this.figure(section, row, column, readScore);
  }

  count(section: Section, row: number, column: ColumnInfo): number | null | undefined {
    return this.figure(section, row, column, readCount);
  }

  area(section: Section, row: number, column: ColumnInfo): number | null | undefined {
    return this.figure(section, row, column, readArea);
  }

  /** A rate for a consistency check only: null when empty or unreadable (never blocks the import). */
  percent(section: Section, row: number, column: ColumnInfo): number | null {
    const read = readPercent(section.grid.raw(row, column.col));
    return read.kind === 'value' ? read.value : null;
  }
}
