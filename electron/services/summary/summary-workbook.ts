/**
 * The 汇总 as a print-ready workbook for the finance bureau: sheet 汇总 (one row per report, a totals row and the
 * number of units each total covers), sheet 无法读取的文件, and sheet 图表 with the chart as a picture.
 * A4 landscape, fitted to the page width, heading rows repeated on every page. Amounts are numbers in 万元 with
 * two decimals (分 ÷ 1,000,000, exact); a figure a report does not state is an empty cell, never 0.
 */
import ExcelJS from 'exceljs';
import { FEN_PER_WANYUAN } from '../../../shared/calc/money';
import type { SummaryTable, TableRow, Total } from '../../../shared/summary/summary-table';
import { looksLikeFormula } from '../excel/write-workbook';

export const SUMMARY_SHEETS = { table: '汇总', unreadable: '无法读取的文件', chart: '图表' } as const;

type Kind = 'text' | 'money' | 'percent' | 'count' | 'score';
const FORMATS: Record<Exclude<Kind, 'text'>, string> = {
  money: '#,##0.00',
  percent: '0.00%',
  count: '0',
  score: '0.00',
};

interface Column {
  header: string;
  /** The upper heading a group of columns shares. */
  group?: string;
  width: number;
  kind: Kind;
  value: (row: TableRow) => string | number | null;
  total?: (t: SummaryTable['totals']) => Total | number | null;
  centred?: boolean;
}

/** The file's own name: the folders it came from mean nothing on the bureau's printout. */
export function fileName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

const money = (fen: number | null) => (fen === null ? null : fen / FEN_PER_WANYUAN);
const percent = (basis: number | null) => (basis === null ? null : basis / 10_000);
const score = (centi: number | null) => (centi === null ? null : centi / 100);

export const SUMMARY_COLUMNS: readonly Column[] = [
  { header: '单位', width: 26, kind: 'text', value: (r) => r.unitName },
  { header: '年度', width: 7, kind: 'count', value: (r) => r.year },
  { header: '规则包', width: 15, kind: 'text', value: (r) => `${r.pack.id}\n${r.pack.version}` },
  {
    group: '预算执行（万元）',
    header: '年初预算',
    width: 12,
    kind: 'money',
    value: (r) => money(r.figures.initialFen),
    total: (t) => t.initialFen,
  },
  {
    group: '预算执行（万元）',
    header: '全年预算',
    width: 12,
    kind: 'money',
    value: (r) => money(r.figures.annualFen),
    total: (t) => t.annualFen,
  },
  {
    group: '预算执行（万元）',
    header: '执行数',
    width: 12,
    kind: 'money',
    value: (r) => money(r.figures.spentFen),
    total: (t) => t.spentFen,
  },
  {
    group: '预算执行（万元）',
    header: '执行率',
    width: 9,
    kind: 'percent',
    value: (r) => percent(r.figures.rateBasis),
    total: (t) => t.rateBasis,
  },
  { header: '项目数', width: 7, kind: 'count', value: (r) => r.figures.projectCount, total: (t) => t.projectCount },
  {
    group: '“三公”经费',
    header: '本年决算（万元）',
    width: 12,
    kind: 'money',
    value: (r) => money(r.figures.threePublicFen),
    total: (t) => t.threePublicFen,
  },
  {
    group: '“三公”经费',
    header: '比上年增减',
    width: 10,
    kind: 'percent',
    value: (r) => percent(r.figures.threePublicChangeBasis),
    total: (t) => t.threePublicChangeBasis,
  },
  { header: '自评得分', width: 8, kind: 'score', value: (r) => score(r.figures.scoreCenti) },
  { header: '等级', width: 6, kind: 'text', value: (r) => r.figures.grade, centred: true },
  { group: '审核问题（项）', header: '强制', width: 6, kind: 'count', value: (r) => r.errors, total: (t) => t.errors },
  {
    group: '审核问题（项）',
    header: '提示',
    width: 6,
    kind: 'count',
    value: (r) => r.warnings,
    total: (t) => t.warnings,
  },
  {
    group: '审核问题（项）',
    header: '未说明的提示',
    width: 8,
    kind: 'count',
    value: (r) => r.openWarnings,
    total: (t) => t.openWarnings,
  },
  { header: '签发PDF核验', width: 30, kind: 'text', value: (r) => r.pdf.text },
  { header: '重复', width: 20, kind: 'text', value: (r) => duplicateText(r) },
  { header: '文件', width: 24, kind: 'text', value: (r) => fileName(r.file) },
];

