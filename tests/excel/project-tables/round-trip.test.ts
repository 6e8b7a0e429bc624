/**
 * Export → import of 项目支出绩效自评表 gives the tables back exactly: the reference report's nine constructed tables
 * are written to a workbook (one sheet each), read back through the real reader into the same report with every
 * table removed, and compared field by field.
 */
import { describe, expect, it } from 'vitest';
import { previewProjectTables } from '../../../shared/import/project-tables/preview-project-tables';
import { formatProblem } from '../../../shared/import/problems';
import { readWorkbook } from '../../../electron/services/excel/read-workbook';
import { writeProjectTablesWorkbook } from '../../../electron/services/excel/write-workbook';
import { referenceWithTables, withoutTables } from './reference-tables';

describe('project tables: export → import', () => {
  it('all nine tables of the reference come back equal, with no problem', async () => {
    const report = referenceWithTables();
    expect(report.projects.items.filter((p) => p.table !== null)).toHaveLength(9);
    const bytes = await writeProjectTablesWorkbook(report);
    const workbook = await readWorkbook(bytes);
    expect(workbook.sheets).toHaveLength(9);
    const result = previewProjectTables(workbook, withoutTables(report));
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.tables.map((t) => t.match?.how)).toEqual(Array(9).fill('exact'));
    expect(result.canApply).toBe(true);
    expect(result.next.projects.items.map((p) => p.table)).toEqual(report.projects.items.map((p) => p.table));
    // Into the report as it is (tables already there): nothing to change.
    const again = previewProjectTables(workbook, report);
    expect(again.changes).toEqual([]);
    expect(again.next).toEqual(report);
  });
});
