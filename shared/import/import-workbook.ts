/**
 * The import, pure: a workbook's plain rows + the report as it is now → the report as it would be, the list of
 * changes (old → new) and every problem with its 工作表/行/列. Nothing is saved here; the service applies `next` in
 * one transaction after the clerk has seen the preview, and only when there is no 'error' problem.
 */
import type { Report } from '../model/report';
import { validateReport } from '../model/validate';
import { deletedRow, diffValues, type FieldChange } from './diff-report';
import { findSections, type Section } from './find-sections';
import { ImportContext, TABLE_TITLES, type Assignment, type TableKind } from './import-context';
import { mapBaseData } from './map-base-data';
import { mapProjects } from './map-projects';
import { looksLikeProjectList, mapSelfEval } from './map-self-eval';
import { normalizeLabel, removeSpaces, toHalfWidth, unitLine, yearInText } from './normalize-text';
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

export interface ImportOptions {
  /** "清空报告中有而表中没有的数": a blank or "—" cell clears the report's figure. Otherwise it changes nothing. */
  clearMissing?: boolean;
  /** The clerk confirmed that rows of the report missing from the workbook are deleted. Otherwise they are kept. */
  deleteMissingRows?: boolean;
  /** The figures of new rows are listed until the list of changes holds this many (what a preview shows). */
  detailLimit?: number;
}

/** How many changes the preview lists; the rest are counted. */
export const PREVIEW_CHANGES_SHOWN = 2_000;

