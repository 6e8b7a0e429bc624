/**
 * What goes to report.save: the editor's report without rows left wholly blank (a row added and never filled
 * carries nothing, and a blank project name would make the whole report unsavable), checked against the same
 * schema the store uses. Problems come back with their field paths, so the clerk can be taken to each one.
 */
import { Report } from '../../../../shared/model/report';
import { chineseIssueMessage } from '../../../../shared/model/validate';
import { describeField } from '../../../../shared/model/field-labels';
import type { SaveProblem } from '../checks/ChecksPanel';
import { isBlankBaseRow, isBlankIndicator, isBlankProject } from '../../../../shared/model/blank-rows';

export function withoutBlankRows(r: Report): Report {
  const keep = <T>(list: T[], blank: (item: T) => boolean) => (list.some(blank) ? list.filter((x) => !blank(x)) : list);
  const groups = r.organisation.groups
    .map((g) => (g.units.some((u) => !u.trim()) ? { ...g, units: g.units.filter((u) => u.trim()) } : g))
    .filter((g) => g.label.trim() || g.units.length > 0);
  return {
    ...r,
    organisation: { ...r.organisation, groups },
    duties: keep(r.duties, (d) => !d.trim()),
    projects: {
      ...r.projects,
      items: keep(r.projects.items, isBlankProject).map((p) =>
        p.table?.indicators.some(isBlankIndicator)
          ? { ...p, table: { ...p.table, indicators: p.table.indicators.filter((i) => !isBlankIndicator(i)) } }
          : p,
      ),
    },
    baseData: { ...r.baseData, projectRows: keep(r.baseData.projectRows, isBlankBaseRow) },
    selfEval: { ...r.selfEval, indicators: keep(r.selfEval.indicators, isBlankIndicator) },
  };
}

export type Prepared = { ok: true; report: Report } | { ok: false; problems: SaveProblem[] };

/**
 * Paths are those of the editor's report, not of the trimmed copy: a problem is only possible in a row that is not
 * blank, and the rows are re-validated in place to keep their indices.
 */
export function prepareForSave(report: Report): Prepared {
  const trimmed = withoutBlankRows(report);
  if (Report.safeParse(trimmed).success) return { ok: true, report: trimmed };
  const parsed = Report.safeParse(report, { error: chineseIssueMessage });
  const problems: SaveProblem[] = [];
  const seen = new Set<string>();
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    const key = path.join('.');
    if (seen.has(key) || isBlankAt(report, path)) continue;
    seen.add(key);
    problems.push({ path: key, message: `${describeField(path)}：${issue.message}` });
  }
  if (problems.length === 0) problems.push({ path: '', message: '报告内容不完整，无法保存' });
  return { ok: false, problems };
}

/** Whether an issue lies in a row that withoutBlankRows drops anyway. */
function isBlankAt(r: Report, path: readonly (string | number)[]): boolean {
  const [a, b, c, d, e, f] = path;
  if (a === 'projects' && b === 'items' && typeof c === 'number') {
    const project = r.projects.items[c];
    if (!project) return false;
    if (d === 'table' && e === 'indicators' && typeof f === 'number') {
      const row = project.table?.indicators[f];
      return row ? isBlankIndicator(row) : false;
    }
    return isBlankProject(project);
  }
  if (a === 'selfEval' && b === 'indicators' && typeof c === 'number') {
    const row = r.selfEval.indicators[c];
    return row ? isBlankIndicator(row) : false;
  }
  if (a === 'baseData' && b === 'projectRows' && typeof c === 'number') {
    return r.baseData.projectRows[c] ? isBlankBaseRow(r.baseData.projectRows[c]) : false;
  }
  if (a === 'organisation' && b === 'groups' && typeof c === 'number') {
    const g = r.organisation.groups[c];
    if (!g) return false;
    if (d === 'units' && typeof e === 'number') return !(g.units[e] ?? '').trim();
    return !g.label.trim() && g.units.every((u) => !u.trim());
  }
  return false;
}
