// Generates the Excel import fixtures the way clerks make them: hand-laid titles, 填报单位 and 单位 lines, merged
// headers over two or three rows, captions merged down a block, full-width digits, numbers stored as text, 元 vs
// 万元, "—" for none, notes under the table, several sheets. Also writes the small bad-file corpus.
// Run: node scripts/make-xlsx-fixtures.mjs   (outputs are committed; tests read them and never regenerate them)
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateRawSync, crc32 } from 'node:zlib';
import { border, headerStyle, money, newBook, put, save, songti, title } from './xlsx-fixture-kit.mjs';

const OUT = new URL('../tests/fixtures/xlsx/', import.meta.url);
const BAD = new URL('../tests/fixtures/xlsx-bad/', import.meta.url);
mkdirSync(OUT, { recursive: true });
mkdirSync(BAD, { recursive: true });

// ---------------------------------------------------------------------------------------------------------------
// 1. 衡山县-style 附件1 (2023), numbers typed as numbers, captions merged down, building filled, note under.

async function hunanBaseData2023() {
  const wb = newBook('贯塘乡财政所');
  const ws = wb.addWorksheet('附件一');
  ws.columns = [{ width: 36 }, { width: 16 }, { width: 16 }, { width: 16 }];
  ws.getCell('A1').value = '附件一';
  ws.getCell('A1').font = { name: '黑体', size: 12 };
  title(ws, 2, '2023年度部门整体支出绩效评价基础数据表', 4);
  ws.mergeCells('A3:B3');
  ws.getCell('A3').value = '填报单位：衡山县贯塘乡人民政府';
  ws.getCell('D3').value = '单位：万元';
  ws.getCell('D3').alignment = { horizontal: 'right' };
  put(ws, 4, [
    ['财政供养人员情况(人)', '编制数', '2023年实际在职人数', '控制率'],
    [null, 46, 44, 0.9565],
    ['经费控制情况(万元)', '2022年决算数', '2023年预算数', '2023年决算数'],
    ['三公经费:', 12.6, 11, 10.35],
    ['1、公务用车购置和维护经费', 8.2, 8, 7.5],
    ['   其中:公车购置', 0, 0, 0],
    ['        公车运行维护', 8.2, 8, 7.5],
    ['2、出国经费', 0, 0, 0],
    ['3、公务接待', 4.4, 3, 2.85],
    ['项目支出:', 356.78, 420.5, 398.12],
    ['1、业务工作经费', 120.5, null, null],
    ['2、运行维护经费', 80.28, null, null],
    ['3、省级专项资金(每个专项一行)', 156, null, null],
    ['公用经费', 95.3, 100, 97.66],
    ['   其中:办公经费', 20.1, 22, 21.45],
    ['        水费、电费、差旅费', 15.2, 16, 15.8],
    ['        会议费、培训费', 6.5, 6, 5.2],
    ['政府采购金额', 45.6, 50, 48.9],
    ['部门基本支出预算调整', 0, 12.5, 12.5],
    ['楼堂馆所控制情况（2023年完工项目）', '批复规模(㎡)', '实际规模(㎡)', '规模控制率'],
    [null, 1200, 1180.5, 0.98375],
    [null, '预算投资(万元)', '实际投资(万元)', '投资概算控制率'],
    [null, 360, 352.8, 0.98],
    ['厉行节约保障措施', '严格执行中央八项规定精神，压减一般性支出，公务接待实行公函制度。'],
    ['说明：“项目支出”需要填报除基本支出以外的所有项目支出情况，“公用经费”填报基本支出中的一般商品和服务支出。'],
  ]);
  ws.mergeCells('A4:A5');
  ws.mergeCells('A23:A26');
  ws.mergeCells('B27:D27');
  ws.mergeCells('A28:D28');
  border(ws, 4, 1, 27, 4);
  for (const r of [4, 6, 23, 25]) headerStyle(ws, r, 1, 4);
  money(ws, 7, 2, 22, 4);
  ws.getCell('D5').numFmt = '0.00%';
  ws.getCell('D24').numFmt = '0.00%';
  ws.getCell('D26').numFmt = '0.00%';
  ws.getRow(27).height = 48;
  ws.getCell('A28').font = songti(9);
  ws.pageSetup = { paperSize: 9, orientation: 'portrait' };
  return save(wb, OUT, '01-hunan-base-data-2023.xlsx');
}

