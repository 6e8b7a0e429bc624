/**
 * What the import tells the clerk: every problem names 工作表/行/列 and says what is wrong, in Chinese.
 * An 'error' blocks applying the import (all or nothing); a 'warning' is shown and the import can still be applied.
 */
import { columnLetter } from './workbook-data';

export type ProblemSeverity = 'error' | 'warning';

export interface ImportProblem {
  severity: ProblemSeverity;
  /** Sheet name, or '' for a problem with the whole workbook or the report. */
  sheet: string;
  /** Excel row number (1-based), or null. */
  row: number | null;
  /** Column letters ("C"), or null. */
  column: string | null;
  reason: string;
}

export interface CellRef {
  sheet: string;
  row: number;
  /** 1-based column number. */
  col: number;
}

export function problemAt(severity: ProblemSeverity, at: CellRef | null, reason: string): ImportProblem {
  return at
    ? { severity, sheet: at.sheet, row: at.row, column: columnLetter(at.col), reason }
    : { severity, sheet: '', row: null, column: null, reason };
}

export function rowProblem(severity: ProblemSeverity, sheet: string, row: number, reason: string): ImportProblem {
  return { severity, sheet, row, column: null, reason };
}

/** "工作表「附件1」第12行C列" — or less, when the problem is not tied to a cell. */
export function problemLocation(p: Pick<ImportProblem, 'sheet' | 'row' | 'column'>): string {
  if (!p.sheet) return '';
  const row = p.row === null ? '' : `第${p.row}行`;
  const column = p.column === null ? '' : `${p.column}列`;
  return `工作表「${p.sheet}」${row}${column}`;
}

/** One line for lists and the command line: "[错误] 工作表「附件1」第12行C列：「12,34」不是数字". */
export function formatProblem(p: ImportProblem): string {
  const where = problemLocation(p);
  return `[${p.severity === 'error' ? '错误' : '提示'}] ${where ? `${where}：` : ''}${p.reason}`;
}
