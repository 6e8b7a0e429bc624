/**
 * 附件1 基础数据表 → report fields (domain.md §2.1): the 经费控制情况 rows (三公 parts, 项目支出 rows, 公用经费 …),
 * the 财政供养人员 row, the 楼堂馆所 block and the 厉行节约 text (map-base-data-blocks.ts). Rows the template prints as sums (三公经费,
 * 公务用车购置和维护经费, 项目支出) are checked against their parts, not stored.
 */
import { addColumns, derive } from '../calc/derive';
import { findRulePack } from '../packs/registry';
import { LIMITS } from '../model/primitives';
import type { Report, ThreeColumns } from '../model/report';
import { bodyRows, columnOf, rowLabel, type ColumnInfo, type Section } from './find-sections';
import { mapFrugality, mapStaffing, readBuilding, type BuildingRead } from './map-base-data-blocks';
import type { ImportContext } from './import-context';
import { exactWanyuan } from './format-amount';
import { isTotalLabel, normalizeLabel, stripNumbering } from './normalize-text';
import { matchBaseDataRow, type BaseDataRow } from './row-labels';
import type { CellRef } from './problems';

type Slot = keyof ThreeColumns;
const SLOT_NAMES: Readonly<Record<Slot, string>> = {
  prevFinalFen: '上年决算数',
  budgetFen: '本年预算数',
  finalFen: '本年决算数',
};

type SlotColumns = Partial<Record<Slot, ColumnInfo>>;

const FIELD_PATHS: Readonly<Record<BaseDataRow, readonly string[]>> = {
  vehiclePurchase: ['threePublic', 'vehiclePurchase'],
  vehicleOperation: ['threePublic', 'vehicleOperation'],
  abroad: ['threePublic', 'abroad'],
  reception: ['threePublic', 'reception'],
  publicFunds: ['baseData', 'publicFunds'],
  publicFundsOffice: ['baseData', 'publicFundsOffice'],
  publicFundsUtilitiesTravel: ['baseData', 'publicFundsUtilitiesTravel'],
  publicFundsMeetingTraining: ['baseData', 'publicFundsMeetingTraining'],
  procurement: ['baseData', 'procurement'],
  basicAdjustment: ['baseData', 'basicAdjustment'],
};

/**
 * Which column is last year's final account. Two 决算 columns: the earlier year (or the left one) is last year's.
 * One: it is last year's when its year is the year before the table's own (the 预算数 column's, else the report's).
 */
function slotColumns(section: Section, ctx: ImportContext): SlotColumns {
  const slots: SlotColumns = {};
  const explicitPrev = columnOf(section, 'prevFinal');
  const budget = columnOf(section, 'budget');
  if (explicitPrev) slots.prevFinalFen = explicitPrev;
  if (budget) slots.budgetFen = budget;
  const finals = section.columns
    .filter((c) => c.key === 'final')
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.col - b.col);
  const tableYear = budget?.year ?? finals[finals.length - 1]?.year ?? null;
  if (finals.length >= 2 && !explicitPrev) {
    slots.prevFinalFen = finals[0];
    slots.finalFen = finals[finals.length - 1];
  } else if (finals.length >= 1) {
    const only = finals[finals.length - 1];
    const thisYear = budget?.year ?? ctx.report.year;
    if (!explicitPrev && only?.year !== null && only?.year === thisYear - 1) slots.prevFinalFen = only;
    else slots.finalFen = only;
  }
  if (tableYear !== null && tableYear !== ctx.report.year) {
    ctx.warn(
      section.grid.ref(section.headerTop, (budget ?? finals[0])?.col ?? 1),
      `表头的年份（${tableYear}年）与报告年度（${ctx.report.year}年）不一致，请确认选择了正确年度的表格`,
    );
  }
  return slots;
}

