/** 附件1 基础数据表 and 附件2 自评表 as tables, in the Hunan layout (domain.md §2.1, §3.1). */
import type { Report } from '../model/report';
import type { Derived, StatedColumns } from '../calc/derive';
import type { BaseDataRowKey, RulePack } from '../checks/rule-pack';
import type { Table, TableCell } from './document';
import {
  area,
  centre,
  count,
  INDICATOR_SHEET_WIDTHS,
  indicatorHeadingRow,
  indicatorRows,
  label,
  money,
  pct,
  points,
  totalRow,
} from './table-cells';

function columnsRow(text: string, c: StatedColumns): TableCell[] {
  return [label(text), money(c.prevFinalFen), money(c.budgetFen), money(c.finalFen)];
}

/** The current Hunan wording of 附件1's figure rows; a pack may word any of them its own way. */
const BASE_DATA_LABELS: Readonly<Record<BaseDataRowKey, string>> = {
  threePublic: '三公经费',
  vehicle: '1、公务用车购置和维护经费',
  vehiclePurchase: '　其中：公车购置',
  vehicleOperation: '　　　　公车运行维护',
  abroad: '2、出国经费',
  reception: '3、公务接待',
  projects: '项目支出',
  publicFunds: '公用经费',
  publicFundsOffice: '　其中：办公经费',
  publicFundsUtilitiesTravel: '　　　　水费、电费、差旅费',
  publicFundsMeetingTraining: '　　　　会议费、培训费',
  procurement: '政府采购金额',
};

export interface BaseDataFigureRow {
  label: string;
  columns: StatedColumns;
}

/**
 * 附件1's 经费控制情况 rows in order, labelled as the pack words them: those before the 项目支出 category rows (三公
 * and 项目支出) and those after (公用经费 … 预算调整). The PDF/preview table and the Excel sheet both print this list.
 */
export function baseDataFigureRows(
  report: Report,
  d: Derived,
  pack: RulePack,
): { before: BaseDataFigureRow[]; after: BaseDataFigureRow[] } {
  const bd = report.baseData;
  const tp = report.threePublic;
  const own = pack.attachments.baseData.rowLabels;
  const row = (key: BaseDataRowKey, columns: StatedColumns): BaseDataFigureRow => ({
    label: own[key] ?? BASE_DATA_LABELS[key],
    columns,
  });
  return {
    before: [
      row('threePublic', d.threePublic.total),
      row('vehicle', d.threePublic.vehicle),
      row('vehiclePurchase', tp.vehiclePurchase),
      row('vehicleOperation', tp.vehicleOperation),
      row('abroad', tp.abroad),
      row('reception', tp.reception),
      // Budget and final come from the project figures (本年预算数 is 年初 or 全年 as the pack says), never typed again.
      row('projects', d.baseData.projectsRow),
    ],
    after: [
      row('publicFunds', bd.publicFunds),
      row('publicFundsOffice', bd.publicFundsOffice),
      row('publicFundsUtilitiesTravel', bd.publicFundsUtilitiesTravel),
      row('publicFundsMeetingTraining', bd.publicFundsMeetingTraining),
      row('procurement', bd.procurement),
      { label: pack.attachments.baseData.adjustmentLabel, columns: bd.basicAdjustment },
    ],
  };
}