// 2. 2018-era 附件3: 元 with thousands separators typed as text, caption merged down column A with names in B,
//    columns in another order, one-row-of-six building block, 2018 wordings.
async function baseData2018Yuan() {
  const wb = newBook('Administrator');
  const ws = wb.addWorksheet('附件3');
  ws.columns = [
    { width: 10 },
    { width: 34 },
    { width: 18 },
    { width: 18 },
    { width: 18 },
    { width: 14 },
    { width: 16 },
  ];
  title(ws, 1, '附件3    2018年度部门整体支出绩效评价基础数据表', 7);
  ws.getCell('A2').value = '填报单位（盖章）：某县农业农村局';
  ws.getCell('F2').value = '金额单位：元';
  put(ws, 3, [
    ['财政供养人员情况', '编制数', '2018年实际在职人数', '控制率'],
    [null, '38', '40', '105.26%'],
  ]);
  ws.mergeCells('A3:A4');
  border(ws, 3, 1, 4, 4);
  headerStyle(ws, 3, 1, 4);
  put(ws, 6, [
    ['经费控制情况', '项目', '2018年预算数', '2017年决算数', '2018年决算数'],
    [null, '三公经费', '150,000.00', '183,456.70', '141,230.50'],
    [null, '1、公务用车购置和维护经费', '100,000.00', '120,000.00', '95,000.00'],
    [null, '其中：公车购置', '—', '—', '—'],
    [null, '公车运行维护', '100,000.00', '120,000.00', '95,000.00'],
    [null, '2、出国经费', '-', '-', '-'],
    [null, '3、公务接待', '50,000.00', '63,456.70', '46,230.50'],
    [null, '项目支出', '2,500,000.00', '2,012,345.67', '2,398,765.43'],
    [null, '1、业务工作专项', '1,500,000.00', '1,200,000.00', '1,480,000.00'],
    [null, '2、运行维护专项', '1,000,000.00', '812,345.67', '918,765.43'],
    [null, '公用经费', '800,000.00', '765,432.10', '788,888.88'],
    [null, '其中：办公经费', '200,000.00', '190,000.00', '199,999.99'],
    [null, '水费、电费、差旅费', '150,000.00', '140,000.00', '145,000.00'],
    [null, '会议费、培训费', '50,000.00', '48,000.00', '47,500.00'],
    [null, '政府采购金额', '300,000.00', '280,000.00', '295,000.00'],
    [null, '部门整体支出预算调整', '120,000.00', '0', '120,000.00'],
  ]);
  ws.mergeCells('A6:A21');
  border(ws, 6, 1, 21, 5);
  headerStyle(ws, 6, 1, 5);
  put(ws, 23, [
    [
      '楼堂馆所控制情况',
      '批复规模（㎡）',
      '实际规模（㎡）',
      '规模控制率',
      '预算投资（万元）',
      '实际投资（万元）',
      '投资概算控制率',
    ],
    [null, '无', '无', null, '无', '无', null],
  ]);
  ws.mergeCells('A23:A24');
  border(ws, 23, 1, 24, 7);
  headerStyle(ws, 23, 1, 7);
  put(ws, 26, [['厉行节约保障措施', '无']]);
  put(ws, 28, [['注：此表金额单位为元，请勿合并单元格。'], ['填表人：李四        联系电话：0745-1234567']]);
  return save(wb, OUT, '02-base-data-2018-yuan.xlsx');
}

