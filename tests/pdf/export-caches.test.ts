/**
 * The PDF worker keeps per-process caches between exports (parsed fonts, word layouts, glyph records, the
 * deflated font file of recent subsets, see font-subset-cache.ts and parsed-font-cache.ts). They must never
 * carry one report's state into another: exporting A, then B, then the approved A (with its sign-off block),
 * then A again in one process gives, for each, the very same bytes as a fresh worker that never exported
 * anything before, and A's text and figures are the same both times.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../shared/model/report';
import { PdfWorkerClient } from '../../electron/services/pdf/pdf-worker-client';
import type { PdfJob } from '../../electron/services/pdf/render-report';
import type { SignoffInfo } from '../../electron/services/pdf/signoff-nodes';
import { documentOf, flatText, pdfText, pdfWorkerScript, referenceReport, TEST_META, testJob } from './pdf-test-kit';

const LIMITS = { timeLimitMs: 60_000, heapLimitMb: 1024 };

/** Another unit's report: other names, other figures, characters the reference never uses (䶮, 堃, 犇). */
function otherReport(): Report {
  const r = referenceReport();
  r.unitName = '某某县林业和草原局';
  r.signature.unitName = '某某县林业和草原局';
  r.problems = [
    { heading: '森林防火', text: '䶮堃犇三个护林站防火物资储备不足，储备金额37.25万元，完成率81.4%。' },
    { heading: '资金拨付', text: '退耕还林补助资金拨付滞后，涉及资金1288.06万元。' },
  ];
  return r;
}

const SIGNOFF: SignoffInfo = {
  approverName: '张审核',
  approverRole: '局长',
  comment: '同意报送',
  date: '2025年5月30日',
  version: 2,
  fingerprint: '1A2B-3C4D-5E6F-7A8B',
  unitName: '通道侗族自治县公安局',
  reportTitle: '部门整体支出绩效自评报告',
  year: 2024,
  contentSha256: '1a2b3c4d5e6f7a8b'.repeat(4),
  auditSeq: 12,
  auditHash: 'c'.repeat(64),
};

function jobFor(report: Report, signoff?: SignoffInfo): PdfJob {
  return testJob(documentOf(report), { ...TEST_META, ...(signoff ? { signoff } : {}) });
}

const JOBS = {
  a: () => jobFor(referenceReport()),
  b: () => jobFor(otherReport()),
  approvedA: () => jobFor(referenceReport(), SIGNOFF),
};
type JobName = keyof typeof JOBS;

const shared: Partial<Record<'a1' | 'b' | 'approvedA' | 'a2', Uint8Array>> = {};
const fresh: Partial<Record<JobName, Uint8Array>> = {};
const clients: PdfWorkerClient[] = [];

async function render(client: PdfWorkerClient, name: JobName): Promise<Uint8Array> {
  const outcome = await client.render(JOBS[name](), LIMITS);
  if (!outcome.ok) throw new Error(`${name} did not export`);
  return outcome.bytes;
}

beforeAll(async () => {
  const script = await pdfWorkerScript();
  const one = new PdfWorkerClient(script);
  clients.push(one);
  shared.a1 = await render(one, 'a');
  shared.b = await render(one, 'b');
  shared.approvedA = await render(one, 'approvedA');
  shared.a2 = await render(one, 'a');
  // Each report once more, in a worker of its own that has no caches yet.
  for (const name of Object.keys(JOBS) as JobName[]) {
    const own = new PdfWorkerClient(script);
    clients.push(own);
    fresh[name] = await render(own, name);
    await own.close();
  }
}, 120_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
});

const same = (x: Uint8Array | undefined, y: Uint8Array | undefined): boolean =>
  x !== undefined && y !== undefined && Buffer.from(x).equals(Buffer.from(y));

describe('exports A, B, approved A, A in one worker', () => {
  it('give each report the very bytes a fresh worker gives it', () => {
    expect(same(shared.a1, fresh.a)).toBe(true);
    expect(same(shared.b, fresh.b)).toBe(true);
    expect(same(shared.approvedA, fresh.approvedA)).toBe(true);
    expect(same(shared.a2, fresh.a)).toBe(true);
  });

  it('print A with the same text and figures both times, and without B or the sign-off in it', () => {
    const first = flatText(pdfText(shared.a1 ?? new Uint8Array()));
    const again = flatText(pdfText(shared.a2 ?? new Uint8Array()));
    expect(again).toBe(first);
    for (const figure of ['5521.28', '6304.13', '6304.03', '93.85%', '89.73%', '96.9']) {
      expect(again).toContain(figure);
    }
    expect(again).toContain('通道侗族自治县公安局');
    expect(again).not.toContain('林业和草原局');
    expect(again).not.toContain('䶮堃犇');
    expect(again).not.toContain('张审核');
  });

  it('print B with its own names, figures and rare characters (its subset has the glyphs A lacks)', () => {
    const text = flatText(pdfText(shared.b ?? new Uint8Array()));
    expect(text).toContain('某某县林业和草原局');
    expect(text).toContain('䶮堃犇三个护林站防火物资储备不足，储备金额37.25万元，完成率81.4%。');
    expect(text).toContain('1288.06万元');
    expect(text).not.toContain('张审核');
  });

  it('print the sign-off block and fingerprint on the approved A only', () => {
    const text = flatText(pdfText(shared.approvedA ?? new Uint8Array()));
    expect(text).toContain('张审核');
    expect(text).toContain('1A2B-3C4D-5E6F-7A8B');
    expect(text).toContain('5521.28');
  });
});
