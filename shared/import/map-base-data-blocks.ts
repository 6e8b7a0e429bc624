/**
 * The one-row blocks of 附件1: 财政供养人员 (编制数 / 在职人数 / 控制率), 楼堂馆所 (规模 and 投资, in one row of six
 * or two rows of three) and the 厉行节约保障措施 text.
 */
import { formatBasis, rateBasis } from '../calc/percent';
import { sumPresent } from '../calc/money';
import { LIMITS } from '../model/primitives';
import { bodyRows, columnOf, type ColumnInfo, type Section } from './find-sections';
import type { ImportContext } from './import-context';
import type { CellRef } from './problems';
import { readText } from './read-number';
import { isFrugalityLabel } from './row-labels';
import type { SheetGrid } from './sheet-grid';

/** The first body row with something in the given columns: the values under a one-row header. */
function valueRow(section: Section, columns: readonly ColumnInfo[]): number | null {
  for (const row of bodyRows(section)) {
    if (columns.some((c) => readText(section.grid.raw(row, c.col)) !== '')) return row;
  }
  return null;
}

export function mapStaffing(section: Section, ctx: ImportContext): void {
  const authorizedCol = columnOf(section, 'authorized');
  const actualCol = columnOf(section, 'staffActual');
  const rateCol = columnOf(section, 'controlRate');
  const present = [authorizedCol, actualCol].filter((c): c is ColumnInfo => c !== undefined);
  const row = valueRow(section, present);
  if (row === null) return;
  const st = ctx.report.staffing;
  const place = (column: ColumnInfo | undefined, total: 'authorized' | 'actual') => {
    if (!column) return undefined;
    const value = ctx.count(section, row, column);
    if (value === undefined) return undefined;
    const admin = total === 'authorized' ? 'adminAuthorized' : 'adminActual';
    const institution = total === 'authorized' ? 'institutionAuthorized' : 'institutionActual';
    const current = sumPresent([st[admin], st[institution]]);
    if (value === current) return value;
    const at = section.grid.ref(row, column.col);
    // The table has one total; the report keeps 行政 and 事业 apart. Only an unsplit report can take the total.
    if (!st[institution] || current === null) ctx.set('baseData', ['staffing', admin], value, at);
    else
      ctx.warn(
        at,
        `表中${total === 'authorized' ? '编制数' : '实际在职人数'}为${value}人，报告中行政、事业合计为${current}人；无法判断如何拆分，未修改，请在“一（二）人员编制”中核对`,
      );
    return value;
  };
  const authorized = place(authorizedCol, 'authorized');
  const actual = place(actualCol, 'actual');
  if (rateCol && authorized !== undefined && actual !== undefined) {
    const printed = ctx.percent(section, row, rateCol);
    const computed = rateBasis(actual, authorized);
    if (printed !== null && computed !== null && Math.abs(printed - computed) > 1) {
      ctx.warn(
        section.grid.ref(row, rateCol.col),
        `控制率表中为${formatBasis(printed, false)}%，按人数计算为${formatBasis(computed, false)}%；控制率由程序计算`,
      );
    }
  }
}

export interface BuildingRead {
  values: Partial<
    Record<'approvedAreaCenti' | 'actualAreaCenti' | 'budgetInvestFen' | 'actualInvestFen', number | null>
  >;
  at: CellRef | null;
  /** Something was written in the block ("无" counts; a blank template block does not). */
  stated: boolean;
}

export function readBuilding(section: Section, ctx: ImportContext, into: BuildingRead): void {
  const keys = [
    ['approvedArea', 'approvedAreaCenti'],
    ['actualArea', 'actualAreaCenti'],
    ['budgetInvest', 'budgetInvestFen'],
    ['actualInvest', 'actualInvestFen'],
  ] as const;
  const present = keys.flatMap(([key, field]) => {
    const column = columnOf(section, key);
    return column ? [{ column, field }] : [];
  });
  const row = valueRow(
    section,
    present.map((p) => p.column),
  );
  if (row === null) {
    for (const p of present) into.values[p.field] = null;
    return;
  }
  for (const { column, field } of present) {
    if (readText(section.grid.raw(row, column.col)) !== '') into.stated = true;
    const value = field.endsWith('Centi') ? ctx.area(section, row, column) : ctx.amount(section, row, column);
    if (value !== undefined) into.values[field] = value;
    into.at ??= section.grid.ref(row, column.col);
  }
}

/** "厉行节约保障措施" followed by its text in the same row. */
export function mapFrugality(grid: SheetGrid, ctx: ImportContext): void {
  for (let row = 1; row <= grid.rowCount; row++) {
    const texts = grid.rowTexts(row);
    const i = texts.findIndex((t) => isFrugalityLabel(t.text));
    if (i < 0) continue;
    const rest = texts.slice(i + 1).filter((t) => t.text !== texts[i]?.text);
    const text = rest.map((t) => t.text).join('\n');
    const at = grid.ref(row, rest[0]?.col ?? texts[i]?.col ?? 1);
    if (text.length > LIMITS.paragraph) ctx.error(at, `厉行节约保障措施超过${LIMITS.paragraph}字`);
    else ctx.set('baseData', ['baseData', 'frugality'], text, at);
    return;
  }
}