// 3. Hunan 附件2 with side-by-side income/expenditure tables, percent-formatted 执行率, indicators with merged
//    一级/二级 cells, 总分 row and notes.
async function hunanSelfEval() {
  const wb = newBook('财务股');
  const ws = wb.addWorksheet('附件二');
  ws.columns = [
    { width: 14 },
    { width: 16 },
    { width: 14 },
    { width: 14 },
    { width: 14 },
    { width: 14 },
    { width: 12 },
    { width: 12 },
    { width: 28 },
  ];
  ws.getCell('A1').value = '附件二';
  title(ws, 2, '2023年度部门整体支出绩效自评表', 9);
  put(ws, 3, [
    ['预算部门（单位）名称', null, '衡山县贯塘乡人民政府'],
    ['年度预算申请（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', null, 1850.5, 2100.75, 2050.6, 10, 0.976128, 9.76],
    [
      '按收入性质分',
      null,
      '年初预算数',
      '全年预算数',
      '全年执行数',
      '按支出性质分',
      '年初预算数',
      '全年预算数',
      '全年执行数',
    ],
    ['其中：一般公共预算', null, 1700.5, 1900.75, 1860.6, '其中：基本支出', 1200.3, 1250.8, 1248.9],
    ['政府性基金拨款', null, 100, 150, 140, '项目支出', 650.2, 849.95, 801.7],
    ['纳入专户管理的非税收入拨款', null, 50, 50, 50, null, null, null, null],
    ['其他资金', null, 0, 0, 0, null, null, null, null],
    ['年度总体目标', null, '预期目标', null, null, null, '实际完成情况'],
    [
      null,
      null,
      '保障全乡机关正常运转，完成乡村振兴、基层治理等重点工作。',
      null,
      null,
      null,
      '全面完成年度各项工作任务，乡村振兴考核获评优秀。',
    ],
  ]);
  ws.mergeCells('A3:B3');
  ws.mergeCells('C3:I3');
  for (const r of [4, 5, 6, 7, 8, 9, 10]) ws.mergeCells(r, 1, r, 2);
  ws.mergeCells('A11:B12');
  ws.mergeCells('C11:F11');
  ws.mergeCells('G11:I11');
  ws.mergeCells('C12:F12');
  ws.mergeCells('G12:I12');
  ws.getCell('G5').numFmt = '0.00%';
  put(ws, 13, [
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', null, '偏差原因分析及改进措施'],
    ['产出指标', '数量指标', '村级组织运转保障村数', '≥18个', '18个', 10, 10, null, null],
    [null, null, '农村公路养护里程', '≥120公里', '118公里', 10, 9.5, null, '部分路段因汛期延后养护，下一步提前安排。'],
    [null, '质量指标', '项目验收合格率', '100%', '100%', 10, 10, null, null],
    [null, '时效指标', '资金拨付及时率', '≥95%', '96%', 10, 10, null, null],
    [null, '成本指标', '公用经费控制', '≤100万元', '97.66万元', 10, 10, null, null],
    ['效益指标', '社会效益', '群众办事满意度提升', '有效提升', '有效提升', 15, 15, null, null],
    [null, '可持续影响', '基层治理长效机制', '逐步完善', '基本建立', 15, 13, null, '机制仍需完善。'],
    ['满意度指标', '服务对象满意度', '群众满意度', '≥90%', '93.5%', 10, 10, null, null],
    ['总分', null, null, null, null, 100, 97.26, null, '评价等级：优'],
  ]);
  for (let r = 13; r <= 22; r++) ws.mergeCells(r, 7, r, 8);
  ws.mergeCells('A14:A18');
  ws.mergeCells('B14:B15');
  ws.mergeCells('A19:A20');
  ws.mergeCells('A22:E22');
  border(ws, 3, 1, 22, 9);
  for (const r of [4, 6, 11, 13]) headerStyle(ws, r, 1, 9);
  money(ws, 5, 3, 10, 5);
  put(ws, 24, [
    ['填表说明：1.执行率=全年执行数/全年预算数；2.一级指标分值统一设置。'],
    ['单位负责人：王五    填表人：赵六'],
  ]);
  return save(wb, OUT, '03-hunan-self-eval-2023.xlsx');
}

// 4. 附件2 with full-width digits, "—" for none, numbers stored as text, label variants with (A)/(B)/(B/A).
async function selfEvalFullWidth() {
  const wb = newBook('WPS 表格');
  const ws = wb.addWorksheet('Sheet1');
  ws.columns = [
    { width: 30 },
    { width: 18 },
    { width: 18 },
    { width: 18 },
    { width: 10 },
    { width: 12 },
    { width: 10 },
  ];
  title(ws, 1, '２０２４年度部门整体支出绩效自评表', 7);
  put(ws, 2, [
    ['预算部门（单位）名称：通道侗族自治县公安局', null, null, null, null, '单位：万元'],
    ['项目资金（万元）', '年初预算金额（万元）', '全年预算数（A）', '全年执行数（B）', '分值', '执行率（B/A）', '得分'],
    ['年度资金总额', '５５２１．２８', '６，３０４．１３', '6304.03', '１０分', '99.99%', '１０'],
    ['其中：当年财政拨款', '5521.28', '6304.13', '6304.03', null, null, null],
    ['　　　政府性基金拨款', '—', '—', '—', null, null, null],
    ['　　　纳入专户管理的非税收入拨款', '－', '-', '', null, null, null],
    ['　　　其他资金', '0', '0.00', '0', null, null, null],
    ['按支出性质分：基本支出', '4269.88', '4164.25', '4301.77', null, null, null],
    ['　　　　　　　项目支出', '1251.40', '2139.88', '2002.26', null, null, null],
  ]);
  border(ws, 3, 1, 10, 7);
  headerStyle(ws, 3, 1, 7, 'FFFFF2CC');
  put(ws, 12, [
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    ['产出指标', '数量指标', '列管重点人员综合管控率', '≥９５％', '95.4%', '１０', '１０'],
    ['产出指标', '质量指标', '传统侵财案件破案率', '≥70%', '73.33%', '10', '10'],
    ['满意度指标', '服务对象满意度', '群众安全感满意度', '≥95%', '84.8%', '10', '8.93'],
  ]);
  border(ws, 12, 1, 15, 7);
  headerStyle(ws, 12, 1, 7, 'FFFFF2CC');
  return save(wb, OUT, '04-self-eval-fullwidth-text.xlsx');
}

