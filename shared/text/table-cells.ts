/**
 * Cells of the attachment tables, formatted once: a figure the report does not state is a blank cell, never 0.00.
 * The indicator block (heading row, one row per indicator, 总分 row) is the same in 附件2 and every 项目支出绩效自评表.
 */
import type { Indicator } from '../model/indicator';
import { formatScaled, formatWanyuan } from '../calc/money';
import { formatBasis, type Basis } from '../calc/percent';
import { formatScore } from '../calc/score';
import type { TableCell } from './document';

export const money = (fen: number | null): TableCell => ({
  text: fen === null ? '' : formatWanyuan(fen, { trim: false }),
  align: 'right',
});
/** Areas are stored in hundredths of a square metre. */
export const area = (centi: number | null): TableCell => ({
  text: centi === null ? '' : formatScaled(BigInt(centi), 2, false),
  align: 'right',
});
export const label = (text: string, extra: Partial<TableCell> = {}): TableCell => ({ text, align: 'left', ...extra });
export const centre = (text: string, extra: Partial<TableCell> = {}): TableCell => ({
  text,
  align: 'center',
  ...extra,
});
export const count = (n: number | null): TableCell => centre(n === null ? '' : String(n));
export const points = (centi: number | null): TableCell => centre(centi === null ? '' : formatScore(centi));
export const pct = (basis: Basis | null): TableCell => ({
  text: basis === null ? '' : `${formatBasis(basis, false)}%`,
  align: 'right',
});

/** "≥95%": Hunan prints the nature, value and unit in one cell; a 定性 target as written. */
export function indicatorTarget(nature: string, target: string, unit: string): string {
  if (nature === '定性') return target;
  return `${nature === '=' ? '' : nature}${target}${unit}`;
}

/** Column weights of an 8-column indicator sheet (附件2 and the project tables share them). */
export const INDICATOR_SHEET_WIDTHS = [2, 2, 3, 2, 2, 1.2, 1.2, 4];

/** The bold heading row; a full row of bold cells repeats at the top of each page the block continues on. */
export const indicatorHeadingRow = (): TableCell[] =>
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].map((t) =>
    centre(t, { bold: true }),
  );

export const indicatorRows = (indicators: readonly Indicator[]): TableCell[][] =>
  indicators.map((ind): TableCell[] => [
    label(ind.level1),
    label(ind.level2),
    label(ind.name),
    centre(indicatorTarget(ind.nature, ind.target, ind.unit)),
    centre(ind.actual),
    points(ind.weightCenti),
    points(ind.scoreCenti),
    label(ind.deviation),
  ]);

/** 总分: the weights, the total, and the grade after its label ("评价等级：优"); blank after the label if not derived. */
export const totalRow = (
  weightsCenti: number | null,
  totalCenti: number | null,
  gradeLabel: string,
  grade: string | null,
): TableCell[] => [
  centre('总分', { colSpan: 5, bold: true }),
  points(weightsCenti),
  points(totalCenti),
  label(`${gradeLabel}：${grade ?? ''}`),
];
