/**
 * Entry point of the PDF worker thread (bundled to dist/pdf/pdf-worker.mjs). Runs the renderer bundle beside it,
 * pdf-worker-core.cjs, from V8's compiled code kept in pdf-worker-core.v8cache when that matches (code-cache.ts):
 * a cold export then neither parses nor compiles pdfmake (issue 17). The first export writes the cache when it
 * was missing or did not match; where the folder is read-only, exports simply compile as before. `selfeval pdf`
 * runs V8 with other flags (pdf-worker-early.ts) and so keeps its own cache, pdf-worker-core.one-shot.v8cache.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { requireWithCodeCache } from './code-cache';
import type { servePdfJobs } from './pdf-worker';
import type { PdfWorkerData } from './worker-protocol';

const dir = path.dirname(fileURLToPath(import.meta.url));
const { codeCache, cacheDir } = (workerData ?? { codeCache: null, cacheDir: null }) as PdfWorkerData;
const cacheName = codeCache === 'one-shot' ? 'pdf-worker-core.one-shot.v8cache' : 'pdf-worker-core.v8cache';
if (cacheDir) {
  try {
    mkdirSync(cacheDir, { recursive: true });
  } catch {
    // No cache folder: exports compile as they would without a cache.
  }
}
const core = requireWithCodeCache(path.join(dir, 'pdf-worker-core.cjs'), path.join(cacheDir ?? dir, cacheName));
let saved = false;
if (parentPort) {
  (core.exports as { servePdfJobs: typeof servePdfJobs }).servePdfJobs(parentPort, () => {
    if (saved) return;
    saved = true;
    core.save();
  });
}
