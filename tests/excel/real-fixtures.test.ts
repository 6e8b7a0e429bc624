/**
 * Workbooks rebuilt from attachment tables departments really published (tests/fixtures/xlsx-real, sources in
 * tests/fixtures/README.md): each imports to the source's figures with no blocking problem.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyReport } from '../../shared/model/empty';
import { previewImport, type ImportResult } from '../../shared/import/import-workbook';
import type { Report } from '../../shared/model/report';
import { readWorkbook } from '../../electron/services/excel/read-workbook';
import { cols, money, problemLines } from './excel-test-helpers';

const REAL = new URL('../fixtures/xlsx-real/', import.meta.url);

async function importReal(name: string, report: Report): Promise<ImportResult> {
  return previewImport(await readWorkbook(fs.readFileSync(new URL(name, REAL))), report);
}

describe('real published attachment tables', () => {
  it('衡山县贯塘乡 2023: blank rows, one-row 楼堂馆所 block, 厉行节约 text row, side-by-side label/figure pairs', async () => {
    const report = emptyReport('衡山县贯塘乡人民政府', 2023);
    report.rulePackId = 'hunan-2023';
    const result = await importReal('hengshan-guantang-2023.xlsx', report);
    const n = result.next;
    // The one remark is the source's own: 基本支出 900.47 + 项目支出 1025.20 = 1925.67, not the 2030.12 received.
    expect(problemLines(result)).toEqual([
      '[提示] 工作表「附件二」第6行F列：「按支出性质分:」全年执行数表中为1925.67万元，按其他数据计算应为2030.12万元；该数由程序计算，未导入',
    ]);
    expect([n.staffing.adminAuthorized, n.staffing.adminActual]).toEqual([46, 50]);
    expect(n.threePublic.reception).toEqual(cols(0, 0, 0));
    expect(n.baseData.publicFunds).toEqual(cols(118_310_000, 85_760_000, 193_420_000));
    expect(n.baseData.publicFundsOffice).toEqual(cols(29_350_000, 27_000_000, 49_090_000));
    expect(n.baseData.publicFundsUtilitiesTravel).toEqual(cols(8_800_000, 13_000_000, 12_640_000));
    expect(n.baseData.publicFundsMeetingTraining).toEqual(cols(4_920_000, 3_000_000, 5_420_000));
    expect(n.baseData.procurement).toEqual(cols(null, null, null));
    expect(n.projects.statedTotal).toEqual({ initialFen: 308_170_000, annualFen: null, spentFen: 1_025_200_000 });
    expect(n.baseData.projectsPrevFinalFen).toBe(874_200_000);
    expect(n.budget).toMatchObject(money(861_100_000, 2_030_120_000, 2_030_120_000));
    expect(n.selfEval.income).toEqual({
      general: money(null, null, 1_325_680_000),
      govFund: money(null, null, 118_820_000),
      nonTax: money(null, null, null),
      other: money(null, null, 585_620_000),
    });
    expect(n.basic).toMatchObject(money(null, null, 900_470_000));
    expect(n.selfEval.goalExpected).toBe('搞好政府各职能部门完成的工作任务监督,服务市场主体和营造发展环境。');
  });
});
