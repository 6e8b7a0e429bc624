/**
 * PDF export benchmark (`npx vite-node scripts/bench-pdf.ts`; measures and reports, never passes or fails on time).
 *   1. cold: a fresh Node process that starts the worker, loads the fonts and exports the reference report;
 *   2. warm: further exports of the reference in this process (the worker and its fonts already loaded);
 *   3. stress: a fresh process exporting a report of 500 projects and 300 indicator rows with written
 *      deviations (about 200 pages),
 *      its time and peak memory;
 *   4. LibreOffice, when installed: `soffice --headless --convert-to pdf` of the same content as HTML, side by side.
 * The worker bundle is dist/pdf/pdf-worker.mjs when built, otherwise built here with esbuild.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Report } from '../shared/model/report';
import { rulePackFor } from '../shared/packs/registry';
import { assembleReport } from '../shared/text/assemble';
import type { ReportDocument } from '../shared/text/document';
import { pdfMeta } from '../electron/services/pdf/export-report-pdf';
import { GBT9704_DEFAULTS } from '../electron/services/pdf/layout-settings';
import { PdfWorkerClient } from '../electron/services/pdf/pdf-worker-client';
import type { PdfJob } from '../electron/services/pdf/render-report';
import { documentHtml } from './bench-pdf-html';
import { pdfWorkerScript, testJob } from '../tests/pdf/pdf-test-kit';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = mkdtempSync(path.join(tmpdir(), 'selfeval-bench-pdf-'));

/** The built worker when `npm run build` has run; otherwise the same bundle the PDF tests make. */
async function workerScript(): Promise<string> {
  const built = path.join(ROOT, 'dist', 'pdf', 'pdf-worker.mjs');
  return existsSync(built) ? built : pdfWorkerScript();
}

function reference(): Report {
  const file = path.join(ROOT, 'tests', 'fixtures', 'reference-2024.selfeval.json');
  return Report.parse((JSON.parse(readFileSync(file, 'utf8')) as { report: unknown }).report);
}

/** 500 projects (in the text and as 附件1 rows, as far as the model allows) and 300 indicator rows. */
function stress(): Report {
  const r = reference();
  const p = r.projects.items[0];
  const ind = r.selfEval.indicators[0];
  const row = r.baseData.projectRows[0] ?? { label: '', prevFinalFen: 0, budgetFen: 0, finalFen: 0 };
  if (!p || !ind) throw new Error('reference report lacks projects or indicators');
  r.projects.items = Array.from({ length: 500 }, (_, i) => ({
    ...p,
    name: `第${i + 1}号乡镇派出所执法执勤用房维修改造及装备购置项目`,
    annualFen: (p.annualFen ?? 0) + i * 1000,
  }));
  r.baseData.projectRows = Array.from({ length: 200 }, (_, i) => ({ ...row, label: `专项经费项目${i + 1}` }));
  r.selfEval.indicators = Array.from({ length: 300 }, (_, i) => ({
    ...ind,
    name: `第${i + 1}项三级指标（数量、质量、时效或效益）`,
    // A written deviation on every row, as a careful unit fills it in: the rows are then several lines tall.
    deviation:
      `第${i + 1}项：部分乡镇警力不足，夜间巡逻覆盖率偏低，个别派出所装备更新滞后；` +
      '下一步延长巡逻时段、增加街面警力，完善考核办法，按季度通报进度并纳入年度绩效考评。',
  }));
  return r;
}

function job(report: Report, document: ReportDocument): PdfJob {
  return testJob(document, pdfMeta(report, 'bench', new Date()));
}

interface FreshRun {
  ms: number;
  pages: number;
  maxRssMb: number;
  bytes: number;
}

