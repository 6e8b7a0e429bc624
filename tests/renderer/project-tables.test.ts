// The editor's pure pieces for the projects' 项目支出绩效自评表, without a browser: which view a finding or an undo
// step inside a table opens, how far each table is, the 项目自评汇总 figures, and what autosave sends.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Report } from '../../shared/model/report';
import { emptyProjectTable } from '../../shared/model/empty';
import { HUNAN_DEFAULT } from '../../shared/packs/registry';
import { runChecks } from '../../shared/checks/run-checks';
import { rateScore } from '../../shared/calc/score';
import type { Finding } from '../../shared/checks/finding';
import {
  isViewId,
  screenForPath,
  screenStatuses,
  tableIndexOfView,
  tableView,
  viewForPath,
} from '../../renderer/src/editor/screens';
import { projectTableStatus, projectTablesFill, tableIndexOfPath } from '../../renderer/src/project-tables/table-state';
import { summaryRows, summaryTotals } from '../../renderer/src/project-tables/ProjectTablesSummary';
import { tableSummary } from '../../renderer/src/project-tables/TableLink';
import { prepareForSave } from '../../renderer/src/editor/state/prepare-save';
import { newIndicator } from '../../renderer/src/editor/sections/IndicatorsBlock';
import { newProject } from '../../renderer/src/editor/sections/ProjectsSection';

