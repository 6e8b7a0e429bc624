/**
 * One 项目支出绩效自评表 per sheet in the national layout the PDF prints (财预〔2020〕10号; wording and fund lines from the
 * rule pack): 项目名称, 主管部门/实施单位, the 项目资金 block (年度资金总额 = the project row, then the pack's source lines),
 * 年度总体目标, the indicator table and 总分 with the grade. A blank template keeps the names and the project row's
 * figures and leaves everything the clerk fills in empty. The import (shared/import/project-tables) reads it back.
 */
import { deriveProjectTable } from '../../../shared/calc/project-table';
import type { RulePack } from '../../../shared/checks/rule-pack';
import { emptyProjectTable } from '../../../shared/model/empty';
import { blankIndicator, type Indicator } from '../../../shared/model/indicator';
import type { ProjectTable } from '../../../shared/model/project-table';
import type { Project, Report } from '../../../shared/model/report';
import { figures } from './layout-common';
import { INDICATOR_FRAMEWORK, indicatorRows, totalRow } from './layout-self-eval';
import { centre, header, LayoutBuilder, linesFor, text, type SheetLayout } from './sheet-layout';

const WIDTH = 8;

/** "附件3", "附件4" … or "附件3-1", "附件3-2" … as the pack numbers them (the first project table is 附件3). */
export function projectTableMark(pack: RulePack, position: number): string {
  return pack.attachments.projectTable.numbering === 'grouped' ? `附件3-${position + 1}` : `附件${position + 3}`;
}

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ], each once in a workbook. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const clean = wanted.replace(/[:\\/?*[\]]/g, ' ').trim() || '项目';
  let name = clean.slice(0, 31);
  for (let n = 2; taken.has(name); n++) {
    const suffix = `(${n})`;
    name = clean.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(name);
  return name;
}

function blankIndicators(): Indicator[] {
  return INDICATOR_FRAMEWORK.map(([level1, level2]) => blankIndicator({ level1, level2, nature: '=' }));
}

export interface ProjectSheetInput {
  report: Report;
  pack: RulePack;
  /** The project row (null: a single blank sheet with no project). */
  project: Project | null;
  /** The table to print; a template passes null and gets the empty frame. */
  table: ProjectTable | null;
  mark: string;
  name: string;
}

export function projectTableLayout(input: ProjectSheetInput): SheetLayout {
  const { report, pack, project, table, mark } = input;
  const layout = pack.attachments.projectTable;
  const blank = table === null;
  const f = figures(false);
  const stated = table ?? { ...emptyProjectTable(pack), indicators: blankIndicators() };
  const derived = project && table ? deriveProjectTable(project, table, pack) : null;
  const b = new LayoutBuilder();
  b.add('mark', [text(mark, 'left', true)]);
  const t = b.add('title', [centre(layout.title, true)]);
  b.merge(t, 1, t, WIDTH);
  const y = b.add('caption', [centre(`（${report.year}年度）`)]);
  b.merge(y, 1, y, WIDTH);
  const name = b.add('body', [header('项目名称'), text(project?.name ?? '')]);
  b.merge(name, 2, name, WIDTH);
  const who = b.add('body', [
    header('主管部门'),
    text(stated.department),
    null,
    null,
    header('实施单位'),
    text(stated.implementer),
  ]);
  b.merge(who, 2, who, 4);
  b.merge(who, 6, who, WIDTH);
  const moneyHeader = b.add('header', [
    header('项目资金（万元）'),
    null,
    header('年初预算数'),
    header('全年预算数'),
    header('全年执行数'),
    header('分值'),
    header('执行率'),
    header('得分'),
  ]);
  b.merge(moneyHeader, 1, moneyHeader, 2);
  const fundsTotal = b.add('body', [
    text(layout.totalLabel),
    null,
    f.money(project?.initialFen ?? null),
    f.money(project?.annualFen ?? null),
    f.money(project?.spentFen ?? null),
    f.score(stated.rateWeightCenti),
    f.percent(derived?.rate ?? null),
    f.score(derived?.score.rateLineCenti ?? null),
  ]);
  b.merge(fundsTotal, 1, fundsTotal, 2);
  for (const line of layout.fundLines) {
    const fund = stated.funds[line.key];
    const r = b.add('body', [
      text(line.label),
      null,
      f.money(fund.initialFen),
      f.money(fund.annualFen),
      f.money(fund.spentFen),
      null,
      null,
      null,
    ]);
    b.merge(r, 1, r, 2);
  }
  const goal = b.add('header', [header('年度总体目标'), null, header('预期目标'), null, null, header('实际完成情况')]);
  const goals = b.add(
    'body',
    [null, null, text(stated.goalExpected), null, null, text(stated.goalActual)],
    Math.max(3, linesFor(stated.goalExpected, 36), linesFor(stated.goalActual, 36)),
  );
  b.merge(goal, 1, goals, 2);
  b.merge(goal, 3, goal, 5);
  b.merge(goal, 6, goal, WIDTH);
  b.merge(goals, 3, goals, 5);
  b.merge(goals, 6, goals, WIDTH);
  const indicatorHeader = b.add(
    'header',
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].map(
      header,
    ),
  );
  indicatorRows(b, stated.indicators, f, blank);
  totalRow(
    b,
    f,
    { weightsCenti: derived?.score.weightsCenti ?? null, totalCenti: derived?.score.totalCenti ?? null },
    `自评等级：${derived?.score.grade ?? ''}`,
  );
  return {
    name: input.name,
    widths: [12, 14, 22, 13, 13, 9, 9, 30],
    rows: b.rows,
    merges: b.merges,
    printTitleRows: [indicatorHeader, indicatorHeader],
    landscape: true,
  };
}

/** Every project that has a table, one sheet each, numbered as the PDF numbers them. */
export function projectTableLayouts(report: Report, pack: RulePack): SheetLayout[] {
  const taken = new Set<string>();
  const withTable = report.projects.items.filter((p) => p.table !== null);
  return withTable.map((project, i) => {
    const mark = projectTableMark(pack, i);
    return projectTableLayout({
      report,
      pack,
      project,
      table: project.table,
      mark,
      name: sheetName(`${mark} ${project.name}`, taken),
    });
  });
}

/** Blank tables: one per project of the list (names and the row's figures filled in), or one with nothing. */
export function projectTemplateLayouts(report: Report, pack: RulePack, single: boolean): SheetLayout[] {
  const taken = new Set<string>();
  const projects = single ? [] : report.projects.items;
  if (projects.length === 0)
    return [
      projectTableLayout({
        report,
        pack,
        project: null,
        table: null,
        mark: projectTableMark(pack, 0),
        name: layoutTitle(pack),
      }),
    ];
  return projects.map((project, i) => {
    const mark = projectTableMark(pack, i);
    return projectTableLayout({
      report,
      pack,
      project,
      table: null,
      mark,
      name: sheetName(`${mark} ${project.name}`, taken),
    });
  });
}

function layoutTitle(pack: RulePack): string {
  return sheetName(pack.attachments.projectTable.title, new Set());
}
