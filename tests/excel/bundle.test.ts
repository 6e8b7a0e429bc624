/**
 * The reader's worker runs from the source text of a function (read-workbook.ts). This proves it survives the
 * esbuild bundling that scripts/build-node.mjs applies (ESM with a createRequire banner, and CommonJS), with
 * exceljs left external and found from the bundle's own location.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Inside node_modules/.cache so that `require.resolve('exceljs')` from the bundle finds the project's packages.
const OUT_DIR = path.join(ROOT, 'node_modules', '.cache', 'selfeval-excel-bundle-test');
const FIXTURE = fileURLToPath(new URL('../fixtures/xlsx/08-multi-sheet.xlsx', import.meta.url));

const ENTRY = `
import { readFileSync } from 'node:fs';
import { readWorkbook } from './electron/services/excel/read-workbook';
readWorkbook(readFileSync(process.argv[2])).then(
  (wb) => process.stdout.write(JSON.stringify(wb.sheets.map((s) => [s.name, s.rows.length]))),
  (e) => { process.stdout.write('ERR ' + e.message); process.exitCode = 1; },
);
`;

async function bundle(format: 'esm' | 'cjs'): Promise<string> {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const outfile = path.join(OUT_DIR, format === 'esm' ? 'read.mjs' : 'read.cjs');
  await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format,
    outfile,
    external: ['exceljs'],
    logLevel: 'silent',
    ...(format === 'esm'
      ? {
          banner: {
            js: "import { createRequire as __cr } from 'node:module';\nconst require = __cr(import.meta.url);",
          },
        }
      : {}),
  });
  return outfile;
}

describe('the workbook reader in a bundle', () => {
  it.each(['esm', 'cjs'] as const)(
    '%s bundle reads a workbook through its worker',
    { timeout: 30_000 },
    async (format) => {
      const file = await bundle(format);
      const out = execFileSync(process.execPath, [file, FIXTURE], { encoding: 'utf8', cwd: '/' });
      expect(JSON.parse(out)).toEqual([
        ['封面', 4],
        ['基础数据', 11],
        ['自评表（2024）', 6],
        ['项目', 3],
        ['Sheet3', 1],
      ]);
    },
  );
});
