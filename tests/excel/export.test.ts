/**
 * Export: the official layout (checked by reading the file back with exceljs), formula-injection escaping,
 * figures as numeric cells, blank templates, and export → import giving back the same figures exactly.
 */
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseReportFile } from '../../shared/format/report-file';
import { previewImport } from '../../shared/import/import-workbook';
import { emptyReport } from '../../shared/model/empty';
import type { Report } from '../../shared/model/report';
import { readWorkbook } from '../../electron/services/excel/read-workbook';
import {
  looksLikeFormula,
  writeReportWorkbook,
  writeTemplateWorkbook,
} from '../../electron/services/excel/write-workbook';
import { sampleReport } from '../db/temp-db';
import { sumPresent } from '../../shared/calc/money';

function reference(): Report {
  const parsed = parseReportFile(
    fs.readFileSync(new URL('../fixtures/reference-2024.selfeval.json', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.report;
}

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** The fields the three tables carry, to compare an imported report with the exported one. */
function tableFields(r: Report) {
  return {
    staffing: [
      sumPresent([r.staffing.adminAuthorized, r.staffing.institutionAuthorized]),
      sumPresent([r.staffing.adminActual, r.staffing.institutionActual]),
    ],
    threePublic: [
      r.threePublic.abroad,
      r.threePublic.reception,
      r.threePublic.vehiclePurchase,
      r.threePublic.vehicleOperation,
    ],
    // With no building completed the table prints 无: its figures are not in the workbook.
    baseData: { ...r.baseData, building: r.baseData.building.exists ? r.baseData.building : { exists: false } },
    budget: [r.budget.initialFen, r.budget.annualFen, r.budget.spentFen],
    basic: [r.basic.initialFen, r.basic.annualFen, r.basic.spentFen],
    selfEval: r.selfEval,
    projects: r.projects.items,
  };
}

/** A report with awkward figures: sub-万元 分, text that looks like formulas, 定性 targets, a building. */
function awkwardReport(): Report {
  const r = sampleReport();
  r.projects.items[1] = { ...r.projects.items[1]!, annualFen: 99_999_999_999_99, spentFen: 12_345_678_901_23 };
  r.projects.items.push({
    name: '=HYPERLINK("http://x","点我")',
    initialFen: 1,
    annualFen: 3,
    spentFen: 2,
    addedMidYear: false,
    lowRateReason: '+cmd|/c calc',
    table: null,
  });
  r.baseData.projectRows.push({ label: '@SUM(A1)', prevFinalFen: 7, budgetFen: 0, finalFen: 123_456_789_01 });
  r.baseData.frugality = '-严格执行\t制度';
  r.selfEval.income.govFund = { initialFen: 5, annualFen: 500_000, spentFen: 499_999 };
  r.selfEval.goalExpected = '=1+1';
  r.selfEval.indicators.push(
    {
      level1: '效益指标',
      level2: '社会效益',
      name: '刑案变化',
      nature: '≤',
      target: '0',
      unit: '%',
      actual: '-21.83%',
      weightCenti: 1000,
      scoreCenti: 1000,
      deviation: '',
    },
    {
      level1: '效益指标',
      level2: '社会效益',
      name: '制度建设',
      nature: '定性',
      target: '100%完成',
      unit: '',
      actual: '完成',
      weightCenti: 1050,
      scoreCenti: 1049,
      deviation: '@无',
    },
  );
  return r;
}

describe('export layout', () => {
  it('附件1: title, 填报单位 and 单位 lines, merged captions, borders, 2-decimal numbers, A4 with repeated rows', async () => {
    const wb = await load(await writeReportWorkbook(reference()));
    const ws = sheet(wb, '附件1 基础数据表');
    expect(ws.getCell('A1').value).toBe('附件1');
    expect(ws.getCell('A2').value).toBe('2024年度部门整体支出绩效评价基础数据表');
    expect(ws.getCell('A3').value).toBe('填报单位：通道侗族自治县公安局');
    expect(ws.getCell('D3').value).toBe('单位：万元');
    expect(ws.getCell('A2').isMerged && ws.getCell('D2').master.address).toBe('A2');
    expect(ws.getCell('A5').master.address).toBe('A4');
    expect(ws.getCell('B6').value).toBe('2023年决算数');
    expect(ws.getCell('A7').value).toBe('三公经费');
    expect(ws.getCell('B7').value).toBe(84.35);
    expect(ws.getCell('B7').numFmt).toBe('0.00');
    expect(ws.getCell('B7').border?.top?.style).toBe('thin');
    expect(ws.getCell('D5').numFmt).toBe('0.00%');
    expect(ws.columns.map((c) => c.width)).toEqual([34, 18, 18, 18]);
    expect(ws.pageSetup.paperSize).toBe(9);
    // The 经费控制情况 headings repeat on a second page, not the 填报单位 line.
    expect(ws.getCell('A6').value).toBe('经费控制情况（万元）');
    expect(ws.pageSetup.printTitlesRow).toBe('6:6');
    expect(ws.pageSetup.fitToWidth).toBe(1);
  });

  it('附件2 and the project list: headers, merged 一级/二级 runs, 总分, landscape', async () => {
    const wb = await load(await writeReportWorkbook(reference()));
    const se = sheet(wb, '附件2 自评表');
    expect(se.getCell('A5').value).toBe('年度预算申请（万元）');
    expect(se.getCell('C6').value).toBe(5521.28);
    expect(se.getCell('G6').numFmt).toBe('0.00%');
    expect(se.getCell('A11').value).toBe('一级指标');
    // Page 2 of 附件2 is indicators: their column headings repeat there.
    expect(se.pageSetup.printTitlesRow).toBe('11:11');
    expect(se.getCell('A13').master.address).toBe('A12');
    expect(se.pageSetup.orientation).toBe('landscape');
    const total = se.getRow(se.rowCount);
    expect(total.getCell(1).value).toBe('总分');
    expect(total.getCell(7).value).toBe(96.9);
    const pl = sheet(wb, '项目明细表');
    expect(pl.getRow(4).values).toEqual([
      undefined,
      '序号',
      '项目名称',
      '年初预算数',
      '全年预算数',
      '全年执行数',
      '执行率',
      '年中追加',
      '备注（执行率偏低原因）',
    ]);
    expect(pl.getCell('B5').value).toBe('县监管中心监管场所医疗工作及相关经费');
    expect(pl.getCell('E5').value).toBe(37.54);
    expect(pl.pageSetup.printTitlesRow).toBe('4:4');
  });

  it('writes text that starts like a formula as a text cell without an apostrophe; figures stay numbers', async () => {
    expect(['=1+1', '+1', '-1', '@A1', '\tx', '\rx', '\0x', '普通', '1+1'].map(looksLikeFormula)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    const wb = await load(await writeReportWorkbook(awkwardReport()));
    const texts: string[] = [];
    const formats = new Map<string, string>();
    let formulas = 0;
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) formulas++;
          if (typeof cell.value === 'string') {
            texts.push(cell.value);
            formats.set(cell.value, cell.numFmt);
          }
        }),
      ),
    );
    expect(formulas).toBe(0);
    const risky = ['=HYPERLINK("http://x","点我")', '+cmd|/c calc', '-严格执行\t制度', '=1+1', '-21.83%', '@无'];
    expect(texts).toEqual(expect.arrayContaining(risky));
    // Each is a string cell in the text format "@": never run, kept as text when edited, printed as typed.
    for (const t of risky) expect(formats.get(t)).toBe('@');
    expect(texts.filter((t) => t.startsWith("'"))).toEqual([]);
    const pl = sheet(wb, '项目明细表');
    expect(pl.getCell('D6').type).toBe(ExcelJS.ValueType.Number);
    expect(pl.getCell('D6').value).toBe(9_999_999.999999);
  });
});