const read = (name: string) =>
  Report.parse(JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')).report);
const withTables = () => read('reference-2024-projects.selfeval.json');
const withoutTables = () => read('reference-2024.selfeval.json');

const finding = (path: (string | number)[], severity: Finding['severity'] = 'error'): Finding => ({
  code: 'TEST_TABLE',
  severity,
  message: '测试',
  paths: [path],
  key: `TEST_TABLE@${path.join('.')}`,
});

describe('routing into a project’s table', () => {
  it('sends a path inside projects.items.N.table to that table’s view, and other paths where they were', () => {
    const cell = ['projects', 'items', 6, 'table', 'indicators', 0, 'scoreCenti'];
    expect(tableIndexOfPath(cell)).toBe(6);
    expect(tableIndexOfPath(cell.join('.'))).toBe(6);
    expect(viewForPath(cell)).toBe('projectTable-6');
    expect(viewForPath('projects.items.2.table.funds.fiscal.spentFen')).toBe('projectTable-2');
    expect(viewForPath('projects.items.2.table')).toBe('projectTable-2');
    // The side list and the checks panel file them under 项目自评汇总.
    expect(screenForPath(cell)).toBe('projectTables');
    // The row's own figures stay on 二（二）: the table's 年度资金总额 line is that row.
    expect(viewForPath(['projects', 'items', 6, 'spentFen'])).toBe('projects');
    expect(viewForPath('projects.items')).toBe('projects');
    expect(viewForPath('selfEval.indicators.3.scoreCenti')).toBe('selfEval');
    expect(viewForPath('responses.0.explanation')).toBeNull();
    expect(tableIndexOfPath(['projects', 'items', 'x', 'table'])).toBeNull();
  });

  it('reads a table view from the address and refuses anything else', () => {
    expect(tableView(12)).toBe('projectTable-12');
    expect(tableIndexOfView('projectTable-12')).toBe(12);
    expect(isViewId('projectTable-0')).toBe(true);
    expect(isViewId('projectTables')).toBe(true);
    for (const bad of ['projectTable-', 'projectTable-x', 'projectTable--1', 'projectTable-1.5', null]) {
      expect(isViewId(bad)).toBe(false);
      expect(tableIndexOfView(bad)).toBeNull();
    }
  });

  it('counts a finding in a table against 项目自评汇总 in the side list', () => {
    const r = withTables();
    const findings = [
      finding(['projects', 'items', 6, 'table', 'indicators', 0, 'scoreCenti']),
      finding(['projects', 'items', 3, 'table', 'goalActual'], 'warning'),
    ];
    const statuses = screenStatuses(r, findings, new Set());
    expect(statuses.get('projectTables')).toEqual({ state: 'error', errors: 1, openWarnings: 1 });
    expect(statuses.get('projects')).toMatchObject({ errors: 0, openWarnings: 0 });
  });
});

describe('how far the tables are', () => {
  it('marks the nine constructed tables 已完成 and a project without one 未建立', () => {
    const r = withTables();
    const rows = summaryRows(r.projects.items, HUNAN_DEFAULT);
    expect(rows.map((row) => row.state)).toEqual(Array(9).fill('done'));
    expect(projectTablesFill(r)).toBe('full');
    r.projects.items[0]!.table = null;
    expect(projectTablesFill(r)).toBe('partial');
    expect(projectTablesFill(withoutTables())).toBe('empty');
    expect(tableSummary(r.projects.items[0]!, HUNAN_DEFAULT)).toEqual(['未建立']);
  });

  it('keeps a table 填写中 until its goals are written, every indicator named and every score stated', () => {
    const r = withTables();
    const project = r.projects.items[3]!;
    const table = project.table!;
    expect(projectTableStatus(project, HUNAN_DEFAULT).state).toBe('done');
    const variants = [
      { ...table, goalActual: ' ' },
      { ...table, indicators: table.indicators.map((i, n) => (n === 1 ? { ...i, scoreCenti: null } : i)) },
      { ...table, indicators: table.indicators.map((i, n) => (n === 1 ? { ...i, name: '' } : i)) },
      { ...table, indicators: [] },
    ];
    for (const t of variants) {
      expect(projectTableStatus({ ...project, table: t }, HUNAN_DEFAULT).state).toBe('progress');
    }
    // The project row shows a score as soon as there is one, and 填写中 while a score is missing.
    expect(tableSummary({ ...project, table: variants[0]! }, HUNAN_DEFAULT)).toEqual(['98.97分', '优']);
    expect(tableSummary({ ...project, table: variants[1]! }, HUNAN_DEFAULT)).toEqual(['填写中']);
    // A new table from the pack's frame is 填写中: it has indicator rows to fill.
    expect(projectTableStatus({ ...project, table: emptyProjectTable(HUNAN_DEFAULT) }, HUNAN_DEFAULT).state).toBe(
      'progress',
    );
  });

  it('shows the score and the grade on the project row, as deriveProjectTable computes them', () => {
    const project = withTables().projects.items[6]!;
    // 看守所…给养费: 执行率 48.71/52.40 = 92.96%, so the 10-point 执行率 line scores 9.30; indicators 18.6+20+10+30+10.
    const rateLine = rateScore(1000, project.spentFen, project.annualFen);
    expect(rateLine).toBe(930);
    expect(tableSummary(project, HUNAN_DEFAULT)).toEqual(['97.9分', '优']);
  });

  it('adds up on 项目自评汇总 only the projects that have a table, and counts them by grade', () => {
    const r = withTables();
    r.projects.items[8]!.table = null;
    r.projects.items[7]!.table = null;
    const rows = summaryRows(r.projects.items, HUNAN_DEFAULT);
    const totals = summaryTotals(rows, HUNAN_DEFAULT);
    const kept = r.projects.items.slice(0, 7);
    expect(totals.count).toBe(7);
    expect(totals.done).toBe(7);
    expect(totals.annualFen).toBe(kept.reduce((s, p) => s + (p.annualFen ?? 0), 0));
    expect(totals.spentFen).toBe(kept.reduce((s, p) => s + (p.spentFen ?? 0), 0));
    expect(totals.grades.reduce((s, g) => s + g.count, 0)).toBe(7);

    const none = summaryTotals(summaryRows(withoutTables().projects.items, HUNAN_DEFAULT), HUNAN_DEFAULT);
    expect(none).toMatchObject({ count: 0, annualFen: null, spentFen: null, rate: null, grades: [] });
  });
});

describe('what autosave sends', () => {
  it('drops indicator rows added to a table and left blank, and keeps an unnamed project that has a table', () => {
    const r = withTables();
    const table = r.projects.items[2]!.table!;
    const filled = table.indicators.length;
    table.indicators.push(newIndicator());
    const prepared = prepareForSave(r);
    expect(prepared.ok && prepared.report.projects.items[2]?.table?.indicators.length).toBe(filled);

    // A blank row of the list is dropped, but not once it has a table: it is saved and the checks ask for the name.
    r.projects.items.push({ ...newProject(), table: emptyProjectTable(HUNAN_DEFAULT) });
    const saved = prepareForSave(r);
    expect(saved.ok && saved.report.projects.items[9]?.table).not.toBeNull();
    expect(
      runChecks(r, HUNAN_DEFAULT, { today: '2026-11-26' })
        .filter((f) => f.code === 'NAME_MISSING')
        .map((f) => f.paths[0]?.join('.')),
    ).toEqual(['projects.items.9.name']);
  });

  it('drops a blank 附件2 indicator row whose weight and score were left empty (null), as the grid adds them', () => {
    const r = withoutTables();
    const count = r.selfEval.indicators.length;
    r.selfEval.indicators.push(newIndicator());
    const prepared = prepareForSave(r);
    expect(prepared.ok && prepared.report.selfEval.indicators.length).toBe(count);
  });
});
