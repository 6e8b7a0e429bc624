/**
 * One measurement, run in a fresh process by scripts/bench-excel.mjs (bundled with esbuild first):
 *   import  — the app's whole import: pre-check, worker, exceljs load, plain rows, mapping and preview
 *   exceljs — exceljs alone loading the same file in this thread (the baseline)
 * Prints one JSON line: { ms, cpuMs, maxRssMb, detail }. cpuMs is user + system time of the whole process (worker
 * threads included): unlike wall time it hardly moves when other programs share the CPU.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { readWorkbook } from '../electron/services/excel/read-workbook';
import { PREVIEW_CHANGES_SHOWN, previewImport } from '../shared/import/import-workbook';
import { emptyReport } from '../shared/model/empty';

type ExcelJsModule = typeof import('exceljs');

async function main(): Promise<void> {
  const [mode, file] = process.argv.slice(2);
  if (!file || (mode !== 'import' && mode !== 'exceljs'))
    throw new Error('用法：bench-excel-runner import|exceljs 文件.xlsx');
  const bytes = readFileSync(file);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let detail: string;
  if (mode === 'import') {
    // As the preview screen asks for it: new rows' figures listed as far as the preview shows them.
    const result = previewImport(await readWorkbook(bytes), emptyReport('基准测试单位', 2024), {
      detailLimit: PREVIEW_CHANGES_SHOWN,
    });
    detail = `${result.changes.length}项修改，${result.problems.length}个问题`;
  } else {
    const ExcelJS = createRequire(import.meta.url)('exceljs') as ExcelJsModule;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    detail = `${workbook.worksheets[0]?.rowCount ?? 0}行`;
  }
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ms, cpuMs, maxRssMb, detail })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
