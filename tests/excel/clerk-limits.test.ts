/**
 * Limits and refusals in the clerk's terms (issue 13 item 3): rows that hold values count, not rows that only carry
 * borders; a refused sheet is named by its tab, never by its part inside the file; one enormous cell is called that.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { EXCEL_LIMITS as L } from '../../electron/services/excel/limits';
import { WorkbookReadError } from '../../electron/services/excel/read-errors';
import { readWorkbook } from '../../electron/services/excel/read-workbook';
import { previewImport } from '../../shared/import/import-workbook';
import { emptyReport } from '../../shared/model/empty';
import { buildZip, projectRowsXml, sheetXml, xlsxEntries } from './zip-builder';

const thin = { style: 'thin', color: { argb: 'FF000000' } } as const;

async function refusal(bytes: Buffer): Promise<WorkbookReadError> {
  const error = await readWorkbook(bytes).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(WorkbookReadError);
  return error as WorkbookReadError;
}

describe('limits count what the clerk typed', () => {
  it(
    'a project list with borders formatted down to row 25,000 and 30 rows of data imports',
    { timeout: 120_000 },
    async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('项目明细');
      ws.addRow(['项目名称', '年初预算数', '全年预算数', '全年执行数']);
      for (let i = 1; i <= 30; i++) ws.addRow([`项目${i}`, i, i + 1, i]);
      for (let r = 1; r <= 25_000; r++) {
        const row = ws.getRow(r);
        for (let c = 1; c <= 4; c++) row.getCell(c).border = { top: thin, left: thin, bottom: thin, right: thin };
      }
      const bytes = Buffer.from(await wb.xlsx.writeBuffer());
      expect(25_000).toBeGreaterThan(L.maxRowsPerSheet);
      const workbook = await readWorkbook(bytes, { limits: { ...L, parseTimeLimitMs: 60_000 } });
      const result = previewImport(workbook, emptyReport('某单位', 2024));
      expect(result.next.projects.items).toHaveLength(30);
      expect(result.next.projects.items[29]).toMatchObject({
        name: '项目30',
        initialFen: 30_000_000,
        spentFen: 30_000_000,
      });
    },
  );

  it('too many rows with values is refused naming the tab, even when the sheet comes first in the file', async () => {
    const [sheet, ...rest] = xlsxEntries(sheetXml(projectRowsXml(L.maxRowsPerSheet))).reverse();
    const error = await refusal(buildZip([sheet!, ...rest.reverse()]));
    expect(error.code).toBe('too-many-rows');
    expect(error.message).toBe(
      `工作表「Sheet1」有 ${L.maxRowsPerSheet + 1} 行，超过 ${L.maxRowsPerSheet} 行的上限，已拒绝导入。请只保留需要导入的表格`,
    );
    expect(error.message).not.toContain('xl/');
  });

  it('one enormous pasted cell is called that, not a "压缩炸弹"', { timeout: 60_000 }, async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('附件1');
    ws.getCell('A1').value = '厉行节约保障措施';
    ws.getCell('B1').value = '严格执行。'.repeat(400_000);
    const error = await refusal(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(error.message).not.toContain('压缩炸弹');
    expect(error.message).toContain('可能是某个单元格粘贴了大段文字');
    expect(error.message).toContain('请在 Excel 或 WPS 中删除这些内容后另存，再导入');
  });
});
