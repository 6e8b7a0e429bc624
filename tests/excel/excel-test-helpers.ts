/** Shared by the Excel tests: fixture paths, reading a fixture through the real reader, problem lines. */
import fs from 'node:fs';
import { previewImport, type ImportResult } from '../../shared/import/import-workbook';
import { formatProblem } from '../../shared/import/problems';
import type { Report } from '../../shared/model/report';
import { readWorkbook } from '../../electron/services/excel/read-workbook';

export const FIXTURES = new URL('../fixtures/xlsx/', import.meta.url);
export const BAD_FIXTURES = new URL('../fixtures/xlsx-bad/', import.meta.url);

export function fixtureBytes(name: string, dir: URL = FIXTURES): Buffer {
  return fs.readFileSync(new URL(name, dir));
}

export async function importFixture(name: string, report: Report): Promise<ImportResult> {
  return previewImport(await readWorkbook(fixtureBytes(name)), report);
}

export function problemLines(result: Pick<ImportResult, 'problems'>): string[] {
  return result.problems.map(formatProblem);
}

export function errorLines(result: Pick<ImportResult, 'problems'>): string[] {
  return problemLines(result).filter((p) => p.startsWith('[错误]'));
}

/** Three columns of 附件1 in 分. */
export const cols = (prevFinalFen: number | null, budgetFen: number | null, finalFen: number | null) => ({
  prevFinalFen,
  budgetFen,
  finalFen,
});
export const money = (initialFen: number | null, annualFen: number | null, spentFen: number | null) => ({
  initialFen,
  annualFen,
  spentFen,
});
