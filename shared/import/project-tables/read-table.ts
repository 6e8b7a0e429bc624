/**
 * One 项目支出绩效自评表 (a TableBlock) → plain figures: 项目名称, 主管部门/实施单位, the 项目资金 block (the 年度资金总额 line
 * is only compared with the project row, never stored), 年度总体目标 and the indicator rows (map-indicators.ts, the
 * reader 附件2 uses). Problems go to the table's own ImportContext with 工作表/行/列.
 */
import type { FundLine, ProjectFundKey } from '../../model/project-table';
import type { Indicator } from '../../model/indicator';
import type { RulePack } from '../../checks/rule-pack';
import { LIMITS } from '../../model/primitives';
import { matchColumn } from '../column-labels';
import { bodyRows, columnOf, findSections, rowLabel, type ColumnInfo, type Section } from '../find-sections';
import type { ImportContext } from '../import-context';
import { mapIndicators, type PrintedTotal } from '../map-indicators';
import { goalTexts, moneyColumns } from '../map-self-eval';
import { normalizeLabel, removeSpaces, toHalfWidth, yearInText } from '../normalize-text';
import type { CellRef } from '../problems';
import { readAmount, readScore, readText } from '../read-number';
import { matchFundRow } from './fund-rows';
import type { TableBlock } from './find-tables';

type Slot = keyof FundLine;
const SLOTS: readonly Slot[] = ['initialFen', 'annualFen', 'spentFen'];

export interface TableHeading {
  name: string;
  department: string;
  implementer: string;
  /** "自评得分 98" printed above the table (宁夏), checked against the computed total. */
  topScore: { value: number; at: CellRef } | null;
  /** The year in the title lines ("（2022年度）"), to tell a table of another year. */
  year: { value: number; at: CellRef } | null;
}

export interface ReadTable extends TableHeading {
  /** The printed 年度资金总额 line (undefined: no such column). */
  total: Partial<Record<Slot, number | null>>;
  totalAt: CellRef | null;
  funds: Record<ProjectFundKey, FundLine>;
  /** Fund lines the table prints (a line it does not have is left as the report has it). */
  fundsSeen: Set<ProjectFundKey>;
  /** 分值 of the 执行率 line; undefined when the table does not print one. */
  rateWeightCenti: number | null | undefined;
  printedRate: { value: number; at: CellRef } | null;
  printedRateScore: { value: number; at: CellRef } | null;
  printedTotal: (PrintedTotal & { weightAt: CellRef | null; scoreAt: CellRef | null }) | null;
  goalExpected: string;
  goalActual: string;
  indicators: Indicator[];
  /** The money block had no unit anywhere: read as 万元 (the caller warns). */
  unitMissing: boolean;
  /** Where the table's money block is, for messages that concern the whole block. */
  moneyAt: CellRef | null;
}

const LABELS = {
  name: /^项目名称$/,
  department: /^(?:主管部门|主管单位|主管部门单位)$/,
  implementer: /^(?:实施单位|项目实施单位|实施单位盖章)$/,
  score: /^(?:自评得分|自评总分|总分)$/,
};

function labelOf(text: string): keyof typeof LABELS | null {
  const n = normalizeLabel(text);
  for (const key of Object.keys(LABELS) as (keyof typeof LABELS)[]) if (LABELS[key].test(n)) return key;
  return null;
}

