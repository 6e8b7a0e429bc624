/**
 * A project list (项目名称, 年初预算, 全年预算, 执行数/支出, 备注) → report.projects.items, in the sheet's order.
 * A project already in the report (same name) keeps what the sheet does not say (年中追加, 执行率偏低原因); a new
 * one counts as added mid-year when it had no 年初预算 or its 备注 says 追加.
 */
import { sumStated } from '../calc/money';
import { LIMITS } from '../model/primitives';
import type { Project } from '../model/report';
import { bodyRows, columnOf, rowLabel, type ColumnInfo, type Section } from './find-sections';
import type { ImportContext } from './import-context';
import { exactWanyuan } from './format-amount';
import { isTotalLabel, normalizeLabel, stripNumbering } from './normalize-text';
import { readText, readYesNo } from './read-number';
import { moneyColumns } from './map-self-eval';
import type { CellRef } from './problems';

type Slot = 'initialFen' | 'annualFen' | 'spentFen';
const SLOT_NAMES: Readonly<Record<Slot, string>> = {
  initialFen: '年初预算数',
  annualFen: '全年预算数',
  spentFen: '全年执行数',
};

interface Totals {
  values: Partial<Record<Slot, number | null>>;
  at: (slot: Slot) => CellRef;
}

function nameOf(section: Section, row: number, nameCol: ColumnInfo | undefined): { text: string; col: number } | null {
  if (nameCol) {
    const text = readText(section.grid.filled(row, nameCol.col));
    return text === '' ? null : { text, col: nameCol.col };
  }
  return rowLabel(section, row);
}

/** Existing projects by normalised name (a name may repeat: each match is used once, in order). */
function byName(items: readonly Project[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  items.forEach((p, i) => {
    const key = normalizeLabel(p.name);
    map.set(key, [...(map.get(key) ?? []), i]);
  });
  return map;
}

/** Reads one section's rows into `items`; returns the printed 合计 row, if any, for checking. */
function readSection(section: Section, ctx: ImportContext, items: Project[], used: Set<number>): Totals | null {
  const grid = section.grid;
  const slots = moneyColumns(section);
  const nameCol = columnOf(section, 'projectName');
  const noteCol = columnOf(section, 'note');
  const midYearCol = columnOf(section, 'midYear');
  const existing = byName(ctx.report.projects.items);
  let totals: Totals | null = null;
  for (const row of bodyRows(section)) {
    const name = nameOf(section, row, nameCol);
    const values: Partial<Record<Slot, number | null>> = {};
    let failed = false;
    for (const slot of Object.keys(SLOT_NAMES) as Slot[]) {
      const column = slots[slot];
      if (!column) continue;
      const fen = ctx.amount(section, row, column);
      if (fen === undefined) failed = true;
      else values[slot] = fen;
    }
    if (!name) {
      if (Object.values(values).some((v) => v !== null && v > 0))
        ctx.warn(grid.ref(row, nameCol?.col ?? 1), '这一行有金额但没有项目名称，已忽略');
      continue;
    }
    const clean = stripNumbering(name.text);
    // Every 合计/总计/小计 has 计 in it: most rows skip normalising their name here.
    if (clean.includes('计') && isTotalLabel(normalizeLabel(clean))) {
      if (!failed) totals = { values, at: (slot) => grid.ref(row, slots[slot]?.col ?? name.col) };
      continue;
    }
    const at = grid.ref(row, name.col);
    if (clean.length > LIMITS.shortText) {
      ctx.error(at, `项目名称超过${LIMITS.shortText}字（共${clean.length}字）`);
      continue;
    }
    const note = noteCol ? readText(grid.raw(row, noteCol.col)) : '';
    if (note.length > LIMITS.paragraph) {
      ctx.error(grid.ref(row, noteCol?.col ?? name.col), `备注超过${LIMITS.paragraph}字`);
      continue;
    }
    let midYear: boolean | undefined;
    if (midYearCol) {
      const read = readYesNo(grid.raw(row, midYearCol.col));
      if (read.kind === 'error') ctx.error(grid.ref(row, midYearCol.col), read.reason);
      else if (read.kind === 'value') midYear = read.value;
      else midYear = false;
    }
    if (failed) continue;
    const matchIndex =
      existing.size === 0 ? undefined : (existing.get(normalizeLabel(clean)) ?? []).find((i) => !used.has(i));
    const before = matchIndex === undefined ? undefined : ctx.report.projects.items[matchIndex];
    if (matchIndex !== undefined) used.add(matchIndex);
    const initialFen = values.initialFen ?? before?.initialFen ?? 0;
    const annualFen = values.annualFen ?? before?.annualFen ?? 0;
    items.push({
      name: clean,
      initialFen,
      annualFen,
      spentFen: values.spentFen ?? before?.spentFen ?? 0,
      addedMidYear: midYear ?? before?.addedMidYear ?? ((initialFen === 0 && annualFen > 0) || /追加/.test(note)),
      lowRateReason: noteCol ? note : (before?.lowRateReason ?? ''),
      // The project's own 自评表 is not in the list sheet: importing the list never drops it.
      table: before?.table ?? null,
    });
  }
  return totals;
}

const wan = exactWanyuan;

export function mapProjects(sections: readonly Section[], ctx: ImportContext): void {
  const items: Project[] = [];
  const used = new Set<number>();
  let totals: Totals | null = null;
  for (const section of sections) totals = readSection(section, ctx, items, used) ?? totals;
  const first = sections[0];
  ctx.set('projects', ['projects', 'items'], items, first ? first.grid.ref(first.bodyStart, 1) : null);
  if (!totals) return;
  const printed = totals;
  for (const slot of Object.keys(printed.values) as Slot[]) {
    const value = printed.values[slot];
    const sum = sumStated(items.map((p) => p[slot]));
    if (value !== undefined && value !== null && sum !== null && value !== sum) {
      ctx.warn(
        printed.at(slot),
        `合计行${SLOT_NAMES[slot]}表中为${wan(value)}，各项目相加为${wan(sum)}；合计由程序计算`,
      );
    }
  }
}
