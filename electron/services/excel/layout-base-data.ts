/** 附件1 基础数据表 in the official layout (shared/text/attachment-tables.ts baseDataTable, domain.md §2.1). */
import { derive, type Derived, type StatedColumns } from '../../../shared/calc/derive';
import { baseDataFigureRows } from '../../../shared/text/attachment-tables';
import { rulePackFor } from '../../../shared/packs/registry';
import type { Report } from '../../../shared/model/report';
import { figures, heading, SHEET_NAMES, type LayoutOptions } from './layout-common';
import { centre, header, LayoutBuilder, linesFor, text, type SheetLayout } from './sheet-layout';

const BASE_DATA_NOTE =
  '说明：项目支出是指部门除基本支出以外的全部项目支出；公用经费是指基本支出中的一般商品和服务支出。';

export function baseDataLayout(report: Report, options: LayoutOptions = {}): SheetLayout {
  const blank = options.blank ?? false;
  const pack = rulePackFor(report.rulePackId);
  const d: Derived = derive(report, pack);
  const f = figures(blank);
  const y = report.year;
  const bd = report.baseData;
  const b = new LayoutBuilder();
  heading(b, '附件1', `${y}年度部门整体支出绩效评价基础数据表`, blank ? '' : report.unitName, 4, 2);
  const columns = (label: string, c: StatedColumns) =>
    b.add('body', [text(label), f.money(c.prevFinalFen), f.money(c.budgetFen), f.money(c.finalFen)]);

  const staff = b.add('header', [
    header('财政供养人员情况（人）'),
    header('编制数'),
    header(`${y}年实际在职人数`),
    header('控制率'),
  ]);
  b.add('body', [null, f.count(d.staffing.authorized), f.count(d.staffing.actual), f.percent(d.staffing.controlRate)]);
  b.merge(staff, 1, staff + 1, 1);
  // The 经费控制情况 headings repeat when the table runs onto a second page (a long project list).
  const moneyHeader = b.add('header', [
    header('经费控制情况（万元）'),
    header(`${y - 1}年决算数`),
    header(`${y}年预算数`),
    header(`${y}年决算数`),
  ]);
  const figureRows = baseDataFigureRows(report, d, pack);
  for (const r of figureRows.before) columns(r.label, r.columns);
  if (blank) for (const n of [1, 2, 3]) b.add('body', [text(`${n}、`), f.money(0), f.money(0), f.money(0)]);
  else bd.projectRows.forEach((row, i) => columns(`${i + 1}、${row.label}`, row));
  for (const r of figureRows.after) columns(r.label, r.columns);

  const building = bd.building;
  const none = !blank && !building.exists;
  const top = b.add('header', [
    header(`楼堂馆所控制情况（${y}年完工项目）`),
    header('批复规模（㎡）'),
    header('实际规模（㎡）'),
    header('规模控制率'),
  ]);
  b.add(
    'body',
    none
      ? [null, centre('无'), centre('无'), null]
      : [
          null,
          f.area(building.approvedAreaCenti),
          f.area(building.actualAreaCenti),
          f.percent(d.baseData.buildingAreaRate),
        ],
  );
  b.add('header', [null, header('预算投资（万元）'), header('实际投资（万元）'), header('投资概算控制率')]);
  const last = b.add(
    'body',
    none
      ? [null, centre('无'), centre('无'), null]
      : [
          null,
          f.money(building.budgetInvestFen),
          f.money(building.actualInvestFen),
          f.percent(d.baseData.buildingInvestRate),
        ],
  );
  b.merge(top, 1, last, 1);
  const frugality = blank ? '' : bd.frugality;
  const fr = b.add('body', [header('厉行节约保障措施'), text(frugality)], Math.max(3, linesFor(frugality, 54)));
  b.merge(fr, 2, fr, 4);
  const note = b.add('note', [text(BASE_DATA_NOTE)], 2);
  b.merge(note, 1, note, 4);
  return {
    name: SHEET_NAMES.baseData,
    widths: [34, 18, 18, 18],
    rows: b.rows,
    merges: b.merges,
    printTitleRows: [moneyHeader, moneyHeader],
    landscape: false,
  };
}