/** 项目名称, 主管部门, 实施单位 and a 自评得分 printed above the money block. */
export function readHeading(block: TableBlock, sections: readonly Section[], ctx: ImportContext): TableHeading {
  const { grid } = block;
  // Up to the first figures: a 主管部门 row may be drawn into the money header band by its merged cells.
  const end = Math.min(...sections.map((s) => s.bodyStart), block.bottom + 1);
  const out: TableHeading = { name: '', department: '', implementer: '', topScore: null, year: null };
  for (let row = block.top; row < block.nameRow && !out.year; row++) {
    for (const cell of grid.rowTexts(row)) {
      const value = /表|年度/.test(cell.text) ? yearInText(cell.text) : null;
      if (value !== null) {
        out.year = { value, at: grid.ref(row, cell.col) };
        break;
      }
    }
  }
  for (let row = block.nameRow; row < end; row++) {
    const texts = grid.rowTexts(row);
    texts.forEach((cell, i) => {
      const inline = /^(项目名称|主管部门|实施单位)[:：](.+)$/.exec(removeSpaces(toHalfWidth(cell.text)));
      const key = inline ? labelOf(inline[1] ?? '') : labelOf(cell.text);
      if (!key) return;
      const next = texts[i + 1];
      const value = inline ? (inline[2] ?? '') : next && labelOf(next.text) === null ? next.text : '';
      if (key === 'score') {
        if (next && value !== '') {
          const read = readScore(grid.raw(row, next.col));
          if (read.kind === 'value') out.topScore = { value: read.value, at: grid.ref(row, next.col) };
        }
        return;
      }
      if (out[key] !== '' || value === '') return;
      if (value.length > LIMITS.shortText) {
        ctx.error(grid.ref(row, next?.col ?? cell.col), `${cell.text}超过${LIMITS.shortText}字（共${value.length}字）`);
        return;
      }
      out[key] = value;
    });
  }
  return out;
}

function emptyLine(): FundLine {
  return { initialFen: null, annualFen: null, spentFen: null };
}

/** "预算执行情况（万元）（20分）": the 执行率 line's weight stated in the caption when there is no 分值 column. */
function captionWeight(section: Section): number | null {
  for (let r = section.headerTop; r <= section.headerBottom; r++) {
    for (const { text } of section.grid.rowTexts(r)) {
      const m = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/.exec(toHalfWidth(text));
      if (m && /预算执行|项目资金|资金情况/.test(text)) {
        const read = readScore(m[1] ?? '');
        if (read.kind === 'value') return read.value;
      }
    }
  }
  return null;
}

function readMoney(section: Section, ctx: ImportContext, pack: RulePack, out: ReadTable): void {
  const { grid } = section;
  const slots = moneyColumns(section);
  const weightCol = columnOf(section, 'weight');
  const rateCol = columnOf(section, 'rate');
  const scoreCol = columnOf(section, 'score');
  const printedLines = new Set(pack.attachments.projectTable.fundLines.map((l) => l.key));
  out.moneyAt ??= grid.ref(section.headerTop, 1);
  if (!section.unitFound) out.unitMissing = true;
  for (const row of bodyRows(section)) {
    const label = rowLabel(section, row, (l) => matchFundRow(l) !== null) ?? labelMergedFromHeader(section, row);
    if (!label) continue;
    const target = matchFundRow(label.text);
    if (target === null) {
      // A row that is no money line ("年初设定目标 | text" under the block): only a figure in it is worth a note.
      const figure = SLOTS.some((slot) => {
        const c = slots[slot];
        return c !== undefined && readAmount(grid.raw(row, c.col), section.unit).kind === 'value';
      });
      if (figure) ctx.warn(grid.ref(row, label.col), `未识别的资金行「${label.text}」，已忽略`);
      continue;
    }
    const values: Partial<Record<Slot, number | null>> = {};
    let failed = false;
    for (const slot of SLOTS) {
      const column = slots[slot];
      if (!column) continue;
      const fen = ctx.amount(section, row, column);
      if (fen === undefined) failed = true;
      else values[slot] = fen;
    }
    if (failed) continue;
    if (target === 'total') {
      out.total = values;
      out.totalAt = grid.ref(row, label.col);
      readRateLine(section, ctx, row, { weightCol, rateCol, scoreCol }, out);
      continue;
    }
    if (!printedLines.has(target)) {
      if (Object.values(values).some((v) => v !== null && v !== undefined))
        ctx.warn(grid.ref(row, label.col), `规则包的项目支出绩效自评表没有「${label.text}」一行，这一行未导入`);
      continue;
    }
    const line = out.funds[target];
    for (const slot of SLOTS) {
      const v = values[slot];
      // 单位资金 and 财政专户管理资金 (四川) are added into 其他资金; a blank row adds nothing.
      if (v !== undefined && v !== null) line[slot] = (line[slot] ?? 0) + v;
    }
    out.fundsSeen.add(target);
  }
  if (!weightCol && out.rateWeightCenti === undefined) {
    const w = captionWeight(section);
    if (w !== null) out.rateWeightCenti = w;
  }
}

