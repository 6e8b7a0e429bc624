/**
 * Importing project tables as the clerk meets them: several tables stacked on one sheet, a table whose name is not
 * in the list (picked by hand or skipped), two tables for one project, a blank template (nothing applied), a figure
 * that cannot be read (named by sheet, row and column). Real .xlsx files built with exceljs from our own export.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../shared/import/problems';
import { previewProjectTables } from '../../../shared/import/project-tables/preview-project-tables';
import { readWorkbook } from '../../../electron/services/excel/read-workbook';
import {
  writeProjectTablesWorkbook,
  writeProjectTemplateWorkbook,
} from '../../../electron/services/excel/write-workbook';
import { referenceWithTables, withoutTables } from './reference-tables';

/** The exported sheets copied one under the other on a single sheet, two blank rows apart. */
async function stacked(bytes: Buffer, edit?: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const source = new ExcelJS.Workbook();
  await source.xlsx.load(bytes as unknown as ArrayBuffer);
  const out = new ExcelJS.Workbook();
  const ws = out.addWorksheet('全部项目');
  let offset = 0;
  for (const sheet of source.worksheets) {
    const merges: string[] = (sheet.model as { merges?: string[] }).merges ?? [];
    sheet.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (!cell.isMerged || cell.master === cell) ws.getCell(offset + r, c).value = cell.value;
      });
    });
    for (const m of merges) {
      const [a, b] = m.split(':').map((ref) => sheet.getCell(ref ?? 'A1'));
      if (a && b) ws.mergeCells(offset + Number(a.row), Number(a.col), offset + Number(b.row), Number(b.col));
    }
    offset += sheet.rowCount + 2;
  }
  edit?.(ws);
  return Buffer.from(await out.xlsx.writeBuffer());
}

