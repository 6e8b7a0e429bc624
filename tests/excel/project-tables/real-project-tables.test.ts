/**
 * 项目支出绩效自评表 that departments published (tests/fixtures/xlsx-real, sources in tests/fixtures/README.md), each
 * imported as the project table of a report whose project list has the source's project and figures: the table
 * goes to that project, with the source's figures, and nothing blocks. The remarks are the sources' own
 * inconsistencies (a printed 执行率 or 总分 that the rows do not give), listed exactly.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyReport } from '../../../shared/model/empty';
import type { Indicator } from '../../../shared/model/indicator';
import type { Report } from '../../../shared/model/report';
import { indicatorFromRow } from '../../fixtures/real-project-tables';
import { formatProblem } from '../../../shared/import/problems';
import {
  previewProjectTables,
  type ProjectTablesResult,
} from '../../../shared/import/project-tables/preview-project-tables';
import { readWorkbook } from '../../../electron/services/excel/read-workbook';

const REAL = new URL('../../fixtures/xlsx-real/', import.meta.url);
const wan = (text: string) => Math.round(Number(text) * 1_000_000);
const line = (initialFen: number | null, annualFen: number | null, spentFen: number | null) => ({
  initialFen,
  annualFen,
  spentFen,
});
const none = line(null, null, null);

function reportWith(name: string, figures: ReturnType<typeof line>, year: number, pack = 'hunan-default'): Report {
  const report = emptyReport('某单位', year);
  report.rulePackId = pack;
  report.projects.items = [
    { name: '另一个项目', ...line(100, 100, 100), addedMidYear: false, lowRateReason: '', table: null },
    { name, ...figures, addedMidYear: false, lowRateReason: '', table: null },
  ];
  return report;
}

async function importReal(file: string, report: Report): Promise<ProjectTablesResult> {
  return previewProjectTables(await readWorkbook(fs.readFileSync(new URL(file, REAL))), report);
}

/** [一级, 二级, 三级, 性质, 指标值, 单位, 实际, 分值, 得分] in points. */
type Row = [string, string, string, Indicator['nature'], string, string, string, number | null, number | null];
const rows = (list: Row[], deviations: Record<number, string> = {}): Indicator[] =>
  list.map((row, i) => indicatorFromRow([...row, deviations[i] ?? '']));

function applied(result: ProjectTablesResult) {
  expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  expect(result.canApply).toBe(true);
  expect(result.tables).toHaveLength(1);
  expect(result.tables[0]?.match).toMatchObject({ index: 1 });
  const table = result.next.projects.items[1]?.table;
  expect(result.next.projects.items[0]?.table).toBeNull();
  if (!table) throw new Error('no table applied');
  return table;
}

const remarks = (result: ProjectTablesResult) => result.problems.map(formatProblem);

