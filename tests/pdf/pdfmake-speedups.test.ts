/**
 * The two speed-ups wrapped around pdfmake/pdfkit internals must not change what is printed: fonts parsed once
 * per process (parsed-font-cache.ts) and runs of single characters drawn as one text object (merge-text-runs.ts).
 */
import { describe, expect, it } from 'vitest';
import { mergeTextRuns, type InlineLike } from '../../electron/services/pdf/merge-text-runs';
import { renderReportPdf } from '../../electron/services/pdf/render-report';
import { GBT9704_DEFAULTS } from '../../electron/services/pdf/layout-settings';
import { documentOf, FONT_DIR, referenceReport, TEST_META } from './pdf-test-kit';

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
