// Rebuilds attachment tables that departments really published (sources in tests/fixtures/README.md, "xlsx-real")
// as the workbooks a clerk would have typed them in: each laid out the way its source page shows it (label texts
// and their typos, merged cells, blank rows, 元 or 万元, numbers stored as text, blanks where the source is blank).
// Figures are the source's own. Run: node scripts/make-xlsx-real-fixtures.mjs [file.xlsx …] (outputs are committed;
// tests read them and never regenerate them; name the new files only, so the committed ones keep their bytes).
import { mkdirSync } from 'node:fs';
import { border, newBook, put, save, title } from './xlsx-fixture-kit.mjs';
import {
  huanggangArchives2020,
  langfangFoodSchool2019,
  yinchuanNo6Middle2021,
  yongdeMinglang2022,
  zhongjiangWater2022,
} from './xlsx-real-project-tables.mjs';

const OUT = new URL('../tests/fixtures/xlsx-real/', import.meta.url);
mkdirSync(OUT, { recursive: true });

/** Merges given as "A1:B2" strings. */
function merge(ws, ...ranges) {
  for (const r of ranges) ws.mergeCells(r);
}

function numFmt(ws, top, left, bottom, right, fmt = '0.00') {
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) ws.getCell(r, c).numFmt = fmt;
}

