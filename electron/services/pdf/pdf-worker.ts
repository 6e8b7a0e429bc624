/**
 * The PDF worker thread's work (bundled with pdfmake to dist/pdf/pdf-worker-core.cjs, run by pdf-worker-main.ts),
 * and the 汇总 chart's PNG, so that drawing it does not hold up the app's main process either.
 * Layout is synchronous and can be slow or memory-hungry on a huge report, so it runs in a worker, where the main
 * thread stays responsive and the client can stop it (time limit) and the heap limit contains it. The worker lives
 * on between exports, so the fonts it has loaded stay loaded.
 */
import type { MessagePort } from 'node:worker_threads';
import { chartPng } from '../summary/chart-png';
import { renderReportPdf } from './render-report';
import { warmUp } from './warm-up';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

/** A whole ArrayBuffer can be transferred without copying; a view into a shared pool must be copied first. */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

/**
 * Answers the client's requests on `port`. `beforeReply` runs when an export has been rendered, just before its
 * reply is sent (the client may end the thread as soon as it has the PDF).
 */
export function servePdfJobs(port: MessagePort, beforeReply: () => void = () => undefined): void {
  port.on('message', (request: WorkerRequest) => {
    const fail = (error: unknown): void => {
      const message = error instanceof Error ? error.message : String(error);
      port.postMessage({ id: request.id, error: message } satisfies WorkerReply);
    };
    if ('warmUp' in request) {
      warmUp(request.warmUp).then(() => port.postMessage({ id: request.id, warmed: true } satisfies WorkerReply), fail);
      return;
    }
    if ('chart' in request) {
      chartPng(request.chart.scene, request.chart.fontDir).then((png) => {
        const bytes = ownBuffer(png);
        port.postMessage({ id: request.id, png: bytes } satisfies WorkerReply, [bytes.buffer as ArrayBuffer]);
      }, fail);
      return;
    }
    renderReportPdf(request.job).then((outcome) => {
      beforeReply();
      if (outcome.ok) {
        const bytes = ownBuffer(outcome.bytes);
        const reply: WorkerReply = { id: request.id, outcome: { ...outcome, bytes } };
        port.postMessage(reply, [bytes.buffer as ArrayBuffer]);
      } else {
        port.postMessage({ id: request.id, outcome } satisfies WorkerReply);
      }
    }, fail);
  });
}
