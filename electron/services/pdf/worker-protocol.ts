/** Messages between the main thread and the PDF worker (plain data: structured-clone safe). */
import type { FontOptions } from './font-registry';
import type { PdfJob, PdfOutcome } from './render-report';

export type WorkerRequest = { id: number; job: PdfJob } | { id: number; warmUp: FontOptions };

export type WorkerReply =
  { id: number; outcome: PdfOutcome } | { id: number; warmed: true } | { id: number; error: string };
