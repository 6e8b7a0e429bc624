/** 附件2 自评表 in the official layout (shared/text/attachment-tables.ts selfEvalTable, domain.md §3.1). */
import { derive } from '../../../shared/calc/derive';
import { rulePackFor } from '../../../shared/packs/registry';
import { printTarget } from '../../../shared/import/indicator-target';
import type { Indicator, Report } from '../../../shared/model/report';
import { blankIndicator } from '../../../shared/model/indicator';
import { figures, heading, SHEET_NAMES, type LayoutOptions } from './layout-common';
import { centre, header, LayoutBuilder, linesFor, text, type SheetLayout } from './sheet-layout';

export const INDICATOR_FRAMEWORK: readonly [string, string][] = [
  ['产出指标', '数量指标'],
  ['产出指标', '质量指标'],
  ['产出指标', '时效指标'],
  ['产出指标', '成本指标'],
  ['效益指标', '经济效益指标'],
  ['效益指标', '社会效益指标'],
  ['效益指标', '生态效益指标'],
  ['效益指标', '可持续影响指标'],
  ['满意度指标', '服务对象满意度指标'],
];

/** Vertical merges over runs of the same 一级 (and, inside one, the same 二级) as clerks lay them out. */
export function mergeRuns(
  b: LayoutBuilder,
  first: number,
  list: readonly Pick<Indicator, 'level1' | 'level2'>[],
): void {
  const run = (col: 1 | 2, same: (a: number, c: number) => boolean) => {
    let start = 0;
    for (let i = 1; i <= list.length; i++) {
      if (i === list.length || !same(start, i)) {
        if (i - start > 1) b.merge(first + start, col, first + i - 1, col);
        start = i;
      }
    }
  };
  const at = (i: number) => list[i];
  run(1, (a, c) => at(a)?.level1 !== '' && at(a)?.level1 === at(c)?.level1);
  run(2, (a, c) => at(a)?.level1 === at(c)?.level1 && at(a)?.level2 !== '' && at(a)?.level2 === at(c)?.level2);
}

/** The indicator rows under their heading, 一级/二级 merged over their runs (附件2 and each project table). */
export function indicatorRows(
  b: LayoutBuilder,
  list: readonly Indicator[],
  f: ReturnType<typeof figures>,
  blank: boolean,
): void {
  const first = b.next;
  for (const ind of list) {
    b.add(
      'body',
      [
        text(ind.level1),
        text(ind.level2),
        text(ind.name),
        centre(blank ? '' : printTarget(ind)),
        centre(ind.actual),
        f.score(ind.weightCenti),
        f.score(ind.scoreCenti),
        text(ind.deviation),
      ],
      Math.max(linesFor(ind.name, 20), linesFor(ind.deviation, 30)),
    );
  }
  mergeRuns(b, first, list);
}

/** The 总分 row: the weights, the total and the grade line. */
export function totalRow(
  b: LayoutBuilder,
  f: ReturnType<typeof figures>,
  score: { weightsCenti: number | null; totalCenti: number | null },
  gradeText: string,
): void {
  const total = b.add('body', [
    header('总分'),
    null,
    null,
    null,
    null,
    f.score(score.weightsCenti),
    f.score(score.totalCenti),
    text(gradeText),
  ]);
  b.merge(total, 1, total, 5);
}

export function selfEvalLayout(report: Report, options: LayoutOptions = {}): SheetLayout {
  const blank = options.blank ?? false;
  const d = derive(report, rulePackFor(report.rulePackId));
  const f = figures(blank);
  const se = report.selfEval;
  const inc = se.income;
  const b = new LayoutBuilder();
  heading(b, '附件2', `${report.year}年度部门整体支出绩效自评表`, blank ? '' : report.unitName, 8, 4);
  const wide = (row: number) => b.merge(row, 1, row, 2);
  const name = b.add('body', [header('预算部门（单位）名称'), null, text(blank ? '' : report.unitName)]);
  wide(name);
  b.merge(name, 3, name, 8);
  wide(
    b.add('header', [
      header('年度预算申请（万元）'),
      null,
      header('年初预算数'),
      header('全年预算数'),
      header('全年执行数'),
      header('分值'),
      header('执行率'),
      header('得分'),
    ]),
  );
  wide(
    b.add('body', [
      text('年度资金总额'),
      null,
      f.money(report.budget.initialFen),
      f.money(report.budget.annualFen),
      f.money(report.budget.spentFen),
      f.score(se.rateWeightCenti),
      f.percent(d.rate),
      f.score(d.score.rateLineCenti),
    ]),
  );
  const amounts = (
    label: string,
    s: { initialFen: number | null; annualFen: number | null; spentFen: number | null },
  ) =>
    wide(
      b.add('body', [
        text(label),
        null,
        f.money(s.initialFen),
        f.money(s.annualFen),
        f.money(s.spentFen),
        null,
        null,
        null,
      ]),
    );
  if (blank || d.income.filled) {
    amounts('其中：一般公共预算', inc.general);
    amounts('　　　政府性基金拨款', inc.govFund);
    amounts('　　　纳入专户管理的非税收入拨款', inc.nonTax);
    amounts('　　　其他资金', inc.other);
  }
  amounts('按支出性质分：基本支出', report.basic);
  amounts('　　　　　　　项目支出', {
    initialFen: d.projects.initialFen,
    annualFen: d.projects.annualFen,
    spentFen: d.projects.spentFen,
  });
  const goal = b.add('header', [header('年度总体目标'), null, header('预期目标'), null, null, header('实际完成情况')]);
  const expected = blank ? '' : se.goalExpected;
  const actual = blank ? '' : se.goalActual;
  const goals = b.add(
    'body',
    [null, null, text(expected), null, null, text(actual)],
    Math.max(3, linesFor(expected, 36), linesFor(actual, 36)),
  );
  b.merge(goal, 1, goals, 2);
  b.merge(goal, 3, goal, 5);
  b.merge(goal, 6, goal, 8);
  b.merge(goals, 3, goals, 5);
  b.merge(goals, 6, goals, 8);
  // The indicator list is what runs onto page 2: its column headings are the rows to repeat.
  const indicatorHeader = b.add(
    'header',
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].map(
      header,
    ),
  );
  const list: Indicator[] = blank
    ? INDICATOR_FRAMEWORK.map(([level1, level2]) =>
        blankIndicator({ level1, level2, nature: '=', weightCenti: 0, scoreCenti: 0 }),
      )
    : se.indicators;
  indicatorRows(b, list, f, blank);
  totalRow(b, f, d.score, blank ? '评价等级：' : `评价等级：${d.score.grade}`);
  return {
    name: SHEET_NAMES.selfEval,
    widths: [12, 14, 22, 13, 13, 9, 9, 30],
    rows: b.rows,
    merges: b.merges,
    printTitleRows: [indicatorHeader, indicatorHeader],
    landscape: true,
  };
}
