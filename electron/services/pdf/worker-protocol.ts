/** Messages between the main thread and the PDF worker (plain data: structured-clone safe). */
import type { ChartScene } from '../../../shared/summary/chart-scene';
import type { FontOptions } from './font-registry';
import type { PdfJob, PdfOutcome } from './render-report';

/** The 汇总 chart as a PNG (electron/services/summary/chart-png.ts), drawn off the main thread. */
export interface ChartJob {
  scene: ChartScene;
  fontDir: string;
}

export type WorkerRequest =
  { id: number; job: PdfJob } | { id: number; warmUp: FontOptions } | { id: number; chart: ChartJob };

export type WorkerReply =
  | { id: number; outcome: PdfOutcome }
  | { id: number; warmed: true }
  | { id: number; png: Uint8Array }
  | { id: number; error: string };

/** Given to the worker when it starts. */
export interface PdfWorkerData {
  /** The code cache to use besides the default one (pdf-worker-main.ts); null for the default. */
  codeCache: 'one-shot' | null;
  /**
   * Where the cache is kept, when not beside the bundle: an installed app's bundle is inside the read-only app.asar,
   * so the app keeps it in its data folder. null: beside the bundle.
   */
  cacheDir: string | null;
}
