/**
 * Where the PDF worker bundle and the bundled fonts are. The composition roots know their own layout and may pass
 * these explicitly (Electron: app.getAppPath()); otherwise they are found from the app's root folder, which is
 * the nearest folder above the running script whose package.json names this app. Environment variables
 * SELFEVAL_PDF_WORKER and SELFEVAL_FONT_DIR override both (tests, unusual installs).
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';

export interface PdfAssets {
  /** The worker's entry (dist/pdf/pdf-worker.mjs, from pdf-worker-main.ts), beside the renderer bundle it runs. */
  workerScript: string;
  /** assets/fonts */
  fontDir: string;
}

const PACKAGE_NAME = 'selfeval-desk';

function isAppRoot(dir: string): boolean {
  const file = path.join(dir, 'package.json');
  if (!existsSync(file)) return false;
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME;
  } catch {
    return false;
  }
}

export function findAppRoot(start: string): string | null {
  let dir = path.resolve(start);
  for (;;) {
    if (isAppRoot(dir)) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function scriptDir(): string {
  const script = process.argv[1];
  if (!script) return process.cwd();
  try {
    return path.dirname(realpathSync(script));
  } catch {
    return path.dirname(path.resolve(script));
  }
}

export function pdfAssetsAt(appRoot: string): PdfAssets {
  return {
    workerScript: path.join(appRoot, 'dist', 'pdf', 'pdf-worker.mjs'),
    fontDir: path.join(appRoot, 'assets', 'fonts'),
  };
}

export function defaultPdfAssets(): PdfAssets {
  const root = findAppRoot(scriptDir()) ?? findAppRoot(process.cwd()) ?? process.cwd();
  const assets = pdfAssetsAt(root);
  return {
    workerScript: process.env.SELFEVAL_PDF_WORKER || assets.workerScript,
    fontDir: process.env.SELFEVAL_FONT_DIR || assets.fontDir,
  };
}
