/**
 * Shared by the PDF tests: the reference report, the worker bundle (built with esbuild from the TypeScript
 * source, as `npm run build` does), the bundled fonts, and poppler's pdftotext/pdftoppm to read PDFs back.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Plugin } from 'esbuild';
import { buildPdfWorker } from '../../scripts/pdf-worker-build.mjs';
import { Report } from '../../shared/model/report';
import { rulePackFor } from '../../shared/packs/registry';
import { assembleReport } from '../../shared/text/assemble';
import type { ReportDocument } from '../../shared/text/document';
import { fontRegistry, type FontRegistry } from '../../electron/services/pdf/font-registry';
import { renderReportPdf, type PdfJob } from '../../electron/services/pdf/render-report';
import { GBT9704_DEFAULTS } from '../../electron/services/pdf/layout-settings';
import type { PdfRenderer } from '../../electron/services/pdf/pdf-worker-client';
import type { PdfAssets } from '../../electron/services/pdf/pdf-assets';
import type { PdfMeta } from '../../electron/services/pdf/doc-definition';
import type { PdfNode, SectionNode, TableNode } from '../../electron/services/pdf/pdf-nodes';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FONT_DIR = path.join(ROOT, 'assets', 'fonts');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'pdf');

export function referenceReport(): Report {
  const file = path.join(ROOT, 'tests', 'fixtures', 'reference-2024.selfeval.json');
  return Report.parse((JSON.parse(readFileSync(file, 'utf8')) as { report: unknown }).report);
}

export function documentOf(report: Report): ReportDocument {
  return assembleReport(report, rulePackFor(report.rulePackId));
}

export function bundledFonts(): FontRegistry {
  return fontRegistry({ fontDir: FONT_DIR, choice: 'bundled' });
}

export const TEST_META: PdfMeta = {
  title: '测试报告',
  author: '测试单位',
  subject: '测试',
  keywords: '测试',
  producer: '绩效自评助手 测试',
  creationDate: new Date('2025-05-29T08:00:00Z'),
  reportId: 'test',
  contentSha256: '0'.repeat(64),
};

/** Renders in this thread (the worker's own code path, without the thread): fast for most tests. */
export const inProcessRenderer: PdfRenderer = { render: (job) => renderReportPdf(job) };
/** The assets that go with inProcessRenderer (no worker script needed). */
export const IN_PROCESS_ASSETS: PdfAssets = { workerScript: '', fontDir: FONT_DIR };

/** Every table of a definition node, in order (through sections, stacks and columns). */
export function tablesOf(node: PdfNode | SectionNode): TableNode[] {
  if ('section' in node) return tablesOf(node.section);
  if ('table' in node) return [node];
  if ('stack' in node) return node.stack.flatMap(tablesOf);
  if ('columns' in node) return node.columns.flatMap(tablesOf);
  return [];
}

let workerBundle: Promise<string> | null = null;

/** True while a process with this id runs (signal 0 only asks; EPERM means it runs under another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Bundles left behind by test processes that ended without running their exit handler (vitest stops its forks). */
function removeOrphanBuilds(dir: string): void {
  for (const entry of readdirSync(dir)) {
    const pid = /-(\d+)(\.mjs)?$/.exec(entry)?.[1];
    if (pid && !isRunning(Number(pid))) rmSync(path.join(dir, entry), { recursive: true, force: true });
  }
}

/**
 * The worker built as `npm run build` builds it (scripts/pdf-worker-build.mjs), into its own folder in
 * test-artifacts, one per test process; removed on exit.
 */
async function bundleWorker(name: string, plugins: Plugin[] = []): Promise<string> {
  const parent = path.join(ROOT, 'test-artifacts', '.build');
  mkdirSync(parent, { recursive: true });
  removeOrphanBuilds(parent);
  const dir = path.join(parent, `${name}-${process.pid}`);
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return buildPdfWorker(dir, { plugins, sourcemap: false });
}

/** The worker bundle, built once per test file. */
export function pdfWorkerScript(): Promise<string> {
  workerBundle ??= bundleWorker('pdf-worker');
  return workerBundle;
}

/** Each speed-up module's installer, replaced by one that does nothing (pdfmake and pdfkit then work on their own). */
const SPEEDUP_STUBS = {
  'measure-speedups': 'export function speedUpMeasuring() {}',
  'parsed-font-cache': 'export function shareParsedFonts() {}',
  'batch-page-content': 'export function batchPageContent() {}',
  'heading-break-hints':
    'export function installHeadingBreakHints() {}\n' +
    'export function prepareHeadingBreaks() { return { remember() {} }; }',
} as const satisfies Record<string, string>;
export type SpeedUp = keyof typeof SPEEDUP_STUBS;

