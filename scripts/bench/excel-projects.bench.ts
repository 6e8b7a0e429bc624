// Importing a workbook of 100 项目支出绩效自评表, one sheet each (issue 16): the whole import as the preview screen
// runs it — read the workbook in the worker (exceljs), find the tables, match them to 100 projects by name, read
// every table and diff it against the report. Also one sheet holding all 100 stacked, and the export that made it.
// Measures only; never passes or fails on time. Run: node scripts/bench.mjs excel-projects
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { parseReportFile } from '../../shared/format/report-file';
import { previewProjectTables } from '../../shared/import/project-tables/preview-project-tables';
import type { Report } from '../../shared/model/report';
import { readWorkbook } from '../../electron/services/excel/read-workbook';
import { writeProjectTablesWorkbook } from '../../electron/services/excel/write-workbook';
import { peakRssMb } from './stats';

const TABLES = 100;
const RUNS = 5;

function hundredProjects(): { full: Report; bare: Report } {
  const text = readFileSync(
    new URL('../../tests/fixtures/reference-2024-projects.selfeval.json', import.meta.url),
    'utf8',
  );
  const parsed = parseReportFile(text);
  if (!parsed.ok) throw new Error(parsed.message);
  const source = parsed.report.projects.items;
  const full = structuredClone(parsed.report);
  full.projects.items = Array.from({ length: TABLES }, (_, i) => {
    const p = structuredClone(source[i % source.length]!);
    return { ...p, name: `${p.name}（第${i + 1}批）` };
  });
  const bare = structuredClone(full);
  for (const p of bare.projects.items) p.table = null;
  return { full, bare };
}

/** The same sheets copied one under another on a single sheet. */
async function stacked(bytes: Buffer): Promise<Buffer> {
  const source = new ExcelJS.Workbook();
  await source.xlsx.load(bytes as unknown as ArrayBuffer);
  const out = new ExcelJS.Workbook();
  const ws = out.addWorksheet('全部项目');
  let offset = 0;
  for (const sheet of source.worksheets) {
    sheet.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (!cell.isMerged || cell.master === cell) ws.getCell(offset + r, c).value = cell.value;
      }),
    );
    for (const m of (sheet.model as { merges?: string[] }).merges ?? []) {
      const [a, b] = m.split(':').map((ref) => sheet.getCell(ref));
      if (a && b) ws.mergeCells(offset + Number(a.row), Number(a.col), offset + Number(b.row), Number(b.col));
    }
    offset += sheet.rowCount + 2;
  }
  return Buffer.from(await out.xlsx.writeBuffer());
}

async function time(label: string, fn: () => Promise<string>): Promise<void> {
  await fn(); // warm-up
  const times: number[] = [];
  let detail = '';
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    detail = await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(
    `${label}: 中位数 ${median.toFixed(0)} ms，最慢 ${(times[times.length - 1] ?? 0).toFixed(0)} ms（${RUNS} 次；${detail}）`,
  );
}

const { full, bare } = hundredProjects();
let perSheet: Buffer = Buffer.alloc(0);
await time(`导出 ${TABLES} 张项目表（每表一个工作表）`, async () => {
  perSheet = await writeProjectTablesWorkbook(full);
  return `${(perSheet.length / 1024).toFixed(0)} KB`;
});
const oneSheet = await stacked(perSheet);
for (const [label, bytes] of [
  [`导入 ${TABLES} 张项目表（每表一个工作表）`, perSheet],
  [`导入 ${TABLES} 张项目表（同一工作表上下排列）`, oneSheet],
] as const) {
  await time(label, async () => {
    const result = previewProjectTables(await readWorkbook(bytes), bare);
    const matched = result.tables.filter((t) => t.match).length;
    return `${result.tables.length}张表，${matched}张对上项目，${result.changes.length}项修改，${result.problems.length}个问题`;
  });
  const workbook = await readWorkbook(bytes);
  await time(`  其中 找表、对应项目、读表、比较（不含读文件）`, async () => {
    const result = previewProjectTables(workbook, bare);
    return `${result.tables.length}张表`;
  });
}
console.log(`峰值内存 ${peakRssMb()} MB`);