describe('export → import round trip', () => {
  it.each([
    ['the reference report', reference],
    ['a report with awkward figures and formula-like text', awkwardReport],
  ])('%s: into itself nothing changes; into an empty report the same figures come back', async (_name, make) => {
    const report = make();
    const workbook = await readWorkbook(await writeReportWorkbook(report));
    const same = previewImport(workbook, report);
    expect(same.changes).toEqual([]);
    expect(same.problems.filter((p) => p.severity === 'error')).toEqual([]);

    const fresh = emptyReport(report.unitName, report.year);
    const into = previewImport(workbook, fresh);
    expect(into.canApply).toBe(true);
    expect(tableFields(into.next)).toEqual(tableFields(report));
  });

  it('a blank template imports as empty tables, and filled by hand it imports the typed figures', async () => {
    const template = await writeTemplateWorkbook(emptyReport('', 2024));
    const wb = await load(template);
    const blank = previewImport(await readWorkbook(template), emptyReport('某单位', 2024));
    expect(blank.tables.map((t) => t.kind)).toEqual(['baseData', 'selfEval', 'projects']);
    expect(blank.changes).toEqual([]);
    expect(blank.problems.filter((p) => p.severity === 'error')).toEqual([]);

    const pl = sheet(wb, '项目明细表');
    pl.getCell('B5').value = '业务工作经费';
    pl.getCell('C5').value = 12.5;
    pl.getCell('D5').value = '15';
    pl.getCell('E5').value = 14.25;
    const se = sheet(wb, '附件2 自评表');
    se.getCell('C6').value = 100;
    const filled = Buffer.from(await wb.xlsx.writeBuffer());
    const result = previewImport(await readWorkbook(filled), emptyReport('某单位', 2024));
    expect(result.next.projects.items).toEqual([
      {
        name: '业务工作经费',
        initialFen: 12_500_000,
        annualFen: 15_000_000,
        spentFen: 14_250_000,
        addedMidYear: false,
        lowRateReason: '',
        table: null,
      },
    ]);
    expect(result.next.budget.initialFen).toBe(100_000_000);
  });
});

