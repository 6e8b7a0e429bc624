/**
 * Where a project's 项目支出绩效自评表 stands, for its row in 二（二）, the 项目自评汇总 screen and the side list:
 * 未建立 (no table), 填写中, 已完成 (goals written, every indicator named, and a grade, which needs every score and the
 * 执行率 stated). Blank source lines do not hold a table back: a project without carry-over leaves that line blank.
 */
import type { Project, Report } from '../../../shared/model/report';
import type { ProjectTable } from '../../../shared/model/project-table';
import type { RulePack } from '../../../shared/checks/rule-pack';
import { rulePackFor } from '../../../shared/packs/registry';
import { deriveProjectTable, type ProjectTableFigures } from '../../../shared/calc/project-table';

export type TableState = 'none' | 'progress' | 'done';

export const TABLE_STATE_LABEL: Record<TableState, string> = {
  none: '未建立',
  progress: '填写中',
  done: '已完成',
};

export function tableState(table: ProjectTable | null, figures: ProjectTableFigures | null): TableState {
  if (table === null || figures === null) return 'none';
  const complete =
    figures.score.grade !== null &&
    table.goalExpected.trim() !== '' &&
    table.goalActual.trim() !== '' &&
    table.indicators.length > 0 &&
    table.indicators.every((i) => i.name.trim() !== '');
  return complete ? 'done' : 'progress';
}

/** A project's table state with the figures it was judged by (null figures: no table). */
export function projectTableStatus(project: Project, pack: RulePack) {
  const figures = project.table === null ? null : deriveProjectTable(project, project.table, pack);
  return { figures, state: tableState(project.table, figures) };
}

/** The side list's fill of 项目自评汇总: full once every project has a complete table. */
export function projectTablesFill(r: Report): 'empty' | 'partial' | 'full' {
  const items = r.projects.items;
  if (!items.some((p) => p.table !== null)) return 'empty';
  const pack = rulePackFor(r.rulePackId);
  return items.every((p) => projectTableStatus(p, pack).state === 'done') ? 'full' : 'partial';
}

/** The project row a field path goes into the table of ("projects.items.3.table.goalActual" → 3), else null. */
export function tableIndexOfPath(path: readonly (string | number)[] | string): number | null {
  const parts = typeof path === 'string' ? path.split('.') : path;
  const [a, b, c, d] = parts;
  if (a !== 'projects' || b !== 'items' || d !== 'table') return null;
  const index = typeof c === 'number' ? c : /^\d{1,5}$/.test(c ?? '') ? Number(c) : NaN;
  return Number.isInteger(index) ? index : null;
}
