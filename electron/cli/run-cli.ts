/**
 * The `selfeval` command line: check report files (for a 财政局 reviewer or a script) and print a report's text.
 * All input and output goes through `io`, so tests call runCli directly and selfeval.ts only wires up Node.
 * Exit codes: 0 no 强制 problem, 1 some file has 强制 problems, 2 usage error or a file that cannot be read
 * (2 wins over 1, so a script never mistakes an unreadable file for a merely failing one).
 */
import { parseReportFile } from '../../shared/format/report-file';
import { describeField } from '../../shared/model/field-labels';
import type { Report } from '../../shared/model/report';
import { rulePackFor } from '../../shared/checks/rule-pack';
import { runChecks, unansweredWarnings } from '../../shared/checks/run-checks';
import { SEVERITY_LABEL, type Finding } from '../../shared/checks/finding';
import { assembleReport } from '../../shared/text/assemble';
import { documentToPlainText } from '../../shared/text/plain-text';
import { APP_NAME, APP_VERSION } from '../api/app-version';

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Reads a file as UTF-8 text; throws (with a Node error code when it has one) if it cannot. */
  readFile: (path: string) => string;
  /** Local date, YYYY-MM-DD: some checks compare dates with today. */
  today: string;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_BAD_INPUT = 2;

export const USAGE = `selfeval —— ${APP_NAME}命令行工具 ${APP_VERSION}

用法：
  selfeval check [--json] 文件...   审核报告文件，逐条列出“强制”和“提示”问题
  selfeval text 文件                按报告文件生成报告全文（纯文本）
  selfeval pdf 文件 [-o 输出.pdf]   生成 GB/T 9704 格式的正式 PDF（含附件1、附件2）
  selfeval docx 文件 [-o 输出.docx] 导出可编辑的 Word 文档（内容和版式同正式 PDF）
  selfeval import 工作簿.xlsx --into 文件 [--apply]
                                    预览把 Excel 附表导入报告文件的改动；加 --apply 才写入
  selfeval export-xlsx 文件 -o 输出.xlsx
                                    按官方格式导出附件1、附件2和项目清单
  selfeval verify [文件.pdf] --db 数据库文件
                                    核验PDF是否为签发版且未被改动；不给PDF时核验审计日志
  selfeval --help                   显示本说明
  selfeval --version                显示版本号

文件：本程序“导出报告文件”得到的 .selfeval.json 文件（UTF-8 编码的 JSON）。
--json：以 JSON 数组输出审核结果，供其他程序读取。

退出码：
  0  没有强制问题（text：已输出全文）
  1  至少一个文件有强制问题
  2  用法错误，或有文件无法读取、不是有效的报告文件（优先于 1）
`;

/** One file's outcome in `check --json`. */
export type CheckFileResult =
  | {
      file: string;
      ok: boolean;
      errors: number;
      warnings: number;
      findings: (Finding & { locations: string[]; answered: boolean })[];
    }
  | { file: string; error: string; details: string[] };

type Loaded = { ok: true; report: Report } | { ok: false; error: string; details: string[] };

const READ_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: '文件不存在',
  EISDIR: '这是一个文件夹，不是文件',
  EACCES: '没有读取该文件的权限',
  EPERM: '没有读取该文件的权限',
  EFBIG: '文件过大，报告文件不能超过20 MB',
  ERR_FS_FILE_TOO_LARGE: '文件过大，报告文件不能超过20 MB',
};

function readErrorMessage(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const known = READ_ERRORS[code];
  if (known) return known;
  return `无法读取文件${error instanceof Error ? `（${error.message}）` : ''}`;
}

function loadReport(file: string, io: CliIo): Loaded {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    return { ok: false, error: readErrorMessage(error), details: [] };
  }
  const parsed = parseReportFile(text);
  if (!parsed.ok) return { ok: false, error: parsed.message, details: parsed.details };
  return { ok: true, report: parsed.report };
}

function checkFile(file: string, io: CliIo): CheckFileResult {
  const loaded = loadReport(file, io);
  if (!loaded.ok) return { file, error: loaded.error, details: loaded.details };
  const findings = runChecks(loaded.report, rulePackFor(loaded.report.rulePackId), { today: io.today });
  const open = new Set(unansweredWarnings(findings, loaded.report).map((f) => f.key));
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    file,
    ok: errors === 0,
    errors,
    warnings: findings.length - errors,
    findings: findings.map((f) => ({
      ...f,
      locations: f.paths.map((p) => describeField(p)),
      answered: f.severity === 'warning' && !open.has(f.key),
    })),
  };
}