export function duplicateText(row: TableRow): string | null {
  if (row.duplicateOf.length === 0) return null;
  const others = row.duplicateOf.join('、');
  return row.counted ? `同一单位和年度另有：${others}` : `与 ${others} 重复，未计入合计`;
}

const FONT = '宋体';
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const DUPLICATE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };

function pageSetup(printTitlesRow?: string): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(printTitlesRow ? { printTitlesRow } : {}),
  };
}

function setCell(cell: ExcelJS.Cell, kind: Kind, value: string | number | null, bold = false, centred = false): void {
  cell.border = BORDER;
  cell.font = { name: FONT, size: 10, bold };
  if (kind === 'text') {
    if (value !== null) {
      cell.value = String(value);
      // Text a spreadsheet would read as a formula stays text, without a visible apostrophe.
      if (looksLikeFormula(cell.value)) cell.numFmt = '@';
    }
    cell.alignment = { horizontal: centred ? 'center' : 'left', vertical: 'middle', wrapText: true };
    return;
  }
  if (value !== null) cell.value = value;
  cell.numFmt = FORMATS[kind];
  cell.alignment = { horizontal: kind === 'count' ? 'center' : 'right', vertical: 'middle' };
}

/** The years the table covers, for its title: "2024年度" or "2023—2024年度". */
function yearsLabel(table: SummaryTable): string {
  const years = [...new Set(table.rows.map((r) => r.year))].sort();
  if (years.length === 0) return '';
  return years.length === 1 ? `${years[0]}年度` : `${years[0]}—${years[years.length - 1]}年度`;
}

const FIRST_COLUMN = { header: '序号', width: 6 };

