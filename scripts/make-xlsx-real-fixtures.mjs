// Rebuilds attachment tables that departments really published (sources in tests/fixtures/README.md, "xlsx-real")
// as the workbooks a clerk would have typed them in: each laid out the way its source page shows it (label texts
// and their typos, merged cells, blank rows, 元 or 万元, numbers stored as text, blanks where the source is blank).
// Figures are the source's own. Run: node scripts/make-xlsx-real-fixtures.mjs (outputs are committed; tests read
// them and never regenerate them).
import { mkdirSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

const OUT = new URL('../tests/fixtures/xlsx-real/', import.meta.url);
mkdirSync(OUT, { recursive: true });
const FIXED_DATE = new Date(Date.UTC(2025, 4, 20, 8, 0, 0));
const thin = { style: 'thin', color: { argb: 'FF000000' } };
const box = { top: thin, left: thin, bottom: thin, right: thin };

function newBook(creator) {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.lastModifiedBy = creator;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

/** Writes rows from `first`; null/undefined leaves a cell empty. Returns the next free row. */
function put(ws, first, rows) {
  rows.forEach((cells, i) => {
    const row = ws.getRow(first + i);
    cells.forEach((v, c) => {
      if (v !== null && v !== undefined) row.getCell(c + 1).value = v;
    });
  });
  return first + rows.length;
}

/** Merges given as "A1:B2" strings. */
function merge(ws, ...ranges) {
  for (const r of ranges) ws.mergeCells(r);
}

function border(ws, top, left, bottom, right) {
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      const cell = ws.getCell(r, c);
      cell.border = box;
      cell.font = { name: '宋体', size: 10 };
      cell.alignment = { vertical: 'middle', wrapText: true };
    }
  }
}

function title(ws, row, text, width) {
  ws.mergeCells(row, 1, row, width);
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { name: '方正小标宋简体', size: 16, bold: true };
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
}

function numFmt(ws, top, left, bottom, right, fmt = '0.00') {
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) ws.getCell(r, c).numFmt = fmt;
}

async function save(wb, name) {
  const buf = await wb.xlsx.writeBuffer();
  writeFileSync(new URL(name, OUT), Buffer.from(buf));
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
  await save(wb, 'hengshan-guantang-2023.xlsx');
}

await hengshanGuantang2023();