// 5. Project list with a two-row merged header, blank rows, 合计 row and notes.
async function projectsTwoRowHeader() {
  const wb = newBook('张三');
  const ws = wb.addWorksheet('项目支出明细');
  ws.columns = [{ width: 6 }, { width: 40 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 24 }];
  title(ws, 1, '通道县公安局2024年度项目支出情况表', 6);
  ws.getCell('A2').value = '填报单位：通道侗族自治县公安局';
  ws.getCell('F2').value = '单位：万元';
  put(ws, 3, [
    ['序号', '项目名称', '预算数（万元）', null, '执行数', '备注'],
    [null, null, '年初预算', '全年预算', null, null],
    [1, '县监管中心监管场所医疗工作及相关经费', 400000 / 10000, 40, 37.54, null],
    [2, '“一村一辅警”“城市快警”装备及被装损耗更新费', 20, 20, 20, null],
    [null, null, null, null, null, null],
    [3, '双江派出所“两所一室”改造项目', 100, 100, 0, '工程未完工，资金结转下年'],
    [4, '年中追加业务费、装备费及基建款等经费', 0, 888.48, 888.48, '年中追加'],
    ['合计', null, 560, 1048.48, 946.02, null],
  ]);
  ws.mergeCells('A3:A4');
  ws.mergeCells('B3:B4');
  ws.mergeCells('C3:D3');
  ws.mergeCells('E3:E4');
  ws.mergeCells('F3:F4');
  ws.mergeCells('A10:B10');
  border(ws, 3, 1, 10, 6);
  headerStyle(ws, 3, 1, 6);
  headerStyle(ws, 4, 1, 6);
  money(ws, 5, 3, 10, 5);
  put(ws, 12, [['注：执行率低于90%的项目请在备注中说明原因。'], ['填表人：张三']]);
  return save(wb, OUT, '05-projects-two-row-header.xlsx');
}

// 6. Project list in 元 with a three-row header; amounts with 分 (exact conversion to 万元 via 分).
async function projectsThreeRowHeaderYuan() {
  const wb = newBook('李会计');
  const ws = wb.addWorksheet('明细');
  ws.columns = [{ width: 36 }, { width: 16 }, { width: 16 }, { width: 16 }, { width: 20 }];
  title(ws, 1, '2024年度项目资金使用情况', 5);
  ws.getCell('E2').value = '单位：元';
  put(ws, 3, [
    ['项目名称', '资金情况', null, null, '备注'],
    [null, '预算', null, '支出', null],
    [null, '年初预算数', '全年预算数', null, null],
    ['乡村振兴衔接资金', 1234567.89, 1500000, 1499999.99, null],
    ['农村人居环境整治', '350,000.50', '350,000.50', '280,000.01', '部分项目未验收'],
    ['高标准农田建设', 0, 2000000, 1950000, '年中追加'],
    ['总计', 1584568.39, 3850000.5, 3730000, null],
  ]);
  ws.mergeCells('A3:A5');
  ws.mergeCells('B3:D3');
  ws.mergeCells('B4:C4');
  ws.mergeCells('D4:D5');
  ws.mergeCells('E3:E5');
  border(ws, 3, 1, 9, 5);
  for (const r of [3, 4, 5]) headerStyle(ws, r, 1, 5);
  money(ws, 6, 2, 9, 4);
  return save(wb, OUT, '06-projects-three-row-header-yuan.xlsx');
}

