/**
 * `selfeval import WORKBOOK.xlsx --into REPORT.json [--apply] [-o OUT.json]`: prints what the workbook would change
 * in the report (and every problem with 工作表/行/列); writes only with --apply, and only when nothing blocks.
 * `selfeval export-xlsx REPORT.json -o OUT.xlsx [--template]`: 附件1, 附件2 and the project list as a workbook.
 * Exit codes as in run-cli.ts: 0 done, 1 the workbook has errors (nothing written), 2 usage or unreadable file.
 */
import { UserFacingError } from '../../../shared/api/result';
import type { Report } from '../../../shared/model/report';
import { parseReportFile, serializeReportFile } from '../../../shared/format/report-file';
import { formatProblem } from '../../../shared/import/problems';
import { APP_NAME, APP_VERSION } from '../../api/app-version';
import { previewWorkbook } from '../../services/excel/excel-service';
import { writeReportWorkbook, writeTemplateWorkbook } from '../../services/excel/write-workbook';

/** Same values as run-cli.ts (not imported from it: run-cli dispatches to this module). */
const EXIT_OK = 0;
const EXIT_ERRORS = 1;
const EXIT_BAD_INPUT = 2;

export interface ExcelCliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (path: string) => Buffer;
  writeFile: (path: string, data: string | Buffer) => void;
}

export const IMPORT_USAGE = `用法：
  selfeval import 工作簿.xlsx --into 报告.selfeval.json [--apply] [-o 输出.selfeval.json] [--clear] [--delete-rows]
      显示工作簿中的附件1、附件2、项目明细表将对报告做出的修改和发现的问题；
      加 --apply 才写入（默认写回 --into 指定的文件，-o 可另存）。有错误时不写入。
      表中空白或“—”的格子不改动报告；--clear 清空报告中有而表中没有的数。
      报告中有而表中没有的行（项目、指标、项目支出分类）默认保留；--delete-rows 确认删除这些行。
      一个数也没填的空白模板不导入。
`;

export const EXPORT_USAGE = `用法：
  selfeval export-xlsx 报告.selfeval.json -o 输出.xlsx [--template]
      把报告的附件1（基础数据表）、附件2（自评表）和项目明细表导出为 Excel 工作簿；
      --template：导出同样格式的空白模板。
`;

interface ParsedArgs {
  positional: string[];
  options: Map<string, string>;
  flags: Set<string>;
  error: string | null;
}

export function parseArgs(
  args: readonly string[],
  command: string,
  valued: readonly string[],
  flags: readonly string[],
): ParsedArgs {
  const rest = args[0] === command ? args.slice(1) : [...args];
  const out: ParsedArgs = { positional: [], options: new Map(), flags: new Set(), error: null };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (valued.includes(arg)) {
      const value = rest[i + 1];
      if (value === undefined || value.startsWith('-')) out.error = `${arg} 后面缺少文件名`;
      else out.options.set(arg, value);
      i++;
    } else if (flags.includes(arg)) out.flags.add(arg);
    else if (arg.startsWith('-') && arg !== '-') out.error = `不认识的选项：${arg}`;
    else out.positional.push(arg);
  }
  return out;
}

function readError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return '文件不存在';
  if (code === 'EISDIR') return '这是一个文件夹，不是文件';
  if (code === 'EACCES' || code === 'EPERM') return '没有读取该文件的权限';
  return `无法读取文件${error instanceof Error ? `（${error.message}）` : ''}`;
}

export function tryRead(io: ExcelCliIo, path: string): Buffer | string {
  try {
    return io.readFile(path);
  } catch (error) {
    return readError(error);
  }
}

export function loadReport(io: ExcelCliIo, path: string) {
  const bytes = tryRead(io, path);
  if (typeof bytes === 'string') return { ok: false as const, message: `报告文件 ${path}：${bytes}` };
  const parsed = parseReportFile(bytes.toString('utf8'));
  if (!parsed.ok)
    return { ok: false as const, message: `报告文件 ${path}：${parsed.message}`, details: parsed.details };
  return parsed;
}

/** Writes the output file; a failure is said on stderr (the caller exits with 2). */
export function writeOutput(io: ExcelCliIo, out: string, data: string | Buffer): boolean {
  try {
    io.writeFile(out, data);
    return true;
  } catch (error) {
    io.stderr(`无法写入 ${out}${error instanceof Error ? `（${error.message}）` : ''}\n`);
    return false;
  }
}

/** The report file and the workbook an import reads; an exit code (after saying why) when either cannot be read. */
export function readImportInputs(io: ExcelCliIo, workbookPath: string, reportPath: string) {
  const loaded = loadReport(io, reportPath);
  if (!loaded.ok) {
    io.stderr(`${loaded.message}\n${(loaded.details ?? []).map((d) => `  · ${d}\n`).join('')}`);
    return EXIT_BAD_INPUT;
  }
  const bytes = tryRead(io, workbookPath);
  if (typeof bytes === 'string') {
    io.stderr(`工作簿 ${workbookPath}：${bytes}\n`);
    return EXIT_BAD_INPUT;
  }
  return { loaded, bytes };
}

