/** The project list (项目名称, 年初预算, 全年预算, 执行数, 执行率, 年中追加, 备注) with its 合计 row. */
import { derive } from '../../../shared/calc/derive';
import { rulePackFor } from '../../../shared/packs/registry';
import type { Report } from '../../../shared/model/report';
import { figures, heading, SHEET_NAMES, type LayoutOptions } from './layout-common';
import { centre, header, LayoutBuilder, linesFor, text, type SheetLayout } from './sheet-layout';

export function projectListLayout(report: Report, options: LayoutOptions = {}): SheetLayout {
  const blank = options.blank ?? false;
  const d = derive(report, rulePackFor(report.rulePackId));
  const f = figures(blank);
  const b = new LayoutBuilder();
  heading(b, '项目明细', `${report.year}年度项目支出明细表`, blank ? '' : report.unitName, 8, 4);
  b.add(
    'header',
    ['序号', '项目名称', '年初预算数', '全年预算数', '全年执行数', '执行率', '年中追加', '备注（执行率偏低原因）'].map(
      header,
    ),
  );
  const items = blank ? [] : report.projects.items;
  items.forEach((p, i) => {
    const rate = d.projects.perItem[i]?.rate ?? null;
    b.add(
      'body',
      [
        centre(String(i + 1)),
        text(p.name),
        f.money(p.initialFen),
        f.money(p.annualFen),
        f.money(p.spentFen),
        f.percent(rate),
        centre(p.addedMidYear ? '是' : '否'),
        text(p.lowRateReason),
      ],
      Math.max(linesFor(p.name, 36), linesFor(p.lowRateReason, 28)),
    );
  });
  if (blank)
    for (let i = 1; i <= 10; i++)
      b.add('body', [
        centre(String(i)),
        text(''),
        f.money(0),
        f.money(0),
        f.money(0),
        f.percent(null),
        text(''),
        text(''),
      ]);
  const total = b.add('body', [
    header('合计'),
    null,
    f.money(d.projects.initialFen),
    f.money(d.projects.annualFen),
    f.money(d.projects.spentFen),
    f.percent(d.projects.rate),
    null,
    null,
  ]);
  b.merge(total, 1, total, 2);
  return {
    name: SHEET_NAMES.projects,
    widths: [6, 38, 13, 13, 13, 10, 9, 30],
    rows: b.rows,
    merges: b.merges,
    printTitleRows: [4, 4],
    landscape: true,
  };
}
