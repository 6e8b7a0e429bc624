/**
 * The 汇总's files from the files' outcomes: the table, the chart (SVG and PNG, from one scene) and the workbook
 * that embeds the PNG. The CLI and the 汇总 screen both come here.
 */
import { summaryChartScene, type ChartScene } from '../../../shared/summary/chart-scene';
import { chartSvg } from '../../../shared/summary/chart-svg';
import type { FileSummary } from '../../../shared/summary/summary-schema';
import { buildSummaryTable, type SummaryTable } from '../../../shared/summary/summary-table';
import { chartPng } from './chart-png';
import { writeSummaryWorkbook } from './summary-workbook';

export interface SummaryFiles {
  table: SummaryTable;
  xlsx: Buffer;
  png: Buffer;
  svg: string;
}

/** Draws the chart's PNG: in this thread by default; the app passes its worker's (PdfWorkerClient.drawChart). */
export type ChartDrawer = (scene: ChartScene, fontDir: string) => Promise<Buffer>;

export async function exportSummary(
  outcomes: readonly FileSummary[] | SummaryTable,
  options: { fontDir: string; now?: Date; drawChart?: ChartDrawer },
): Promise<SummaryFiles> {
  const table = 'rows' in outcomes ? outcomes : buildSummaryTable(outcomes);
  const scene = summaryChartScene(table.rows);
  const png = await (options.drawChart ?? chartPng)(scene, options.fontDir);
  const xlsx = await writeSummaryWorkbook(table, { png, width: scene.width, height: scene.height }, options.now);
  return { table, xlsx, png, svg: chartSvg(scene) };
}