// 7. Columns in another order, formula cells with cached values (合计 via SUM, one amount via a formula).
async function projectsReorderedFormulas() {
  const wb = newBook('Microsoft Excel');
  const ws = wb.addWorksheet('项目');
  ws.columns = [{ width: 24 }, { width: 14 }, { width: 34 }, { width: 14 }, { width: 14 }];
  put(ws, 1, [
    ['备注', '全年预算', '项目名称', '支出', '年初预算'],
    ['', 90, '公安业务专项经费', 90, 90],
    ['', 100, '禁毒办运转工作经费', 95.24, 100],
    [
      '',
      { formula: '40+12.4', result: 52.4 },
      '看守所羁押人员羁押及拘留所给养费',
      48.71,
      { formula: 'B4', result: 52.4 },
    ],
    [
      null,
      { formula: 'SUM(B2:B4)', result: 242.4 },
      '合计',
      { formula: 'SUM(D2:D4)', result: 233.95 },
      { formula: 'SUM(E2:E4)', result: 242.4 },
    ],
  ]);
  border(ws, 1, 1, 5, 5);
  headerStyle(ws, 1, 1, 5, 'FFDDEBF7');
  return save(wb, OUT, '07-projects-reordered-formulas.xlsx');
}

// 8. Several sheets with any names: a cover, 附件1 and 附件2 on their own sheets, a project list, an unrelated sheet.
async function multiSheet() {
  const wb = newBook('办公室');
  const cover = wb.addWorksheet('封面');
  cover.getCell('B3').value = '通道侗族自治县公安局';
  cover.getCell('B4').value = '2024年度部门整体支出绩效自评资料';
  const a1 = wb.addWorksheet('基础数据');
  a1.columns = [{ width: 30 }, { width: 16 }, { width: 16 }, { width: 16 }];
  put(a1, 1, [
    ['2024年度部门整体支出绩效评价基础数据表'],
    ['填报单位：通道侗族自治县公安局', null, null, '单位：万元'],
    ['经费控制情况（万元）', '上年决算数', '本年预算数', '本年决算数'],
    ['三公经费', 84.35, 151, 147.55],
    ['公务用车购置和维护经费', 78.23, 145, 142.22],
    ['其中：公车购置', 0, 75, 74.8],
    ['公车运行维护', 78.23, 70, 67.42],
    ['出国经费', 0, 0, 0],
    ['公务接待', 6.12, 6, 5.33],
    ['公用经费', 427.99, 430, 427.99],
    ['政府采购金额', 300.5, 320, 310.25],
  ]);
  border(a1, 3, 1, 11, 4);
  headerStyle(a1, 3, 1, 4);
  const a2 = wb.addWorksheet('自评表（2024）');
  a2.columns = [{ width: 28 }, { width: 14 }, { width: 14 }, { width: 14 }];
  put(a2, 1, [
    ['部门整体支出绩效自评表'],
    ['单位：万元'],
    ['年度预算申请', '年初预算数', '全年预算数', '全年执行数', '分值'],
    ['年度资金总额', 5521.28, 6304.13, 6304.03, 10],
    ['基本支出', 4269.88, 4164.25, 4301.77],
    ['项目支出', 1251.4, 2139.88, 2002.26],
  ]);
  border(a2, 3, 1, 6, 5);
  headerStyle(a2, 3, 1, 5);
  const p = wb.addWorksheet('项目');
  put(p, 1, [
    ['项目名称', '年初预算', '全年预算', '执行数', '备注'],
    ['办案业务、装备购置费', 589, 589, 589, ''],
    ['城市电子监控维护运行费', 260, 260, 233.29, '部分设备质保期内未付尾款'],
  ]);
  border(p, 1, 1, 3, 5);
  const misc = wb.addWorksheet('Sheet3');
  misc.getCell('A1').value = '备用';
  return save(wb, OUT, '08-multi-sheet.xlsx');
}

