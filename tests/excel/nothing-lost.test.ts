/**
 * Nothing is lost by importing (issue 13 item 2): blank and "—" cells change nothing unless the clerk asks to clear,
 * an empty template applies nothing, rows the workbook lacks are kept unless their deletion is confirmed, a blank
 * 填报单位 is no mismatch, and a new row is previewed with all its figures. Real templates written by the exporter.
 */
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseReportFile } from '../../shared/format/report-file';
import { previewImport } from '../../shared/import/import-workbook';
import { formatProblem } from '../../shared/import/problems';
import type { Report } from '../../shared/model/report';
import { readWorkbook } from '../../electron/services/excel/read-workbook';
import { writeTemplateWorkbook } from '../../electron/services/excel/write-workbook';

function reference(): Report {
  const parsed = parseReportFile(
    fs.readFileSync(new URL('../fixtures/reference-2024.selfeval.json', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.report;
}

async function template(report: Report): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeTemplateWorkbook(report)) as unknown as ArrayBuffer);
  return wb;
}

async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The row of a sheet whose first texts include `label`. */
function rowOf(ws: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= 3; c++) if (String(row.getCell(c).value ?? '').includes(label)) return row;
  }
  throw new Error(`no row ${label}`);
}

describe('nothing lost by importing', () => {
  it('an empty template into a filled report: called an empty template, nothing applied, no 填报单位 warning', async () => {
    const report = reference();
    const blank = await template({ ...report, unitName: '' });
    const result = previewImport(await readWorkbook(await bytesOf(blank)), report);
    expect(result.emptyTemplate).toBe(true);
    expect(result.canApply).toBe(false);
    expect(result.changes).toEqual([]);
    expect(result.deletions).toEqual([]);
    expect(result.next).toEqual(report);
    const lines = result.problems.map(formatProblem);
    expect(lines).toContain(
      '[提示] 工作簿中的表格一个数也没有填写（空白模板），导入不会修改报告。请在表中填好数字后再导入',
    );
    expect(lines.filter((l) => l.includes('不一致'))).toEqual([]);
  });

  it('a half-filled template: only the typed figures change; "—" and blanks leave the report as it is', async () => {
    const report = reference();
    const wb = await template({ ...report, unitName: '' });
    const se = wb.getWorksheet('附件2 自评表')!;
    const total = rowOf(se, '年度资金总额');
    total.getCell(3).value = 6000; // 年初预算数
    total.getCell(4).value = '—';
    const result = previewImport(await readWorkbook(await bytesOf(wb)), report);
    expect(result.emptyTemplate).toBe(false);
    expect(result.canApply).toBe(true);
    expect(result.changes.map((c) => `${c.label}：${c.oldValue} → ${c.newValue}`)).toEqual([
      expect.stringMatching(/年初预算.*：5521\.28万元 → 6000\.00万元$/),
    ]);
    expect(result.next.budget.annualFen).toBe(report.budget.annualFen);
    expect(result.next.threePublic).toEqual(report.threePublic);
    expect(result.next.selfEval.indicators).toEqual(report.selfEval.indicators);
    expect(result.next.projects.items).toEqual(report.projects.items);
    expect(result.deletions).toEqual([]);

    // Only when the clerk asks: the blank and "—" cells clear the report's figures.
    const cleared = previewImport(await readWorkbook(await bytesOf(wb)), report, { clearMissing: true });
    expect(cleared.next.budget.annualFen).toBeNull();
    expect(cleared.next.threePublic.reception.finalFen).toBeNull();
    expect(cleared.changes.length).toBeGreaterThan(10);
    // Rows still need their own confirmation.
    expect(cleared.next.projects.items).toEqual(report.projects.items);
    expect(cleared.deletions.length).toBe(report.projects.items.length + report.selfEval.indicators.length);
    expect(cleared.deletionsApplied).toBe(false);
  });

  it('a new project row is previewed with every figure it brings', async () => {
    const report = reference();
    const wb = await template({ ...report, unitName: '' });
    const pl = wb.getWorksheet('项目明细表')!;
    pl.getCell('B5').value = '新增的项目';
    pl.getCell('C5').value = 10;
    pl.getCell('D5').value = 12.5;
    pl.getCell('E5').value = 12;
    const result = previewImport(await readWorkbook(await bytesOf(wb)), report);
    const added = result.changes.filter((c) => c.label.includes('（新增）')).map((c) => `${c.label}：${c.newValue}`);
    const n = report.projects.items.length + 1;
    expect(added).toEqual([
      `二（二）项目支出 第${n}行（新增）：「新增的项目」`,
      `二（二）项目支出 第${n}行「年初预算」（新增）：10.00万元`,
      `二（二）项目支出 第${n}行「全年预算」（新增）：12.50万元`,
      `二（二）项目支出 第${n}行「支出」（新增）：12.00万元`,
      `二（二）项目支出 第${n}行「年中追加」（新增）：否`,
    ]);
    expect(result.tables.find((t) => t.kind === 'projects')?.changeCount).toBe(1);
    expect(result.next.projects.items.slice(0, -1)).toEqual(report.projects.items);
  });

  it('a row the sheet lists without a column the report has keeps the report text (偏差原因 of an indicator)', async () => {
    const report = reference();
    const wb = await readWorkbook(
      fs.readFileSync(new URL('../fixtures/xlsx/04-self-eval-fullwidth-text.xlsx', import.meta.url)),
    );
    const result = previewImport(wb, report);
    expect(result.next.selfEval.indicators.map((i) => i.deviation)).toEqual(
      report.selfEval.indicators.map((i) => i.deviation),
    );
    expect(result.changes.filter((c) => c.label.includes('偏差原因'))).toEqual([]);
    expect(result.deletions).toHaveLength(report.selfEval.indicators.length - 3);
  });

  it('a 填报单位 label with its cell left blank is no mismatch, even with 单位：万元 further right', () => {
    const result = previewImport(
      {
        sheets: [
          {
            name: '附件1',
            merges: [],
            rows: [
              ['填报单位', null, '单位：万元'],
              ['经费控制情况', '2023年决算数', '2024年预算数', '2024年决算数'],
              ['公用经费', 1, 2, 3],
            ],
          },
        ],
      },
      reference(),
    );
    expect(result.problems.map(formatProblem).filter((l) => l.includes('不一致'))).toEqual([]);
    expect(result.next.baseData.publicFunds.finalFen).toBe(3_000_000);
  });
});
