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
  it('text a spreadsheet would take for a formula comes back as typed', async () => {
    const report = referenceWithTables();
    const table = report.projects.items[3]?.table;
    if (!table?.indicators[0]) throw new Error('fixture without tables');
    table.indicators[0] = { ...table.indicators[0], actual: '-10.27%', deviation: '=按合同分期支付，尾款次年结清' };
    table.goalActual = '+完成全年监控维护任务';
    const workbook = await readWorkbook(await writeProjectTablesWorkbook(report));
    const result = previewProjectTables(workbook, withoutTables(report));
    expect(result.problems).toEqual([]);
    expect(result.next.projects.items[3]?.table).toEqual(table);
  });

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
    // A table of another year is probably the wrong file: said, not refused.
    const lastYear = previewProjectTables(workbook, { ...withoutTables(report), year: 2023 });
    expect(lastYear.problems.map(formatProblem)).toContain(
      '[提示] 工作表「附件3 县监管中心监管场所医疗工作及相关经费」第3行A列：表格标题的年度（2024年）与报告年度（2023年）不一致，请确认选择了正确的文件',
    );
    // Into the report as it is (tables already there): nothing to change.
    const again = previewProjectTables(workbook, report);
    expect(again.changes).toEqual([]);
    expect(again.next).toEqual(report);
  });
});