/** Exports one job in a brand-new Node process: process start, worker start, font loading, layout, output. */
function freshProcessExport(script: string, pdfJob: PdfJob, name: string): FreshRun {
  const jobFile = path.join(WORK, `${name}.job.json`);
  const out = path.join(WORK, `${name}.pdf`);
  writeFileSync(jobFile, JSON.stringify(pdfJob));
  const runner = path.join(WORK, 'fresh-export.mjs');
  writeFileSync(
    runner,
    `import { Worker } from 'node:worker_threads';
import { readFileSync, writeFileSync } from 'node:fs';
const [script, jobFile, out] = process.argv.slice(2);
const job = JSON.parse(readFileSync(jobFile, 'utf8'));
job.meta.creationDate = new Date();
const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: ${GBT9704_DEFAULTS.heapLimitMb}, maxYoungGenerationSizeMb: 64 } });
worker.on('message', (reply) => {
  if (!reply.outcome || !reply.outcome.ok) { console.error(JSON.stringify(reply).slice(0, 500)); process.exit(1); }
  writeFileSync(out, reply.outcome.bytes);
  const ms = process.uptime() * 1000;
  console.log(JSON.stringify({ ms, pages: reply.outcome.pages, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), bytes: reply.outcome.bytes.length }));
  process.exit(0);
});
worker.postMessage({ id: 1, job });
`,
  );
  const result = spawnSync(process.execPath, [runner, script, jobFile, out], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`fresh export failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}') as FreshRun;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function timeLibreOffice(document: ReportDocument, name: string): { cold: number; warm: number[] } | null {
  const soffice = ['soffice', 'libreoffice'].find((cmd) => spawnSync('which', [cmd]).status === 0);
  if (!soffice) return null;
  const html = path.join(WORK, `${name}.html`);
  writeFileSync(html, documentHtml(document));
  const profile = `file://${path.join(WORK, 'lo-profile')}`;
  const convert = (): number => {
    const t0 = performance.now();
    execFileSync(
      soffice,
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', WORK, html],
      {
        stdio: 'ignore',
        timeout: 600_000,
      },
    );
    return performance.now() - t0;
  };
  const cold = convert(); // includes creating the LibreOffice profile
  const warm = [convert(), convert(), convert()];
  return { cold, warm };
}

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const script = await workerScript();
  const ref = reference();
  const refDoc = assembleReport(ref, rulePackFor(ref.rulePackId));

  const coldRuns = [0, 1, 2].map(() => freshProcessExport(script, job(ref, refDoc), 'cold'));
  console.log(
    `参考报告 冷启动（新进程：启动Node与工作线程、载入字体、排版、输出，共${coldRuns[0]?.pages}页）：` +
      `${coldRuns.map((r) => `${Math.round(r.ms)} ms`).join('、')}，中位数 ${Math.round(median(coldRuns.map((r) => r.ms)))} ms，峰值内存 ${coldRuns[0]?.maxRssMb} MB`,
  );

  const client = new PdfWorkerClient(script);
  const limits = { timeLimitMs: GBT9704_DEFAULTS.timeLimitMs, heapLimitMb: GBT9704_DEFAULTS.heapLimitMb };
  const t0 = performance.now();
  await client.render(job(ref, refDoc), limits);
  console.log(`参考报告 本进程首次导出（启动工作线程、载入字体）：${Math.round(performance.now() - t0)} ms`);
  /** 15 further exports in this process, each of the reference as `change` leaves it (the i-th time). */
  const timeWarm = async (label: string, change: (report: Report, i: number) => void): Promise<void> => {
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const changed = structuredClone(ref);
      change(changed, i);
      const changedDoc = assembleReport(changed, rulePackFor(changed.rulePackId));
      const t = performance.now();
      await client.render(job(changed, changedDoc), limits);
      times.push(performance.now() - t);
    }
    console.log(
      `参考报告 热导出（同一进程，${label}）：中位数 ${Math.round(median(times))} ms，最快 ${Math.round(Math.min(...times))} ms（15 次）`,
    );
  };
  await timeWarm('第2次起，内容不变', () => undefined);
  // A figure changed in place: lines stay where they were, so remembered heading moves and measurements apply.
  await timeWarm('每次先改动一个数字', (r, i) => {
    r.staffing.retired = (r.staffing.retired ?? 0) + i + 1;
  });
  // An early paragraph made longer: every later line moves, so heading moves are decided again by pdfmake
  // (text nodes other than the changed one are still not measured again).
  await timeWarm('每次先加长前部一段文字，其后行位置全变', (r, i) => {
    r.organisation.note += '（补充说明）'.repeat(i + 3);
  });
  await client.close();

  const big = stress();
  const bigDoc = assembleReport(big, rulePackFor(big.rulePackId));
  const stressRun = freshProcessExport(script, job(big, bigDoc), 'stress');
  console.log(
    `压力报告（500个项目、300行指标，${stressRun.pages}页，${(stressRun.bytes / 1e6).toFixed(1)} MB）新进程导出：` +
      `${fmt(stressRun.ms)}，峰值内存 ${stressRun.maxRssMb} MB`,
  );

  const lo = timeLibreOffice(refDoc, 'reference');
  if (lo) {
    const loWarm = median(lo.warm);
    const ours = median(coldRuns.map((r) => r.ms));
    console.log(
      `LibreOffice 转换同一内容（HTML → PDF）：首次（含建立配置）${fmt(lo.cold)}，之后中位数 ${fmt(loWarm)}；` +
        `本程序冷启动为其 ${((ours / loWarm) * 100).toFixed(0)}%`,
    );
  } else {
    console.log('LibreOffice 未安装，跳过对比（apt-get install -y libreoffice-writer-nogui）');
  }
  rmSync(WORK, { recursive: true, force: true });
}

await main();
