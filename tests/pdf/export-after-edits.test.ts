/**
 * A clerk edits and exports again and again in one process. What the worker carries from one export to the next,
 * remembered heading moves (heading-break-hints.ts) and kept text measurements (measure-speedups.ts), must give
 * exactly what pdfmake gives on its own. This walks a chain of edits of a document crowded with headings (figures
 * changed in place, paragraphs made longer and shorter, headings renamed) and compares every export, byte for
 * byte, with a worker that has neither.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block, ReportDocument } from '../../shared/text/document';
import { PdfWorkerClient } from '../../electron/services/pdf/pdf-worker-client';
import { renderReportPdf } from '../../electron/services/pdf/render-report';
import { headingHintsInLastExport } from '../../electron/services/pdf/heading-break-hints';
import { measurementsInLastExport } from '../../electron/services/pdf/measure-speedups';
import { pdfWorkerScriptWithout, testJob } from './pdf-test-kit';

const WORDS = '预算执行率项目资金绩效目标完成情况部门整体支出管理制度建设效益评价问题整改措施';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function sentence(next: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += WORDS[Math.floor(next() * WORDS.length)] ?? '';
  return `${text}，金额${Math.floor(next() * 9000) + 1000}.${Math.floor(next() * 90) + 10}万元。`;
}

/** Headings of all three levels, many of them followed by short paragraphs, over a few pages. */
function crowdedDocument(next: () => number): ReportDocument {
  const blocks: Block[] = [{ kind: 'title', text: '某某县某局2024年度部门整体支出绩效自评报告' }];
  for (let section = 1; section <= 9; section++) {
    blocks.push({ kind: 'heading', level: 1, text: `${'一二三四五六七八九'[section - 1]}、第${section}部分` });
    for (let sub = 1; sub <= 3; sub++) {
      blocks.push({ kind: 'heading', level: 2, text: `（${'一二三'[sub - 1]}）第${sub}小节` });
      // The first subsection always has one: its bold body face is then asked for before the plain one.
      if (next() < 0.4 || (section === 1 && sub === 1)) blocks.push({ kind: 'heading', level: 3, text: `${sub}.细目` });
      blocks.push({ kind: 'paragraph', runs: [{ text: sentence(next, 10 + Math.floor(next() * 120)) }] });
    }
  }
  // A table whose narrow column holds a "word" wider than the column: pdfmake cuts it while laying it out.
  const row = (i: number) => [{ text: `项目${i}` }, { text: `${i}`.repeat(150) }, { text: `${i * 37}.50` }];
  blocks.push({
    kind: 'attachment',
    number: '1',
    source: 'baseData',
    title: '基础数据表',
    table: {
      captionLeft: '填报单位：某某县某局',
      captionRight: '单位：万元',
      headerRows: [[{ text: '项目' }, { text: '编号' }, { text: '金额' }]],
      bodyRows: [row(1), row(2), row(3)],
      widths: [3, 1, 2],
    },
  });
  return { blocks };
}

type Edit = (doc: ReportDocument, next: () => number) => void;

const paragraphs = (doc: ReportDocument) => doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b] : []));
const pick = <T>(items: T[], next: () => number): T => items[Math.floor(next() * items.length)] as T;

/** The edits a clerk makes between two exports. */
const EDITS: Record<string, Edit> = {
  // A figure changed in place: nothing moves, so every remembered move applies.
  figureInPlace: (doc, next) => {
    const p = pick(paragraphs(doc), next);
    const run = p.runs[0];
    if (run) run.text = run.text.replace(/\d/, String(Math.floor(next() * 10)));
  },
  // About a line more or less: everything after shifts, remembered moves no longer match.
  longer: (doc, next) => {
    const p = pick(paragraphs(doc), next);
    p.runs.push({ text: sentence(next, 20) });
  },
  shorter: (doc, next) => {
    const p = pick(paragraphs(doc), next);
    const run = p.runs[0];
    if (run && run.text.length > 30) run.text = run.text.slice(20);
  },
  renamed: (doc, next) => {
    const heading = pick(
      doc.blocks.flatMap((b) => (b.kind === 'heading' ? [b] : [])),
      next,
    );
    heading.text += '（修订）';
  },
};

let plain: PdfWorkerClient;
beforeAll(async () => {
  plain = new PdfWorkerClient(await pdfWorkerScriptWithout(['heading-break-hints', 'measure-speedups']));
});
afterAll(async () => {
  await plain.close();
});

describe('exports after edits, in one process', () => {
  it('give the very bytes pdfmake gives on its own, export after export', async () => {
    // SEED and ROUNDS replay or widen the walk (e.g. ROUNDS=120 for a longer chain: all identical when last run).
    const next = random(Number(process.env.SEED ?? 2));
    const doc = crowdedDocument(next);
    const editNames = Object.keys(EDITS);
    const seen = { hinted: 0, withdrawn: 0, measured: 0, reused: 0 };
    for (let round = 0; round < Number(process.env.ROUNDS ?? 24); round++) {
      if (round > 0) EDITS[editNames[round % editNames.length] as string]?.(doc, next);
      const fast = await renderReportPdf(testJob(structuredClone(doc)));
      const hints = headingHintsInLastExport();
      const measurements = measurementsInLastExport();
      const slow = await plain.render(testJob(structuredClone(doc)), { timeLimitMs: 60_000, heapLimitMb: 1024 });
      if (!fast.ok || !slow.ok) throw new Error('both export');
      expect(fast.pages, `round ${round}`).toBe(slow.pages);
      expect(Buffer.from(fast.bytes).equals(Buffer.from(slow.bytes)), `round ${round}`).toBe(true);
      seen.hinted += hints.hinted;
      seen.withdrawn += hints.withdrawn;
      if (round > 0) {
        seen.measured += measurements.measured;
        seen.reused += measurements.reused;
      }
    }
    // The chain really exercised the hints: moves were replayed after edits, and (with this seed, twice)
    // a replayed move was withdrawn when an earlier heading's move shifted it in the second layout.
    expect(seen.hinted).toBeGreaterThan(10);
    expect(seen.withdrawn).toBeGreaterThan(0);
    // An edit changes one text node: the rest were measured in the export before.
    expect(seen.reused).toBeGreaterThan(10 * seen.measured);
  }, 120_000);
});