/** Runs an import preview; a workbook the reader refuses is said in Chinese and gives an exit code. */
export async function previewOrExit<T>(io: ExcelCliIo, workbookPath: string, preview: () => Promise<T>) {
  try {
    return { result: await preview() };
  } catch (error) {
    if (error instanceof UserFacingError) {
      io.stderr(`工作簿 ${workbookPath}：${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}

/**
 * The end of an import, once its preview is printed: errors stop it; without --apply it was only a preview; with
 * nothing to apply the file is left alone; otherwise the new report is written (to -o, or over the report file).
 */
export function finishImport(
  io: ExcelCliIo,
  a: { flags: ReadonlySet<string>; options: ReadonlyMap<string, string> },
  reportPath: string,
  title: string,
  outcome: { errors: number; nothingToApply: boolean; next: Report; summary: string },
): number {
  const apply = a.flags.has('--apply');
  if (outcome.errors > 0) {
    io.stderr(`\n工作簿中有${outcome.errors}处错误，${apply ? '未写入任何内容' : '改正后才能导入'}。\n`);
    return EXIT_ERRORS;
  }
  if (!apply) {
    io.stdout('\n这只是预览，报告文件未修改。确认无误后加 --apply 写入。\n');
    return EXIT_OK;
  }
  if (outcome.nothingToApply) {
    io.stdout('\n没有需要修改的内容，报告文件未改动。\n');
    return EXIT_OK;
  }
  const out = a.options.get('-o') ?? reportPath;
  const text = serializeReportFile(outcome.next, {
    title,
    generator: `${APP_NAME} ${APP_VERSION}`,
    exportedAt: new Date().toISOString(),
  });
  if (!writeOutput(io, out, text)) return EXIT_BAD_INPUT;
  io.stdout(`\n已写入 ${out}：${outcome.summary}\n`);
  return EXIT_OK;
}

export async function runImportCommand(args: readonly string[], io: ExcelCliIo): Promise<number> {
  const a = parseArgs(args, 'import', ['--into', '-o'], ['--apply', '--clear', '--delete-rows', '--help', '-h']);
  if (a.flags.has('--help') || a.flags.has('-h')) {
    io.stdout(IMPORT_USAGE);
    return EXIT_OK;
  }
  const workbookPath = a.positional[0];
  const reportPath = a.options.get('--into');
  if (a.error || !workbookPath || !reportPath || a.positional.length > 1) {
    io.stderr(
      `${a.error ?? (a.positional.length > 1 ? '只能指定一个工作簿' : '缺少工作簿或 --into 报告文件')}\n${IMPORT_USAGE}`,
    );
    return EXIT_BAD_INPUT;
  }
  const inputs = readImportInputs(io, workbookPath, reportPath);
  if (typeof inputs === 'number') return inputs;
  const { loaded, bytes } = inputs;
  const previewed = await previewOrExit(io, workbookPath, () =>
    previewWorkbook(bytes, loaded.report, {
      clearMissing: a.flags.has('--clear'),
      deleteMissingRows: a.flags.has('--delete-rows'),
    }),
  );
  if (typeof previewed === 'number') return previewed;
  const { result } = previewed;
  io.stdout(`工作簿：${workbookPath}\n报告：${reportPath}（${loaded.title}）\n`);
  io.stdout(
    `找到的表格：${result.tables.map((t) => `${t.title}（工作表「${t.sheet}」，${t.changeCount}项修改）`).join('、')}\n`,
  );
  if (result.changes.length === 0) io.stdout('\n没有需要修改的字段。\n');
  else {
    io.stdout(`\n将要修改的字段（${result.changes.length}项）：\n`);
    for (const c of result.changes)
      io.stdout(`${c.detail ? '      ' : '  '}${c.label}：${c.oldValue} → ${c.newValue}\n`);
  }
  if (result.deletions.length > 0) {
    io.stdout(
      `\n报告中有而表中没有的行（${result.deletions.length}行，${result.deletionsApplied ? '将删除' : '保留；加 --delete-rows 才删除'}）：\n`,
    );
    for (const c of result.deletions) io.stdout(`  ${c.label}：${c.oldValue}\n`);
  }
  if (result.emptyTemplate) io.stdout('\n这是空白模板：表中一个数也没有填写，不会修改报告。\n');
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (result.problems.length > 0) {
    io.stdout(`\n问题（错误 ${errors.length} 个，提示 ${result.problems.length - errors.length} 个）：\n`);
    for (const p of [...errors, ...result.problems.filter((x) => x.severity === 'warning')])
      io.stdout(`  ${formatProblem(p)}\n`);
  }
  return finishImport(io, a, reportPath, loaded.title, {
    errors: errors.length,
    nothingToApply: result.changes.length === 0 || result.emptyTemplate,
    next: result.next,
    summary: result.summary,
  });
}

export async function runExportXlsxCommand(args: readonly string[], io: ExcelCliIo): Promise<number> {
  const a = parseArgs(args, 'export-xlsx', ['-o'], ['--template', '--help', '-h']);
  if (a.flags.has('--help') || a.flags.has('-h')) {
    io.stdout(EXPORT_USAGE);
    return EXIT_OK;
  }
  const reportPath = a.positional[0];
  const out = a.options.get('-o');
  if (a.error || !reportPath || !out || a.positional.length > 1) {
    io.stderr(`${a.error ?? (!out ? '缺少 -o 输出文件' : '缺少报告文件')}\n${EXPORT_USAGE}`);
    return EXIT_BAD_INPUT;
  }
  const loaded = loadReport(io, reportPath);
  if (!loaded.ok) {
    io.stderr(`${loaded.message}\n${(loaded.details ?? []).map((d) => `  · ${d}\n`).join('')}`);
    return EXIT_BAD_INPUT;
  }
  const bytes = a.flags.has('--template')
    ? await writeTemplateWorkbook(loaded.report)
    : await writeReportWorkbook(loaded.report);
  if (!writeOutput(io, out, bytes)) return EXIT_BAD_INPUT;
  io.stdout(
    `已导出 ${out}：附件1 基础数据表、附件2 自评表、项目明细表${a.flags.has('--template') ? '（空白模板）' : ''}\n`,
  );
  return EXIT_OK;
}
