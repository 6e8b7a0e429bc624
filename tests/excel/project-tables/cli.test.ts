/**
 * `selfeval export-projects` and `selfeval import-projects` on real files in a temp folder: export the reference's
 * tables, import them into the report without tables (preview, then --apply), pick a project for a renamed table,
 * refuse a blank template and usage errors with the documented exit codes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseReportFile, serializeReportFile } from '../../../shared/format/report-file';
import type { Report } from '../../../shared/model/report';
import type { ExcelCliIo } from '../../../electron/cli/commands/excel-commands';
import {
  runExportProjectsCommand,
  runImportProjectsCommand,
} from '../../../electron/cli/commands/project-tables-commands';
import { referenceWithTables, withoutTables } from './reference-tables';

let dir: string;
let stdout: string;
let stderr: string;
const io: ExcelCliIo = {
  stdout: (s) => void (stdout += s),
  stderr: (s) => void (stderr += s),
  readFile: (p) => fs.readFileSync(p),
  writeFile: (p, d) => fs.writeFileSync(p, d),
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-projects-cli-'));
  stdout = '';
  stderr = '';
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function writeReport(name: string, report: Report): string {
  const file = path.join(dir, name);
  fs.writeFileSync(
    file,
    serializeReportFile(report, { title: '参考', generator: 'test', exportedAt: '2025-05-29T00:00:00Z' }),
  );
  return file;
}

function readReport(file: string): Report {
  const parsed = parseReportFile(fs.readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.report;
}

describe('selfeval export-projects / import-projects', () => {
  it('exports the tables and imports them back into a report without tables', async () => {
    const full = writeReport('full.selfeval.json', referenceWithTables());
    const xlsx = path.join(dir, 'tables.xlsx');
    expect(await runExportProjectsCommand(['export-projects', full, '-o', xlsx], io)).toBe(0);
    expect(stdout).toBe(`已导出 ${xlsx}：项目支出绩效自评表9张\n`);

    const bare = writeReport('bare.selfeval.json', withoutTables(referenceWithTables()));
    stdout = '';
    expect(await runImportProjectsCommand(['import-projects', xlsx, '--into', bare], io)).toBe(0);
    expect(stdout).toContain('找到的项目支出绩效自评表（9张）');
    expect(stdout).toContain('→ 第1行「县监管中心监管场所医疗工作及相关经费」，5项指标');
    expect(stdout).toContain('这只是预览，报告文件未修改');
    expect(readReport(bare).projects.items.every((p) => p.table === null)).toBe(true);

    stdout = '';
    expect(await runImportProjectsCommand(['import-projects', xlsx, '--into', bare, '--apply'], io)).toBe(0);
    expect(stderr).toBe('');
    expect(readReport(bare).projects.items.map((p) => p.table)).toEqual(
      referenceWithTables().projects.items.map((p) => p.table),
    );
  });

  it('--assign picks the project of an unmatched table, --skip leaves one out', async () => {
    const source = referenceWithTables();
    const renamed = structuredClone(source);
    const first = renamed.projects.items[0];
    if (first) first.name = '医疗经费';
    const xlsx = path.join(dir, 'renamed.xlsx');
    expect(await runExportProjectsCommand([writeReport('renamed.selfeval.json', renamed), '-o', xlsx], io)).toBe(0);
    const bare = writeReport('bare.selfeval.json', withoutTables(source));
    stdout = '';
    expect(await runImportProjectsCommand([xlsx, '--into', bare], io)).toBe(0);
    const key = /\n {2}(.+?!\d+)「医疗经费」→ 未找到对应项目/.exec(stdout)?.[1];
    expect(key).toBe('附件3 医疗经费!4');
    const second = /\n {2}(.+?!\d+)「“一村一辅警”/.exec(stdout)?.[1] ?? '';
    stdout = '';
    const code = await runImportProjectsCommand(
      [xlsx, '--into', bare, '--assign', `${key}=1`, '--skip', second, '--apply'],
      io,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('（指定）');
    const tables = readReport(bare).projects.items.map((p) => p.table);
    expect(tables[0]).toEqual(source.projects.items[0]?.table);
    expect(tables[1]).toBeNull();
  });

  it('a blank template writes nothing; usage errors exit 2', async () => {
    const bare = writeReport('bare.selfeval.json', withoutTables(referenceWithTables()));
    const xlsx = path.join(dir, 'template.xlsx');
    expect(await runExportProjectsCommand([bare, '-o', xlsx, '--template'], io)).toBe(0);
    expect(stdout).toBe(`已导出 ${xlsx}：项目支出绩效自评表空白模板（9张）\n`);
    const before = fs.readFileSync(bare, 'utf8');
    stdout = '';
    expect(await runImportProjectsCommand([xlsx, '--into', bare, '--apply'], io)).toBe(0);
    expect(stdout).toContain('这是空白模板：表中一项也没有填写，不会修改报告。');
    expect(fs.readFileSync(bare, 'utf8')).toBe(before);

    expect(await runExportProjectsCommand([bare, '-o', path.join(dir, 'x.xlsx')], io)).toBe(2);
    expect(stderr).toContain('中还没有项目支出绩效自评表；要空白模板请加 --template');
    stderr = '';
    expect(await runImportProjectsCommand([xlsx, '--into', bare, '--assign', 'Sheet1!4=0'], io)).toBe(2);
    expect(stderr).toContain('--assign 的写法应为“工作表!行=项目序号”');
  });
});