describe('a pack that words 附件1 its own way', () => {
  it('prints its row labels in the table and the sheet, and the sheet still imports into the same report', async () => {
    const { setInstalledPacks, HUNAN_DEFAULT } = await import('../../shared/packs/registry');
    const { assembleReport } = await import('../../shared/text/assemble');
    const pack = {
      ...HUNAN_DEFAULT,
      id: 'xx-older-table',
      attachments: {
        ...HUNAN_DEFAULT.attachments,
        baseData: {
          ...HUNAN_DEFAULT.attachments.baseData,
          adjustmentLabel: '部门整体支出预算调整',
          rowLabels: { vehicle: '1、公务用车购置及运行维护费', abroad: '2、因公出国（境）费' },
        },
      },
    };
    setInstalledPacks([pack]);
    try {
      const report = { ...reference(), rulePackId: pack.id };
      const doc = assembleReport(report, pack);
      const labels = doc.blocks.flatMap((b) =>
        b.kind === 'attachment' && b.source === 'baseData' ? b.table.bodyRows.map((r) => r[0]?.text ?? '') : [],
      );
      expect(labels).toContain('1、公务用车购置及运行维护费');
      expect(labels).toContain('2、因公出国（境）费');
      expect(labels).toContain('部门整体支出预算调整');
      expect(labels).toContain('三公经费');
      const bytes = await writeReportWorkbook(report);
      const wb = await load(bytes);
      const sheetLabels = sheet(wb, '附件1 基础数据表')
        .getColumn(1)
        .values.map((v) => String(v ?? ''));
      expect(sheetLabels).toContain('1、公务用车购置及运行维护费');
      const again = previewImport(await readWorkbook(bytes), report);
      expect(again.changes).toEqual([]);
      expect(again.problems.filter((p) => p.severity === 'error')).toEqual([]);
    } finally {
      setInstalledPacks([]);
    }
  });
});
