/**
 * The 汇总 chart (执行率 and 自评得分 by department) as plain shapes: bars, grid lines and text at pixel positions.
 * One scene feeds both outputs, the SVG (chart-svg.ts) and the PNG the workbook embeds
 * (electron/services/summary/chart-png.ts), so the two cannot disagree. A unit whose figure is not stated gets
 * no bar and the words 未填写, never a bar of 0.
 */
import { formatBasis } from '../calc/percent';
import { formatScore } from '../calc/score';
import type { TableRow } from './summary-table';

export type Rgb = readonly [number, number, number];

export type ChartShape =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: Rgb }
  /** y is the baseline; size in pixels. */
  | { kind: 'text'; x: number; y: number; text: string; size: number; fill: Rgb; anchor: 'start' | 'end' | 'middle' };

export interface ChartScene {
  width: number;
  height: number;
  shapes: ChartShape[];
}

export const CHART_COLORS = {
  background: [255, 255, 255],
  text: [33, 33, 33],
  muted: [120, 120, 120],
  grid: [221, 221, 221],
  axis: [96, 96, 96],
  rate: [47, 84, 150],
  score: [226, 131, 38],
} as const satisfies Record<string, Rgb>;

const WIDTH = 1200;
const TOP = 96;
const BAR = 14;
const ROW = 2 * BAR + 16;
const LABEL_SIZE = 15;
const RIGHT = 90;

/** Approximate width of a label: CJK characters are one em, others about half (enough to size the left margin). */
export function approximateTextWidth(text: string, size: number): number {
  let ems = 0;
  for (const ch of text) ems += /[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.55;
  return ems * size;
}

/** Cuts a long unit name so the bars keep most of the width. */
function label(name: string, maxWidth: number): string {
  if (approximateTextWidth(name, LABEL_SIZE) <= maxWidth) return name;
  let cut = '';
  for (const ch of name) {
    if (approximateTextWidth(`${cut}${ch}…`, LABEL_SIZE) > maxWidth) break;
    cut += ch;
  }
  return `${cut}…`;
}

/** The axis runs 0 to 100 (percent and points alike), or further when an 执行率 exceeds 100%. */
function axisMax(rows: readonly TableRow[]): number {
  const highest = Math.max(100, ...rows.map((r) => (r.figures.rateBasis ?? 0) / 100));
  return Math.ceil(highest / 10) * 10;
}

export function summaryChartScene(allRows: readonly TableRow[], title = '各单位预算执行率与自评得分'): ChartScene {
  const rows = allRows.filter((r) => r.counted);
  const labelWidth = Math.min(320, Math.max(120, ...rows.map((r) => approximateTextWidth(r.unitName, LABEL_SIZE))));
  const left = labelWidth + 24;
  const plotWidth = WIDTH - left - RIGHT;
  const max = axisMax(rows);
  const height = TOP + Math.max(1, rows.length) * ROW + 40;
  const bottom = height - 40;
  const c = CHART_COLORS;
  const shapes: ChartShape[] = [{ kind: 'rect', x: 0, y: 0, w: WIDTH, h: height, fill: c.background }];
  const text = (x: number, y: number, t: string, size: number, fill: Rgb, anchor: 'start' | 'end' | 'middle') =>
    shapes.push({ kind: 'text', x, y, text: t, size, fill, anchor });

  text(WIDTH / 2, 36, title, 22, c.text, 'middle');
  // Legend.
  const legendY = 62;
  shapes.push({ kind: 'rect', x: left, y: legendY, w: 28, h: BAR, fill: c.rate });
  text(left + 36, legendY + 12, '预算执行率（%）', 14, c.text, 'start');
  shapes.push({ kind: 'rect', x: left + 200, y: legendY, w: 28, h: BAR, fill: c.score });
  text(left + 236, legendY + 12, '自评得分（分）', 14, c.text, 'start');

  // Grid and axis labels every 10.
  for (let v = 0; v <= max; v += 10) {
    const x = Math.round(left + (v / max) * plotWidth);
    shapes.push({ kind: 'rect', x, y: TOP - 6, w: 1, h: bottom - TOP + 6, fill: v === 0 ? c.axis : c.grid });
    text(x, bottom + 20, String(v), 13, c.muted, 'middle');
  }

  rows.forEach((row, i) => {
    const y = TOP + i * ROW + 8;
    text(left - 10, y + BAR + 5, label(row.unitName, labelWidth), LABEL_SIZE, c.text, 'end');
    const bar = (value: number | null, shown: string, dy: number, fill: Rgb, name: string) => {
      if (value === null) {
        text(left + 6, dy + BAR - 2, `${name}未填写`, 12, c.muted, 'start');
        return;
      }
      const w = Math.max(1, Math.round((Math.min(value, max) / max) * plotWidth));
      shapes.push({ kind: 'rect', x: left, y: dy, w, h: BAR, fill });
      text(left + w + 5, dy + BAR - 2, shown, 12, c.text, 'start');
    };
    const rate = row.figures.rateBasis;
    const score = row.figures.scoreCenti;
    bar(rate === null ? null : rate / 100, rate === null ? '' : `${formatBasis(rate)}%`, y, c.rate, '执行率');
    bar(score === null ? null : score / 100, score === null ? '' : formatScore(score), y + BAR + 2, c.score, '得分');
  });
  return { width: WIDTH, height, shapes };
}
