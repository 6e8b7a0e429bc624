// Bundles the Node-side entry points with esbuild (the renderer is built by `vite build` before this runs).
// Native or heavy packages stay external: they are loaded from node_modules at run time (better-sqlite3 is a
// native addon that electron-builder rebuilds for Electron at packaging time). docx is imported dynamically, on the
// first Word export (electron/services/docx/docx-module.ts), fontkit on the first 汇总 chart. The PDF worker is
// the exception: it bundles pdfmake and its libraries (scripts/pdf-worker-build.mjs).
import { chmod, rm } from 'node:fs/promises';
import { build } from 'esbuild';
import { buildPdfWorker } from './pdf-worker-build.mjs';

const external = ['electron', 'better-sqlite3', 'exceljs', 'pdfmake', 'pdfmake/*', 'docx', 'fontkit'];

// ESM bundles: code bundled from CommonJS packages may call require() for builtins or the externals above,
// and ESM has no require of its own.
const esmRequireBanner = [
  "import { createRequire as __selfevalCreateRequire } from 'node:module';",
  'const require = __selfevalCreateRequire(import.meta.url);',
].join('\n');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  external,
  logLevel: 'warning',
  legalComments: 'eof',
};

const bundles = [
  { entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs', format: 'cjs' },
  // The preload runs sandboxed: it may require only 'electron', so everything else is bundled in (minified:
  // it is parsed again for every page load, and the contract it reads the method names from brings zod along).
  { entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', minify: true },
  {
    entryPoints: ['electron/web/serve.ts'],
    outfile: 'dist/web/serve.mjs',
    format: 'esm',
    banner: { js: esmRequireBanner },
  },
  // Split: each command's code (and the externals only it imports, such as exceljs and better-sqlite3) is loaded
  // when that command runs, so a cold `selfeval pdf` does not parse them (issue 17).
  {
    entryPoints: ['electron/cli/selfeval.ts'],
    outdir: 'dist/cli',
    entryNames: 'selfeval',
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    splitting: true,
    format: 'esm',
    banner: { js: `#!/usr/bin/env node\n${esmRequireBanner}` },
  },
];

// The CLI's chunks carry content hashes: last build's would otherwise pile up in dist/cli/chunks.
await rm('dist/cli', { recursive: true, force: true });
// PDF layout runs in a worker thread, bundled with pdfmake (scripts/pdf-worker-build.mjs). Last build's code cache
// goes with it (it would only be found stale).
await rm('dist/pdf', { recursive: true, force: true });
await Promise.all([...bundles.map((options) => build({ ...common, ...options })), buildPdfWorker('dist/pdf')]);
await chmod('dist/cli/selfeval.mjs', 0o755);
const outputs = [...bundles.map((b) => b.outfile ?? `${b.outdir}/${b.entryNames}.mjs`), 'dist/pdf/pdf-worker.mjs'];
console.log(`已打包 ${outputs.join('、')}`);