// 9. Sichuan-style 自评表: 调整后预算数/预算执行数/权重, 指标性质 and 度量单位 in their own columns.
async function sichuanVariant() {
  const wb = newBook('四川');
  const ws = wb.addWorksheet('部门预算项目支出绩效自评表');
  ws.columns = [
    { width: 16 },
    { width: 14 },
    { width: 14 },
    { width: 14 },
    { width: 14 },
    { width: 10 },
    { width: 10 },
    { width: 10 },
    { width: 10 },
    { width: 24 },
  ];
  title(ws, 1, '部门预算项目支出绩效自评表（2024年度）', 10);
  put(ws, 2, [
    ['预算执行情况（万元）', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', '原因'],
    ['总额', 800, 1000, 950, 0.95, 10, 9.5, null],
    ['财政资金', 700, 900, 860, null, null, null, null],
    ['财政专户管理资金', 0, 0, 0, null, null, null, null],
    ['单位资金', 100, 100, 90, null, null, null, null],
  ]);
  border(ws, 2, 1, 6, 8);
  headerStyle(ws, 2, 1, 8);
  put(ws, 8, [
    ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析'],
    ['产出指标', '数量指标', '培训人次', '≥', 500, '人次', 520, 30, 30, null],
    ['产出指标', '时效指标', '完成时限', '≤', 12, '月', 12, 20, 20, null],
    ['效益指标', '社会效益指标', '群众知晓率', '≥', 90, '%', 85, 20, 18.89, '宣传覆盖不足'],
    ['满意度指标', '服务对象满意度指标', '参训人员满意度', '定性', '满意', null, '满意', 20, 20, null],
  ]);
  border(ws, 8, 1, 12, 10);
  headerStyle(ws, 8, 1, 10);
  return save(wb, OUT, '09-sichuan-variant.xlsx');
}

// 10. WPS-style: every figure stored as text, line breaks and spaces inside labels, full-width brackets, "95.00%".
async function wpsTextEverything() {
  const wb = newBook('WPS');
  const ws = wb.addWorksheet('基础数据表');
  ws.columns = [{ width: 34 }, { width: 16 }, { width: 16 }, { width: 16 }];
  put(ws, 1, [
    ['2024 年度部门整体支出绩效评价基础数据表'],
    ['填报单位：通道侗族自治县公安局      单位：万元'],
    ['财政供养人员情况（人）', '编 制 数', '2024年实际\n在职人数', '控制率'],
    [null, '１５２', '１４８人', '97.37%'],
    ['经费控制情况（万元）', '2023年\n决算数', '2024年\n预算数', '2024年\n决算数'],
    ['三 公 经 费', '84.35', '151.00', '147.55'],
    ['１、公务用车购置和维护经费', '78.23', '145.00', '142.22'],
    ['其中：公车购置', ' ', '75.00', '74.80'],
    ['公车运行维护', '78.23', '70.00', '67.42'],
    ['２、出国经费', '—', '—', '—'],
    ['３、公务接待', '6.12', '6.00', '5.33'],
    ['公 用 经 费', '４２７．９９', '４３０．００', '４２７．９９'],
  ]);
  ws.mergeCells('A3:A4');
  ws.mergeCells('A1:D1');
  ws.mergeCells('A2:D2');
  border(ws, 3, 1, 12, 4);
  for (let r = 4; r <= 12; r++) for (let c = 2; c <= 4; c++) ws.getCell(r, c).numFmt = '@';
  return save(wb, OUT, '10-wps-text-everything.xlsx');
}

// 11. A formula saved without its value (some generators do this): the import must refuse that cell, not read 0.
async function formulaWithoutValue() {
  const wb = newBook('报表工具');
  const ws = wb.addWorksheet('项目');
  put(ws, 1, [
    ['项目名称', '年初预算数', '全年预算数', '全年执行数'],
    ['公安业务专项经费', 90, 90, { formula: 'C2' }],
  ]);
  return save(wb, OUT, '11-formula-without-value.xlsx');
}

// 12. Two tables on one sheet, header repeated after a page break (a long project list printed from another sheet).
async function repeatedHeader() {
  const wb = newBook('李会计');
  const ws = wb.addWorksheet('项目明细');
  const header = ['序号', '项目名称', '年初预算数', '全年预算数', '全年执行数', '年中追加'];
  put(ws, 1, [
    ['2024年度项目支出明细表'],
    ['单位：万元'],
    header,
    [1, '业务工作经费', 100, 120, 118.5, '否'],
    [2, '运行维护经费', 50, 50, 49.99, '否'],
    header,
    [3, '禁毒专项', 0, 30, 30, '是'],
    [4, '扫黑除恶专项', 10, 10, 9.5, '×'],
  ]);
  border(ws, 3, 1, 8, 6);
  return save(wb, OUT, '12-projects-repeated-header.xlsx');
}

// ---------------------------------------------------------------------------------------------------------------
// Bad files: small, crafted. A tiny ZIP writer lets the directory say exactly what each case needs.

function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const raw = e.data ?? Buffer.alloc(0);
    const method = e.method ?? 8;
    const body = e.body ?? (method === 8 ? deflateRawSync(raw) : raw);
    const size = e.declaredSize ?? raw.length;
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800 | (e.flags ?? 0), 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const at = e.sameAs !== undefined ? centrals[e.sameAs].offset : offset;
    if (e.sameAs === undefined) {
      locals.push(local, name, body);
      offset += 30 + name.length + body.length;
    }
    centrals.push({ name, method, crc, compressed: body.length, size, offset: at, flags: e.flags ?? 0 });
  }
  const dir = [];
  for (const c of centrals) {
    const h = Buffer.alloc(46);
    h.writeUInt32LE(0x02014b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(20, 6);
    h.writeUInt16LE(0x0800 | c.flags, 8);
    h.writeUInt16LE(c.method, 10);
    h.writeUInt32LE(c.crc, 16);
    h.writeUInt32LE(c.compressed, 20);
    h.writeUInt32LE(c.size, 24);
    h.writeUInt16LE(c.name.length, 28);
    h.writeUInt32LE(c.offset, 42);
    dir.push(h, c.name);
  }
  const dirBuf = Buffer.concat(dir);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length, 8);
  end.writeUInt16LE(centrals.length, 10);
  end.writeUInt32LE(dirBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBuf, end]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WB_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
