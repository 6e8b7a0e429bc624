// 项目支出绩效自评表 that departments published (issue 16), rebuilt as the workbooks a clerk would have typed them in;
// registered in make-xlsx-real-fixtures.mjs. Sources, and what each page cuts, in tests/fixtures/README.md
// ("xlsx-real"); the transcriptions they follow are in each builder's comment. Figures and texts are the source's;
// where a page is cut, only what it shows is rebuilt.
import { border, newBook, put, save, title } from './xlsx-fixture-kit.mjs';

function merge(ws, ...ranges) {
  for (const r of ranges) ws.mergeCells(r);
}

// 河北 廊坊市食品工程学校 2019 (lfsp.cn/newsinfo/1158053.html): the national form with a 绩效指标 caption column left blank,
// "2019年度)" with its bracket lost, wrapped header labels, blank 上年结转资金/其他资金 rows with leading spaces, goals typed
// as bare figures, the template's "指标1"/"指标2"/"……" rows kept, a stray "0" in 偏差原因, 效益指标 printed twice. The page
// ends inside the 满意度 block: no 总分 row.
export async function langfangFoodSchool2019(OUT) {
  const wb = newBook('廊坊市食品工程学校');
  const ws = wb.addWorksheet('附件1');
  ws.columns = [8, 12, 14, 22, 10, 10, 8, 8, 30].map((width) => ({ width }));
  ws.getCell('A1').value = '附件1';
  title(ws, 2, '项目支出绩效自评表', 9);
  put(ws, 3, [
    ['2019年度)'],
    ['项目名称', '办公宿舍楼、食堂及餐厅暖通改造经费'],
    ['主管部门', '廊坊市发改委', null, null, null, '实施单位', '廊坊市食品工程学校'],
    ['项目资金\n(万元)', null, '年初\n预算数', '全年\n预算数', '全年\n执行数', '分值', '执行率', '得分'],
    [null, '年度资金总额', 43.2, 43.2, 37.24, 10, '86%', 9],
    [null, '其中:当年财政拨款', 43.2, 43.2, 37.24],
    [null, '      上年结转资金'],
    [null, '  其他资金'],
    ['年度总体目标', null, '预期目标', null, null, '实际完成情况'],
    [null, null, 43.2, null, null, 37.24],
    [
      null,
      '一级指标',
      '二级指标',
      '三级指标',
      '年度\n指标值',
      '实际\n完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
  ]);
  const rows = [
    [
      '产出指标',
      '数量指标',
      '指标1工程资金金额',
      43.2,
      37.24,
      10,
      9,
      '已完工,剩余3%尾款未付,且最高限价低于预算金额。提高预算准确度。',
    ],
    [null, null, '指标2'],
    [null, null, '……'],
    [null, '质量指标', '指标1工程完工率', 100, 100, 10, 10],
    [null, null, '指标2工程验收合格率', 100, 100, 10, 10],
    [null, null, '……'],
    [null, '时效指标', '指标1项目完成及时率', 100, 100, 10, 10],
    [null, null, '指标2'],
    [null, null, '……'],
    [null, '成本指标', '指标1成本控制率', 100, 100, 10, 10],
    [null, null, '指标2'],
    [null, null, '……'],
    ['效益指标', '经济效益\n指标', '指标1安全率', 100, 100, 10, 10, '0'],
    [null, null, '指标2'],
    [null, null, '……'],
    [null, '社会效益\n指标', '指标1学校发展能力', 100, 100, 10, 10, '0'],
    [null, null, '指标2'],
    [null, null, '……'],
    [null, '生态效益\n指标', '指标1'],
    [null, null, '指标2'],
    [null, null, '……'],
    ['效益指标', '可持续影响\n指标', '指标1长期使用性', 100, 100, 10, 10],
    [null, null, '指标2'],
    [null, null, '……'],
    ['满意度\n指标', '服务对象满意度指标', '指标1学生满意度', 100, 100, 10, 10, '0'],
    [null, null, '指标2'],
  ];
  put(
    ws,
    14,
    rows.map((r) => [null, ...r]),
  );
  merge(ws, 'A3:I3', 'B4:I4', 'B5:E5', 'G5:I5', 'A6:A10', 'H6:I6', 'H7:I7');
  merge(ws, 'A11:B12', 'C11:E11', 'F11:I11', 'C12:E12', 'F12:I12', 'A13:A39');
  // 一级 and 二级 merged over their rows, as printed (效益指标 split in two at the page break).
  merge(ws, 'B14:B25', 'C14:C16', 'C17:C19', 'C20:C22', 'C23:C25', 'B26:B34', 'C26:C28', 'C29:C31', 'C32:C34');
  merge(ws, 'B35:B37', 'C35:C37', 'B38:B39', 'C38:C39');
  border(ws, 4, 1, 39, 9);
  await save(wb, OUT, 'langfang-food-school-2019.xlsx');
}

// 宁夏 银川市第六中学 2021 (m.yzwku.com/doc/476505.html, an OCR'd .docx preview): the 银川市本级 form — 自评得分 98 at the
// top beside 实施单位, one 年度资金总额 line merged down beside its column heads (年初预算数 / 调整预算数(A) / 全年执行数(B) /
// 执行率(B/A), no 分值/得分, no fund lines), goals as rows (年初设定目标 / 年度总体目标完成情况), 参考分值 before 指标值(A),
// points in 一级/二级 labels, "一"/"-" as targets, the 预算执行率 scored as an indicator row, "指标1:"/"指标2:" left in
// unused rows. OCR misreadings the research file names are written as the words they stand for (项目资金(万元), 调整预算数(A),
// 实施单位, 参考分值, 指标值(A), 项目实施/项目产出, 有资金测算标准, 10, 14.8万元, 指标1); other text is the page's. The
// 完成情况 text is unreadable on the page ("公,4") and left blank; the last, cut row (服务对象满意度指标(10分) 学生和老…) is
// left out.
export async function yinchuanNo6Middle2021(OUT) {
  const wb = newBook('银川市第六中学');
  const ws = wb.addWorksheet('自评表');
  ws.columns = [14, 16, 22, 10, 16, 22, 8, 20].map((width) => ({ width }));
  title(ws, 1, '银川市本级部门项目支出绩效自评表(2021年)', 8);
  put(ws, 2, [
    ['项目名称', '初中公用经费'],
    ['主管部门', '银川市教育局', '实施单位', '银川市第六中学', '自评得分', 98, '财政审核评分'],
    ['项目资金(万元)', '年度资金总额', '年初预算数', '调整预算数(A)', '全年执行数(B)', '执行率(B/A)'],
    [null, null, 64.8, 64.8, 64.8, '100%'],
    ['年度总体目标', '年初设定目标', '保障学校正常工作运行'],
    [null, '年度总体目标完成情况'],
    ['一级指标', '二级指标', '三级指标', '参考分值', '指标值(A)', '全年实际值(B)', '得分', '未完成原因分析及改进措施'],
    ['项目决策(10分)', '项目目标', '完整性', 4, '一', '目标明确、内容细化、目标量化', 4],
    [null, '项目立项', '相关性', 2, '一', '按照学校管理标准对学校进行管理', 2],
    [null, null, '可行性', 2, null, '实际工作需求', 2],
    [null, null, '适当性', 2, null, '有资金测算标准', 2],
    ['项目管理(25分)', '投入管理', '预算执行率', 10, '一', '100%', 9],
    [null, '财务管理', '财务管理制度有效性', 7, '一', '财务制度健全,严格执行制度,会计核算规范', 7],
    [null, '项目实施', '绩效监控有效性', 2, '一', '持续有效', 2],
    [null, null, '管理制度有效性', 6, '-', '严格执行相关管理制度', 6],
    ['项目产出(30分)', '数量指标(10分)', '保障人数', 10, '2370人', '2370人', 10],
    [null, null, '指标2:'],
    [null, '质量指标(5分)', '公用经费标准', 5, '符合相关文件要求', '符合相关文件要求', 5],
    [null, null, '指标2:'],
    [null, '时效指标(5分)', '公用经费完成时间', 5, '2021年12月完成', '2021年12月完成', 4],
    [null, null, '指标2:'],
    [null, '成本指标(10分)', '办公所需成本', 4, '15万元', '15万元', 4],
    [null, null, '维修(维护)所需成本', 3, '35万元', '35万元', 3],
    [null, null, '绿化、水电费等成本', 3, '14.8万元', '14.8万元', 3],
    ['项目效益(35分)', '经济效益指标', '指标1:'],
    [null, null, '指标2:'],
    [null, '社会效益指标', '效果显著', 15, '改善学校的办学条件', '改善学校的办学条件', 13],
    [null, '生态效益指标', '指标1:'],
    [null, null, '指标2:'],
    [
      null,
      '可持续影响指标',
      '使学生和老师行个更好的学习和工作环境,做到',
      10,
      '社会认可的办学环境.',
      '社会认可的办学环境.',
      8,
    ],
    [null, null, '指标2:'],
  ]);
  merge(ws, 'B2:H2', 'A4:A5', 'B4:B5', 'A6:A7', 'C6:H6', 'C7:H7');
  merge(ws, 'A9:A12', 'B10:B12', 'A13:A16', 'B15:B16', 'A17:A25', 'B17:B18', 'B19:B20', 'B21:B22', 'B23:B25');
  merge(ws, 'A26:A32', 'B26:B27', 'B29:B30', 'B31:B32');
  border(ws, 2, 1, 32, 8);
  await save(wb, OUT, 'yinchuan-no6-middle-2021.xlsx');
}

// 湖北 黄冈市档案馆 2020 (bubsandbeans.com/paper/218226069.html): the 湖北 form as the mirror shows it, in traditional
// characters — 單位名稱/填報日期 line, blank 主管部門, 項目類別/屬性/類型 tick-box rows, 預算執行情況(萬元)(20分) with 預算數(A) /
// 執行數(B) / 執行率(B/A) / 得分(20分*執行率) and one 年度財政資金總額 line typed "10萬". The page ends in the indicator header,
// which is left out.
export async function huanggangArchives2020(OUT) {
  const wb = newBook('黃岡市檔案館');
  const ws = wb.addWorksheet('附件2');
  ws.columns = [24, 16, 16, 16, 16, 16].map((width) => ({ width }));
  title(ws, 1, '附件2:黃岡市檔案館2020年度項目績效自評表', 6);
  put(ws, 2, [
    ['單位名稱:黃岡市檔案館', null, null, '填報日期:2021年4月'],
    ['項目名稱', '檔案搶救與保護、檔案工作考評、查詢利用、檔案資料征集、數字化、編研、陳列等專項經費'],
    ['主管部門', null, null, '項目實施單位', '黃岡市檔案館'],
    ['項目類別', '1、上級專項 2、本級專項'],
    ['項目屬性', '1、持續性項目 2、新增性項目'],
    ['項目類型', '1、一次性撥付項目 2、多次撥付項目'],
    ['預算執行情況(萬元)(20分)', '預算數(A)', '執行數(B)', '執行率(B/A)', '得分(20分*執行率)'],
    ['年度財政資金總額', '10萬', '10萬', '100%', 20],
  ]);
  merge(ws, 'A2:C2', 'D2:F2', 'B3:F3', 'B4:C4', 'E4:F4', 'B5:F5', 'B6:F6', 'B7:F7', 'E8:F8', 'E9:F9');
  border(ws, 3, 1, 9, 6);
  await save(wb, OUT, 'huanggang-archives-2020.xlsx');
}

// 云南 永德县明朗中学 2022 (yongde.gov.cn/info/3003/116104.htm, 公开14表): the national form in 元 ("项目资金 (元)"),
// 部门 line and "公开14表" above, wrapped fund labels, "—" in unused cells, 年度指标值 split into 指标性质 / 指标值 / 度量单位
// under a two-row header, "≧" and "═" as operators, an empty 生态效益 row, and the closing row "其他需要说明事项 | 无 | 总分 |
// 100 | 96 | 优". The page drops the empty 年初预算数 cells of the two money lines: they are left blank.
export async function yongdeMinglang2022(OUT) {
  const wb = newBook('永德县明朗中学');
  const ws = wb.addWorksheet('公开14表');
  ws.columns = [10, 14, 22, 8, 10, 8, 12, 8, 8, 20].map((width) => ({ width }));
  title(ws, 1, '2022年度项目支出绩效自评表', 10);
  put(ws, 2, [
    ['部门:临沧市永德县明朗中学', null, null, null, null, null, null, null, null, '公开14表'],
    ['项目名称', '义务教育营养改善计划专项资金'],
    ['主管部门', '永德县教育体育局', null, null, null, '实施单位', null, '永德县明朗中学'],
    ['项目资金 (元)', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [null, '年度资金总额', null, 387664.62, 387664.62, 10, '100%', 10],
    [null, '其中:当年财政\n拨款', null, 387664.62, 387664.62, '—', '—', '—'],
    [null, '上年结转\n资金', '—', '—', '—', '—', '—', '—'],
    [null, '其他资金', '—', '—', '—', '—', '—', '—'],
    ['年度\n总体\n目标', null, '预期目标', null, null, null, '实际完成情况'],
    [
      null,
      null,
      '确保每一个学生都能享受到国家政策福利,改善学生体质',
      null,
      null,
      null,
      '确保每一个学生都能享受到国家政策福利,改善学生体质',
    ],
    ['绩效指标', null, null, '年度指标值', null, null, '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
    ['产出指标', '数量指标', '学生受资助人数', '≧', 735, '人次', '735', 10, 10],
    [null, '质量指标', '营养改善计划覆盖率', '≧', 100, '%', '100%', 10, 10],
    [null, '时效指标', '资金到位及时率', '≧', 100, '%', '100%', 10, 7],
    [null, '成本指标', '生均补助标准达标率', '═', 100, '%', '100%', 10, 10],
    ['效益指标', '经济效益\n指标', '减轻贫困学生家庭经济负担', null, '有效', null, '有效', 10, 10],
    [null, '社会效益\n指标', '政策知晓率', '═', 100, '%', '98%', 10, 9],
    [null, '生态效益\n指标'],
    [null, '可持续影响\n指标', '促进学校教育事业健康发展', '≧', 100, '%', '100%', 10, 10],
    ['满意度指标', '服务对象满意度指标等', '学生满意度', '≧', 95, '%', '100%', 10, 10],
    [null, null, '家长满意度', '≧', 95, '%', '100%', 10, 10],
    ['其他需要说明事项', null, '无', null, null, null, '总分', 100, 96, '优'],
  ]);
  merge(ws, 'A2:F2', 'B3:J3', 'B4:E4', 'F4:G4', 'H4:J4', 'A5:A9', 'H5:J5');
  merge(ws, 'H6:J6', 'H7:J7', 'H8:J8', 'H9:J9');
  merge(ws, 'A10:B11', 'C10:F10', 'G10:J10', 'C11:F11', 'G11:J11');
  merge(ws, 'A12:C12', 'D12:F12', 'G12:G13', 'H12:H13', 'I12:I13', 'J12:J13');
  merge(ws, 'A14:A17', 'A18:A21', 'A22:A23', 'B22:B23', 'A24:B24', 'C24:F24');
  border(ws, 3, 1, 24, 10);
  await save(wb, OUT, 'yongde-minglang-2022.xlsx');
}

// 四川 中江县水利局 2022 衔接资金 (chacewang.com/newsdetail/news242266.html): 绩效目标自评表(2022年度) with a
// 项目负责人及电话 row, 资金情况(万元) with only 全年预算数(A) / 全年执行数(B), "年度资金总额:" with a colon, 本年财政拨款 and a
// blank 其他资金 (no 上年结转资金 line), goals headed 年初设定目标 / 年度总体目标完成情况综述, 分值 BEFORE 年度指标值, points in the
// 一级 labels, operator and unit inside the targets ("≥266米"), an empty 经济效益 line, a "……" row, 总分 100 / 100 (the rows
// add to 110: the source's own), and the 注 under it, cut where the page ends.
export async function zhongjiangWater2022(OUT) {
  const wb = newBook('中江县水利局');
  const ws = wb.addWorksheet('Sheet1');
  ws.columns = [8, 14, 14, 26, 8, 12, 12, 8, 24].map((width) => ({ width }));
  title(ws, 1, '绩效目标自评表(2022年度)', 9);
  put(ws, 2, [
    ['项目名称', '中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装'],
    ['项目负责人及电话', '谢凯13990260322(办公)'],
    ['主管部门', '中江县水利局', null, null, '实施单位', '中江县水利局'],
    ['资金情况(万元)', null, '全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分'],
    [null, '年度资金总额:', 20, 20, 10, '100.00%', 10],
    [null, '其中:本年财政拨款', 20, 20],
    [null, '其他资金'],
    ['年度总体目标', '年初设定目标', null, null, null, '年度总体目标完成情况综述'],
    [
      null,
      '对农村地区供水计量设施设备进行改进,对项目区农业用水计量,为项目区农业生产夯实基础,',
      null,
      null,
      null,
      '对项目区农业用水计量,为项目区农业生产夯实基础,',
    ],
    [
      '绩效指标',
      '一级指标',
      '二级指标',
      '三级指标',
      '分值',
      '年度指标值',
      '全年实际值',
      '得分',
      '未完成原因及拟采取的改进措施',
    ],
    [null, '产出指标(70分)', '数量指标', '安装坡面水标尺', 10, '≥266米', '≥266米', 10],
    [null, null, null, '水标尺宽度', 10, '≥50厘米', '≥50厘米', 10],
    [null, null, '质量指标', '项目(工程)验收合格率', 20, '100%', '100%', 20],
    [null, null, '时效指标', '及时(按期)开工率', 10, '≥90%', '≥90%', 10],
    [null, null, null, '及时(按期)完工率', 10, '≥90%', '≥90%', 10],
    [null, null, '成本指标', '项目计划总投资', 10, '20万元', '20万元', 10],
    [null, '效益指标(20分)', '经济效益指标'],
    [null, null, '社会效益指标', '受益脱贫(含监测对象)户人口数', 10, '≥1000人', '≥1000人', 10],
    [null, null, null, '群众生产生活条件改善状况', 10, '显著提升', '显著提升', 10],
    [null, '满意度指标(10分)', '服务对象满意度指标', '受益脱贫(含监测对象)户满意度', 10, '≥95%', '≥95%', 10],
    [null, '……'],
    ['总分', null, null, null, 100, null, null, 100],
    [
      '注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分,各部门根据各项指标重要程度确定三级指标的分值,得分最高不能超过该指标分值上限,分别按照该指标对应分值区间100-80%(含80%)、80-60%(含60%)、60-0%合理确定得分,3.定量指标若为正向',
    ],
  ]);
  merge(ws, 'B2:I2', 'B3:I3', 'B4:D4', 'F4:I4', 'A5:A8', 'G5:I5', 'G6:I6', 'G7:I7', 'G8:I8');
  merge(ws, 'A9:A10', 'B9:E9', 'F9:I9', 'B10:E10', 'F10:I10');
  merge(ws, 'A11:A22', 'B12:B17', 'C12:C13', 'C15:C16', 'B18:B20', 'C19:C20', 'A23:D23', 'A24:I24');
  border(ws, 2, 1, 23, 9);
  await save(wb, OUT, 'zhongjiang-water-2022.xlsx');
}
