/**
 * A project's 项目支出绩效自评表 as an attachment table, in the national layout of 财预〔2020〕10号 (domain.md §4.1):
 * 项目名称 / 主管部门 · 实施单位, the 项目资金 block (its 年度资金总额 line is the project row, with 分值, 执行率 and
 * 得分; the source lines print "—" under 分值 and 得分 as the official table does), 年度总体目标, the indicator block
 * of 附件2 and 总分 with 自评等级. Eight columns, the indicator sheet's, so PDF, Word and preview lay it out as 附件2.
 */
import type { ProjectTableFigures } from '../calc/project-table';
import type { RulePack } from '../checks/rule-pack';
import type { ProjectTable } from '../model/project-table';
import type { Project, Report } from '../model/report';
import type { Table, TableCell } from './document';
import {
  centre,
  INDICATOR_SHEET_WIDTHS,
  indicatorHeadingRow,
  indicatorRows,
  label,
  money,
  pct,
  points,
  totalRow,
} from './table-cells';

export function projectTableTitle(year: number, project: Project, pack: RulePack): string {
  return `${year}年度${pack.attachments.projectTable.title}（${project.name}）`;
}

export function projectTableTable(
  report: Report,
  project: Project,
  table: ProjectTable,
  figures: ProjectTableFigures,
  pack: RulePack,
): Table {
  const layout = pack.attachments.projectTable;
  const dash = centre('—');
  const moneyRows: TableCell[][] = [
    [
      label(layout.totalLabel),
      money(figures.total.initialFen),
      money(figures.total.annualFen),
      money(figures.total.spentFen),
      points(table.rateWeightCenti),
      pct(figures.rate),
      points(figures.score.rateLineCenti),
    ],
    ...layout.fundLines.map(({ key, label: text }): TableCell[] => {
      const line = table.funds[key];
      return [label(text), money(line.initialFen), money(line.annualFen), money(line.spentFen), dash, label(''), dash];
    }),
  ];
  const body: TableCell[][] = [
    [centre('项目名称', { colSpan: 2, bold: true }), label(project.name, { colSpan: 6 })],
    [
      centre('主管部门', { colSpan: 2, bold: true }),
      label(table.department || report.unitName, { colSpan: 2 }),
      centre('实施单位', { bold: true }),
      label(table.implementer || report.unitName, { colSpan: 3 }),
    ],
    [
      centre('项目资金（万元）', { rowSpan: moneyRows.length + 1, bold: true }),
      label(''),
      ...['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].map((t) => centre(t)),
    ],
    ...moneyRows,
    [
      centre('年度总体目标', { colSpan: 2, rowSpan: 2, bold: true }),
      centre('预期目标', { colSpan: 3 }),
      centre('实际完成情况', { colSpan: 3 }),
    ],
    [label(table.goalExpected, { colSpan: 3 }), label(table.goalActual, { colSpan: 3 })],
    indicatorHeadingRow(),
    ...indicatorRows(table.indicators),
    totalRow(figures.score.weightsCenti, figures.score.totalCenti, '自评等级', figures.score.grade),
  ];
  return {
    captionLeft: `填报单位：${report.unitName}`,
    captionRight: '',
    headerRows: [],
    bodyRows: body,
    widths: INDICATOR_SHEET_WIDTHS,
  };
}
