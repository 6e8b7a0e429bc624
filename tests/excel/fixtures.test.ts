/** Each workbook under tests/fixtures/xlsx/ (made as clerks make them) imports to the right figures. */
import { describe, expect, it } from 'vitest';
import { emptyReport } from '../../shared/model/empty';
import type { Project, Report } from '../../shared/model/report';
import { cols, errorLines, importFixture, money, problemLines } from './excel-test-helpers';

const TONGDAO = '通道侗族自治县公安局';

function project(
  name: string,
  initialFen: number,
  annualFen: number,
  spentFen: number,
  extra: Partial<Project> = {},
): Project {
  return { name, initialFen, annualFen, spentFen, addedMidYear: false, lowRateReason: '', table: null, ...extra };
}

/** A report whose project list adds up to the 项目支出 printed in the 附件2 fixtures (1251.40 / 2139.88 / 2002.26). */
function tongdaoWithProjects(): Report {
  const r = emptyReport(TONGDAO, 2024);
  r.projects.items = [project('甲', 1_251_400_000, 2_139_880_000, 2_002_260_000)];
  return r;
}

describe('Excel fixtures', () => {
  it('01 湖南 2023 附件1: figures as numbers, captions merged down, building block, note under the table', async () => {
    const result = await importFixture('01-hunan-base-data-2023.xlsx', emptyReport('衡山县贯塘乡人民政府', 2023));
    const n = result.next;
    expect(result.tables.map((t) => [t.kind, t.sheet])).toEqual([['baseData', '附件一']]);
    expect([n.staffing.adminAuthorized, n.staffing.adminActual]).toEqual([46, 44]);
    expect(n.threePublic.vehiclePurchase).toEqual(cols(0, 0, 0));
    expect(n.threePublic.vehicleOperation).toEqual(cols(8_200_000, 8_000_000, 7_500_000));
    expect(n.threePublic.abroad).toEqual(cols(0, 0, 0));
    expect(n.threePublic.reception).toEqual(cols(4_400_000, 3_000_000, 2_850_000));
    expect(n.baseData.projectRows).toEqual([
      { label: '业务工作经费', ...cols(120_500_000, 0, 0) },
      { label: '运行维护经费', ...cols(80_280_000, 0, 0) },
      { label: '省级专项资金(每个专项一行)', ...cols(156_000_000, 0, 0) },
    ]);
    expect(n.baseData.publicFunds).toEqual(cols(95_300_000, 100_000_000, 97_660_000));
    expect(n.baseData.publicFundsOffice).toEqual(cols(20_100_000, 22_000_000, 21_450_000));
    expect(n.baseData.publicFundsUtilitiesTravel).toEqual(cols(15_200_000, 16_000_000, 15_800_000));
    expect(n.baseData.publicFundsMeetingTraining).toEqual(cols(6_500_000, 6_000_000, 5_200_000));
    expect(n.baseData.procurement).toEqual(cols(45_600_000, 50_000_000, 48_900_000));
    expect(n.baseData.basicAdjustment).toEqual(cols(0, 12_500_000, 12_500_000));
    expect(n.baseData.building).toEqual({
      exists: true,
      approvedAreaCenti: 120_000,
      actualAreaCenti: 118_050,
      budgetInvestFen: 360_000_000,
      actualInvestFen: 352_800_000,
    });
    expect(n.baseData.frugality).toBe('严格执行中央八项规定精神，压减一般性支出，公务接待实行公函制度。');
    // The report has no project list: the 项目支出 row's figures are kept as the stated project totals, its
    // 本年预算数 being the 年初 budget in the Hunan tables (rule pack hunan-default).
    expect(n.projects.statedTotal).toEqual({ initialFen: 420_500_000, annualFen: null, spentFen: 398_120_000 });
    expect(problemLines(result)).toEqual([]);
    expect(result.summary).toBe(`导入Excel：附件1 基础数据表（${result.changes.filter((c) => !c.detail).length}项）`);
  });

  it('02 2018 附件3 in 元: thousands separators as text, caption merged down, columns reordered, "—" for none', async () => {
    const result = await importFixture('02-base-data-2018-yuan.xlsx', emptyReport('某县农业农村局', 2018));
    const n = result.next;
    expect([n.staffing.adminAuthorized, n.staffing.adminActual]).toEqual([38, 40]);
    expect(n.threePublic.vehicleOperation).toEqual(cols(12_000_000, 10_000_000, 9_500_000));
    expect(n.threePublic.reception).toEqual(cols(6_345_670, 5_000_000, 4_623_050));
    expect(n.baseData.projectRows).toEqual([
      { label: '业务工作专项', ...cols(120_000_000, 150_000_000, 148_000_000) },
      { label: '运行维护专项', ...cols(81_234_567, 100_000_000, 91_876_543) },
    ]);
    expect(n.baseData.publicFunds).toEqual(cols(76_543_210, 80_000_000, 78_888_888));
    expect(n.baseData.publicFundsOffice).toEqual(cols(19_000_000, 20_000_000, 19_999_999));
    expect(n.baseData.basicAdjustment).toEqual(cols(0, 12_000_000, 12_000_000));
    expect(n.baseData.building.exists).toBe(false);
    expect(n.baseData.frugality).toBe('无');
    expect(errorLines(result)).toEqual([]);
  });

  it('03 湖南 2023 附件2: side-by-side income/expenditure, percent 执行率, merged 一级/二级, 总分 checked', async () => {
    const report = emptyReport('衡山县贯塘乡人民政府', 2023);
    report.projects.items = [project('乡村振兴', 650_200_000, 849_950_000, 801_700_000)];
    const result = await importFixture('03-hunan-self-eval-2023.xlsx', report);
    const n = result.next;
    expect(n.budget).toMatchObject(money(1_850_500_000, 2_100_750_000, 2_050_600_000));
    expect(n.selfEval.income).toEqual({
      general: money(1_700_500_000, 1_900_750_000, 1_860_600_000),
      govFund: money(100_000_000, 150_000_000, 140_000_000),
      nonTax: money(50_000_000, 50_000_000, 50_000_000),
      other: money(0, 0, 0),
    });
    expect(n.basic).toMatchObject(money(1_200_300_000, 1_250_800_000, 1_248_900_000));
    expect(n.selfEval.goalExpected).toBe('保障全乡机关正常运转，完成乡村振兴、基层治理等重点工作。');
    expect(n.selfEval.goalActual).toBe('全面完成年度各项工作任务，乡村振兴考核获评优秀。');
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
      ['产出指标', '数量指标', '村级组织运转保障村数', '≥', '18', '个', '18个', 1000, 1000],
      ['产出指标', '数量指标', '农村公路养护里程', '≥', '120', '公里', '118公里', 1000, 950],
      ['产出指标', '质量指标', '项目验收合格率', '=', '100', '%', '100%', 1000, 1000],
      ['产出指标', '时效指标', '资金拨付及时率', '≥', '95', '%', '96%', 1000, 1000],
      ['产出指标', '成本指标', '公用经费控制', '≤', '100', '万元', '97.66万元', 1000, 1000],
      ['效益指标', '社会效益', '群众办事满意度提升', '定性', '有效提升', '', '有效提升', 1500, 1500],
      ['效益指标', '可持续影响', '基层治理长效机制', '定性', '逐步完善', '', '基本建立', 1500, 1300],
      ['满意度指标', '服务对象满意度', '群众满意度', '≥', '90', '%', '93.5%', 1000, 1000],
    ]);
    expect(n.selfEval.indicators[1]?.deviation).toBe('部分路段因汛期延后养护，下一步提前安排。');
    expect(problemLines(result)).toEqual([]);
  });

  it('04 附件2 with full-width digits, "—"/"－"/empty for none, numbers as text, (A)/(B)/(B/A) headers', async () => {
    const result = await importFixture('04-self-eval-fullwidth-text.xlsx', tongdaoWithProjects());
    const n = result.next;
    expect(n.budget).toMatchObject(money(5_521_280_000, 6_304_130_000, 6_304_030_000));
    expect(n.selfEval.income.general).toEqual(money(5_521_280_000, 6_304_130_000, 6_304_030_000));
    // "—", "－" and empty cells are "not stated", never 0.
    expect(n.selfEval.income.govFund).toEqual(money(null, null, null));
    expect(n.selfEval.income.nonTax).toEqual(money(null, null, null));
    expect(n.basic).toMatchObject(money(4_269_880_000, 4_164_250_000, 4_301_770_000));
    expect(n.selfEval.rateWeightCenti).toBe(1000);
    expect(n.selfEval.indicators.map((i) => [i.name, i.nature, i.target, i.unit, i.weightCenti, i.scoreCenti])).toEqual(
      [
        ['列管重点人员综合管控率', '≥', '95', '%', 1000, 1000],
        ['传统侵财案件破案率', '≥', '70', '%', 1000, 1000],
        ['群众安全感满意度', '≥', '95', '%', 1000, 893],
      ],
    );
    expect(problemLines(result)).toEqual([]);
  });

  it('05 project list with a two-row merged header, a blank row, a wrong 合计 and notes under it', async () => {
    const result = await importFixture('05-projects-two-row-header.xlsx', emptyReport(TONGDAO, 2024));
    expect(result.next.projects.items).toEqual([
      project('县监管中心监管场所医疗工作及相关经费', 40_000_000, 40_000_000, 37_540_000),
      project('“一村一辅警”“城市快警”装备及被装损耗更新费', 20_000_000, 20_000_000, 20_000_000),
      project('双江派出所“两所一室”改造项目', 100_000_000, 100_000_000, 0, {
        lowRateReason: '工程未完工，资金结转下年',
        table: null,
      }),
      project('年中追加业务费、装备费及基建款等经费', 0, 888_480_000, 888_480_000, {
        addedMidYear: true,
        lowRateReason: '年中追加',
        table: null,
      }),
    ]);
    expect(problemLines(result)).toEqual([
      '[提示] 工作表「项目支出明细」第10行C列：合计行年初预算数表中为560.00万元，各项目相加为160.00万元；合计由程序计算',
    ]);
  });

  it('06 project list in 元 with a three-row header: 元 with 分 become 万元 exactly', async () => {
    const result = await importFixture('06-projects-three-row-header-yuan.xlsx', emptyReport(TONGDAO, 2024));
    expect(result.next.projects.items).toEqual([
      project('乡村振兴衔接资金', 123_456_789, 150_000_000, 149_999_999),
      project('农村人居环境整治', 35_000_050, 35_000_050, 28_000_001, { lowRateReason: '部分项目未验收', table: null }),
      project('高标准农田建设', 0, 200_000_000, 195_000_000, {
        addedMidYear: true,
        lowRateReason: '年中追加',
        table: null,
      }),
    ]);
    expect(problemLines(result)).toEqual([]);
  });

  it('07 columns in another order; formula cells read by their cached values, never evaluated', async () => {
    const result = await importFixture('07-projects-reordered-formulas.xlsx', emptyReport(TONGDAO, 2024));
    expect(result.next.projects.items).toEqual([
      project('公安业务专项经费', 90_000_000, 90_000_000, 90_000_000),
      project('禁毒办运转工作经费', 100_000_000, 100_000_000, 95_240_000),
      project('看守所羁押人员羁押及拘留所给养费', 52_400_000, 52_400_000, 48_710_000),
    ]);
    expect(problemLines(result)).toEqual([
      '[提示] 工作表「项目」第1行A列：项目明细表没有注明金额单位（如“单位：万元”），已按万元读取',
    ]);
  });

  it('08 several sheets with any names: each table found on its own sheet, others ignored', async () => {
    const result = await importFixture('08-multi-sheet.xlsx', emptyReport(TONGDAO, 2024));
    const n = result.next;
    expect(result.tables.map((t) => [t.kind, t.sheet])).toEqual([
      ['baseData', '基础数据'],
      ['selfEval', '自评表（2024）'],
      ['projects', '项目'],
    ]);
    expect(n.threePublic.vehiclePurchase).toEqual(cols(0, 75_000_000, 74_800_000));
    expect(n.baseData.publicFunds).toEqual(cols(427_990_000, 430_000_000, 427_990_000));
    expect(n.baseData.procurement).toEqual(cols(300_500_000, 320_000_000, 310_250_000));
    expect(n.budget).toMatchObject(money(5_521_280_000, 6_304_130_000, 6_304_030_000));
    expect(n.basic).toMatchObject(money(4_269_880_000, 4_164_250_000, 4_301_770_000));
    expect(n.projects.items.map((p) => p.name)).toEqual(['办案业务、装备购置费', '城市电子监控维护运行费']);
    expect(n.projects.items[1]?.lowRateReason).toBe('部分设备质保期内未付尾款');
    expect(errorLines(result)).toEqual([]);
  });

  it('09 四川 variant: 调整后预算数/预算执行数/权重, 指标性质 and 度量单位 in their own columns', async () => {
    const result = await importFixture('09-sichuan-variant.xlsx', emptyReport('某县教育局', 2024));
    const n = result.next;
    expect(n.budget).toMatchObject(money(800_000_000, 1_000_000_000, 950_000_000));
    expect(n.selfEval.income.general).toEqual(money(700_000_000, 900_000_000, 860_000_000));
    expect(n.selfEval.income.other).toEqual(money(100_000_000, 100_000_000, 90_000_000));
    expect(
      n.selfEval.indicators.map((i) => [
        i.name,
        i.nature,
        i.target,
        i.unit,
        i.actual,
        i.weightCenti,
        i.scoreCenti,
        i.deviation,
      ]),
    ).toEqual([
      ['培训人次', '≥', '500', '人次', '520', 3000, 3000, ''],
      ['完成时限', '≤', '12', '月', '12', 2000, 2000, ''],
      ['群众知晓率', '≥', '90', '%', '85', 2000, 1889, '宣传覆盖不足'],
      ['参训人员满意度', '定性', '满意', '', '满意', 2000, 2000, ''],
    ]);
    expect(problemLines(result)).toEqual([]);
  });

  it('10 WPS-style: every figure as text, spaces and line breaks inside labels, full-width digits', async () => {
    const result = await importFixture('10-wps-text-everything.xlsx', emptyReport(TONGDAO, 2024));
    const n = result.next;
    expect([n.staffing.adminAuthorized, n.staffing.adminActual]).toEqual([152, 148]);
    expect(n.threePublic.vehiclePurchase).toEqual(cols(null, 75_000_000, 74_800_000));
    expect(n.threePublic.vehicleOperation).toEqual(cols(78_230_000, 70_000_000, 67_420_000));
    expect(n.threePublic.reception).toEqual(cols(6_120_000, 6_000_000, 5_330_000));
    expect(n.baseData.publicFunds).toEqual(cols(427_990_000, 430_000_000, 427_990_000));
    expect(problemLines(result)).toEqual([]);
  });

  it('11 a formula saved without its value: refused at its cell, nothing can be applied', async () => {
    const result = await importFixture('11-formula-without-value.xlsx', emptyReport(TONGDAO, 2024));
    expect(errorLines(result)).toEqual([
      '[错误] 工作表「项目」第2行D列：这是公式，但文件里没有保存计算结果（可能由其他程序生成）。请在 Excel 或 WPS 中打开并保存后再导入',
    ]);
    expect(result.canApply).toBe(false);
  });

  it('12 a project list whose header repeats after a page break, with 是/否/× for 年中追加', async () => {
    const result = await importFixture('12-projects-repeated-header.xlsx', emptyReport(TONGDAO, 2024));
    expect(result.next.projects.items).toEqual([
      project('业务工作经费', 100_000_000, 120_000_000, 118_500_000),
      project('运行维护经费', 50_000_000, 50_000_000, 49_990_000),
      project('禁毒专项', 0, 30_000_000, 30_000_000, { addedMidYear: true }),
      project('扫黑除恶专项', 10_000_000, 10_000_000, 9_500_000),
    ]);
    expect(problemLines(result)).toEqual([]);
  });
});