const workbookXml = (
  sheetName = 'Sheet1',
  definedNames = '',
) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets>${definedNames}</workbook>`;
const sheetXml = (rows, extra = '') => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${extra}<sheetData>${rows}</sheetData></worksheet>`;
const cells =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c><c r="B1" t="inlineStr"><is><t>年初预算数</t></is></c><c r="C1" t="inlineStr"><is><t>全年预算数</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>业务经费</t></is></c><c r="B2"><v>1</v></c><c r="C2"><v>2</v></c></row>';

function minimalXlsx({ sheet = sheetXml(cells), workbook = workbookXml(), extra = [] } = {}) {
  return zip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(ROOT_RELS) },
    { name: 'xl/workbook.xml', data: Buffer.from(workbook) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(WB_RELS) },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheet) },
    ...extra,
  ]);
}

function bad(name, data) {
  writeFileSync(new URL(name, BAD), data);
}

async function badCorpus(validWorkbook) {
  bad('empty-file.xlsx', Buffer.alloc(0));
  bad('csv-renamed.xlsx', Buffer.from('项目名称,年初预算数,全年预算数\r\n业务经费,100,120\r\n', 'utf8'));
  bad('pdf-renamed.xlsx', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1'));
  // OLE compound file header (Excel 97-2003): magic, then a sector of zeros.
  const ole = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
  Buffer.from('Workbook', 'utf16le').copy(ole, 1024);
  bad('old-excel-97.xls.xlsx', ole);
  // A password-protected .xlsx is an OLE file with EncryptionInfo and EncryptedPackage streams.
  const enc = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(enc);
  Buffer.from('EncryptionInfo', 'utf16le').copy(enc, 1024);
  Buffer.from('EncryptedPackage', 'utf16le').copy(enc, 1152);
  bad('password-protected.xlsx', enc);
  bad('truncated.xlsx', validWorkbook.subarray(0, Math.floor(validWorkbook.length / 2)));
  // Valid directory, garbage where the sheet's deflated data should be.
  bad(
    'corrupt-data.xlsx',
    zip([
      { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
      { name: '_rels/.rels', data: Buffer.from(ROOT_RELS) },
      { name: 'xl/workbook.xml', data: Buffer.from(workbookXml()) },
      { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(WB_RELS) },
      {
        name: 'xl/worksheets/sheet1.xml',
        data: Buffer.from(sheetXml(cells)),
        body: Buffer.from([0xff, 0xff, 0xff, 0xff, 0x13, 0x37, 0x00, 0x42, 0x99]),
      },
    ]),
  );
  bad('empty-workbook.xlsx', minimalXlsx({ sheet: sheetXml('') }));
  bad('zip-of-documents.xlsx', zip([{ name: 'readme.txt', data: Buffer.from('hello') }]));
  bad(
    'word-document.xlsx',
    zip([
      { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
      { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
    ]),
  );
  // 50 MB of one byte compressed to ~50 KB: refused by its ratio before inflating.
  bad(
    'zip-bomb-ratio.xlsx',
    minimalXlsx({ extra: [{ name: 'xl/media/image1.png', data: Buffer.alloc(50 * 1024 * 1024, 0x20) }] }),
  );
  // The directory declares 100 bytes; the data inflates to 5 MB.
  bad(
    'zip-bomb-size-lie.xlsx',
    minimalXlsx({
      extra: [{ name: 'xl/media/image2.png', data: Buffer.alloc(5 * 1024 * 1024, 0x41), declaredSize: 100 }],
    }),
  );
  // Two directory entries point at the same data (the overlapping-files bomb).
  bad(
    'overlapping-entries.xlsx',
    zip([
      { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
      { name: '_rels/.rels', data: Buffer.from(ROOT_RELS) },
      { name: 'xl/workbook.xml', data: Buffer.from(workbookXml()) },
      { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(WB_RELS) },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheetXml(cells)) },
      { name: 'xl/worksheets/sheet2.xml', data: Buffer.from(sheetXml(cells)), sameAs: 4 },
    ]),
  );
  bad(
    'nested-archive.xlsx',
    minimalXlsx({
      extra: [{ name: 'xl/embeddings/inner.zip', data: zip([{ name: 'a.txt', data: Buffer.from('x') }]) }],
    }),
  );
  bad('path-traversal.xlsx', minimalXlsx({ extra: [{ name: '../../evil.xml', data: Buffer.from('<x/>') }] }));
  bad('absolute-path.xlsx', minimalXlsx({ extra: [{ name: '/etc/cron.d/evil', data: Buffer.from('x') }] }));
  bad(
    'billion-laughs.xlsx',
    minimalXlsx({
      sheet: `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol4;</t></is></c></row></sheetData></worksheet>`,
    }),
  );
  bad(
    'external-entity.xlsx',
    minimalXlsx({
      workbook: `<?xml version="1.0"?><!DOCTYPE workbook [<!ENTITY xxe SYSTEM "file:///C:/Windows/win.ini">]><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="&xxe;" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    }),
  );
  bad('proto-sheet-name.xlsx', minimalXlsx({ workbook: workbookXml('__proto__') }));
  bad('constructor-sheet-name.xlsx', minimalXlsx({ workbook: workbookXml('constructor') }));
  bad(
    'proto-defined-name.xlsx',
    minimalXlsx({
      workbook: workbookXml(
        'Sheet1',
        '<definedNames><definedName name="__proto__">Sheet1!$A$1</definedName></definedNames>',
      ),
    }),
  );
  bad(
    'huge-defined-name.xlsx',
    minimalXlsx({
      workbook: workbookXml(
        'Sheet1',
        '<definedNames><definedName name="everything">Sheet1!$A$1:$XFD$1048576</definedName></definedNames>',
      ),
    }),
  );
  bad(
    'macro-workbook.xlsm.xlsx',
    minimalXlsx({ extra: [{ name: 'xl/vbaProject.bin', data: Buffer.from('not really vba') }] }),
  );
  bad('huge-dimension.xlsx', minimalXlsx({ sheet: sheetXml(cells, '<dimension ref="A1:XFD1048576"/>') }));
  bad(
    'cell-beyond-excel.xlsx',
    minimalXlsx({ sheet: sheetXml('<row r="1048577"><c r="XFE1048577"><v>1</v></c></row>') }),
  );
  bad('wrong-table.xlsx', await wrongTable());
}

async function wrongTable() {
  const wb = newBook('人事股');
  const ws = wb.addWorksheet('工资表');
  put(ws, 1, [
    ['2024年12月工资发放表'],
    ['姓名', '岗位工资', '薪级工资', '应发合计'],
    ['张三', 3200, 1800, 5000],
    ['李四', 3000, 1500, 4500],
  ]);
  const buf = await wb.xlsx.writeBuffer();
  return Buffer.from(buf);
}

const first = await hunanBaseData2023();
await baseData2018Yuan();
await hunanSelfEval();
await selfEvalFullWidth();
await projectsTwoRowHeader();
await projectsThreeRowHeaderYuan();
await projectsReorderedFormulas();
await multiSheet();
await sichuanVariant();
await wpsTextEverything();
await formulaWithoutValue();
await repeatedHeader();
await badCorpus(first);
console.log('已生成 tests/fixtures/xlsx/ 与 tests/fixtures/xlsx-bad/');
