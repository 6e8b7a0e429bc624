/**
 * Importing 项目支出绩效自评表, pure: a workbook + the report → which table goes to which project (by name, or as the
 * clerk chose), what each would change, the differences between a table's 年度资金总额 and its project row (shown,
 * never applied: the list's figures are the project's), and every problem with 工作表/行/列. The service applies
 * `next` in one transaction, only when nothing blocks and not from an empty template.
 */
import { deriveProjectTable } from '../../calc/project-table';
import { formatBasis, rateBasis } from '../../calc/percent';
import { formatScore } from '../../calc/score';
import type { RulePack } from '../../checks/rule-pack';
import { diffFields, type FieldDiff } from '../../model/field-diff';
import type { ProjectTable } from '../../model/project-table';
import { PROJECT_FUND_KEYS } from '../../model/project-table';
import type { Report } from '../../model/report';
import { validateReport } from '../../model/validate';
import { emptyProjectTable } from '../../model/empty';
import { findRulePack } from '../../packs/registry';
import { exactWanyuan } from '../format-amount';
import { ImportContext } from '../import-context';
import type { ImportProblem } from '../problems';
import type { WorkbookData } from '../workbook-data';
import { findProjectTables } from './find-tables';
import { matchByName, type MatchHow } from './match-projects';
import { blockSections, readHeading, readProjectTable, type ReadTable } from './read-table';

/** The clerk's choice for one table (by its key): a project index, or null to skip it. */
export type TableAssignments = Readonly<Record<string, number | null>>;

export interface MoneyDifference {
  column: string;
  table: string;
  list: string;
}

export interface ProjectTablePreviewItem {
  /** "工作表!行": names the table in the clerk's choices. */
  key: string;
  sheet: string;
  row: number;
  name: string;
  department: string;
  implementer: string;
  match: { index: number; projectName: string; how: MatchHow } | null;
  skipped: boolean;
  /** The table states nothing (a template): it changes nothing. */
  empty: boolean;
  indicatorCount: number;
  /** 年度资金总额 as the table prints it vs the project row (the row is kept). */
  moneyDifferences: MoneyDifference[];
  changeCount: number;
}

export interface ProjectTablesPreview {
  tables: ProjectTablePreviewItem[];
  /** Projects of the report that no table of the workbook is applied to. */
  projectsWithoutTable: { index: number; name: string; hasTable: boolean }[];
  changes: FieldDiff[];
  problems: ImportProblem[];
  emptyTemplate: boolean;
  canApply: boolean;
  summary: string;
}

export interface ProjectTablesResult extends ProjectTablesPreview {
  next: Report;
}

const COLUMN_NAMES = { initialFen: '年初预算数', annualFen: '全年预算数', spentFen: '全年执行数' } as const;

/** What an imported table starts from when the project has none: the empty table without the pack's frame rows. */
function baseTable(pack: RulePack): ProjectTable {
  return { ...emptyProjectTable(pack), indicators: [] };
}

/** Anything the clerk typed: names of who runs it, a source figure, a goal, an indicator. */
function statesSomething(t: ReadTable): boolean {
  if (t.department !== '' || t.implementer !== '' || t.goalExpected !== '' || t.goalActual !== '') return true;
  if (PROJECT_FUND_KEYS.some((k) => Object.values(t.funds[k]).some((v) => v !== null))) return true;
  return t.indicators.some((i) => i.name !== '' || i.target !== '' || i.actual !== '' || i.scoreCenti !== null);
}

/** The stored table after the import: what the workbook states replaces, what it leaves blank is kept. */
function mergeTable(before: ProjectTable | null, read: ReadTable, pack: RulePack): ProjectTable {
  const after = structuredClone(before ?? baseTable(pack));
  if (read.department !== '') after.department = read.department;
  if (read.implementer !== '') after.implementer = read.implementer;
  for (const key of read.fundsSeen) {
    for (const slot of ['initialFen', 'annualFen', 'spentFen'] as const) {
      const v = read.funds[key][slot];
      if (v !== null) after.funds[key][slot] = v;
    }
  }
  if (read.rateWeightCenti !== undefined && read.rateWeightCenti !== null) after.rateWeightCenti = read.rateWeightCenti;
  if (read.goalExpected !== '') after.goalExpected = read.goalExpected;
  if (read.goalActual !== '') after.goalActual = read.goalActual;
  if (read.indicators.length > 0) after.indicators = structuredClone(read.indicators);
  return after;
}

