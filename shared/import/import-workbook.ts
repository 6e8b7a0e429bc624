/**
 * The import, pure: a workbook's plain rows + the report as it is now → the report as it would be, the list of
 * changes (old → new) and every problem with its 工作表/行/列. Nothing is saved here; the service applies `next` in
 * one transaction after the clerk has seen the preview, and only when there is no 'error' problem.
 */
import type { Report } from '../model/report';
import { validateReport } from '../model/validate';
import { diffValues, type FieldChange } from './diff-report';
import { findSections, type Section } from './find-sections';
import { ImportContext, TABLE_TITLES, type Assignment, type TableKind } from './import-context';
import { mapBaseData } from './map-base-data';
import { mapProjects } from './map-projects';
import { looksLikeProjectList, mapSelfEval } from './map-self-eval';
import { removeSpaces, toHalfWidth, yearInText } from './normalize-text';
import type { ImportProblem } from './problems';
import { isUnitNameLabel } from './row-labels';
import { SheetGrid } from './sheet-grid';
import type { WorkbookData } from './workbook-data';

export interface FoundTable {
  kind: TableKind;
  title: string;
  sheet: string;
  /** How many fields this table changes. */
  changeCount: number;
}

export interface ImportPreview {
  tables: FoundTable[];
  changes: FieldChange[];
  problems: ImportProblem[];
  /** No blocking problem and at least one table found. */
  canApply: boolean;
  /** History line: "导入Excel：附件1 基础数据表（12项）、项目明细表（3项）". */
  summary: string;
}

export interface ImportResult extends ImportPreview {
  next: Report;
}

const TABLE_ORDER: readonly TableKind[] = ['baseData', 'selfEval', 'projects'];

function tableOf(section: Section): TableKind | null {
  switch (section.kind) {
    case 'threeColumns':
    case 'staffing':
    case 'building':
      return 'baseData';
    case 'goals':
    case 'indicators':
      return 'selfEval';
    case 'money':
      return looksLikeProjectList(section) ? 'projects' : 'selfEval';
    case 'projects':
      return 'projects';
  }
}

/** Each table is read from the first sheet that has it; a second copy elsewhere is reported and left alone. */
function groupByTable(grids: readonly SheetGrid[], ctx: ImportContext): Map<TableKind, Section[]> {
  const byTable = new Map<TableKind, Section[]>();
  const warned = new Set<string>();
  for (const grid of grids) {
    for (const section of findSections(grid)) {
      const table = tableOf(section);
      if (!table) continue;
      const list = byTable.get(table);
      if (!list) byTable.set(table, [section]);
      else if (list[0]?.grid === grid) list.push(section);
      else if (!warned.has(`${table}\u0000${grid.name}`)) {
        warned.add(`${table}\u0000${grid.name}`);
        ctx.warn(
          grid.ref(section.headerTop, 1),
          `工作表「${list[0]?.grid.name ?? ''}」中已有${TABLE_TITLES[table]}，这里的同类表格未导入`,
        );
      }
    }
  }
  return byTable;
}

/** Title and 填报单位 lines above the first table: a different unit or year means the wrong file, probably. */
function checkHeading(grid: SheetGrid, firstHeader: number, ctx: ImportContext): void {
  const report = ctx.report;
  for (let row = 1; row < Math.min(firstHeader + 3, grid.rowCount + 1); row++) {
    const texts = grid.rowTexts(row);
    texts.forEach((cell, i) => {
      const flat = removeSpaces(toHalfWidth(cell.text));
      let unit: string | null = null;
      const inline = /^(?:填报单位|预算部门名称|预算部门\(单位\)名称|单位名称)[:](.+?)(?:单位:(?:万元|元).*)?$/.exec(
        flat,
      );
      if (inline?.[1]) unit = inline[1];
      else if (isUnitNameLabel(cell.text)) unit = removeSpaces(texts[i + 1]?.text ?? '');
      if (unit && report.unitName && unit !== removeSpaces(report.unitName)) {
        ctx.warn(
          grid.ref(row, cell.col),
          `表中单位「${unit}」与报告单位「${report.unitName}」不一致，请确认选择了正确的文件`,
        );
      }
      if (row < firstHeader && /表/.test(cell.text)) {
        const year = yearInText(cell.text);
        if (year !== null && year !== report.year) {
          ctx.warn(
            grid.ref(row, cell.col),
            `表格标题的年度（${year}年）与报告年度（${report.year}年）不一致，请确认选择了正确的文件`,
          );
        }
      }
    });
  }
}