/**
 * The PDF worker as built, except that the named speed-ups are left out: what pdfmake prints on its own. Fails
 * when a named module is not among the worker's imports: the "plain" worker would otherwise be the fast one.
 */
export async function pdfWorkerScriptWithout(speedUps: SpeedUp[]): Promise<string> {
  const pattern = new RegExp(`(${speedUps.join('|')})$`);
  const replaced = new Set<string>();
  const script = await bundleWorker(`pdf-worker-without-${speedUps.join('-')}`, [
    {
      name: 'plain-pdfmake',
      setup(b) {
        b.onResolve({ filter: pattern }, (args) => {
          const name = path.basename(args.path) as SpeedUp;
          replaced.add(name);
          return { path: name, namespace: 'plain-pdfmake' };
        });
        b.onLoad({ filter: /.*/, namespace: 'plain-pdfmake' }, (args) => ({
          contents: SPEEDUP_STUBS[args.path as SpeedUp],
          loader: 'js',
        }));
      },
    },
  ]);
  const missing = speedUps.filter((name) => !replaced.has(name));
  if (missing.length > 0) throw new Error(`the PDF worker does not import ${missing.join(', ')}`);
  return script;
}

/** The job the PDF tests export: the standard layout, the bundled fonts, the test metadata. */
export function testJob(document: ReportDocument, meta: PdfMeta = TEST_META): PdfJob {
  return { document, settings: GBT9704_DEFAULTS, meta, fonts: { fontDir: FONT_DIR, choice: 'bundled' } };
}

export async function testAssets(): Promise<PdfAssets> {
  return { workerScript: await pdfWorkerScript(), fontDir: FONT_DIR };
}

function tempPdf(bytes: Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'selfeval-pdf-')), 'out.pdf');
  writeFileSync(file, bytes);
  return file;
}

/** Words of one page with their boxes (pdftotext -bbox). */
export function pdfWordBoxes(bytes: Uint8Array, page: number) {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), tempPdf(bytes), '-'], {
    encoding: 'utf8',
  });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map(
    (m) => ({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5] ?? '' }),
  );
}

/** pdftotext; mode 'layout' keeps the page layout, 'raw' keeps content order. */
export function pdfText(bytes: Uint8Array, mode: 'layout' | 'raw' = 'layout'): string {
  return execFileSync('pdftotext', [`-${mode}`, '-enc', 'UTF-8', tempPdf(bytes), '-'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
}

/**
 * The text of a draft export without its 草稿 mark: the line at the top of each page and the watermark's two
 * characters (pdftotext puts each on a line of its own), so the report's own text reads on across pages.
 */
export function withoutDraftMark(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s*(草稿：.*|草|稿)\s*$/.test(line))
    .join('\n');
}

/** pdfinfo's fields, plus the custom entries (-custom) such as this app's Selfeval* keys. */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const file = tempPdf(bytes);
  const fields = (args: string[]) =>
    execFileSync('pdfinfo', [...args, '-enc', 'UTF-8', file], { encoding: 'utf8' })
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] ?? '', m[2] ?? ''] as const);
  return Object.fromEntries([...fields([]), ...fields(['-custom'])]);
}

/** Text without any whitespace or page numbers, so a phrase wrapped over lines or pages is still found. */
export function flatText(text: string): string {
  return text.replace(/—\s*\d+\s*—/g, '').replace(/\s+/g, '');
}

/**
 * True when `text` is in `flat` whole, or in a few consecutive pieces: a table cell wrapped over lines is read
 * back interleaved with its neighbours' lines ("预算投资（万" … "元）"), but each piece keeps its order.
 */
export function presentInPieces(flat: string, text: string, maxPieces = 6): boolean {
  let rest = flatText(text);
  for (let piece = 0; piece < maxPieces && rest.length > 0; piece++) {
    let take = rest.length;
    while (take > 0 && !flat.includes(rest.slice(0, take))) take -= 1;
    if (take === 0) return false;
    rest = rest.slice(take);
  }
  return rest.length === 0;
}

/** Renders every page to PNG (pdftoppm) in test-artifacts/pdf; returns the file names. */
export function renderPages(bytes: Uint8Array, name: string, dpi = 60): string[] {
  mkdirSync(ARTIFACTS, { recursive: true });
  const pdf = path.join(ARTIFACTS, `${name}.pdf`);
  writeFileSync(pdf, bytes);
  const isPage = (f: string) => f.startsWith(`${name}-`) && f.endsWith('.png');
  for (const old of readdirSync(ARTIFACTS).filter(isPage)) rmSync(path.join(ARTIFACTS, old));
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), pdf, path.join(ARTIFACTS, name)]);
  return readdirSync(ARTIFACTS).filter(isPage).sort();
}