function moneyDifferences(read: ReadTable, project: Report['projects']['items'][number]): MoneyDifference[] {
  const out: MoneyDifference[] = [];
  for (const slot of ['initialFen', 'annualFen', 'spentFen'] as const) {
    const printed = read.total[slot];
    if (printed === undefined || printed === null || printed === project[slot]) continue;
    out.push({
      column: COLUMN_NAMES[slot],
      table: exactWanyuan(printed),
      list: project[slot] === null ? '未填写' : exactWanyuan(project[slot]),
    });
  }
  return out;
}

/** The table's printed 执行率, its score and 总分 against what the program derives from the project row. */
function checkPrinted(ctx: ImportContext, read: ReadTable, report: Report, index: number, pack: RulePack): void {
  const project = report.projects.items[index];
  if (!project?.table) return;
  const figures = deriveProjectTable(project, project.table, pack);
  const rate = rateBasis(project.spentFen, project.annualFen);
  if (read.printedRate && rate !== null && Math.abs(read.printedRate.value - rate) > 1)
    ctx.warn(
      read.printedRate.at,
      `执行率表中为${formatBasis(read.printedRate.value, false)}%，按项目清单的全年执行数÷全年预算数计算为${formatBasis(rate, false)}%；执行率由程序计算`,
    );
  const rateScore = figures.score.rateLineCenti;
  if (read.printedRateScore && rateScore !== null && read.printedRateScore.value !== rateScore)
    ctx.warn(
      read.printedRateScore.at,
      `执行率得分表中为${formatScore(read.printedRateScore.value)}分，按执行率计算为${formatScore(rateScore)}分；得分由程序计算`,
    );
  const total = figures.score.totalCenti;
  const printedTotal = read.printedTotal?.score ?? read.topScore?.value;
  const totalAt = read.printedTotal?.scoreAt ?? read.topScore?.at ?? null;
  if (printedTotal !== undefined && total !== null && printedTotal !== total)
    ctx.warn(
      totalAt,
      `总分表中为${formatScore(printedTotal)}分，执行率得分与各项得分相加为${formatScore(total)}分；总分由程序计算`,
    );
  const weights = figures.score.weightsCenti;
  const printedWeights = read.printedTotal?.weight;
  if (printedWeights !== undefined && weights !== null && printedWeights !== weights)
    ctx.warn(
      read.printedTotal?.weightAt ?? null,
      `总分行的分值表中为${formatScore(printedWeights)}，执行率分值与各项分值相加为${formatScore(weights)}；由程序计算`,
    );
}

