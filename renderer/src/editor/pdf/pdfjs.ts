/**
 * pdf.js for the preview, loaded only when the PDF screen first shows a PDF (a separate chunk of ~0.5 MB).
 *
 * - The legacy build: the desktop shell is Electron 45 (Chromium 140), older than what pdf.js 5's modern build
 *   expects (Map.prototype.getOrInsertComputed, …); the legacy build carries those polyfills.
 * - The worker is a file of our own bundle (Vite `?url`), so the CSP's script-src 'self' admits it: no blob: or
 *   data: worker, no CDN. If a worker cannot start, pdf.js runs the same file in the page instead.
 * - isEvalSupported: false, so pdf.js never compiles font outlines with `new Function` (the CSP has no
 *   'unsafe-eval'). The PDFs are our own, with every font embedded: no CMaps, standard fonts or wasm are needed.
 */
import { GlobalWorkerOptions, PDFWorker, getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

export type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * One worker for every PDF the app shows: without it pdf.js starts (and parses) a new worker per document, on each
 * 生成PDF and 生成签发用PDF. Destroying a document leaves a worker it was given running.
 */
let worker: PDFWorker | null = null;

/** Opens PDF bytes for rendering. pdf.js takes ownership of the buffer it is given, so it gets a copy. */
export function openPdf(bytes: Uint8Array): { promise: Promise<PDFDocumentProxy>; destroy: () => Promise<void> } {
  worker ??= new PDFWorker();
  const task = getDocument({
    worker,
    data: bytes.slice(),
    isEvalSupported: false,
    enableXfa: false,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  return { promise: task.promise, destroy: () => task.destroy() };
}