function readColumns(
  section: Section,
  ctx: ImportContext,
  row: number,
  slots: SlotColumns,
): Partial<ThreeColumns> | null {
  const out: Partial<ThreeColumns> = {};
  let failed = false;
  for (const slot of Object.keys(SLOT_NAMES) as Slot[]) {
    const column = slots[slot];
    if (!column) continue;
    const fen = ctx.amount(section, row, column);
    if (fen === undefined) failed = true;
    else out[slot] = fen;
  }
  return failed ? null : out;
}

const wan = exactWanyuan;

/** A printed sum compared with the sum of its parts, column by column (a warning: the parts are what is stored). */
function checkSum(
  ctx: ImportContext,
  at: (slot: Slot) => CellRef,
  label: string,
  printed: Partial<ThreeColumns>,
  parts: (next: Report) => ThreeColumns,
): void {
  ctx.later((next) => {
    const sum = parts(next);
    for (const slot of Object.keys(printed) as Slot[]) {
      const value = printed[slot];
      const computed = sum[slot];
      if (value === undefined || value === null || computed === null || value === computed) continue;
      ctx.warn(
        at(slot),
        `「${label}」${SLOT_NAMES[slot]}表中为${wan(value)}，按各项计算应为${wan(computed)}；导入的是各项的数，合计由程序计算`,
      );
    }
  });
}

/**
 * The 项目支出 row of 附件1. Its 本年预算数 (年初 or 全年 as the pack says) and 本年决算数 are project totals: when they
 * agree with the project figures nothing changes; otherwise (no project list, or a list that is partial) they are
 * kept as the report's stated project totals. Its 上年决算数 is the category rows' sum, or kept as printed when the
 * table has no category rows.
 */
function projectsTotalRow(
  ctx: ImportContext,
  at: (slot: Slot) => CellRef,
  label: string,
  printed: Partial<ThreeColumns>,
  rows: readonly ThreeColumns[],
): void {
  ctx.settle((next) => {
    const pack = findRulePack(next.rulePackId);
    if (!pack) {
      ctx.warn(
        at('budgetFen'),
        `报告的规则包“${next.rulePackId}”不存在，无法判断「${label}」本年预算数是年初还是全年预算，未导入`,
      );
      return;
    }
    const projects = derive(next, pack).projects;
    const budgetColumn = pack.attachments.baseData.projectBudgetColumn === 'initial' ? 'initialFen' : 'annualFen';
    const pairs: [Slot, 'initialFen' | 'annualFen' | 'spentFen'][] = [
      ['budgetFen', budgetColumn],
      ['finalFen', 'spentFen'],
    ];
    for (const [slot, column] of pairs) {
      const value = printed[slot];
      if (value === undefined || value === null || value === projects[column]) continue;
      ctx.set('baseData', ['projects', 'statedTotal', column], value, at(slot));
      if (next.projects.items.length > 0 && projects.list[column] !== null) {
        ctx.warn(
          at(slot),
          `「${label}」${SLOT_NAMES[slot]}表中为${wan(value)}，项目清单合计为${wan(projects.list[column])}；已按表中数记为项目支出合计`,
        );
      }
    }
    const prev = printed.prevFinalFen;
    if (rows.length === 0 && prev !== undefined && prev !== next.baseData.projectsPrevFinalFen) {
      ctx.set('baseData', ['baseData', 'projectsPrevFinalFen'], prev, at('prevFinalFen'));
    }
  });
  checkSum(ctx, at, label, { prevFinalFen: printed.prevFinalFen }, (next) => ({
    prevFinalFen: rows.length > 0 ? addColumns(rows).prevFinalFen : next.baseData.projectsPrevFinalFen,
    budgetFen: null,
    finalFen: null,
  }));
}