export function previewProjectTables(
  workbook: WorkbookData,
  report: Report,
  assignments: TableAssignments = {},
): ProjectTablesResult {
  const main = new ImportContext(report);
  const pack = findRulePack(report.rulePackId);
  const blocks = findProjectTables(workbook);
  const projects = report.projects.items;
  if (!pack) main.error(null, `报告使用的规则包「${report.rulePackId}」在本程序中不存在，无法导入项目支出绩效自评表`);
  if (blocks.length === 0) {
    const names = workbook.sheets.map((s) => `「${s.name}」`).join('、');
    main.error(
      null,
      `在工作簿中没有找到项目支出绩效自评表（已查看工作表${names}）。每张表应有“项目名称”一行，其后是项目资金和绩效指标`,
    );
  }
  const parsed = blocks.map((block) => {
    const ctx = new ImportContext(report);
    const sections = blockSections(block);
    return { block, ctx, sections, heading: readHeading(block, sections, ctx) };
  });
  const byName = matchByName(
    parsed.map((p) => p.heading.name),
    projects.map((p) => p.name),
  );
  const next = structuredClone(report);
  const items: ProjectTablePreviewItem[] = [];
  const changes: FieldDiff[] = [];
  const claimed = new Map<number, string>();
  const problems: ImportProblem[] = [...main.problems];
  parsed.forEach(({ block, ctx, sections, heading }, t) => {
    const key = `${block.sheet}!${block.nameRow}`;
    const at = block.grid.ref(block.nameRow, 1);
    const chosen = Object.prototype.hasOwnProperty.call(assignments, key) ? assignments[key] : undefined;
    let match = byName[t] ?? null;
    const skipped = chosen === null;
    if (skipped) match = null;
    else if (chosen !== undefined) {
      if (chosen < 0 || chosen >= projects.length) ctx.error(at, `选择的项目（第${chosen + 1}行）在项目清单中不存在`);
      else match = { index: chosen, how: 'chosen' };
    }
    if (heading.year && heading.year.value !== report.year)
      ctx.warn(
        heading.year.at,
        `表格标题的年度（${heading.year.value}年）与报告年度（${report.year}年）不一致，请确认选择了正确的文件`,
      );
    const label = heading.name === '' ? '（未写项目名称）' : `「${heading.name}」`;
    if (match) {
      const other = claimed.get(match.index);
      if (other)
        ctx.error(
          at,
          `这张表和${other}的表都对应项目「${projects[match.index]?.name ?? ''}」，请为其中一张另选项目或跳过`,
        );
      claimed.set(match.index, `工作表「${block.sheet}」第${block.nameRow}行`);
    } else if (!skipped) {
      ctx.warn(at, `表中项目${label}在报告的项目清单中没有找到：请在预览中选择对应的项目，或跳过这张表`);
    }
    const project = match ? projects[match.index] : undefined;
    const read = readProjectTable(
      block,
      sections,
      heading,
      ctx,
      pack ?? fallbackPack(),
      project?.table?.indicators ?? [],
    );
    if (read.unitMissing)
      ctx.warn(read.moneyAt, '项目资金没有注明金额单位（如“项目资金（万元）”或“单位：元”），已按万元读取');
    const empty = !statesSomething(read);
    const item: ProjectTablePreviewItem = {
      key,
      sheet: block.sheet,
      row: block.nameRow,
      name: heading.name,
      department: read.department,
      implementer: read.implementer,
      match: match && project ? { ...match, projectName: project.name } : null,
      skipped,
      empty,
      indicatorCount: read.indicators.length,
      moneyDifferences: project ? moneyDifferences(read, project) : [],
      changeCount: 0,
    };
    if (project && match && pack && !empty) {
      for (const d of item.moneyDifferences)
        ctx.warn(
          read.totalAt,
          `年度资金总额的${d.column}表中为${d.table}，项目清单中为${d.list}；以项目清单为准，这个数未导入`,
        );
      const table = mergeTable(project.table, read, pack);
      const target = next.projects.items[match.index];
      if (target) target.table = table;
      const found: FieldDiff[] = [];
      diffFields(['projects', 'items', match.index, 'table'], project.table ?? baseTable(pack), table, found);
      if (project.table === null)
        changes.push({
          path: ['projects', 'items', match.index, 'table'],
          label: `项目「${project.name}」的项目支出绩效自评表（新增）`,
          oldValue: '（无）',
          newValue: `${table.indicators.length}项指标`,
        });
      changes.push(...found);
      item.changeCount = found.length + (project.table === null ? 1 : 0);
      checkPrinted(ctx, read, next, match.index, pack);
    }
    problems.push(...ctx.problems);
    items.push(item);
  });
  const emptyTemplate = items.length > 0 && items.every((i) => i.empty);
  if (emptyTemplate)
    problems.push({
      severity: 'warning',
      sheet: '',
      row: null,
      column: null,
      reason: '工作簿中的项目支出绩效自评表一项也没有填写（空白模板），导入不会修改报告。请填好后再导入',
    });
  const valid = validateReport(next);
  if (!valid.ok)
    for (const line of valid.details)
      problems.push({
        severity: 'error',
        sheet: '',
        row: null,
        column: null,
        reason: `导入后的报告数据不合格：${line}`,
      });
  const applied = items.filter((i) => i.match && !i.empty);
  const projectsWithoutTable = projects
    .map((p, index) => ({ index, name: p.name, hasTable: p.table !== null }))
    .filter((p) => !applied.some((i) => i.match?.index === p.index));
  return {
    tables: items,
    projectsWithoutTable,
    changes,
    problems,
    emptyTemplate,
    canApply: applied.length > 0 && !emptyTemplate && !problems.some((p) => p.severity === 'error'),
    summary: `导入项目支出绩效自评表：${applied.length > 0 ? applied.map((i) => `「${i.match?.projectName ?? ''}」`).join('、') : '无'}`,
    next,
  };
}

/** Only reached when the report's pack is missing (already an error): reading goes on to list the other problems. */
function fallbackPack(): RulePack {
  return findRulePack('hunan-default') as RulePack;
}