describe('real published project tables import as project tables', () => {
  it('河北 廊坊 2019: blank caption column, "指标1" prefixes and placeholder rows, 效益指标 split, cut before 总分', async () => {
    const result = await importReal(
      'langfang-food-school-2019.xlsx',
      reportWith('办公宿舍楼、食堂及餐厅暖通改造经费', line(wan('43.2'), wan('43.2'), wan('37.24')), 2019),
    );
    const t = applied(result);
    expect(result.tables[0]?.match?.how).toBe('exact');
    expect(t.department).toBe('廊坊市发改委');
    expect(t.implementer).toBe('廊坊市食品工程学校');
    expect(t.funds).toEqual({ fiscal: line(wan('43.2'), wan('43.2'), wan('37.24')), carryOver: none, other: none });
    expect(t.rateWeightCenti).toBe(1000);
    expect([t.goalExpected, t.goalActual]).toEqual(['43.2', '37.24']);
    expect(t.indicators).toEqual(
      rows(
        [
          ['产出指标', '数量指标', '工程资金金额', '=', '43.2', '', '37.24', 10, 9],
          ['产出指标', '质量指标', '工程完工率', '=', '100', '', '100', 10, 10],
          ['产出指标', '质量指标', '工程验收合格率', '=', '100', '', '100', 10, 10],
          ['产出指标', '时效指标', '项目完成及时率', '=', '100', '', '100', 10, 10],
          ['产出指标', '成本指标', '成本控制率', '=', '100', '', '100', 10, 10],
          ['效益指标', '经济效益指标', '安全率', '=', '100', '', '100', 10, 10],
          ['效益指标', '社会效益指标', '学校发展能力', '=', '100', '', '100', 10, 10],
          ['效益指标', '可持续影响指标', '长期使用性', '=', '100', '', '100', 10, 10],
          ['满意度指标', '服务对象满意度指标', '学生满意度', '=', '100', '', '100', 10, 10],
        ],
        { 0: '已完工,剩余3%尾款未付,且最高限价低于预算金额。提高预算准确度。', 5: '0', 6: '0', 8: '0' },
      ),
    );
    expect(remarks(result)).toEqual([
      '[提示] 工作表「附件1」第7行G列：执行率表中为86.00%，按项目清单的全年执行数÷全年预算数计算为86.20%；执行率由程序计算',
      '[提示] 工作表「附件1」第7行H列：执行率得分表中为9分，按执行率计算为8.62分；得分由程序计算',
    ]);
  });

  it('宁夏 银川 2021: 自评得分 at the top, one money line merged beside its heads, goals as rows, 执行率 as an indicator', async () => {
    const result = await importReal(
      'yinchuan-no6-middle-2021.xlsx',
      reportWith('初中公用经费', line(wan('64.8'), wan('64.8'), wan('64.8')), 2021, 'national-2020'),
    );
    const t = applied(result);
    expect([t.department, t.implementer]).toEqual(['银川市教育局', '银川市第六中学']);
    expect(t.funds).toEqual({ fiscal: none, carryOver: none, other: none });
    // The 预算执行率 row (项目管理 → 投入管理) is the 执行率 line: its 分值 10 is the line's weight.
    expect(t.rateWeightCenti).toBe(1000);
    expect([t.goalExpected, t.goalActual]).toEqual(['保障学校正常工作运行', '']);
    expect(t.indicators).toEqual(
      rows([
        ['项目决策', '项目目标', '完整性', '定性', '一', '', '目标明确、内容细化、目标量化', 4, 4],
        ['项目决策', '项目立项', '相关性', '定性', '一', '', '按照学校管理标准对学校进行管理', 2, 2],
        ['项目决策', '项目立项', '可行性', '定性', '', '', '实际工作需求', 2, 2],
        ['项目决策', '项目立项', '适当性', '定性', '', '', '有资金测算标准', 2, 2],
        [
          '项目管理',
          '财务管理',
          '财务管理制度有效性',
          '定性',
          '一',
          '',
          '财务制度健全,严格执行制度,会计核算规范',
          7,
          7,
        ],
        ['项目管理', '项目实施', '绩效监控有效性', '定性', '一', '', '持续有效', 2, 2],
        ['项目管理', '项目实施', '管理制度有效性', '定性', '-', '', '严格执行相关管理制度', 6, 6],
        ['项目产出', '数量指标', '保障人数', '=', '2370', '人', '2370人', 10, 10],
        ['项目产出', '质量指标', '公用经费标准', '定性', '符合相关文件要求', '', '符合相关文件要求', 5, 5],
        ['项目产出', '时效指标', '公用经费完成时间', '定性', '2021年12月完成', '', '2021年12月完成', 5, 4],
        ['项目产出', '成本指标', '办公所需成本', '=', '15', '万元', '15万元', 4, 4],
        ['项目产出', '成本指标', '维修(维护)所需成本', '=', '35', '万元', '35万元', 3, 3],
        ['项目产出', '成本指标', '绿化、水电费等成本', '=', '14.8', '万元', '14.8万元', 3, 3],
        ['项目效益', '社会效益指标', '效果显著', '定性', '改善学校的办学条件', '', '改善学校的办学条件', 15, 13],
        [
          '项目效益',
          '可持续影响指标',
          '使学生和老师行个更好的学习和工作环境,做到',
          '定性',
          '社会认可的办学环境.',
          '',
          '社会认可的办学环境.',
          10,
          8,
        ],
      ]),
    );
    // 98 at the top; the rows visible give 85 (the page is cut before the 满意度 row).
    expect(remarks(result)).toEqual([
      '[提示] 工作表「自评表」第3行F列：总分表中为98分，执行率得分与各项得分相加为85分；总分由程序计算',
    ]);
  });

  it('湖北 黄冈 2020: traditional characters, 预算数(A)/执行数(B), "10萬" in the cell, 20 points in the caption', async () => {
    const result = await importReal(
      'huanggang-archives-2020.xlsx',
      reportWith(
        '档案抢救与保护、档案工作考评、查询利用、档案资料征集、数字化、编研、陈列等专项经费',
        line(null, wan('10'), wan('10')),
        2020,
        'hubei-2020',
      ),
    );
    const t = applied(result);
    expect(result.tables[0]?.name).toBe(
      '档案抢救与保护、档案工作考评、查询利用、档案资料征集、数字化、编研、陈列等专项经费',
    );
    expect([t.department, t.implementer]).toEqual(['', '黄冈市档案馆']);
    expect(t.funds).toEqual({ fiscal: none, carryOver: none, other: none });
    expect(t.rateWeightCenti).toBe(2000);
    expect(t.indicators).toEqual([]);
    expect(result.tables[0]?.moneyDifferences).toEqual([]);
    expect(remarks(result)).toEqual([]);
  });

  it('云南 永德 2022: 元, 指标性质/指标值/度量单位 split, "≧" and "═", a closing row with 总分 100 / 96 / 优', async () => {
    const result = await importReal(
      'yongde-minglang-2022.xlsx',
      reportWith('义务教育营养改善计划专项资金', line(null, 38_766_462, 38_766_462), 2022),
    );
    const t = applied(result);
    expect([t.department, t.implementer]).toEqual(['永德县教育体育局', '永德县明朗中学']);
    expect(t.funds).toEqual({ fiscal: line(null, 38_766_462, 38_766_462), carryOver: none, other: none });
    expect(t.rateWeightCenti).toBe(1000);
    const goal = '确保每一个学生都能享受到国家政策福利,改善学生体质';
    expect([t.goalExpected, t.goalActual]).toEqual([goal, goal]);
    expect(t.indicators).toEqual(
      rows([
        ['产出指标', '数量指标', '学生受资助人数', '≥', '735', '人次', '735', 10, 10],
        ['产出指标', '质量指标', '营养改善计划覆盖率', '≥', '100', '%', '100%', 10, 10],
        ['产出指标', '时效指标', '资金到位及时率', '≥', '100', '%', '100%', 10, 7],
        ['产出指标', '成本指标', '生均补助标准达标率', '=', '100', '%', '100%', 10, 10],
        ['效益指标', '经济效益指标', '减轻贫困学生家庭经济负担', '定性', '有效', '', '有效', 10, 10],
        ['效益指标', '社会效益指标', '政策知晓率', '=', '100', '%', '98%', 10, 9],
        ['效益指标', '可持续影响指标', '促进学校教育事业健康发展', '≥', '100', '%', '100%', 10, 10],
        ['满意度指标', '服务对象满意度指标等', '学生满意度', '≥', '95', '%', '100%', 10, 10],
        ['满意度指标', '服务对象满意度指标等', '家长满意度', '≥', '95', '%', '100%', 10, 10],
      ]),
    );
    // 总分 100 / 96 agrees with the rows: no remark.
    expect(remarks(result)).toEqual([]);
  });

  it('四川 中江 2022: two money columns, 分值 before 年度指标值, operators and units inside targets, 总分 ≠ rows', async () => {
    const result = await importReal(
      'zhongjiang-water-2022.xlsx',
      reportWith(
        '中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装',
        line(null, wan('20'), wan('20')),
        2022,
      ),
    );
    const t = applied(result);
    expect([t.department, t.implementer]).toEqual(['中江县水利局', '中江县水利局']);
    expect(t.funds).toEqual({ fiscal: line(null, wan('20'), wan('20')), carryOver: none, other: none });
    expect(t.goalExpected).toBe('对农村地区供水计量设施设备进行改进,对项目区农业用水计量,为项目区农业生产夯实基础,');
    expect(t.goalActual).toBe('对项目区农业用水计量,为项目区农业生产夯实基础,');
    expect(t.indicators).toEqual(
      rows([
        ['产出指标', '数量指标', '安装坡面水标尺', '≥', '266', '米', '≥266米', 10, 10],
        ['产出指标', '数量指标', '水标尺宽度', '≥', '50', '厘米', '≥50厘米', 10, 10],
        ['产出指标', '质量指标', '项目(工程)验收合格率', '=', '100', '%', '100%', 20, 20],
        ['产出指标', '时效指标', '及时(按期)开工率', '≥', '90', '%', '≥90%', 10, 10],
        ['产出指标', '时效指标', '及时(按期)完工率', '≥', '90', '%', '≥90%', 10, 10],
        ['产出指标', '成本指标', '项目计划总投资', '=', '20', '万元', '20万元', 10, 10],
        ['效益指标', '社会效益指标', '受益脱贫(含监测对象)户人口数', '≥', '1000', '人', '≥1000人', 10, 10],
        ['效益指标', '社会效益指标', '群众生产生活条件改善状况', '定性', '显著提升', '', '显著提升', 10, 10],
        ['满意度指标', '服务对象满意度指标', '受益脱贫(含监测对象)户满意度', '≥', '95', '%', '≥95%', 10, 10],
      ]),
    );
    // The source's own: rows of 70 + 20 + 10 and the 执行率 line's 10 make 110, its 总分 says 100.
    expect(remarks(result)).toEqual([
      '[提示] 工作表「Sheet1」第23行H列：总分表中为100分，执行率得分与各项得分相加为110分；总分由程序计算',
      '[提示] 工作表「Sheet1」第23行E列：总分行的分值表中为100，执行率分值与各项分值相加为110；由程序计算',
    ]);
  });

  it('安徽 贵池棠溪 2022: 年度资金总额 typed 0/0/0 against the list (shown, not applied), "产出指标(50分)"', async () => {
    const result = await importReal(
      'guichi-tangxi-2022.xlsx',
      reportWith('委托业务项目', line(wan('90'), wan('89.974'), wan('89.974')), 2022),
    );
    const t = applied(result);
    expect(result.tables[0]?.moneyDifferences).toEqual([
      { column: '年初预算数', table: '0.00万元', list: '90.00万元' },
      { column: '全年预算数', table: '0.00万元', list: '89.974万元' },
      { column: '全年执行数', table: '0.00万元', list: '89.974万元' },
    ]);
    expect(result.next.projects.items[1]).toMatchObject(line(wan('90'), wan('89.974'), wan('89.974')));
    expect(t.funds.fiscal).toEqual(line(wan('90'), wan('89.974'), wan('89.974')));
    expect(t.indicators.map((i) => [i.level1, i.name, i.weightCenti, i.scoreCenti])).toEqual([
      ['产出指标', '基建工程委托业务项目数量', 800, 800],
      ['产出指标', '委托业务报告合格率', 800, 800],
      ['产出指标', '经费支出合规性', 800, 800],
      ['产出指标', '提交报告及时性', 800, 800],
      ['产出指标', '项目总成本', 800, 800],
      ['产出指标', '单项业务成本', 1000, 1000],
      ['效益指标', '对维护基建市场公平的影响程度', 1000, 1000],
      ['效益指标', '对控制基建项目成本影响程度', 1000, 1000],
      ['效益指标', '对推动基建项目“四项制度”健全和落实的持续性影响', 1000, 1000],
    ]);
    expect(remarks(result)).toEqual([
      '[提示] 工作表「Sheet1」第7行B列：年度资金总额的年初预算数表中为0.00万元，项目清单中为90.00万元；以项目清单为准，这个数未导入',
      '[提示] 工作表「Sheet1」第7行B列：年度资金总额的全年预算数表中为0.00万元，项目清单中为89.974万元；以项目清单为准，这个数未导入',
      '[提示] 工作表「Sheet1」第7行B列：年度资金总额的全年执行数表中为0.00万元，项目清单中为89.974万元；以项目清单为准，这个数未导入',
      '[提示] 工作表「Sheet1」第7行G列：执行率表中为0.00%，按项目清单的全年执行数÷全年预算数计算为100.00%；执行率由程序计算',
      '[提示] 工作表「Sheet1」第7行H列：执行率得分表中为0分，按执行率计算为10分；得分由程序计算',
    ]);
  });

  it('云南 丽江古城区 2020: the table named "…支出绩效自评表" matches the project, "﹦", a 元 target', async () => {
    const result = await importReal(
      'lijiang-gucheng-2020.xlsx',
      reportWith('省级自然资源卫片执法补助经费', line(wan('7.29'), wan('7.29'), wan('7.29')), 2020),
    );
    const t = applied(result);
    expect(result.tables[0]?.match?.how).toBe('exact');
    expect([t.department, t.implementer]).toEqual(['丽江市自然资源和规划局', '丽江市古城区自然资源局']);
    expect(t.funds).toEqual({ fiscal: line(wan('7.29'), wan('7.29'), wan('7.29')), carryOver: none, other: none });
    expect(t.indicators).toEqual(
      rows([
        ['产出指标', '数量指标', '卫片执法补助经费', '=', '72890', '元', '72890', 10, 9],
        ['产出指标', '质量指标', '项目验收合格率', '=', '100', '%', '100', 20, 19],
        ['产出指标', '时效指标', '项目完成及时率', '=', '100', '%', '100', 20, 19],
        ['效益指标', '社会效益指标', '违法行为责停率', '≥', '95', '%', '95', 30, 27],
        ['满意度指标', '服务对象满意度指标', '满意度', '≥', '95', '%', '95', 10, 9],
      ]),
    );
    expect(remarks(result)).toEqual([]);
  });

  it('四川 青神 2023: budget code before the name, 财政专户管理资金 and 单位资金 into 其他资金, 权重, 合计', async () => {
    const result = await importReal(
      'qingshen-drc-2023.xlsx',
      reportWith('工资性支出', line(wan('238.93'), wan('251.89'), wan('251.89')), 2023),
    );
    const t = applied(result);
    expect([t.department, t.implementer]).toEqual(['青神县发展和改革局本级', '青神县发展和改革局']);
    expect(t.funds).toEqual({
      fiscal: line(wan('238.93'), wan('251.89'), wan('251.89')),
      carryOver: none,
      other: line(0, 0, 0),
    });
    expect(t.rateWeightCenti).toBe(1000);
    expect(t.indicators).toEqual(
      rows([
        ['产出指标', '数量指标', '发放(缴纳)覆盖率', '=', '100', '%', '', 60, null],
        ['效益指标', '社会效益指标', '足额保障率(参保率)', '=', '100', '%', '', 30, null],
      ]),
    );
    expect(remarks(result)).toEqual([]);
  });

  it('四川 大英 2023: 年初预算 0.00, one indicator, 合计 100 / 100', async () => {
    const result = await importReal(
      'daying-justice-2023.xlsx',
      reportWith('2023年全县安可替代补助资金项目', line(0, wan('3.36'), wan('3.36')), 2023),
    );
    const t = applied(result);
    expect(result.tables[0]?.match?.how).toBe('exact');
    expect([t.department, t.implementer]).toEqual(['大英县司法局部门', '大英县司法局']);
    expect(t.funds).toEqual({ fiscal: line(0, wan('3.36'), wan('3.36')), carryOver: none, other: line(0, 0, 0) });
    expect(t.indicators).toEqual(
      rows([['产出指标', '质量指标', '完成安可产品购买并按要求支付资金', '=', '100', '%', '100', 90, 90]]),
    );
    expect(remarks(result)).toEqual([]);
  });
});
