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

/** A figure, or an empty cell of that kind in a template. */
export function figures(blank: boolean) {
  return {
    money: (fen: number) => figure('money', blank ? null : fen / FEN_PER_WANYUAN),
    area: (centi: number) => figure('area', blank ? null : centi / 100),
    score: (centi: number) => figure('score', blank ? null : centi / 100),
    count: (n: number) => figure('count', blank ? null : n),
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
