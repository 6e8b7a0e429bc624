/**
 * Runs the workbook parser in a worker thread with a heap limit and a wall-clock limit, and turns whatever happens
 * (a reply, a crash, running out of memory or time, the clerk's 取消) into data or a WorkbookReadError.
 * The worker is always terminated at the end, so nothing it parsed outlives the call.
 */
import { Worker } from 'node:worker_threads';
import type { WorkbookData } from '../../../shared/import/workbook-data';
import type { ExcelLimits } from './limits';
import { readError } from './read-errors';
import type { WorkerInput, WorkerReply } from './worker-protocol';

export function runWorkbookWorker(
  source: string,
  input: WorkerInput,
  limits: ExcelLimits,
  signal?: AbortSignal,
): Promise<WorkbookData> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(readError('cancelled'));
      return;
    }
    const worker = new Worker(source, {
      eval: true,
      workerData: input,
      transferList: [input.bytes.buffer as ArrayBuffer],
      resourceLimits: { maxOldGenerationSizeMb: limits.workerHeapMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 4 },
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    const onAbort = () => finish(() => reject(readError('cancelled')));
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      action();
    };
    signal?.addEventListener('abort', onAbort);
    const timer = setTimeout(() => finish(() => reject(readError('timeout'))), limits.parseTimeLimitMs);
    worker.on('message', (reply: WorkerReply) => {
      finish(() => (reply.ok ? resolve(reply.workbook) : reject(readError(reply.code, reply.detail))));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      finish(() => reject(readError(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out-of-memory' : 'parse-failed')));
    });
    worker.on('exit', () => finish(() => reject(readError('parse-failed'))));
  });
}
