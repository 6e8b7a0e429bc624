/**
 * The speed-ups wrapped around pdfmake/pdfkit internals must not change what is printed: fonts parsed once
 * per process (parsed-font-cache.ts), runs of single characters drawn as one text object (merge-text-runs.ts),
 * and style lookups and text measurements reused while measuring (measure-speedups.ts).
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { PdfWorkerClient } from '../../electron/services/pdf/pdf-worker-client';
import { mergeTextRuns, type InlineLike } from '../../electron/services/pdf/merge-text-runs';
import { renderReportPdf } from '../../electron/services/pdf/render-report';
import { GBT9704_DEFAULTS } from '../../electron/services/pdf/layout-settings';
import { documentOf, FONT_DIR, ROOT, referenceReport, TEST_META } from './pdf-test-kit';

const font = {};
const other = {};
const at = (text: string, x: number, width = 16, extra: Partial<InlineLike> = {}): InlineLike => ({
  text,
  x,
  width,
  font,
  fontSize: 16,
  ...extra,
});

describe('mergeTextRuns', () => {
  it('merges single characters at an even step into one run drawn with that step as spacing', () => {
    const merged = mergeTextRuns([at('预', 32), at('算', 48.5), at('执', 65), at('行', 81.5)]);
    expect(merged).toEqual([{ ...at('预算执行', 32, 65.5), characterSpacing: 0.5 }]);
  });

  it('leaves words of several characters, other styles and uneven steps as they are', () => {
    const inlines = [
      at('收', 0),
      at('入', 16),
      at('5521.28', 32, 40),
      at('万', 72),
      at('元', 88, 16, { font: other }),
      at('，', 104, 16, { font: other }),
      at('共', 121, 16, { font: other }),
      at('计', 137, 16, { link: 'x' }),
    ];
    expect(mergeTextRuns(inlines).map((i) => i.text)).toEqual(['收入', '5521.28', '万', '元，', '共', '计']);
  });

  it('returns the very same array when nothing merges (pdfmake then draws the line untouched)', () => {
    const inlines = [at('2024', 0, 32), at('年', 32)];
    expect(mergeTextRuns(inlines)).toBe(inlines);
  });
});

describe('exports in one process', () => {
  it('are byte-identical, the first parsing the fonts and the second reusing them', async () => {
    const job = {
      document: documentOf(referenceReport()),
      settings: GBT9704_DEFAULTS,
      meta: TEST_META,
      fonts: { fontDir: FONT_DIR, choice: 'bundled' as const },
    };
    const first = await renderReportPdf(job);
    const second = await renderReportPdf(job);
    if (!first.ok || !second.ok) throw new Error('the reference exports');
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });
});

/** The PDF worker as built, except that pdfmake measures text its own way (measure-speedups.ts left out). */
async function workerWithoutMeasureSpeedups(): Promise<string> {
  const dir = path.join(ROOT, 'test-artifacts', '.build');
  mkdirSync(dir, { recursive: true });
  const outfile = path.join(dir, `pdf-worker-plain-measure-${process.pid}.mjs`);
  await build({
    entryPoints: [path.join(ROOT, 'electron', 'services', 'pdf', 'pdf-worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['pdfmake', 'pdfmake/*'],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'error',
    plugins: [
      {
        name: 'plain-measuring',
        setup(b) {
          b.onResolve({ filter: /measure-speedups$/ }, () => ({ path: 'plain', namespace: 'plain-measuring' }));
          b.onLoad({ filter: /.*/, namespace: 'plain-measuring' }, () => ({
            contents: 'export function speedUpMeasuring() {}',
            loader: 'js',
          }));
        },
      },
    ],
  });
  return outfile;
}

describe('the measuring speed-ups', () => {
  const clients: PdfWorkerClient[] = [];
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    rmSync(path.join(ROOT, 'test-artifacts', '.build', `pdf-worker-plain-measure-${process.pid}.mjs`), {
      force: true,
    });
  });

  it('give the very same bytes as pdfmake measuring on its own, also when a moved heading makes it lay out again', async () => {
    const plain = new PdfWorkerClient(await workerWithoutMeasureSpeedups());
    clients.push(plain);
    // Headings at the foot of pages make pdfmake lay the document out again (and measure it again).
    const crowded = referenceReport();
    crowded.problems = Array.from({ length: 12 }, (_, i) => ({
      heading: `问题${i + 1}`,
      text: `第${i + 1}个问题的说明，含数字${i * 37}.5万元、比率${i}%和䶮字。`.repeat(1 + (i % 4)),
    }));
    for (const report of [referenceReport(), crowded]) {
      const job = {
        document: documentOf(report),
        settings: GBT9704_DEFAULTS,
        meta: TEST_META,
        fonts: { fontDir: FONT_DIR, choice: 'bundled' as const },
      };
      const fast = await renderReportPdf(job);
      const slow = await plain.render(job, { timeLimitMs: 60_000, heapLimitMb: 1024 });
      if (!fast.ok || !slow.ok) throw new Error('both export');
      expect(fast.pages).toBe(slow.pages);
      expect(Buffer.from(fast.bytes).equals(Buffer.from(slow.bytes))).toBe(true);
    }
  });
});
