/**
 * Runs PDF jobs in one long-lived worker thread, one job at a time. Each job has a time limit; the worker has a
 * heap limit. A worker that times out, runs out of memory or dies is discarded and the next job starts a new one.
 * The worker is unref'd while idle, so it never keeps a command-line process alive.
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { FontOptions } from './font-registry';
import { PdfExportError } from './pdf-errors';
import type { PdfJob, PdfOutcome } from './render-report';
import type { ChartJob, PdfWorkerData, WorkerReply, WorkerRequest } from './worker-protocol';

export interface PdfWorkerOptions {
  codeCache?: PdfWorkerData['codeCache'];
  /** Folder for the code cache (see PdfWorkerData.cacheDir); beside the bundle when not given. */
  cacheDir?: string;
}

export interface PdfRenderer {
  render(job: PdfJob, limits: { timeLimitMs: number; heapLimitMb: number }): Promise<PdfOutcome>;
}

function isOutOfMemory(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return code === 'ERR_WORKER_OUT_OF_MEMORY' || (error instanceof Error && /heap|out of memory/i.test(error.message));
}

/** A reply that is not an error. */
type Answer = Exclude<WorkerReply, { error: string }>;
type AnswerKey = 'outcome' | 'warmed' | 'png';

/** The part of the reply asked for; a reply of another kind means a worker that does not match its client. */
function answer<K extends AnswerKey>(reply: Answer, key: K): Extract<Answer, Record<K, unknown>>[K] {
  if (!(key in reply)) throw new PdfExportError('worker-exit', 'PDF生成组件与本程序版本不一致，请重新安装本程序。');
  return (reply as Extract<Answer, Record<K, unknown>>)[key];
}

export class PdfWorkerClient implements PdfRenderer {
  private worker: Worker | null = null;
  private workerHeapMb = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;

  /**
   * `codeCache` names the worker's code cache (pdf-worker-main.ts) for a process that runs V8 with other flags
   * than the app (`selfeval pdf`): code compiled under other flags is not used, so each keeps its own.
   */
  constructor(
    private readonly workerScript: string,
    private readonly options: PdfWorkerOptions = {},
  ) {}

  render(job: PdfJob, limits: { timeLimitMs: number; heapLimitMb: number }): Promise<PdfOutcome> {
    return this.enqueue(() => this.runOne({ job }, limits)).then((reply) => answer(reply, 'outcome'));
  }

  /** The 汇总 chart as a PNG, drawn in the worker (a chart of 150 units takes the best part of a second). */
  drawChart(chart: ChartJob, limits: { timeLimitMs: number; heapLimitMb: number }): Promise<Buffer> {
    return this.enqueue(() => this.runOne({ chart }, limits)).then((reply) => {
      const png = answer(reply, 'png');
      return Buffer.from(png.buffer, png.byteOffset, png.byteLength);
    });
  }

  /** Starts the worker and loads the fonts in the background, so the first export is as quick as later ones. */
  warmUp(fonts: FontOptions, limits: { timeLimitMs: number; heapLimitMb: number }): Promise<void> {
    return this.enqueue(() => this.runOne({ warmUp: fonts }, limits)).then((reply) => {
      answer(reply, 'warmed');
    });
  }

  /**
   * Spawns the worker now, so it loads its code while the caller is still reading and assembling the report (a
   * cold `selfeval pdf`); the first render then finds it ready. A missing worker is reported by that render.
   */
  start(heapLimitMb: number): void {
    try {
      this.workerFor(heapLimitMb);
    } catch (error) {
      if (!(error instanceof PdfExportError)) throw error;
    }
  }

  private enqueue<T>(run: () => Promise<T>): Promise<T> {
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private workerFor(heapLimitMb: number): Worker {
    if (this.worker && this.workerHeapMb === heapLimitMb) return this.worker;
    if (this.worker) this.discard(this.worker);
    if (!existsSync(this.workerScript)) {
      throw new PdfExportError('worker-exit', `找不到PDF生成组件（${this.workerScript}），请重新安装本程序。`);
    }
    const workerData: PdfWorkerData = {
      codeCache: this.options.codeCache ?? null,
      cacheDir: this.options.cacheDir ?? null,
    };
    const worker = new Worker(this.workerScript, {
      workerData,
      // A larger young generation: layout allocates many short-lived objects (fewer scavenges, faster export).
      resourceLimits: { maxOldGenerationSizeMb: heapLimitMb, maxYoungGenerationSizeMb: 64 },
    });
    worker.unref();
    this.worker = worker;
    this.workerHeapMb = heapLimitMb;
    return worker;
  }

  private discard(worker: Worker): void {
    if (this.worker === worker) this.worker = null;
    void worker.terminate();
  }

  private async runOne(
    request: { job: PdfJob } | { warmUp: FontOptions } | { chart: ChartJob },
    limits: { timeLimitMs: number; heapLimitMb: number },
  ): Promise<Answer> {
    const worker = this.workerFor(limits.heapLimitMb);
    worker.ref();
    const id = this.nextId++;
    return new Promise<Answer>((resolve, reject) => {
      const finish = (): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        worker.unref();
      };
      const fail = (error: PdfExportError): void => {
        finish();
        this.discard(worker);
        reject(error);
      };
      const timer = setTimeout(() => {
        const seconds = Math.round(limits.timeLimitMs / 1000);
        fail(
          new PdfExportError(
            'timeout',
            `生成PDF超过${seconds}秒仍未完成，已停止。报告可能过长，可减少表格行数后重试。`,
          ),
        );
      }, limits.timeLimitMs);
      const onMessage = (reply: WorkerReply): void => {
        if (reply.id !== id) return;
        finish();
        if ('error' in reply) {
          const what = 'chart' in request ? '生成汇总图表失败' : '生成PDF失败';
          reject(new PdfExportError('render-failed', `${what}：${reply.error}`));
        } else resolve(reply);
      };
      const onError = (error: unknown): void => {
        if (isOutOfMemory(error)) {
          fail(
            new PdfExportError(
              'out-of-memory',
              `生成PDF所需内存超过上限（${limits.heapLimitMb} MB），已停止。报告可能过长。`,
            ),
          );
        } else {
          fail(
            new PdfExportError(
              'worker-exit',
              `PDF生成线程出错：${error instanceof Error ? error.message : String(error)}`,
            ),
          );
        }
      };
      const onExit = (code: number): void =>
        fail(new PdfExportError('worker-exit', `PDF生成线程意外退出（代码${code}）`));
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ id, ...request } satisfies WorkerRequest);
    });
  }
}