export function baseDataTable(report: Report, d: Derived, pack: RulePack): Table {
  const y = report.year;
  const bd = report.baseData;
  const b = bd.building;
  const figures = baseDataFigureRows(report, d, pack);
  const body: TableCell[][] = [
    [
      centre('财政供养人员情况（人）', { bold: true }),
      centre('编制数'),
      centre(`${y}年实际在职人数`),
      centre('控制率'),
    ],
    [label(''), count(d.staffing.authorized), count(d.staffing.actual), pct(d.staffing.controlRate)],
    [
      centre('经费控制情况（万元）', { bold: true }),
      centre(`${y - 1}年决算数`),
      centre(`${y}年预算数`),
      centre(`${y}年决算数`),
    ],
    ...figures.before.map((r) => columnsRow(r.label, r.columns)),
    ...bd.projectRows.map((row, i) => columnsRow(`${i + 1}、${row.label}`, row)),
    ...figures.after.map((r) => columnsRow(r.label, r.columns)),
    [
      centre(`楼堂馆所控制情况（${y}年完工项目）`, { bold: true }),
      centre('批复规模（㎡）'),
      centre('实际规模（㎡）'),
      centre('规模控制率'),
    ],
    b.exists
      ? [label(''), area(b.approvedAreaCenti), area(b.actualAreaCenti), pct(d.baseData.buildingAreaRate)]
      : [label(''), centre('无'), centre('无'), centre('')],
    [label(''), centre('预算投资（万元）'), centre('实际投资（万元）'), centre('投资概算控制率')],
    b.exists
      ? [label(''), money(b.budgetInvestFen), money(b.actualInvestFen), pct(d.baseData.buildingInvestRate)]
      : [label(''), centre('无'), centre('无'), centre('')],
    [centre('厉行节约保障措施', { bold: true }), label(bd.frugality, { colSpan: 3 })],
  ];
  return {
    captionLeft: `填报单位：${report.unitName}`,
    captionRight: '单位：万元',
    headerRows: [],
    bodyRows: body,
    widths: [3, 2, 2, 2],
  };
}

export function selfEvalTable(report: Report, d: Derived): Table {
  // In the single-figure layout (hunan-2023) each income or expenditure type has one figure, stored as its 执行数:
  // it prints under 全年执行数 and the other two cells stay blank rather than showing invented zeros.
  const se = report.selfEval;
  const b = report.budget;
  const inc = se.income;
  const blank = (n: number) => Array.from({ length: n }, () => label(''));
  const amountRow = (
    text: string,
    s: { initialFen: number | null; annualFen: number | null; spentFen: number | null },
  ): TableCell[] => [
    label(text, { colSpan: 2 }),
    money(s.initialFen),
    money(s.annualFen),
    money(s.spentFen),
    ...blank(3),
  ];
  const body: TableCell[][] = [
    [centre('预算部门（单位）名称', { colSpan: 2, bold: true }), label(report.unitName, { colSpan: 6 })],
    [
      centre('年度预算申请（万元）', { colSpan: 2, bold: true }),
      centre('年初预算数'),
      centre('全年预算数'),
      centre('全年执行数'),
      centre('分值'),
      centre('执行率'),
      centre('得分'),
    ],
    [
      label('年度资金总额', { colSpan: 2 }),
      money(b.initialFen),
      money(b.annualFen),
      money(b.spentFen),
      points(se.rateWeightCenti),
      pct(d.rate),
      points(d.score.rateLineCenti),
    ],
    ...(d.income.filled
      ? [
          amountRow('其中：一般公共预算', inc.general),
          amountRow('　　　政府性基金拨款', inc.govFund),
          amountRow('　　　纳入专户管理的非税收入拨款', inc.nonTax),
          amountRow('　　　其他资金', inc.other),
        ]
      : []),
    amountRow('按支出性质分：基本支出', report.basic),
    amountRow('　　　　　　　项目支出', {
      initialFen: d.projects.initialFen,
      annualFen: d.projects.annualFen,
      spentFen: d.projects.spentFen,
    }),
    [
      centre('年度总体目标', { colSpan: 2, bold: true }),
      centre('预期目标', { colSpan: 3 }),
      centre('实际完成情况', { colSpan: 3 }),
    ],
    [label('', { colSpan: 2 }), label(se.goalExpected, { colSpan: 3 }), label(se.goalActual, { colSpan: 3 })],
    indicatorHeadingRow(),
    ...indicatorRows(se.indicators),
    totalRow(d.score.weightsCenti, d.score.totalCenti, '评价等级', d.score.grade),
  ];
  return {
    captionLeft: `填报单位：${report.unitName}`,
    captionRight: '单位：万元',
    headerRows: [],
    bodyRows: body,
    widths: INDICATOR_SHEET_WIDTHS,
  };
}
