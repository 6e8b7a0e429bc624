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

  it('2018 附件3 基础数据表 (wanglu.net): blank 填报单位 and rows, a stray point in "7.50.", adjustment with two figures', async () => {
    const result = await importReal('base-data-2018-wanglu.xlsx', emptyReport('某县某局', 2018));
    const n = result.next;
    expect(problemLines(result)).toEqual([]);
    expect([n.staffing.adminAuthorized, n.staffing.adminActual]).toEqual([143, 136]);
    expect(n.threePublic.vehiclePurchase).toEqual(cols(null, 29_460_000, 29_460_000));
    expect(n.threePublic.vehicleOperation).toEqual(cols(11_860_000, 12_000_000, 9_840_000));
    expect(n.threePublic.abroad).toEqual(cols(null, null, null));
    expect(n.threePublic.reception).toEqual(cols(17_220_000, 22_000_000, 4_990_000));
    expect(n.baseData.projectRows).toEqual([{ label: '业务工作专项', ...cols(938_800_000, 320_000_000, 689_160_000) }]);
    expect(n.baseData.publicFunds).toEqual(cols(null, null, null));
    expect(n.baseData.publicFundsOffice).toEqual(cols(14_440_000, 10_000_000, 680_000));
    expect(n.baseData.publicFundsUtilitiesTravel).toEqual(cols(17_920_000, 7_500_000, 25_360_000));
    expect(n.baseData.publicFundsMeetingTraining).toEqual(cols(0, 800_000, 0));
    expect(n.baseData.procurement).toEqual(cols(16_140_000, 30_660_000, 30_660_000));
    expect(n.baseData.basicAdjustment).toEqual(cols(null, 1_922_760_000, 2_690_620_000));
  });

  it.each([
    ['qingshen-drc-2023.xlsx', 238_930_000, 251_890_000, 251_890_000],
    ['daying-justice-2023.xlsx', 0, 3_360_000, 3_360_000],
  ])(
    '四川 部门预算项目支出绩效自评表 %s: names under "年度预算数（万元）", "/" for none, 合计 row',
    async (file, a, b, c) => {
      const unit = file.startsWith('qingshen') ? '青神县发展和改革局' : '大英县司法局';
      const result = await importReal(file, emptyReport(unit, 2023));
      const n = result.next;
      expect(problemLines(result)).toEqual([]);
      expect(n.budget).toMatchObject(money(a, b, c));
      expect(n.selfEval.income).toEqual({
        general: money(a, b, c),
        govFund: money(null, null, null),
        nonTax: money(0, 0, 0),
        // 单位资金 0.00 and a blank 其他资金 are one field: the blank line neither conflicts nor wins.
        other: money(0, 0, 0),
      });
      expect(n.selfEval.rateWeightCenti).toBe(1000);
      const rows = n.selfEval.indicators.map((i) => [
        i.level1,
        i.level2,
        i.name,
        i.nature,
        i.target,
        i.unit,
        i.actual,
        i.weightCenti,
        i.scoreCenti,
      ]);
      expect(rows).toEqual(
        file.startsWith('qingshen')
          ? [
              ['产出指标', '数量指标', '发放(缴纳)覆盖率', '=', '100', '%', '', 6000, null],
              ['效益指标', '社会效益指标', '足额保障率(参保率)', '=', '100', '%', '', 3000, null],
            ]
          : [['产出指标', '质量指标', '完成安可产品购买并按要求支付资金', '=', '100', '%', '100', 9000, 9000]],
      );
    },
  );

  it('丽江古城区 2020 (云南): caption merged over the name columns, "﹦" for "=", a blank 上年结转资金 line', async () => {
    const result = await importReal('lijiang-gucheng-2020.xlsx', emptyReport('丽江市古城区自然资源局', 2020));
    const n = result.next;
    expect(problemLines(result)).toEqual([]);
    expect(n.budget).toMatchObject(money(7_290_000, 7_290_000, 7_290_000));
    expect(n.selfEval.income.general).toEqual(money(7_290_000, 7_290_000, 7_290_000));
    expect(n.selfEval.income.other).toEqual(money(null, null, null));
    expect([n.selfEval.goalExpected, n.selfEval.goalActual]).toEqual([
      '自然资源卫片执法补助经费',
      '自然资源卫片执法补助经费',
    ]);
    expect(
      n.selfEval.indicators.map((i) => [
        i.level1,
        i.level2,
        i.name,
        i.nature,
        i.target,
        i.unit,
        i.actual,
        i.weightCenti,
        i.scoreCenti,
      ]),
    ).toEqual([
      ['产出指标', '数量指标', '卫片执法补助经费', '=', '72890', '元', '72890', 1000, 900],
      ['产出指标', '质量指标', '项目验收合格率', '=', '100', '%', '100', 2000, 1900],
      ['产出指标', '时效指标', '项目完成及时率', '=', '100', '%', '100', 2000, 1900],
      ['效益指标', '社会效益指标', '违法行为责停率', '≥', '95', '%', '95', 3000, 2700],
      ['满意度指标', '服务对象满意度指标', '满意度', '≥', '95', '%', '95', 1000, 900],
    ]);
  });

  it('贵池区棠溪镇 2022 (安徽): targets with units inside, text results, the total typed as 0 kept as typed', async () => {
    const result = await importReal('guichi-tangxi-2022.xlsx', emptyReport('池州市贵池区棠溪镇人民政府', 2022));
    const n = result.next;
    expect(problemLines(result)).toEqual([]);
    // The source's own slip: 年度资金总额 0 / 0 / 0 above 本年财政拨款 90 / 89.974 / 89.974. Both are imported as printed.
    expect(n.budget).toMatchObject(money(0, 0, 0));
    expect(n.selfEval.income.general).toEqual(money(90_000_000, 89_974_000, 89_974_000));
    expect(n.selfEval.goalActual).toContain('29.99万元用于基建工程项目设计、规划、测绘');
    const rows = n.selfEval.indicators.map((i) => [
      i.level1,
      i.level2,
      i.name,
      i.nature,
      i.target,
      i.unit,
      i.actual,
      i.weightCenti,
    ]);
    expect(rows).toHaveLength(9);
    expect(rows[0]).toEqual(['产出指标(50分)', '数量指标', '基建工程委托业务项目数量', '≥', '50', '个', '50', 800]);
    expect(rows[1]).toEqual(['产出指标(50分)', '质量指标', '委托业务报告合格率', '≥', '100', '百分比', '100', 800]);
    expect(rows[2]).toEqual([
      '产出指标(50分)',
      '质量指标',
      '经费支出合规性',
      '定性',
      '严格执行相关制度规定',
      '',
      '达成预期指标',
      800,
    ]);
    expect(rows[4]).toEqual(['产出指标(50分)', '成本指标', '项目总成本', '≤', '90', '万元', '90', 800]);
    expect(rows[8]?.slice(0, 3)).toEqual([
      '效益指标(30分)',
      '可持续影响指标',
      '对推动基建项目“四项制度”健全和落实的持续性影响',
    ]);
  });

  it('四川 indicator blocks as their pages show them: decimal weights, 完成值 "完成", 合计 and signature rows', async () => {
    const wages = await importReal('sichuan-wages-indicators.xlsx', emptyReport('某县某局', 2023));
    expect(problemLines(wages)).toEqual([]);
    expect(
      wages.next.selfEval.indicators.map((i) => [
        i.level1,
        i.level2,
        i.name,
        i.nature,
        i.target,
        i.unit,
        i.weightCenti,
      ]),
    ).toEqual([
      ['产出指标', '数量指标', '足额保障率', '=', '100', '%', 2250],
      ['产出指标', '数量指标', '科目调整次数', '≤', '10', '次', 2250],
      ['产出指标', '时效指标', '按时发放率', '=', '100', '%', 2250],
      ['效益指标', '经济效益指标', '结余率(计算方法为:结余数/预算数)', '≤', '5', '%', 2250],
    ]);
    // 得分 left blank is "not stated", never 0.
    expect(wages.next.selfEval.indicators.every((i) => i.scoreCenti === null)).toBe(true);

    const cost = await importReal('daying-cost-indicator-2023.xlsx', emptyReport('大英县司法局', 2023));
    expect(problemLines(cost)).toEqual([]);
    expect(
      cost.next.selfEval.indicators.map((i) => [
        i.level2,
        i.name,
        i.nature,
        i.target,
        i.unit,
        i.actual,
        i.weightCenti,
        i.scoreCenti,
      ]),
    ).toEqual([['经济成本指标', '成本控制数', '≤', '30', '万元', '完成', 9000, 9000]]);
  });

  it('绥阳县太白镇 (贵州): only 年初预算数(A) and 全年执行数(B), "资 金 来 源" caption, 年初设定目标 / 完成情况 texts', async () => {
    const result = await importReal('suiyang-taibai-2021.xlsx', emptyReport('绥阳县太白镇人民政府', 2021));
    const n = result.next;
    expect(problemLines(result)).toEqual([]);
    // No 全年预算数 column: that figure stays "not stated", never 0.
    expect(n.budget).toMatchObject(money(1_172_550_000, null, 1_268_720_000));
    expect(n.basic).toMatchObject(money(985_190_000, null, 914_970_000));
    expect(n.projects.statedTotal).toEqual(money(187_360_000, null, 353_750_000));
    // "其他" left blank under the 基本支出 / 项目支出 lines says nothing.
    expect(n.selfEval.income.other).toEqual(money(null, null, null));
    expect(n.selfEval.rateWeightCenti).toBe(1000);
    expect(n.selfEval.goalExpected).toMatch(
      /^\(1\)制定和组织实施经济、科技和社会发展计划.*\(4\)完成上级政府交办的其它事项。$/,
    );
    expect(n.selfEval.goalActual).toMatch(
      /^\(1\)积极履职,强化管理,较好地完成本年工作任务。.*\(5\)完成上级政府交办的其它事项。$/,
    );
  });

  it('寿县 2023 部门整体支出绩效评价自评表 (安徽): a scoring list with wrapped names, 指标分值 / 自评得分, 预算执行率 row', async () => {
    const result = await importReal('shouxian-whole-dept-2023.xlsx', emptyReport('寿县某局', 2023));
    const n = result.next;
    expect(problemLines(result)).toEqual([]);
    expect(
      n.selfEval.indicators.map((i) => [i.level1, i.level2, i.name, i.target, i.weightCenti, i.scoreCenti]),
    ).toEqual([
      ['规划(15分)', '基础信息(3分)', '基础信息完整性', '', 300, 300],
      ['规划(15分)', '工作计划(6分)', '年度工作计划完整性', '', 300, 300],
      ['规划(15分)', '工作计划(6分)', '年度工作计划明确性', '', 300, 300],
      ['规划(15分)', '绩效目标(6分)', '年度绩效目标合理性', '', 400, 400],
      ['规划(15分)', '绩效目标(6分)', '年度绩效目标明确性', '', 200, 200],
    ]);
    // The 预算执行率 row is the 执行率 line: its 指标分值 is stored, its score is derived (the page shows none).
    expect(n.selfEval.rateWeightCenti).toBe(500);
    expect(n.budget).toMatchObject(money(null, null, null));
  });
});
