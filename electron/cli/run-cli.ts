/**
 * The `selfeval` command line: check report files (for a 财政局 reviewer or a script) and print a report's text.
 * All input and output goes through `io`, so tests call runCli directly and selfeval.ts only wires up Node.
 * Exit codes: 0 no 强制 problem, 1 some file has 强制 problems, 2 usage error or a file that cannot be read
 * (2 wins over 1, so a script never mistakes an unreadable file for a merely failing one).
 */
import { parseReportFile, serializeReportFile, REPORT_FILE_EXTENSION } from '../../shared/format/report-file';
import { emptyReport } from '../../shared/model/empty';
import type { RulePack } from '../../shared/checks/rule-pack';
import { describeFieldFor } from '../../shared/checks/field-location';
import type { Report } from '../../shared/model/report';
import { BUILTIN_PACKS, DEFAULT_PACK_ID, findRulePack, UnknownRulePackError } from '../../shared/packs/registry';
import { loadPack } from './pack-option';
import { fileError } from './file-error';
import { runChecks, unansweredWarnings } from '../../shared/checks/run-checks';
import { SEVERITY_LABEL, type Finding } from '../../shared/checks/finding';
import { assembleReport } from '../../shared/text/assemble';
import { documentToPlainText } from '../../shared/text/plain-text';
import { APP_NAME, APP_VERSION } from '../api/app-version';
import { formatPercent } from '../../shared/calc/percent';
import { formatScore } from '../../shared/calc/score';

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Reads a file as UTF-8 text; throws (with a Node error code when it has one) if it cannot. */
  readFile: (path: string) => string;
  /** Local date, YYYY-MM-DD: some checks compare dates with today. */
  today: string;
  /** Writes a file (selfeval new); throws if it cannot. */
  writeFile?: (path: string, data: string) => void;
  /** Current time, ISO 8601, for the exportedAt of a new report file. */
  now?: string;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_BAD_INPUT = 2;