// ---------------------------------------------------------------------------------------------------------------
// 衡山县贯塘乡人民政府 2023 (hengshan.gov.cn, 2024-09-14): 附件一 with blank rows under 项目支出, an empty 政府采购 and
// 预算调整, a one-row 楼堂馆所 block left blank, the 厉行节约保障措施 row and the 说明 row; 附件二 with 按收入性质分 and
// 按支出性质分 side by side as label/figure pairs under the 年度预算申请 band.
async function hengshanGuantang2023() {
  const wb = newBook('贯塘乡财政所');
  const a1 = wb.addWorksheet('附件一');
  a1.columns = [
    { width: 30 },
    { width: 14 },
    { width: 14 },
    { width: 14 },
    { width: 14 },
    { width: 14 },
    { width: 14 },
  ];
  a1.getCell('A1').value = '附件一';
  title(a1, 2, '2023年度部门整体支出绩效评价基础数据表', 7);
  put(a1, 4, [
    ['财政供养人员情况(人', '编制数', '2023 年实际在职人数', '控制率'],
    [null, 46, 50, '108.70%'],
    ['经费控制情况(万元', '2022 年决算数', '2023 年预算数', '2023 年决算数'],
    ['三公经费:', 0, 0, 0],
    ['1、公务用车购置和维护经费', 0, 0, 0],
    ['其中:公车购置', 0, 0, 0],
    ['公车运行维护', 0, 0, 0],
    ['2、出国经费', 0, 0, 0],
    ['3、公务接待', 0, 0, 0],
    ['项目支出:', 874.2, 308.17, 1025.2],
    ['1、业务工作经费'],
    ['2、运行维护经费'],
    ['……'],
    ['3、省级专项资金(每个专项一行'],
    ['……'],
    ['公用经费', 118.31, 85.76, 193.42],
    ['其中:办公经费', 29.35, 27, 49.09],
    ['水费、电费、差旅费', 8.8, 13, 12.64],
    ['会议费、培训费', 4.92, 3, 5.42],
    ['政府采购金额'],
    ['部门基本支出预算调整'],
    [
      '楼堂馆所控制情况 2023 年完工项目',
      '批复规模(㎡',
      '实际规(㎡)',
      '规模控制',
      '预算投资 (万元',
      '实际投资 (万元',
      '投资概算控制',
    ],
    [],
    ['厉行节约保障措施'],
    ['说明:项目支出需要填报基本支出以外的所有项目支出情况,公用经费填报基本支出中的一般商品和服务支出。'],
  ]);
  merge(a1, 'A4:A5', 'A25:A26', 'B27:G27', 'A28:G28');
  border(a1, 4, 1, 24, 4);
  border(a1, 25, 1, 27, 7);
  numFmt(a1, 7, 2, 24, 4);

  const a2 = wb.addWorksheet('附件二');
  a2.columns = [
    { width: 30 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
  ];
  a2.getCell('A1').value = '附件二';
  title(a2, 2, '2023年度部门整体支出绩效自评表', 7);
  put(a2, 3, [
    ['预算部门、单位名称', '衡山县贯塘乡人民政府'],
    ['年度预算申请 (万元', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '自评得分'],
    ['年度资金总额', 861.1, 2030.12, 2030.12, 10, '100%', 10],
    ['按收入性质分:', 2030.12, null, '按支出性质分:', null, 1925.67],
    ['其中: 一般公共预算:', 1325.68, null, '其中:基本支出:', null, 900.47],
    ['政府性基金拨款:', 118.82, null, '项目支出:', null, 1025.2],
    ['纳入专户管理的非税收入拨款:'],
    ['其他资金:', 585.62],
    ['年度总体目标', '预期目标', null, null, '实际完成情况'],
    [null, '搞好政府各职能部门完成的工作任务监督,服务市场主体和营造发展环境。'],
  ]);
  merge(a2, 'B3:G3');
  for (const r of [6, 7, 8, 9, 10]) merge(a2, `B${r}:C${r}`, `D${r}:E${r}`, `F${r}:G${r}`);
  merge(a2, 'A11:A12', 'B11:D11', 'E11:G11', 'B12:D12', 'E12:G12');
  border(a2, 3, 1, 12, 7);
  numFmt(a2, 5, 2, 10, 6);
  await save(wb, OUT, 'hengshan-guantang-2023.xlsx');
}

// 2018 附件3 基础数据表 as posted on wanglu.net (2019-07-07): 填报单位 left blank, blank 出国经费 and 公用经费 rows,
// one 项目支出 line, a text number typed with a stray point ("7.50."), 部门整体支出预算调整 with two figures.
async function baseData2018Wanglu() {
  const wb = newBook('Administrator');
  const ws = wb.addWorksheet('附件3');
  ws.columns = [{ width: 30 }, { width: 14 }, { width: 16 }, { width: 14 }];
  ws.getCell('A1').value = '附件3:';
  title(ws, 2, '部门整体支出绩效评价基础数据表', 4);
  put(ws, 3, [['填报单位:', null, null, '单位:万元']]);
  put(ws, 4, [
    ['财政供养人员情况', '编制数', '2018年实际在职人数', '控制率'],
    [null, 143, 136, '95.10%'],
    ['经费控制情况', '2017年决算数', '2018年预算数', '2018年决算数'],
    ['三公经费', 29.08, 63.46, 44.29],
    ['1、公务用车购置和维护经费', 11.86, 41.46, 39.3],
    ['其中:公车购置', null, 29.46, 29.46],
    ['公车运行维护', 11.86, 12, 9.84],
    ['2、出国经费'],
    ['3、公务接待', 17.22, 22, 4.99],
    ['项目支出:'],
    ['1、业务工作专项', 938.8, 320, 689.16],
    ['2、运行维护专项'],
    ['公用经费'],
    ['其中:办公经费', 14.44, 10, 0.68],
    ['水费、电费、差旅费', '17.92', '7.50.', '25.36'],
    ['会议费、培训费', 0, 0.8, 0],
    ['政府采购金额', 16.14, 30.66, 30.66],
    ['部门整体支出预算调整', null, 1922.76, 2690.62],
  ]);
  merge(ws, 'A4:A5');
  border(ws, 4, 1, 21, 4);
  numFmt(ws, 7, 2, 21, 4);
  await save(wb, OUT, 'base-data-2018-wanglu.xlsx');
}

// 青神县发展和改革局 2023 工资性支出 (scqs.gov.cn): Sichuan's 部门预算项目支出绩效自评表 — 年初预算 / 调整后预算数 /
// 预算执行数 under a "年度预算数（万元）" caption column, "/" in unused cells, indicators with 指标性质, 指标值, 度量单位,
// blank 完成值 and 得分, a 合计 row and the 评价结论 / 存在问题 / 改进措施 text rows.
async function qingshenDrc2023() {
  const wb = newBook('青神县发展和改革局');
  const ws = wb.addWorksheet('项目支出绩效自评表');
  ws.columns = [14, 16, 14, 18, 10, 10, 10, 12, 8, 8, 24].map((width) => ({ width }));
  put(ws, 1, [['报表编号:510000_0013zp']]);
  title(ws, 2, '部门预算项目支出绩效自评表(2023年度)', 11);
  put(ws, 3, [
    ['项目名称', '51000021R000000019951-工资性支出'],
    ['主管部门', '青神县发展和改革局本级', null, null, null, null, '实施单位 (盖章)', '青神县发展和改革局'],
    ['项目基本情况', '1.项目年度目标完成情况', null, '项目年度目标', null, null, null, '年度目标完成情况'],
    [
      null,
      null,
      null,
      '严格执行相关政策,保障工资及时、足额发放或社保及时、足额缴纳,预算编制科学合理,减少结余资金。',
      null,
      null,
      null,
      '对照年度目标,说明相关任务目标的完成情况(100字以内)',
    ],
    [null, '2.项目实施内容及过程概述'],
    [
      '预算执行情况(10分)',
      '年度预算数(万元)',
      '年初预算',
      '调整后预算数',
      '预算执行数',
      '预算执行率',
      '权重',
      '得分',
      '原因',
    ],
    [
      null,
      '总额',
      '238.93',
      '251.89',
      '251.89',
      '100.00%',
      '10',
      null,
      '1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.',
    ],
    [null, '其中:财政资金', '238.93', '251.89', '251.89', '100.00%', '/', '/'],
    [null, '财政专户管理资金', '0.00', '0.00', '0.00', '0.00%', '/', '/'],
    [null, '单位资金', '0.00', '0.00', '0.00', '0.00%', '/', '/'],
    [null, '其他资金', null, null, null, null, '/', '/'],
    [
      '绩效指标(90分)',
      '一级指标',
      '二级指标',
      '三级指标',
      '指标性质',
      '指标值',
      '度量单位',
      '完成值',
      '权重',
      '得分',
      '未完成原因分析',
    ],
    [null, '产出指标', '数量指标', '发放(缴纳)覆盖率', '=', '100', '%', null, '60'],
    [null, '效益指标', '社会效益指标', '足额保障率(参保率)', '=', '100', '%', null, '30'],
    [null, '合计', null, null, null, null, null, null, '100'],
    ['评价结论', '结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内)'],
    ['存在问题', '结合自评情况,分析存在的问题及原因。(200字以内)'],
    ['改进措施', '针对项目自评中发现的问题,提出下一步改进完善的意见及有关政策性建议。(200字以内)'],
    ['项目负责人:', null, null, null, null, null, '财务负责人:'],
  ]);
  merge(ws, 'B3:K3', 'B4:F4', 'H4:K4', 'A5:A7', 'B5:C6', 'D5:G5', 'H5:K5', 'D6:G6', 'H6:K6', 'C7:K7');
  merge(ws, 'A8:A13', 'I9:K13', 'A14:A17', 'B17:H17', 'B18:K18', 'B19:K19', 'B20:K20');
  border(ws, 3, 1, 20, 11);
  await save(wb, OUT, 'qingshen-drc-2023.xlsx');
}

// 大英县司法局 2023 安可替代补助资金 (dyxrmt.cn): the same Sichuan form with 年初预算 0.00 and the whole budget added
// in the year, one indicator with 完成值 "100".
async function dayingJustice2023() {
  const wb = newBook('大英县司法局');
  const ws = wb.addWorksheet('Sheet1');
  ws.columns = [14, 16, 14, 18, 10, 10, 10, 12, 8, 8, 24].map((width) => ({ width }));
  title(ws, 1, '部门预算项目支出绩效自评表(2023年度)', 11);
  put(ws, 2, [
    ['项目名称', '51092324T000010263357-2023年全县安可替代补助资金项目'],
    ['主管部门', '大英县司法局部门', null, null, null, null, '实施单位', '大英县司法局'],
    ['项目基本情况', '1.项目年度目标完成情况', null, '项目年度目标', null, null, null, '年度目标完成情况'],
    [null, null, null, '根据要求购买安可设备,并完成项目资金支付。', null, null, null, '完成'],
    [null, '2.项目实施内容及过程概述', null, '2023年购买13台安可电脑,并于12月前完成资金支付。'],
    [
      '预算执行情况(10分)',
      '年度预算数(万元)',
      '年初预算',
      '调整后预算数',
      '预算执行数',
      '预算执行率',
      '权重',
      '得分',
      '原因',
    ],
    [
      null,
      '总额',
      0,
      3.36,
      3.36,
      '100.00%',
      10,
      10,
      '1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.',
    ],
    [null, '其中:财政资金', 0, 3.36, 3.36, '100.00%', '/', '/'],
    [null, '财政专户管理资金', 0, 0, 0, '0.00%', '/', '/'],
    [null, '单位资金', 0, 0, 0, '0.00%', '/', '/'],
    [null, '其他资金', null, null, null, null, '/', '/'],
    [
      '绩效指标(90分)',
      '一级指标',
      '二级指标',
      '三级指标',
      '指标性质',
      '指标值',
      '度量单位',
      '完成值',
      '权重',
      '得分',
      '未完成原因分析',
    ],
    [null, '产出指标', '质量指标', '完成安可产品购买并按要求支付资金', '=', '100', '%', '100', 90, 90],
    [null, '合计', null, null, null, null, null, null, 100, 100],
    ['评价结论', '完成'],
    ['存在问题', '无'],
    ['改进措施', '无'],
  ]);
  merge(ws, 'B2:K2', 'B3:F3', 'H3:K3', 'A4:A6', 'B4:C5', 'D4:G4', 'H4:K4', 'D5:G5', 'H5:K5', 'D6:K6');
  merge(ws, 'A7:A12', 'I8:K12', 'A13:A15', 'B15:H15', 'B16:K16', 'B17:K17', 'B18:K18');
  border(ws, 2, 1, 18, 11);
  numFmt(ws, 8, 3, 12, 5);
  await save(wb, OUT, 'daying-justice-2023.xlsx');
}

// 丽江市古城区自然资源局 2020 卫片执法补助经费 (Yunnan, via yn2553): 项目资金（万元）band with 分值/执行率/得分,
// 当年财政拨款 / 上年结转资金 / 其他资金, 年度总体目标, and a two-row indicator header (绩效指标 over 一级/二级/三级/指标性质/
// 指标值/度量单位) with "﹦" for "=", a 元 target (72890) and 一级指标 merged down.
async function lijiangGucheng2020() {
  const wb = newBook('古城区自然资源局');
  const ws = wb.addWorksheet('自评表');
  ws.columns = [12, 16, 22, 8, 10, 8, 12, 8, 8, 20].map((width) => ({ width }));
  title(ws, 1, '2020年度项目支出绩效自评表', 10);
  put(ws, 2, [
    ['项目名称', '2020年省级自然资源卫片执法补助经费支出绩效自评表'],
    ['主管部门', '丽江市自然资源和规划局', null, null, null, '实施单位', '丽江市古城区自然资源局'],
    ['项目资金 (万元)', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [null, '年度资金总额', 7.29, 7.29, 7.29, 10, '100%', 10],
    [null, '其中:当年财政拨款', 7.29, 7.29, 7.29, null, '100%'],
    [null, '上年结转资金'],
    [null, '其他资金'],
    ['年度 总体 目标', '预期目标', null, null, null, '实际完成情况'],
    [null, '自然资源卫片执法补助经费', null, null, null, '自然资源卫片执法补助经费'],
    ['绩效指标', null, null, null, null, null, '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ['一级 指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
    ['产出指标', '数量指标', '卫片执法补助经费', '﹦', 72890, '元', 72890, 10, 9],
    [null, '质量指标', '项目验收合格率', '﹦', 100, '%', 100, 20, 19],
    [null, '时效指标', '项目完成及时率', '﹦', 100, '%', 100, 20, 19],
    ['效益指标', '社会效益指标', '违法行为责停率', '≥', 95, '%', 95, 30, 27],
    ['满意度指标', '服务对象满意度指标', '满意度', '≥', 95, '%', 95, 10, 9],
  ]);
  merge(ws, 'B2:J2', 'B3:E3', 'G3:J3', 'A4:B4', 'A5:A8', 'A9:A10', 'B9:E9', 'F9:J9', 'B10:E10', 'F10:J10');
  merge(ws, 'A11:F11', 'G11:G12', 'H11:H12', 'I11:I12', 'J11:J12', 'A13:A15');
  border(ws, 2, 1, 17, 10);
  numFmt(ws, 5, 3, 6, 5);
  await save(wb, OUT, 'lijiang-gucheng-2020.xlsx');
}

// 池州市贵池区棠溪镇 2022 委托业务项目 (Anhui, WPS file): 年度资金总额 typed as 0 / 0 / 0 while 本年财政拨款 is
// 90 / 89.974 / 89.974 (a real slip: imported as typed, the report's checks flag it), targets with units inside ("≥50个", "≥100百分比",
// "≤90万元"), text results ("达成预期指标") and 一级指标 with their points in brackets ("产出指标(50分)").
async function guichiTangxi2022() {
  const wb = newBook('WPS 表格');
  const ws = wb.addWorksheet('Sheet1');
  ws.columns = [14, 16, 26, 16, 16, 8, 8, 20].map((width) => ({ width }));
  ws.getCell('A1').value = '附件:';
  title(ws, 2, '项目支出绩效自评表', 8);
  put(ws, 3, [
    ['(2022年度)'],
    ['项目名称', '委托业务项目'],
    ['主管部门', '219-池州市贵池区棠溪镇人民政府', null, null, '实施单位', '219001-池州市贵池区棠溪镇人民政府'],
    ['项目资金 (万元)', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [null, '年度资金总额:', 0, 0, 0, 10, 0, 0],
    [null, '其中:本年财政拨款', 90, 89.974, 89.974],
    [null, '上年结转资金'],
    [null, '其他资金'],
    ['年度总体目标', '预期目标', null, null, '实际完成情况'],
    [
      null,
      '本项目共申请预算资金90万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;30万元用于基建工程项目设计、规划、测绘。',
      null,
      null,
      '本项目共完成预算资金89.97万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;29.99万元用于基建工程项目设计、规划、测绘。',
    ],
    ['绩效指标'],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ['产出指标(50分)', '数量指标', '基建工程委托业务项目数量', '≥50个', '50', 8, 8],
    [null, '质量指标', '委托业务报告合格率', '≥100百分比', '100', 8, 8],
    [null, null, '经费支出合规性', '严格执行相关制度规定', '达成预期指标', 8, 8],
    [null, '时效指标', '提交报告及时性', '在项目计划完成时间内完成', '达成预期指标', 8, 8],
    [null, '成本指标', '项目总成本', '≤90万元', '90', 8, 8],
    [null, null, '单项业务成本', '符合相关规定', '达成预期指标', 10, 10],
    ['效益指标(30分)', '社会效益指标', '对维护基建市场公平的影响程度', '效果明显', '达成预期指标', 10, 10],
    [null, '生态效益指标', '对控制基建项目成本影响程度', '效果明显', '达成预期指标', 10, 10],
    [null, '可持续影响指标', '对推动基建项目“四项制度”健全和落实的持续性影响', '效果明显', '达成预期指标', 10, 10],
  ]);
  merge(ws, 'B4:H4', 'B5:D5', 'F5:H5', 'A6:B6', 'A7:A10', 'A11:A12', 'B11:D11', 'E11:H11', 'B12:D12', 'E12:H12');
  merge(ws, 'A13:H13');
  merge(ws, 'A15:A20', 'B16:B17', 'B19:B20', 'A21:A23');
  border(ws, 4, 1, 23, 8);
  await save(wb, OUT, 'guichi-tangxi-2022.xlsx');
}

// Two indicator blocks of the same Sichuan form as far as their pages show them (the money block is not in the
// source): a 工资性支出 project with four indicators of 22.5 points each (dyrmt.com) and a 成本控制数 indicator with
// 完成值 "完成" and the signatures under it (dyxrmt.cn).
async function sichuanIndicatorBlocks() {
  const header = [
    '绩效指标(90分)',
    '一级指标',
    '二级指标',
    '三级指标',
    '指标性质',
    '指标值',
    '度量单位',
    '完成值',
    '权重',
    '得分',
    '未完成原因分析',
  ];
  const widths = [14, 12, 14, 30, 8, 8, 8, 10, 8, 8, 20].map((width) => ({ width }));
  const wages = newBook('财务室');
  const a = wages.addWorksheet('绩效指标');
  a.columns = widths;
  put(a, 1, [
    header,
    [null, '产出指标', '数量指标', '足额保障率', '=', '100', '%', null, '22.5'],
    [null, null, null, '科目调整次数', '≤', '10', '次', null, '22.5'],
    [null, null, '时效指标', '按时发放率', '=', '100', '%', null, '22.5'],
    [null, '效益指标', '经济效益指标', '结余率(计算方法为:结余数/预算数)', '≤', '5', '%', null, '22.5'],
    [null, '合计', null, null, null, null, null, null, '100'],
    ['评价结论', '及时、足额缴纳。'],
    ['存在问题', '暂无'],
    ['改进措施', '暂无'],
    ['项目负责人:', null, null, null, null, null, '财务负责人:'],
  ]);
  merge(a, 'A1:A6', 'B2:B4', 'C2:C3', 'B6:H6', 'B7:K7', 'B8:K8', 'B9:K9');
  border(a, 1, 1, 9, 11);
  await save(wages, OUT, 'sichuan-wages-indicators.xlsx');

  const cost = newBook('大英县');
  const b = cost.addWorksheet('绩效指标');
  b.columns = widths;
  put(b, 1, [
    header,
    [null, '产出指标', '经济成本指标', '成本控制数', '≤', '30', '万元', '完成', '90', '90'],
    [null, '合计', null, null, null, null, null, null, '100'],
    ['评价结论', '根据财政局资金下达的管理办法,将资金支付给项目施工方。'],
    ['存在问题', '无'],
    ['改进措施', '无'],
    ['项目负责人:查小兵', null, null, null, null, null, '财务负责人:唐勇'],
  ]);
  merge(b, 'A1:A3', 'B3:H3', 'B4:K4', 'B5:K5', 'B6:K6');
  border(b, 1, 1, 6, 11);
  await save(cost, OUT, 'daying-cost-indicator-2023.xlsx');
}

// 绥阳县太白镇人民政府 (贵州, suiyang.gov.cn, 2022-08-24): the 部门整体支出绩效自评表 with two money columns only —
// 年初预算数(A) and 全年执行数(B) — under a "资 金 来 源" caption with spaces, 基本支出 / 项目支出 / 其他 as the rows
// below 年度资金总额, 分值 and 得分 printed again on each row, a 单位(盖章) / 填报日期 line, and the 年初设定目标 /
// 年度总体目标完成情况 texts. The page stops at the 绩效指标 header; only that much is rebuilt.
async function suiyangTaibai2021() {
  const wb = newBook('太白镇财政所');
  const ws = wb.addWorksheet('部门整体支出绩效自评表');
  ws.columns = [16, 14, 12, 12, 10, 8, 30, 10, 10, 10].map((width) => ({ width }));
  title(ws, 1, '部门整体支出绩效自评表', 10);
  put(ws, 2, [
    ['单位(盖章):绥阳县太白镇人民政府', null, null, null, null, '填报日期:2022年2月3日'],
    ['部门(单位)名称', '绥阳县太白镇人民政府'],
    [
      '部门(单位)总体 资金(万元)',
      '资 金 来 源',
      '年初预算数(A)',
      '全年执行数(B)',
      '分值(10分)',
      '得分',
      '得分计算方法',
    ],
    [null, '年度资金总额:', 1172.55, 1268.72, 10, 10, '执行率*该指标分值,最高不得超过分值上限。'],
    [null, '基本支出', 985.19, 914.97, 10, 10],
    [null, '项目支出', 187.36, 353.75, 10, 10],
    [null, '其他'],
    ['年度总体目标', '年初设定目标', null, null, null, '年度总体目标完成情况'],
    [
      null,
      '(1)制定和组织实施经济、科技和社会发展计划,制定资源开发技术改造和产业结构调整方案,组织指导好各业生产,搞好商品流通,协调好本乡与外地区的经济交流与合作,抓好招商引资,人才引进项目开发,不断培育市场体系,组织经济运行,促进经济发展。(2)制定并组织实施村镇建设规划,部署重点工程建设,地方道路建设及公共设施,水利设施的管理,负责土地、林木、水等自然资源和生态环境的保护,做好护林防火工作。(3)按计划组织本级财政收入和地方税的征收,完成国家财政计划,不断培植税源,管好财政资金,增强财政实力。(4)完成上级政府交办的其它事项。',
      null,
      null,
      null,
      '(1)积极履职,强化管理,较好地完成本年工作任务。 (2)通过加强预算收支管理,不断建立健全内部管理制度,部门整体支出管理水平得到提升 (3)制定并组织实施村镇建设规划,负责土地、林木、水等自然资源和生态环境的保护,做好护林防火工作。 (4)按计划组织本级财政收入和地方税的征收,管好财政资金,增强财政实力。 (5)完成上级政府交办的其它事项。',
    ],
  ]);
  merge(ws, 'A2:E2', 'F2:J2', 'B3:J3', 'A4:A8', 'G5:J8', 'B8:F8', 'A9:A10', 'B9:E9', 'F9:J9', 'B10:E10', 'F10:J10');
  border(ws, 3, 1, 10, 10);
  numFmt(ws, 5, 3, 7, 4);
  ws.getRow(10).height = 150;
  await save(wb, OUT, 'suiyang-taibai-2021.xlsx');
}

// 寿县 (安徽, shouxian.gov.cn) 2023年度部门整体支出绩效评价自评表: a scoring list, not a money table — 序号, 一级 /
// 二级 指标 with their points in brackets ("规划 (15分)") merged down, names broken over two lines ("基础信息
// 完整性"), 指标分值 and 自评得分 with two long text columns between them, a blank 单位 line. The page stops inside
// row 6 (预算执行率, its 评分标准 cut off and no 得分 shown); only that much is rebuilt.
async function shouxianWholeDept2023() {
  const wb = newBook('寿县');
  const ws = wb.addWorksheet('Sheet1');
  ws.columns = [6, 12, 12, 14, 8, 40, 40, 8].map((width) => ({ width }));
  title(ws, 1, '2023年度部门整体支出绩效评价自评表', 8);
  put(ws, 2, [
    ['单位'],
    ['序号', '一级\n指标', '二级\n指标', '三级\n指标', '指标分值', '指标解释', '指标说明及评分标准', '自评得分'],
    [
      1,
      '规划\n(15分)',
      '基础信息\n(3分)',
      '基础信息\n完整性',
      3,
      '部门及所属二级单位预算基础信息是否符合相关规定,信息资料是否真实、完整,用以评价该单位基础信息对预算编制数据的支撑情况(按年初预算基础信息表考核)。',
      '1、基础数据信息是否真实(1分);\n2、基础数据信息是否完整(1分);\n3、基础数据信息是否准确(1分)。',
      3,
    ],
    [
      2,
      null,
      '工作计划\n(6分)',
      '年度工作\n计划完整性',
      3,
      '部门及所属二级单位年度工作计划制定是否完整可行。',
      '年度工作计划是否完整可行(3分)',
      3,
    ],
    [
      3,
      null,
      null,
      '年度工作\n计划明确性',
      3,
      '部门及所属二级单位年度工作计划制定是否明确可操作。',
      '年度工作计划是否明确可操作(3分)',
      3,
    ],
    [
      4,
      null,
      '绩效目标\n(6分)',
      '年度绩效\n目标合理性',
      4,
      '单位是否设置年度绩效目标,绩效目标设定是否符合单位实际,是否合理。',
      '1、设置年度绩效目标(2分,其中单位整体绩效目标1分,项目绩效目标1分,若单位无项目,得2分)\n2、绩效目标设置依据充分(1分)\n3、绩效目标合理,符合实际,可操作(1分)\n4、未设置绩效目标,该栏不得分',
      4,
    ],
    [
      5,
      null,
      null,
      '年度绩效\n目标明确性',
      2,
      '是否制定明确、细化、量化的绩效目标。',
      '绩效目标明确,且细化、量化(2分);',
      2,
    ],
    [
      6,
      '执行\n(35分)',
      '预算执行\n(18分)',
      '预算执行率',
      5,
      '部门及所属二级单位本年度预算执行数与预算数的比率,用以反映和考核部门(单位)预算执行程度。预算执行率=(预算执行数/预算数)×100%。\n预算执行数:部门(单位)本年度实际执行的预算数。\n预算数:财政部门批复的本年度部门(单位)预算数。',
      '1、除上级政策性因素影响外,年度无预算追加(1',
    ],
  ]);
  merge(ws, 'A2:H2', 'B4:B8', 'C5:C6', 'C7:C8');
  border(ws, 3, 1, 9, 8);
  await save(wb, OUT, 'shouxian-whole-dept-2023.xlsx');
}

// Only the files named on the command line are written (all when none): exceljs stamps the ZIP entries with the
// current time, so regenerating a committed file changes its bytes.
const BUILDERS = {
  'hengshan-guantang-2023.xlsx': hengshanGuantang2023,
  'base-data-2018-wanglu.xlsx': baseData2018Wanglu,
  'qingshen-drc-2023.xlsx': qingshenDrc2023,
  'daying-justice-2023.xlsx': dayingJustice2023,
  'lijiang-gucheng-2020.xlsx': lijiangGucheng2020,
  'guichi-tangxi-2022.xlsx': guichiTangxi2022,
  'sichuan-indicators': sichuanIndicatorBlocks,
  'suiyang-taibai-2021.xlsx': suiyangTaibai2021,
  'shouxian-whole-dept-2023.xlsx': shouxianWholeDept2023,
  // 项目支出绩效自评表 (issue 16), in xlsx-real-project-tables.mjs.
  'langfang-food-school-2019.xlsx': () => langfangFoodSchool2019(OUT),
  'yinchuan-no6-middle-2021.xlsx': () => yinchuanNo6Middle2021(OUT),
  'huanggang-archives-2020.xlsx': () => huanggangArchives2020(OUT),
  'yongde-minglang-2022.xlsx': () => yongdeMinglang2022(OUT),
  'zhongjiang-water-2022.xlsx': () => zhongjiangWater2022(OUT),
};
const wanted = process.argv.slice(2);
for (const name of wanted) if (!(name in BUILDERS)) throw new Error(`unknown fixture ${name}`);
for (const [name, build] of Object.entries(BUILDERS)) if (wanted.length === 0 || wanted.includes(name)) await build();
