/**
 * What the three attachment sheets share: the heading (附件N mark, title, 填报单位 and 单位 lines), figures as
 * numbers (万元 = 分 ÷ 1,000,000, exact to 15 significant digits, so an import gives back the same 分), and the
 * `blank` option that leaves figure cells empty for a template.
 */
import { FEN_PER_WANYUAN } from '../../../shared/calc/money';
import { centre, figure, text, type LayoutBuilder, type LayoutCell } from './sheet-layout';

export interface LayoutOptions {
  /** Empty figure cells (a template). */
  blank?: boolean;
}

export const SHEET_NAMES = { baseData: '附件1 基础数据表', selfEval: '附件2 自评表', projects: '项目明细表' } as const;

/** A figure, or an empty cell of that kind in a template or where the report does not state the figure. */
export function figures(blank: boolean) {
  const cell = (value: number | null, scale: number) => (blank || value === null ? null : value / scale);
  return {
    money: (fen: number | null) => figure('money', cell(fen, FEN_PER_WANYUAN)),
    area: (centi: number | null) => figure('area', cell(centi, 100)),
    score: (centi: number | null) => figure('score', cell(centi, 100)),
    count: (n: number | null) => figure('count', cell(n, 1)),
    percent: (basis: number | null) =>
      blank || basis === null ? figure('percent', null) : figure('percent', basis / 10_000),
  };
}

export function heading(
  b: LayoutBuilder,
  mark: string,
  title: string,
  unitName: string,
  width: number,
  leftSpan: number,
): void {
  b.add('mark', [text(mark, 'left', true)]);
  const t = b.add('title', [centre(title, true)]);
  b.merge(t, 1, t, width);
  const caption: (LayoutCell | null)[] = [text(`填报单位：${unitName}`)];
  caption[width - 1] = text('单位：万元', 'right');
  const c = b.add('caption', caption);
  b.merge(c, 1, c, leftSpan);
}
