/**
 * The PDF worker for `selfeval pdf`, spawned before anything else is loaded: starting a worker thread and loading
 * pdfmake in it is the longest step of a cold export, and it runs while this thread loads the command and reads and
 * assembles the report (issue 17, part 3). Kept apart from pdf-command.ts so that starting it loads almost nothing.
 */
import { setFlagsFromString } from 'node:v8';
import { GBT9704_DEFAULTS } from '../../services/pdf/layout-settings';
import { defaultPdfAssets } from '../../services/pdf/pdf-assets';
import { PdfWorkerClient } from '../../services/pdf/pdf-worker-client';

/**
 * A one-shot export lasts a few tenths of a second. V8's optimising compiler starts on code that has run a few
 * milliseconds and compiles in background threads: in a run this short that costs more CPU than the optimised code
 * saves (the reference report: about 710 → 500 ms of CPU, the whole process). Ten times V8's default budget
 * (67584 in Node 20) leaves it to code that runs long, such as the layout of a report of hundreds of pages.
 */
export const ONE_SHOT_V8_FLAGS = '--interrupt-budget=675840';

export function startPdfWorker(): PdfWorkerClient {
  // Process-wide, and read by a worker's isolate when it is created: set before the worker starts. V8 compiles
  // differently under other flags, so this worker keeps its compiled code in a code cache of its own.
  setFlagsFromString(ONE_SHOT_V8_FLAGS);
  const client = new PdfWorkerClient(defaultPdfAssets().workerScript, { codeCache: 'one-shot' });
  client.start(GBT9704_DEFAULTS.heapLimitMb);
  return client;
}
