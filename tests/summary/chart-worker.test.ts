/**
 * The app's `summary.export` draws the 汇总 chart in the PDF worker, not in the main process (where 150 units took
 * 0.45–0.75 s of a frozen window). Here drawing in this thread is made to fail: the export still succeeds, and its
 * PNG is byte for byte the one chartPng draws here — for the fixtures through the API, and for 150 units directly.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { summaryChartScene } from '../../shared/summary/chart-scene';
import { buildSummaryTable, type TableRow } from '../../shared/summary/summary-table';
import type { FileSummary } from '../../shared/summary/summary-schema';
import { PdfWorkerClient } from '../../electron/services/pdf/pdf-worker-client';
import { GBT9704_DEFAULTS } from '../../electron/services/pdf/layout-settings';
import type * as ChartPngModule from '../../electron/services/summary/chart-png';
import { summaryFixtures } from '../fixtures/summary-fixtures';
import { openHandlers, type HandlerHarness } from '../api/handlers-harness';
import { FONT_DIR, testAssets } from '../pdf/pdf-test-kit';

const inThisThread = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../electron/services/summary/chart-png', async (importOriginal) => {
  const actual = await importOriginal<typeof ChartPngModule>();
  return {
    ...actual,
    chartPng: () => {
      inThisThread.calls += 1;
      return Promise.reject(new Error('the chart was drawn in the main thread'));
    },
  };
});

/** The real chartPng, drawn here: what the worker's PNG must equal. */
async function drawnHere(...args: Parameters<typeof ChartPngModule.chartPng>): Promise<Buffer> {
  const actual = await vi.importActual<typeof ChartPngModule>('../../electron/services/summary/chart-png');
  return actual.chartPng(...args);
}

const LIMITS = { timeLimitMs: GBT9704_DEFAULTS.timeLimitMs, heapLimitMb: GBT9704_DEFAULTS.heapLimitMb };
const TODAY = '2025-06-30';

let harness: HandlerHarness;
let files: FileSummary[];

beforeAll(async () => {
  harness = await openHandlers({ pdfAssets: await testAssets(), today: () => TODAY });
  files = [];
  for (const [name, content] of Object.entries(summaryFixtures())) {
    files.push(await harness.call<FileSummary>('summary.file', { name, content }));
  }
});

afterAll(() => harness.close());

describe('the 汇总 chart', () => {
  it('is drawn in the PDF worker by summary.export, the same PNG as drawn in this thread', async () => {
    const result = await harness.call<{ png: { base64: string } }>('summary.export', { files });
    expect(inThisThread.calls).toBe(0);
    const png = Buffer.from(result.png.base64, 'base64');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const expected = await drawnHere(summaryChartScene(buildSummaryTable(files).rows), FONT_DIR);
    expect(png.equals(expected)).toBe(true);
  });

  it('of 150 units comes out of the worker as drawn here', async () => {
    const rows = buildSummaryTable(files).rows.filter((r) => r.counted);
    const many: TableRow[] = Array.from({ length: 150 }, (_, i) => {
      const row = rows[i % rows.length] as TableRow;
      return { ...row, unitName: `${row.unitName}（第${i + 1}单位）` };
    });
    const scene = summaryChartScene(many);
    const client = new PdfWorkerClient((await testAssets()).workerScript);
    try {
      const png = await client.drawChart({ scene, fontDir: FONT_DIR }, LIMITS);
      expect(png.equals(await drawnHere(scene, FONT_DIR))).toBe(true);
      expect(scene.height).toBeGreaterThan(150 * 10);
    } finally {
      await client.close();
    }
    expect(inThisThread.calls).toBe(0);
  });

  it('reports a missing font as an error, not a broken picture', async () => {
    const client = new PdfWorkerClient((await testAssets()).workerScript);
    try {
      const scene = summaryChartScene(buildSummaryTable(files).rows);
      await expect(client.drawChart({ scene, fontDir: path.join(FONT_DIR, 'missing') }, LIMITS)).rejects.toThrow(
        /^生成汇总图表失败：无法读取图表字体 .*NotoSansSC-Medium-GB\.ttf$/,
      );
    } finally {
      await client.close();
    }
  });
});