/** "年度资金总额" merged down from the header row over its figures (宁夏: one line under the column heads). */
function labelMergedFromHeader(section: Section, row: number): { text: string; col: number } | null {
  for (const col of section.labelCols) {
    const text = section.grid.text(row, col);
    if (text !== '' && matchFundRow(text) !== null) return { text, col };
  }
  return null;
}

function readRateLine(
  section: Section,
  ctx: ImportContext,
  row: number,
  cols: { weightCol?: ColumnInfo | undefined; rateCol?: ColumnInfo | undefined; scoreCol?: ColumnInfo | undefined },
  out: ReadTable,
): void {
  const { grid } = section;
  if (cols.weightCol && readText(grid.raw(row, cols.weightCol.col)) !== '') {
    const w = ctx.score(section, row, cols.weightCol);
    if (w !== undefined) out.rateWeightCenti = w;
  }
  if (cols.rateCol) {
    const rate = ctx.percent(section, row, cols.rateCol);
    if (rate !== null) out.printedRate = { value: rate, at: grid.ref(row, cols.rateCol.col) };
  }
  if (cols.scoreCol && readText(grid.raw(row, cols.scoreCol.col)) !== '') {
    const s = ctx.score(section, row, cols.scoreCol);
    if (s !== undefined && s !== null) out.printedRateScore = { value: s, at: grid.ref(row, cols.scoreCol.col) };
  }
}

/** Goals written as rows ("年初设定目标 | text" over "年度总体目标完成情况 | text", 宁夏) instead of columns. */
function readGoalRows(block: TableBlock, ctx: ImportContext, out: ReadTable): void {
  const { grid } = block;
  for (let row = block.nameRow; row <= block.bottom; row++) {
    const texts = grid.rowTexts(row);
    texts.forEach((cell, i) => {
      const key = matchColumn(cell.text)?.key;
      const next = texts[i + 1];
      if ((key !== 'goalExpected' && key !== 'goalActual') || !next || matchColumn(next.text)) return;
      if (next.text.length > LIMITS.paragraph)
        ctx.error(grid.ref(row, next.col), `年度总体目标超过${LIMITS.paragraph}字`);
      else if (out[key] === '') out[key] = next.text;
    });
  }
}

/** Everything the table states, read with the report's stored rows of this project as `existing` indicators. */
export function readProjectTable(
  block: TableBlock,
  sections: readonly Section[],
  heading: TableHeading,
  ctx: ImportContext,
  pack: RulePack,
  existing: readonly Indicator[],
): ReadTable {
  const out: ReadTable = {
    ...heading,
    total: {},
    totalAt: null,
    funds: { fiscal: emptyLine(), carryOver: emptyLine(), other: emptyLine() },
    fundsSeen: new Set(),
    rateWeightCenti: undefined,
    printedRate: null,
    printedRateScore: null,
    printedTotal: null,
    goalExpected: '',
    goalActual: '',
    indicators: [],
    unitMissing: false,
    moneyAt: null,
  };
  if (!sections.some((s) => s.kind === 'goals')) readGoalRows(block, ctx, out);
  for (const section of sections) {
    if (section.kind === 'money' || section.kind === 'projects') readMoney(section, ctx, pack, out);
    else if (section.kind === 'goals') for (const g of goalTexts(section, ctx)) out[g.field] = g.text;
    else if (section.kind === 'indicators') {
      mapIndicators(section, ctx, out.indicators, {
        existing,
        cleanTemplateText: true,
        rateWeight: (w) => {
          out.rateWeightCenti = w;
        },
        printedTotal: (printed, s, cols) => {
          out.printedTotal = {
            ...printed,
            weightAt: cols.weight ? s.grid.ref(printed.row, cols.weight.col) : null,
            scoreAt: cols.score ? s.grid.ref(printed.row, cols.score.col) : null,
          };
        },
      });
    }
  }
  return out;
}

/** The sections of a block (money, goals, indicators), found by their headers as for 附件1/附件2. */
export function blockSections(block: TableBlock): Section[] {
  return findSections(block.grid);
}