function setAt(target: unknown, path: readonly (string | number)[], value: unknown): void {
  let node = target as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (last !== undefined) node[last] = value;
}

/** Later assignments to a field already set from another cell with a different value are reported, not applied. */
function applyAssignments(report: Report, assignments: readonly Assignment[], ctx: ImportContext): Report {
  const next = structuredClone(report);
  const seen = new Map<string, Assignment>();
  for (const a of assignments) {
    const key = JSON.stringify(a.path);
    const first = seen.get(key);
    if (first) {
      if (JSON.stringify(first.value) !== JSON.stringify(a.value)) {
        const where = first.at ? `工作表「${first.at.sheet}」第${first.at.row}行` : '前面';
        ctx.warn(a.at, `这个数与${where}的同一项不同，按先出现的导入`);
      }
      continue;
    }
    seen.set(key, a);
    setAt(next, a.path, structuredClone(a.value));
  }
  return next;
}

function summaryOf(tables: readonly FoundTable[]): string {
  const parts = tables.map((t) => `${t.title}（${t.changeCount}项）`);
  return `导入Excel：${parts.length > 0 ? parts.join('、') : '无可导入的表格'}`;
}

export function previewImport(workbook: WorkbookData, report: Report): ImportResult {
  const ctx = new ImportContext(report);
  const grids = workbook.sheets.map((s) => new SheetGrid(s));
  const byTable = groupByTable(grids, ctx);
  const tables: FoundTable[] = [];
  for (const table of TABLE_ORDER) {
    const sections = byTable.get(table);
    if (!sections || sections.length === 0) continue;
    if (table === 'baseData') mapBaseData(sections, ctx);
    else if (table === 'selfEval') mapSelfEval(sections, ctx);
    else mapProjects(sections, ctx);
    tables.push({ kind: table, title: TABLE_TITLES[table], sheet: sections[0]?.grid.name ?? '', changeCount: 0 });
    if (sections.some((s) => !s.unitFound && s.kind !== 'staffing' && s.kind !== 'goals' && s.kind !== 'indicators')) {
      const s = sections[0];
      ctx.warn(
        s ? s.grid.ref(s.headerTop, 1) : null,
        `${TABLE_TITLES[table]}没有注明金额单位（如“单位：万元”），已按万元读取`,
      );
    }
  }
  const used = new Map<SheetGrid, number>();
  for (const sections of byTable.values()) {
    for (const s of sections) used.set(s.grid, Math.min(used.get(s.grid) ?? Infinity, s.headerTop));
  }
  for (const [grid, firstHeader] of used) checkHeading(grid, firstHeader, ctx);

  if (tables.length === 0) {
    const names = workbook.sheets.map((s) => `「${s.name}」`).join('、');
    ctx.error(
      null,
      `在工作簿中没有找到附件1（基础数据表）、附件2（自评表）或项目明细表（已查看工作表${names}）。请确认表头含有“年初预算数”“全年执行数”“上年决算数”“三级指标”等栏目名称`,
    );
  }

  const plain = ctx.assignments.length;
  const first = applyAssignments(report, ctx.assignments, ctx);
  for (const settlement of ctx.settlements) settlement(first);
  const next = applyAssignments(first, ctx.assignments.slice(plain), ctx);
  for (const check of ctx.checks) check(next);
  const valid = validateReport(next);
  if (!valid.ok) for (const line of valid.details) ctx.error(null, `导入后的报告数据不合格：${line}`);

  const changes: FieldChange[] = [];
  const seen = new Set<string>();
  for (const a of ctx.assignments) {
    const key = JSON.stringify(a.path);
    if (seen.has(key)) continue;
    seen.add(key);
    let before: unknown = report;
    let after: unknown = next;
    for (const segment of a.path) {
      before = (before as Record<string | number, unknown> | undefined)?.[segment];
      after = (after as Record<string | number, unknown> | undefined)?.[segment];
    }
    diffValues([...a.path], before, after, a.table, changes);
  }
  for (const t of tables) t.changeCount = changes.filter((c) => c.table === t.kind).length;
  const problems = ctx.problems;
  return {
    tables,
    changes,
    problems,
    canApply: tables.length > 0 && !problems.some((p) => p.severity === 'error'),
    summary: summaryOf(tables),
    next,
  };
}