function mapThreeColumns(section: Section, ctx: ImportContext): void {
  const slots = slotColumns(section, ctx);
  const grid = section.grid;
  const cellAt = (row: number) => (slot: Slot) => grid.ref(row, slots[slot]?.col ?? 1);
  let projectBlock: { prevFinalFen: number; budgetFen: number; finalFen: number; label: string }[] | null = null;
  for (const row of bodyRows(section)) {
    const label = rowLabel(section, row, (l) => matchBaseDataRow(l) !== null);
    const values = readColumns(section, ctx, row, slots);
    if (!label) {
      if (values && Object.values(values).some((v) => v !== 0))
        ctx.warn(grid.ref(row, section.labelCols[0] ?? 1), '这一行有数字但没有行名称，已忽略');
      continue;
    }
    const normalized = normalizeLabel(label.text);
    if (isTotalLabel(normalized)) continue;
    const target = matchBaseDataRow(label.text);
    if (target === null && projectBlock !== null) {
      const name = stripNumbering(label.text);
      if (/^[.…。、]*$/.test(name)) continue;
      if (name.length > LIMITS.shortText) {
        ctx.error(grid.ref(row, label.col), `行名称超过${LIMITS.shortText}字`);
        continue;
      }
      // A template's placeholder line ("1、业务工作经费" with nothing in it) is not a category row.
      if (values && Object.values(values).some((v) => v !== null))
        projectBlock.push({
          label: name,
          prevFinalFen: values.prevFinalFen ?? 0,
          budgetFen: values.budgetFen ?? 0,
          finalFen: values.finalFen ?? 0,
        });
      continue;
    }
    if (target === null) {
      ctx.warn(grid.ref(row, label.col), `未识别的行「${label.text}」，已忽略`);
      continue;
    }
    if (target === 'projectsTotal') {
      projectBlock = [];
      if (values) projectsTotalRow(ctx, cellAt(row), label.text, values, projectBlock);
      continue;
    }
    if (projectBlock !== null) {
      ctx.set('baseData', ['baseData', 'projectRows'], projectBlock, grid.ref(row, label.col));
      projectBlock = null;
    }
    if (!values) continue;
    if (target === 'threePublicTotal') {
      checkSum(ctx, cellAt(row), label.text, values, (n) => {
        const tp = n.threePublic;
        return addColumns([tp.abroad, tp.reception, tp.vehiclePurchase, tp.vehicleOperation]);
      });
      continue;
    }
    if (target === 'vehicleTotal') {
      checkSum(ctx, cellAt(row), label.text, values, (n) =>
        addColumns([n.threePublic.vehiclePurchase, n.threePublic.vehicleOperation]),
      );
      continue;
    }
    const base = FIELD_PATHS[target];
    for (const slot of Object.keys(values) as Slot[]) {
      ctx.set('baseData', [...base, slot], values[slot], grid.ref(row, slots[slot]?.col ?? 1));
    }
  }
  if (projectBlock !== null) ctx.set('baseData', ['baseData', 'projectRows'], projectBlock, null);
}

export function mapBaseData(sections: readonly Section[], ctx: ImportContext): void {
  const building: BuildingRead = { values: {}, at: null, stated: false };
  let hasBuilding = false;
  for (const section of sections) {
    if (section.kind === 'threeColumns') mapThreeColumns(section, ctx);
    else if (section.kind === 'staffing') mapStaffing(section, ctx);
    else if (section.kind === 'building') {
      hasBuilding = true;
      readBuilding(section, ctx, building);
    }
  }
  if (hasBuilding && building.stated) {
    const entries = Object.entries(building.values) as [keyof BuildingRead['values'], number | null][];
    const exists = entries.some(([, v]) => v !== null && v > 0);
    // "无" in every cell: no building completed this year; its figures mean nothing and are left as they are.
    if (exists) {
      for (const [field, value] of entries) ctx.set('baseData', ['baseData', 'building', field], value, building.at);
    }
    ctx.set('baseData', ['baseData', 'building', 'exists'], exists, building.at);
  }
  const grids = [...new Set(sections.map((s) => s.grid))];
  for (const grid of grids) mapFrugality(grid, ctx);
}
