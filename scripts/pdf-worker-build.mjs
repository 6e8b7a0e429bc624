// How the PDF worker is bundled: shared by `npm run build` (scripts/build-node.mjs) and the PDF tests, so the tests
// run the very bundle the app ships. pdfmake, pdfkit and fontkit are bundled in rather than loaded from
// node_modules, so that what a report never needs is left out of a cold export's start-up (issue 17): each library
// below is replaced by a stand-in that throws if it is ever called. The definition guard (definition-guard.ts)
// refuses SVG and encryption, and the app's fonts are TrueType files, never WOFF2.
import { copyFile, mkdir, readdir, rename } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Module as pdfmake, pdfkit or fontkit require it → the feature it serves (named in the stand-in's error). */
export const LEFT_OUT_OF_PDF_WORKER = {
  'brotli/decompress.js': 'WOFF2 字体',
  '@noble/ciphers/aes': 'PDF 加密',
  '@noble/hashes/sha2': 'PDF 加密',
  '@noble/hashes/utils': 'PDF 加密',
  xmldoc: 'SVG 图形',
  './3rd-party/svg-to-pdfkit': 'SVG 图形',
};

/** @type {import('esbuild').Plugin} */
const leaveOut = {
  name: 'leave-out-unused-pdf-libraries',
  setup(build) {
    build.onResolve({ filter: /./ }, (args) =>
      Object.hasOwn(LEFT_OUT_OF_PDF_WORKER, args.path) ? { path: args.path, namespace: 'left-out' } : undefined,
    );
    build.onLoad({ filter: /./, namespace: 'left-out' }, (args) => ({
      loader: 'js',
      contents: [
        `const unused = () => { throw new Error(${JSON.stringify(`PDF生成组件不含${LEFT_OUT_OF_PDF_WORKER[args.path]}功能（本程序不使用）`)}); };`,
        "module.exports = new Proxy(unused, { get: (target, key) => (key === '__esModule' ? undefined : unused) });",
      ].join('\n'),
    }));
  },
};

/**
 * The worker is two files in `dir`: pdf-worker.mjs, the thread's small entry point, and pdf-worker-core.cjs, the
 * renderer with pdfmake, which the entry point runs through V8's code cache (electron/services/pdf/code-cache.ts;
 * the cache, pdf-worker-core.v8cache, is written there by the first export). CommonJS, because only a classic
 * script can be compiled from a code cache on Node 20; pdfkit reads its Helvetica metrics from __dirname/data.
 * @param {string} dir
 * @param {{ plugins?: import('esbuild').Plugin[], sourcemap?: boolean }} [options] plugins: for the core, run
 *   before the one that leaves libraries out
 */
export async function buildPdfWorker(dir, { plugins = [], sourcemap = true } = {}) {
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    sourcemap,
    legalComments: 'eof',
    logLevel: 'warning',
    // Only the renderer's own dependencies are bundled; nothing else may sneak into the worker.
    external: ['electron', 'better-sqlite3', 'exceljs', 'docx'],
  };
  await Promise.all([
    build({
      ...common,
      entryPoints: [path.join(ROOT, 'electron', 'services', 'pdf', 'pdf-worker-main.ts')],
      outfile: path.join(dir, 'pdf-worker.mjs'),
      format: 'esm',
    }),
    build({
      ...common,
      entryPoints: [path.join(ROOT, 'electron', 'services', 'pdf', 'pdf-worker.ts')],
      outfile: path.join(dir, 'pdf-worker-core.cjs'),
      format: 'cjs',
      plugins: [...plugins, leaveOut],
    }),
    copyPdfkitData(dir),
  ]);
  return path.join(dir, 'pdf-worker.mjs');
}

/**
 * pdfkit's font metrics files, next to a worker bundle in `dir` (every new pdfkit document reads Helvetica's).
 * Each file is copied under a temporary name and renamed, so a test process never reads a half-copied file.
 * @param {string} dir
 */
async function copyPdfkitData(dir) {
  const source = path.join(ROOT, 'node_modules', 'pdfkit', 'js', 'data');
  const target = path.join(dir, 'data');
  await mkdir(target, { recursive: true });
  for (const name of await readdir(source)) {
    if (!name.endsWith('.afm') || existsSync(path.join(target, name))) continue;
    const partial = path.join(target, `${name}.${process.pid}.partial`);
    await copyFile(path.join(source, name), partial);
    await rename(partial, path.join(target, name));
  }
}