export const USAGE = `selfeval —— ${APP_NAME}命令行工具 ${APP_VERSION}

用法：
  selfeval check [--json] [--pack 规则包] 文件...
                                    审核报告文件，逐条列出“强制”和“提示”问题；--pack 指定规则包
                                    （内置规则包的编号，或财政局下发的规则包文件），代替报告自己的规则包
  selfeval packs [规则包文件]       列出内置规则包；给出文件时检查该规则包文件并显示其内容
  selfeval new --unit 单位名称 --year 年度 [--pack 规则包] -o 文件
                                    新建一份空白报告文件（所有数字为“未填写”）
  selfeval summary 文件或文件夹... [-o 汇总.xlsx] [--json] [--pack 规则包]
                                    汇总多个单位的报告（预算执行、项目、“三公”、得分、等级、审核问题、签发PDF核验），
                                    -o 写出可打印的汇总工作簿和图表
  selfeval text [--pack 规则包] 文件
                                    按报告文件生成报告全文（纯文本）；--pack 同 check
  selfeval pdf 文件 [-o 输出.pdf]   生成 GB/T 9704 格式的正式 PDF（含附件1、附件2和各项目支出绩效自评表）
  selfeval docx 文件 [-o 输出.docx] 导出可编辑的 Word 文档（内容和版式同正式 PDF）
  selfeval import 工作簿.xlsx --into 文件 [--apply] [--clear] [--delete-rows]
                                    预览把 Excel 附表导入报告文件的改动；加 --apply 才写入；表中空白的格子
                                    不改动报告（--clear 才清空），表中没有的行保留（--delete-rows 才删除）
  selfeval export-xlsx 文件 -o 输出.xlsx
                                    按官方格式导出附件1、附件2和项目清单
  selfeval import-projects 工作簿.xlsx --into 文件 [--assign 工作表!行=项目序号] [--skip 工作表!行] [--apply]
                                    预览把工作簿中的项目支出绩效自评表按项目名称导入报告文件的改动；加 --apply 才写入
  selfeval export-projects 文件 -o 输出.xlsx [--template [--single]]
                                    导出全部项目支出绩效自评表（每个项目一个工作表），或空白模板
  selfeval verify [文件.pdf] --db 数据库文件
                                    核验PDF是否为签发版且未被改动，并交叉核对签发记录；不给PDF时核验整个数据库
  selfeval verify 文件.pdf [--expect SHA-256] [--trusted 证书清单.pem]
                                    不用数据库：与抄来的哈希比对，检查数字签名及签名人是否受信任
  selfeval verify 文件.pdf --receipt 签发回执.json [--trusted 证书清单.pem]
                                    不用数据库：与部门报送的签发回执逐项比对；--trusted 时回执须由清单中的证书签名
  selfeval receipt (签发PDF.pdf | --report 报告编号 [--version 版本]) --db 数据库文件 [--p12 证书.p12] [-o 回执.json]
                                    按签发记录写出签发回执；--p12 用审核人证书签名（密码放在环境变量 SELFEVAL_P12_PASSWORD 中）
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
      /** The rule pack the file was checked against. */
      pack: { id: string; version: string; name: string };
      ok: boolean;
      errors: number;
      warnings: number;
      findings: (Finding & { locations: string[]; answered: boolean })[];
    }
  | { file: string; error: string; details: string[] };

type Loaded = { ok: true; report: Report } | { ok: false; error: string; details: string[] };

function loadReport(file: string, io: CliIo): Loaded {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    return { ok: false, error: fileError(error), details: [] };
  }
  const parsed = parseReportFile(text);
  if (!parsed.ok) return { ok: false, error: parsed.message, details: parsed.details };
  return { ok: true, report: parsed.report };
}

/** The pack to check with: the one given with --pack, else the report's own (an unknown id is an error, never a fallback). */
function packForReport(report: Report, override: RulePack | null): RulePack {
  if (override) return override;
  const pack = findRulePack(report.rulePackId);
  if (!pack) throw new UnknownRulePackError(report.rulePackId);
  return pack;
}

function checkFile(file: string, io: CliIo, override: RulePack | null): CheckFileResult {
  const loaded = loadReport(file, io);
  if (!loaded.ok) return { file, error: loaded.error, details: loaded.details };
  let pack: RulePack;
  try {
    pack = packForReport(loaded.report, override);
  } catch (error) {
    if (error instanceof UnknownRulePackError) return { file, error: error.message, details: [] };
    throw error;
  }
  const findings = runChecks(loaded.report, pack, { today: io.today });
  const open = new Set(unansweredWarnings(findings, loaded.report).map((f) => f.key));
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    file,
    pack: { id: pack.id, version: pack.version, name: pack.name },
    ok: errors === 0,
    errors,
    warnings: findings.length - errors,
    findings: findings.map((f) => ({
      ...f,
      locations: f.paths.map((p) => describeFieldFor(p, pack)),
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
  const summary =
    `文件 ${result.file}（规则包：${result.pack.name} ${result.pack.version}）：` +
    `强制 ${result.errors} 项，提示 ${result.warnings} 项`;
  io.stdout(result.findings.length === 0 ? `${summary}，未发现问题\n` : `${summary}\n`);
  for (const f of result.findings) io.stdout(findingLine(f) + '\n');
}

function exitCodeFor(results: readonly CheckFileResult[]): number {
  if (results.some((r) => 'error' in r)) return EXIT_BAD_INPUT;
  if (results.some((r) => 'errors' in r && r.errors > 0)) return EXIT_ERRORS;
  return EXIT_OK;
}

function runCheck(files: readonly string[], json: boolean, override: RulePack | null, io: CliIo): number {
  const results = files.map((file) => checkFile(file, io, override));
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

function runText(file: string, override: RulePack | null, io: CliIo): number {
  const loaded = loadReport(file, io);
  if (!loaded.ok) {
    io.stderr(`文件 ${file}：无法读取 —— ${loaded.error}\n`);
    for (const detail of loaded.details) io.stderr(`  · ${detail}\n`);
    return EXIT_BAD_INPUT;
  }
  const pack = override ?? findRulePack(loaded.report.rulePackId);
  if (!pack) {
    io.stderr(`文件 ${file}：${new UnknownRulePackError(loaded.report.rulePackId).message}\n`);
    return EXIT_BAD_INPUT;
  }
  io.stdout(documentToPlainText(assembleReport(loaded.report, pack)));
  return EXIT_OK;
}

const loadPackFor = (spec: string, io: CliIo) => loadPack(spec, io.readFile);

function describePack(pack: RulePack): string {
  const lines = [
    `${pack.id}  ${pack.name}（版本 ${pack.version}，${pack.issuer}）`,
    `  提纲：${pack.outline.map((s) => s.title).join(' / ')}`,
    `  执行率说明线 ${formatPercent(pack.lowRateLine)}；等级 ${pack.grades.map((g) => `${g.grade}≥${formatScore(g.minCenti)}`).join('、')}；` +
      (pack.scoreCaps.length > 0 ? `执行率封顶 ${pack.scoreCaps.length} 档` : '不设执行率封顶'),
    ...pack.basis.map((b) => `  依据：${b.title}${b.docNumber ? `（${b.docNumber}）` : ''}${b.url ? ` ${b.url}` : ''}`),
  ];
  return lines.join('\n') + '\n';
}

function runPacks(operands: readonly string[], io: CliIo): number {
  if (operands.length === 0) {
    io.stdout(`内置规则包（默认 ${DEFAULT_PACK_ID}）：\n\n`);
    io.stdout(BUILTIN_PACKS.map(describePack).join('\n'));
    return EXIT_OK;
  }
  let code = EXIT_OK;
  for (const file of operands) {
    const loaded = loadPackFor(file.includes('/') || file.includes('.') ? file : `./${file}`, io);
    if (!loaded.ok) {
      io.stderr(`${loaded.message}\n`);
      code = EXIT_BAD_INPUT;
    } else io.stdout(`规则包文件 ${file} 有效：\n${describePack(loaded.pack)}`);
  }
  return code;
}

function runNew(values: ReadonlyMap<string, string>, io: CliIo): number {
  const unit = values.get('--unit')?.trim() ?? '';
  const yearText = values.get('--year') ?? '';
  const out = values.get('-o');
  if (!unit) return usageError('new 命令需要 --unit 单位名称。', io);
  if (!/^\d{4}$/.test(yearText) || Number(yearText) < 2000 || Number(yearText) > 2100) {
    return usageError('new 命令需要 --year 年度（2000至2100之间的四位数字，如 2025）。', io);
  }
  if (!out) return usageError(`new 命令需要 -o 输出文件（如 单位2025${REPORT_FILE_EXTENSION}）。`, io);
  const loaded = loadPackFor(values.get('--pack') ?? DEFAULT_PACK_ID, io);
  if (!loaded.ok) return usageError(loaded.message, io);
  if (!io.writeFile) return usageError('此环境不能写文件。', io);
  const report = emptyReport(unit, Number(yearText), loaded.pack);
  const text = serializeReportFile(report, {
    title: `${unit}${yearText}年度部门整体支出绩效自评报告`,
    generator: `${APP_NAME} ${APP_VERSION}`,
    exportedAt: io.now ?? new Date().toISOString(),
  });
  try {
    io.writeFile(out, text);
  } catch (error) {
    io.stderr(`无法写入 ${out}：${fileError(error)}\n`);
    return EXIT_BAD_INPUT;
  }
  io.stdout(
    `已新建 ${out}：${unit} ${yearText}年度，规则包 ${loaded.pack.name}（${loaded.pack.version}），所有数字为“未填写”\n`,
  );
  return EXIT_OK;
}

interface ParsedArgs {
  options: Set<string>;
  /** Options that take a value ("--pack hunan-2023"). */
  values: Map<string, string>;
  operands: string[];
}

const VALUE_OPTIONS = new Set(['--pack', '--unit', '--year', '-o']);

/** Options may come anywhere after the command; "--" ends them (for a file named "-x.json"). */
function splitArgs(args: readonly string[]): ParsedArgs {
  const options = new Set<string>();
  const values = new Map<string, string>();
  const operands: string[] = [];
  let optionsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && VALUE_OPTIONS.has(arg)) {
      options.add(arg);
      values.set(arg, args[i + 1] ?? '');
      i += 1;
    } else if (!optionsEnded && arg.startsWith('-') && arg.length > 1) options.add(arg);
    else operands.push(arg);
  }
  return { options, values, operands };
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

  const { options, values, operands } = splitArgs(rest);
  if (options.has('--help') || options.has('-h')) {
    io.stdout(USAGE);
    return EXIT_OK;
  }

  switch (command) {
    case 'check': {
      const unknown = unknownOptions(options, ['--json', '--pack']);
      if (unknown.length > 0) return usageError(`未知选项：${unknown.join(' ')}`, io);
      if (operands.length === 0) return usageError('check 命令需要至少一个报告文件。', io);
      const spec = values.get('--pack');
      if (spec === undefined) return runCheck(operands, options.has('--json'), null, io);
      const loaded = loadPackFor(spec, io);
      if (!loaded.ok) return usageError(loaded.message, io);
      return runCheck(operands, options.has('--json'), loaded.pack, io);
    }
    case 'packs': {
      const unknown = unknownOptions(options, []);
      if (unknown.length > 0) return usageError(`未知选项：${unknown.join(' ')}`, io);
      return runPacks(operands, io);
    }
    case 'new': {
      const unknown = unknownOptions(options, ['--unit', '--year', '--pack', '-o']);
      if (unknown.length > 0) return usageError(`未知选项：${unknown.join(' ')}`, io);
      if (operands.length > 0) return usageError(`new 命令不接受文件参数：${operands.join(' ')}`, io);
      return runNew(values, io);
    }
    case 'text': {
      const unknown = unknownOptions(options, ['--pack']);
      if (unknown.length > 0) return usageError(`未知选项：${unknown.join(' ')}`, io);
      if (operands.length !== 1) return usageError('text 命令需要且只需要一个报告文件。', io);
      const spec = values.get('--pack');
      const loaded = spec === undefined ? null : loadPackFor(spec, io);
      if (loaded && !loaded.ok) return usageError(loaded.message, io);
      return runText(operands[0] as string, loaded?.pack ?? null, io);
    }
    default:
      return usageError(`未知命令：${command}`, io);
  }
}
