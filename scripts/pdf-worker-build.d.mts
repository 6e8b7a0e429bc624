import type { Plugin } from 'esbuild';

export const LEFT_OUT_OF_PDF_WORKER: Readonly<Record<string, string>>;
/** Builds the PDF worker into `dir`; returns its entry point (dir/pdf-worker.mjs). */
export function buildPdfWorker(dir: string, options?: { plugins?: Plugin[]; sourcemap?: boolean }): Promise<string>;