describe('project tables: finding and matching', () => {
  it('nine tables stacked on one sheet are found and each goes to its project', async () => {
    const report = referenceWithTables();
    const bytes = await stacked(await writeProjectTablesWorkbook(report));
    const result = previewProjectTables(await readWorkbook(bytes), withoutTables(report));
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.tables.map((t) => [t.sheet, t.match?.index, t.match?.how])).toEqual(
      report.projects.items.map((_, i) => ['全部项目', i, 'exact']),
    );
    expect(result.next.projects.items.map((p) => p.table)).toEqual(report.projects.items.map((p) => p.table));
  });

  it('a renamed table is listed as unmatched; the clerk picks its project or skips it', async () => {
    const report = referenceWithTables();
    const bytes = await stacked(await writeProjectTablesWorkbook(report), (ws) => {
      // Project 3 (办案业务、装备购置费) retitled in the workbook.
      ws.eachRow((row) => {
        if (row.getCell(2).value === '办案业务、装备购置费') row.getCell(2).value = '办案经费（旧称）';
      });
    });
    const workbook = await readWorkbook(bytes);
    const target = withoutTables(report);
    const first = previewProjectTables(workbook, target);
    const renamed = first.tables[2];
    expect(renamed?.match).toBeNull();
    expect(renamed?.name).toBe('办案经费（旧称）');
    expect(first.projectsWithoutTable.map((p) => p.name)).toEqual(['办案业务、装备购置费']);
    expect(first.problems.map(formatProblem)).toEqual([
      `[提示] 工作表「全部项目」第${renamed?.row}行A列：表中项目「办案经费（旧称）」在报告的项目清单中没有找到：请在预览中选择对应的项目，或跳过这张表`,
    ]);
    expect(first.canApply).toBe(true);
    expect(first.next.projects.items[2]?.table).toBeNull();

    const picked = previewProjectTables(workbook, target, { [renamed?.key ?? '']: 2 });
    expect(picked.tables[2]?.match).toMatchObject({ index: 2, how: 'chosen' });
    expect(picked.problems).toEqual([]);
    expect(picked.next.projects.items[2]?.table).toEqual(report.projects.items[2]?.table);

    const skipped = previewProjectTables(workbook, target, { [first.tables[0]?.key ?? '']: null });
    expect(skipped.tables[0]?.skipped).toBe(true);
    expect(skipped.next.projects.items[0]?.table).toBeNull();
    expect(skipped.projectsWithoutTable.map((p) => p.index)).toEqual([0, 2]);
  });

  it('a name that only one project contains matches as 近似; the list figures and blank cells keep the report', async () => {
    const report = referenceWithTables();
    const bytes = await stacked(await writeProjectTablesWorkbook(report), (ws) => {
      ws.eachRow((row, r) => {
        const cell = row.getCell(2);
        if (cell.value === '县监管中心监管场所医疗工作及相关经费') cell.value = '监管场所医疗工作';
        // The first table's 其他资金 line and its 预期目标 left blank.
        if (r < 20 && row.getCell(1).value === '其他资金') for (const c of [3, 4, 5]) row.getCell(c).value = null;
        if (r < 20 && row.getCell(3).value === '预期目标') ws.getCell(r + 1, 3).value = null;
      });
    });
    const workbook = await readWorkbook(bytes);
    const into = structuredClone(report);
    const first = into.projects.items[0]?.table;
    if (!first) throw new Error('fixture without tables');
    first.funds.other = { initialFen: 1, annualFen: 2, spentFen: 3 };
    first.goalExpected = '报告中原有的预期目标';
    const result = previewProjectTables(workbook, into);
    expect(result.tables[0]?.match).toMatchObject({ index: 0, how: 'similar' });
    expect(result.problems.map(formatProblem)).toEqual([]);
    // Blank in the workbook: the report's own values stay.
    expect(result.next.projects.items[0]?.table?.funds.other).toEqual({ initialFen: 1, annualFen: 2, spentFen: 3 });
    expect(result.next.projects.items[0]?.table?.goalExpected).toBe('报告中原有的预期目标');
    expect(result.next).toEqual(into);
  });

  it('two tables for one project block the import until one is moved or skipped', async () => {
    const report = referenceWithTables();
    const workbook = await readWorkbook(await writeProjectTablesWorkbook(report));
    const second = previewProjectTables(workbook, report).tables[1];
    const result = previewProjectTables(workbook, report, { [second?.key ?? '']: 0 });
    expect(result.canApply).toBe(false);
    expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
      `[错误] 工作表「${second?.sheet}」第${second?.row}行A列：这张表和工作表「${result.tables[0]?.sheet}」第${result.tables[0]?.row}行的表都对应项目「县监管中心监管场所医疗工作及相关经费」，请为其中一张另选项目或跳过`,
    ]);
  });

  it('a blank template — one sheet per project with names and the list figures, or one bare sheet — applies nothing', async () => {
    const report = withoutTables(referenceWithTables());
    for (const single of [false, true]) {
      const workbook = await readWorkbook(await writeProjectTemplateWorkbook(report, single));
      expect(workbook.sheets).toHaveLength(single ? 1 : 9);
      const result = previewProjectTables(workbook, report);
      expect(result.emptyTemplate).toBe(true);
      expect(result.canApply).toBe(false);
      expect(result.changes).toEqual([]);
      expect(result.next).toEqual(report);
    }
    const template = await readWorkbook(await writeProjectTemplateWorkbook(report));
    const names = previewProjectTables(template, report).tables.map((t) => t.match?.index);
    expect(names).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('a figure that cannot be read names its sheet, row and column and blocks the import', async () => {
    const report = referenceWithTables();
    const bytes = await stacked(await writeProjectTablesWorkbook(report), (ws) => {
      ws.getCell('C8').value = '12,34';
    });
    const result = previewProjectTables(await readWorkbook(bytes), withoutTables(report));
    expect(result.canApply).toBe(false);
    const errors = result.problems.filter((p) => p.severity === 'error').map(formatProblem);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\[错误\] 工作表「全部项目」第8行C列：/);
  });

  it('a money block without a unit is read as 万元, with a note where it is', async () => {
    const report = referenceWithTables();
    const bytes = await stacked(await writeProjectTablesWorkbook(report), (ws) => {
      ws.getCell('A6').value = '项目资金';
    });
    const result = previewProjectTables(await readWorkbook(bytes), withoutTables(report));
    expect(result.problems.map(formatProblem)).toEqual([
      '[提示] 工作表「全部项目」第6行A列：项目资金没有注明金额单位（如“项目资金（万元）”或“单位：元”），已按万元读取',
    ]);
    expect(result.next.projects.items[0]?.table).toEqual(report.projects.items[0]?.table);
  });

  it('a workbook with no project table says what it looked for', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = '随便写的';
    const result = previewProjectTables(
      await readWorkbook(Buffer.from(await wb.xlsx.writeBuffer())),
      referenceWithTables(),
    );
    expect(result.canApply).toBe(false);
    expect(result.problems.map(formatProblem)).toEqual([
      '[错误] 在工作簿中没有找到项目支出绩效自评表（已查看工作表「Sheet1」）。每张表应有“项目名称”一行，其后是项目资金和绩效指标',
    ]);
  });
});
