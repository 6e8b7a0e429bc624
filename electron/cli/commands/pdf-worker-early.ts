/**
 * The PDF worker for `selfeval pdf`, spawned before anything else is loaded: starting a worker thread and loading
 * pdfmake in it is the longest step of a cold export, and it runs while this thread loads the command and reads and
 * assembles the report (issue 17, part 3). Kept apart from pdf-command.ts so that starting it loads almost nothing.
 */
import { GBT9704_DEFAULTS } from '../../services/pdf/layout-settings';
import { defaultPdfAssets } from '../../services/pdf/pdf-assets';
import { PdfWorkerClient } from '../../services/pdf/pdf-worker-client';

export function startPdfWorker(): PdfWorkerClient {
  const client = new PdfWorkerClient(defaultPdfAssets().workerScript);
  client.start(GBT9704_DEFAULTS.heapLimitMb);
  return client;
}