export interface ImportPreview {
  tables: FoundTable[];
  changes: FieldChange[];
  /** Rows of the report that the workbook does not have: deleted only with `deleteMissingRows`. */
  deletions: FieldChange[];
  /** True when `deletions` are part of `next` (the clerk confirmed them). */
  deletionsApplied: boolean;
  /** Every figure cell of every table found is blank: a template that was never filled in. Nothing is applied. */
  emptyTemplate: boolean;
  problems: ImportProblem[];
  /** No blocking problem, at least one table found, and not an empty template. */
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
      else if (isUnitNameLabel(cell.text)) {
        // The name is the cell right next to the label; a template leaves it blank ("单位：万元" further right is no name).
        const next = texts[i + 1];
        const labelEnd = grid.merge(row, cell.col)?.right ?? cell.col;
        if (next && next.col === labelEnd + 1 && !unitLine(next.text)) unit = removeSpaces(next.text);
      }
      // "填报单位：（盖章）" names no unit; "219001-棠溪镇人民政府" carries its budget code; 主管部门 is another unit.
      if (unit !== null) unit = unit.replace(/^[\dA-Za-z]+[-—－]/, '');
      if (unit !== null && normalizeLabel(unit) === '') unit = null;
      if (normalizeLabel(cell.text) === '主管部门') unit = null;
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

/** A value the workbook actually states: not a blank cell, "—", an empty text or an empty list. */
function isStated(value: unknown): boolean {
  if (value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function rowKey(row: unknown): string {
  const named = row as { name?: unknown; label?: unknown } | null;
  const name = named?.name ?? named?.label;
  return typeof name === 'string' ? normalizeLabel(name) : JSON.stringify(row);
}

/** Rows of `current` that `incoming` does not have (matched by name, each once). */
function missingRows(current: readonly unknown[], incoming: readonly unknown[]): number[] {
  if (current.length === 0) return [];
  const left = new Map<string, number>();
  for (const row of incoming) left.set(rowKey(row), (left.get(rowKey(row)) ?? 0) + 1);
  const missing: number[] = [];
  current.forEach((row, i) => {
    const n = left.get(rowKey(row)) ?? 0;
    if (n > 0) left.set(rowKey(row), n - 1);
    else missing.push(i);
  });
  return missing;
}

/** A row the workbook also has: what the workbook leaves blank keeps the report's value unless the clerk clears. */
function mergeRow(current: unknown, incoming: unknown, clear: boolean): unknown {
  if (clear || !isRecord(current) || !isRecord(incoming)) return incoming;
  const merged: Record<string, unknown> = { ...incoming };
  for (const [key, value] of Object.entries(incoming))
    if (!isStated(value) && key in current) merged[key] = current[key];
  return merged;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The list after the import. Rows are matched by name. Kept (the default): the report's rows in their order, each
 * merged with the workbook's row of the same name, then the workbook's new rows. Deleted (confirmed): the
 * workbook's rows in its order, each merged with the report's row of the same name.
 */
function mergeRows(current: readonly unknown[], incoming: readonly unknown[], options: ImportOptions): unknown[] {
  // A list the report does not have yet (the usual first import of a long project list): nothing to match.
  if (current.length === 0) return structuredClone([...incoming]);
  const clear = options.clearMissing === true;
  if (options.deleteMissingRows) {
    const byKey = new Map<string, unknown[]>();
    for (const row of current) byKey.set(rowKey(row), [...(byKey.get(rowKey(row)) ?? []), row]);
    return structuredClone(
      incoming.map((row) => {
        const match = byKey.get(rowKey(row))?.shift();
        return match === undefined ? row : mergeRow(match, row, clear);
      }),
    );
  }
  const byKey = new Map<string, unknown[]>();
  for (const row of incoming) byKey.set(rowKey(row), [...(byKey.get(rowKey(row)) ?? []), row]);
  const merged = current.map((row) => {
    const match = byKey.get(rowKey(row))?.shift();
    return match === undefined ? row : mergeRow(row, match, clear);
  });
  for (const rows of byKey.values()) merged.push(...rows);
  return structuredClone(merged);
}

function getAt(target: unknown, path: readonly (string | number)[]): unknown {
  let node = target;
  for (const segment of path) node = (node as Record<string | number, unknown> | undefined)?.[segment];
  return node;
}

/**
 * Later assignments to a field already set from another cell with a different value are reported, not applied.
 * A blank cell changes nothing unless the clerk chose to clear; a list keeps the report's rows the workbook does
 * not have unless the clerk confirmed their deletion.
 */
function applyAssignments(
  report: Report,
  assignments: readonly Assignment[],
  ctx: ImportContext,
  options: ImportOptions,
): Report {
  const next = structuredClone(report);
  const seen = new Map<string, Assignment>();
  for (const a of assignments) {
    const key = JSON.stringify(a.path);
    const first = seen.get(key);
    // Two rows for one field ("单位资金" and "其他资金"): a blank one neither conflicts nor wins over a figure.
    if (first && !isStated(a.value)) continue;
    if (first && isStated(first.value)) {
      if (JSON.stringify(first.value) !== JSON.stringify(a.value)) {
        const where = first.at ? `工作表「${first.at.sheet}」第${first.at.row}行` : '前面';
        ctx.warn(a.at, `这个数与${where}的同一项不同，按先出现的导入`);
      }
      continue;
    }
    seen.set(key, a);
    if (!isStated(a.value) && !options.clearMissing) continue;
    const current = getAt(report, a.path);
    // mergeRows returns a fresh copy; anything else is copied here (the assignment must not be shared with next).
    const value =
      Array.isArray(a.value) && Array.isArray(current)
        ? mergeRows(current, a.value, options)
        : structuredClone(a.value);
    setAt(next, a.path, value);
  }
  return next;
}

function summaryOf(tables: readonly FoundTable[]): string {
  const parts = tables.map((t) => `${t.title}（${t.changeCount}项）`);
  return `导入Excel：${parts.length > 0 ? parts.join('、') : '无可导入的表格'}`;
}

export function previewImport(workbook: WorkbookData, report: Report, options: ImportOptions = {}): ImportResult {
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
  // A workbook whose only figure could not be read is not called empty: its error says what to do.
  const emptyTemplate =
    tables.length > 0 &&
    !ctx.problems.some((p) => p.severity === 'error') &&
    !ctx.assignments.some((a) => isStated(a.value));
  const first = applyAssignments(report, ctx.assignments, ctx, options);
  for (const settlement of ctx.settlements) settlement(first);
  const next = emptyTemplate
    ? structuredClone(report)
    : applyAssignments(first, ctx.assignments.slice(plain), ctx, options);
  for (const check of ctx.checks) check(next);
  const valid = validateReport(next);
  if (!valid.ok) for (const line of valid.details) ctx.error(null, `导入后的报告数据不合格：${line}`);

  const changes: FieldChange[] = [];
  const deletions: FieldChange[] = [];
  const seen = new Set<string>();
  for (const a of ctx.assignments) {
    const key = JSON.stringify(a.path);
    if (seen.has(key)) continue;
    seen.add(key);
    const before = getAt(report, a.path);
    if (Array.isArray(before) && Array.isArray(a.value) && (isStated(a.value) || options.clearMissing)) {
      for (const i of missingRows(before, a.value)) deletions.push(deletedRow([...a.path, i], before[i], a.table));
    }
    diffValues([...a.path], before, getAt(next, a.path), a.table, changes, options.detailLimit);
  }
  if (emptyTemplate) {
    ctx.warn(null, '工作簿中的表格一个数也没有填写（空白模板），导入不会修改报告。请在表中填好数字后再导入');
  }
  if (deletions.length > 0 && !options.deleteMissingRows) {
    ctx.warn(null, `报告中有${deletions.length}行在工作簿中没有，已保留；如确要删除，请在预览中确认“删除这些行”`);
  }
  const listed = changes.filter((c) => !c.label.endsWith('（删除）'));
  for (const t of tables) t.changeCount = listed.filter((c) => c.table === t.kind && !c.detail).length;
  const problems = ctx.problems;
  return {
    tables,
    changes: listed,
    deletions,
    deletionsApplied: options.deleteMissingRows === true,
    emptyTemplate,
    problems,
    canApply: tables.length > 0 && !emptyTemplate && !problems.some((p) => p.severity === 'error'),
    summary: summaryOf(tables),
    next,
  };
}