function addTableSheet(workbook: ExcelJS.Workbook, table: SummaryTable): void {
  const ws = workbook.addWorksheet(SUMMARY_SHEETS.table, {
    pageSetup: pageSetup('3:4'),
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
    views: [{ state: 'frozen', xSplit: 2, ySplit: 4 }],
  });
  const width = SUMMARY_COLUMNS.length + 1;
  ws.columns = [FIRST_COLUMN, ...SUMMARY_COLUMNS].map((c) => ({ width: c.width }));

  const title = ws.getRow(1);
  title.getCell(1).value = `${yearsLabel(table)}部门整体支出绩效自评汇总表`;
  title.getCell(1).font = { name: FONT, size: 16, bold: true };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  title.height = 30;
  ws.mergeCells(1, 1, 1, width);
  const caption = ws.getRow(2);
  caption.getCell(1).value =
    `共 ${table.rows.length} 份报告（${table.totals.units} 个单位），无法读取 ${table.unreadable.length} 个文件。` +
    '金额单位：万元；空白表示报告未填写该数（不是0）。';
  caption.getCell(1).font = { name: FONT, size: 10 };
  ws.mergeCells(2, 1, 2, width);

  // Two heading rows: a group heading over its columns, other headings span both rows.
  const [upper, lower] = [ws.getRow(3), ws.getRow(4)];
  const heads = [{ header: FIRST_COLUMN.header, group: undefined as string | undefined }, ...SUMMARY_COLUMNS];
  heads.forEach((c, i) => {
    for (const [row, text] of [
      [upper, c.group ?? c.header],
      [lower, c.group ? c.header : c.header],
    ] as const) {
      const cell = row.getCell(i + 1);
      cell.value = text;
      cell.font = { name: FONT, size: 10, bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = BORDER;
    }
  });
  heads.forEach((c, i) => {
    if (!c.group) ws.mergeCells(3, i + 1, 4, i + 1);
    else if (heads[i - 1]?.group !== c.group) {
      let end = i;
      while (heads[end + 1]?.group === c.group) end++;
      ws.mergeCells(3, i + 1, 3, end + 1);
    }
  });
  upper.height = 20;
  lower.height = 30;

  table.rows.forEach((r, i) => {
    const row = ws.getRow(5 + i);
    setCell(row.getCell(1), 'count', i + 1);
    SUMMARY_COLUMNS.forEach((c, j) => {
      const cell = row.getCell(j + 2);
      setCell(cell, c.kind, c.value(r), false, c.centred);
      if (r.duplicateOf.length > 0) cell.fill = DUPLICATE_FILL;
    });
    row.height = 30;
  });

  const totalsAt = 5 + table.rows.length;
  const totals = ws.getRow(totalsAt);
  const counts = ws.getRow(totalsAt + 1);
  setCell(
    totals.getCell(1),
    'text',
    `合计（${table.totals.units}个单位${table.rows.length > table.totals.units ? '，重复的报告不计' : ''}）`,
    true,
  );
  setCell(counts.getCell(1), 'text', '其中填写了该数的单位数', true);
  ws.mergeCells(totalsAt, 1, totalsAt, 4);
  ws.mergeCells(totalsAt + 1, 1, totalsAt + 1, 4);
  SUMMARY_COLUMNS.forEach((c, j) => {
    if (j < 3) return;
    const t = c.total?.(table.totals) ?? null;
    const value = t === null ? null : typeof t === 'number' ? t : t.value;
    const shown =
      value === null ? null : c.kind === 'money' ? money(value) : c.kind === 'percent' ? percent(value) : value;
    setCell(totals.getCell(j + 2), c.kind === 'text' ? 'text' : c.kind, shown, true);
    setCell(counts.getCell(j + 2), 'count', t !== null && typeof t === 'object' ? t.units : null);
  });
  totals.height = 22;
  counts.height = 22;

  const notes = [
    '合计只加报告填写了的数；执行率合计 = 同时填写全年预算和执行数的单位的执行数之和 ÷ 全年预算之和；“三公”增减同理。',
    '同一单位同一年度的报告出现多份时标为重复（黄色），只有第一份计入合计。',
    '签发PDF核验不用数据库：检查数字签名、签发标记，以及PDF记载的数据哈希是否与报告文件一致；没有数字签名的PDF，是否未改动须凭签发单上的SHA-256确认。',
  ];
  notes.forEach((text, i) => {
    const cell = ws.getRow(totalsAt + 3 + i).getCell(1);
    cell.value = text;
    cell.font = { name: FONT, size: 9 };
    ws.mergeCells(totalsAt + 3 + i, 1, totalsAt + 3 + i, width);
  });
}

function addUnreadableSheet(workbook: ExcelJS.Workbook, table: SummaryTable): void {
  const ws = workbook.addWorksheet(SUMMARY_SHEETS.unreadable, {
    pageSetup: pageSetup('1:1'),
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  });
  ws.columns = [{ width: 6 }, { width: 36 }, { width: 50 }, { width: 60 }];
  ['序号', '文件', '原因', '详情'].forEach((h, i) => {
    const cell = ws.getRow(1).getCell(i + 1);
    setCell(cell, 'text', h, true);
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  });
  if (table.unreadable.length === 0) {
    ws.getRow(2).getCell(2).value = '没有无法读取的文件';
    return;
  }
  table.unreadable.forEach((u, i) => {
    const row = ws.getRow(2 + i);
    setCell(row.getCell(1), 'count', i + 1);
    setCell(row.getCell(2), 'text', u.file);
    setCell(row.getCell(3), 'text', u.reason);
    setCell(row.getCell(4), 'text', u.details.join('\n') || null);
  });
}

/** The chart picture at its own size (1 px = 0.75 pt), printed on one landscape page. */
function addChartSheet(workbook: ExcelJS.Workbook, png: Buffer, size: { width: number; height: number }): void {
  const ws = workbook.addWorksheet(SUMMARY_SHEETS.chart, { pageSetup: { ...pageSetup(), fitToHeight: 1 } });
  const image = workbook.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
  ws.addImage(image, { tl: { col: 0, row: 0 }, ext: size });
}

export async function writeSummaryWorkbook(
  table: SummaryTable,
  chart: { png: Buffer; width: number; height: number },
  now = new Date(),
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '绩效自评助手';
  workbook.created = now;
  workbook.modified = now;
  addTableSheet(workbook, table);
  addUnreadableSheet(workbook, table);
  addChartSheet(workbook, chart.png, chart);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
