/**
 * The speed-ups wrapped around pdfmake/pdfkit internals must not change what is printed: fonts parsed once
 * per process (parsed-font-cache.ts), runs of single characters drawn as one text object (merge-text-runs.ts),
 * and style lookups and text measurements reused while measuring (measure-speedups.ts).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { PdfWorkerClient } from '../../electron/services/pdf/pdf-worker-client';
import { mergeTextRuns, type InlineLike } from '../../electron/services/pdf/merge-text-runs';
import { renderReportPdf } from '../../electron/services/pdf/render-report';
import { documentOf, pdfWorkerScriptWithout, referenceReport, testJob } from './pdf-test-kit';

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
    const job = testJob(documentOf(referenceReport()));
    const first = await renderReportPdf(job);
    const second = await renderReportPdf(job);
    if (!first.ok || !second.ok) throw new Error('the reference exports');
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });
});

/** Headings at the foot of pages make pdfmake lay the document out again (and measure it again). */
function crowdedReport(): ReturnType<typeof referenceReport> {
  const crowded = referenceReport();
  crowded.problems = Array.from({ length: 12 }, (_, i) => ({
    heading: `问题${i + 1}`,
    text: `第${i + 1}个问题的说明，含数字${i * 37}.5万元、比率${i}%和䶮字。`.repeat(1 + (i % 4)),
  }));
  return crowded;
}

describe('the speed-ups', () => {
  const clients: PdfWorkerClient[] = [];
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
  });

  async function expectSameBytes(plainWorker: string, exportsEach = 1): Promise<void> {
    const plain = new PdfWorkerClient(plainWorker);
    clients.push(plain);
    for (const report of [referenceReport(), crowdedReport()]) {
      const job = testJob(documentOf(report));
      let fast = await renderReportPdf(job);
      for (let i = 1; i < exportsEach; i++) fast = await renderReportPdf(job);
      const slow = await plain.render(job, { timeLimitMs: 60_000, heapLimitMb: 1024 });
      if (!fast.ok || !slow.ok) throw new Error('both export');
      expect(fast.pages).toBe(slow.pages);
      expect(Buffer.from(fast.bytes).equals(Buffer.from(slow.bytes))).toBe(true);
    }
  }

  it('of measuring give the very same bytes as pdfmake measuring on its own, also when a moved heading makes it lay out again', async () => {
    await expectSameBytes(await pdfWorkerScriptWithout(['measure-speedups']));
  });

  it('of fonts, subsets and page content (shared parsed fonts and word layouts, kept glyphs and font files, batched operators) give the very same bytes as pdfkit on its own', async () => {
    // This process has exported before (the tests above), so its caches are warm.
    await expectSameBytes(await pdfWorkerScriptWithout(['parsed-font-cache', 'batch-page-content']));
  });

  it('of remembered heading moves (the second export of a definition lays out once) give the very same bytes as pdfmake moving the headings itself', async () => {
    await expectSameBytes(await pdfWorkerScriptWithout(['heading-break-hints']), 2);
  });
});