function findingLine(f: Finding & { locations: string[]; answered: boolean }): string {
  const where = f.locations.length > 0 ? ` （位置：${f.locations.join('；')}）` : '';
  return `[${SEVERITY_LABEL[f.severity]}] ${f.code} ${f.message}${where}${f.answered ? ' （已说明）' : ''}`;
}

function printCheckResult(result: CheckFileResult, io: CliIo): void {
  if ('error' in result) {
    io.stderr(`文件 ${result.file}：无法审核 —— ${result.error}\n`);
    for (const detail of result.details) io.stderr(`  · ${detail}\n`);
    return;
  }
  const summary = `文件 ${result.file}：强制 ${result.errors} 项，提示 ${result.warnings} 项`;
  io.stdout(result.findings.length === 0 ? `${summary}，未发现问题\n` : `${summary}\n`);
  for (const f of result.findings) io.stdout(findingLine(f) + '\n');
}

function exitCodeFor(results: readonly CheckFileResult[]): number {
  if (results.some((r) => 'error' in r)) return EXIT_BAD_INPUT;
  if (results.some((r) => 'errors' in r && r.errors > 0)) return EXIT_ERRORS;
  return EXIT_OK;
}

function runCheck(files: readonly string[], json: boolean, io: CliIo): number {
  const results = files.map((file) => checkFile(file, io));
  if (json) {
    io.stdout(JSON.stringify(results, null, 2) + '\n');
    return exitCodeFor(results);
  }
  // Readable files go to stdout, one block each, separated by a blank line; unreadable ones go to stderr.
  let blocks = 0;
  for (const result of results) {
    if (!('error' in result) && blocks++ > 0) io.stdout('\n');
    printCheckResult(result, io);
  }
  if (results.length > 1) {
    const unreadable = results.filter((r) => 'error' in r).length;
    const failing = results.filter((r) => 'errors' in r && r.errors > 0).length;
    const passing = results.length - unreadable - failing;
    io.stdout(
      `${blocks > 0 ? '\n' : ''}共 ${results.length} 个文件：${passing} 个无强制问题，${failing} 个有强制问题，${unreadable} 个无法读取\n`,
    );
  }
  return exitCodeFor(results);
}

function runText(file: string, io: CliIo): number {
  const loaded = loadReport(file, io);
  if (!loaded.ok) {
    io.stderr(`文件 ${file}：无法读取 —— ${loaded.error}\n`);
    for (const detail of loaded.details) io.stderr(`  · ${detail}\n`);
    return EXIT_BAD_INPUT;
  }
  io.stdout(documentToPlainText(assembleReport(loaded.report, rulePackFor(loaded.report.rulePackId))));
  return EXIT_OK;
}

interface ParsedArgs {
  options: Set<string>;
  operands: string[];
}

/** Options may come anywhere after the command; "--" ends them (for a file named "-x.json"). */
function splitArgs(args: readonly string[]): ParsedArgs {
  const options = new Set<string>();
  const operands: string[] = [];
  let optionsEnded = false;
  for (const arg of args) {
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && arg.startsWith('-') && arg.length > 1) options.add(arg);
    else operands.push(arg);
  }
  return { options, operands };
}

function usageError(message: string, io: CliIo): number {
  io.stderr(`${message}\n\n${USAGE}`);
  return EXIT_BAD_INPUT;
}

function unknownOptions(options: Set<string>, allowed: readonly string[]): string[] {
  return [...options].filter((o) => !allowed.includes(o));
}

export function runCli(argv: string[], io: CliIo): number {
  const [command, ...rest] = argv;
  if (command === undefined) return usageError('请指定要执行的命令。', io);
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (command === '--version' || command === '-v' || command === '-V') {
    io.stdout(`selfeval（${APP_NAME}）${APP_VERSION}\n`);
    return EXIT_OK;
  }

  const { options, operands } = splitArgs(rest);
  if (options.has('--help') || options.has('-h')) {
    io.stdout(USAGE);
    return EXIT_OK;
  }

  switch (command) {
    case 'check': {
      const unknown = unknownOptions(options, ['--json']);
      if (unknown.length > 0) return usageError(`未知选项：${unknown.join(' ')}`, io);
      if (operands.length === 0) return usageError('check 命令需要至少一个报告文件。', io);
      return runCheck(operands, options.has('--json'), io);
    }
    case 'text': {
      const unknown = unknownOptions(options, []);
      if (unknown.length > 0) return usageError(`未知选项：${unknown.join(' ')}`, io);
      if (operands.length !== 1) return usageError('text 命令需要且只需要一个报告文件。', io);
      return runText(operands[0] as string, io);
    }
    default:
      return usageError(`未知命令：${command}`, io);
  }
}
