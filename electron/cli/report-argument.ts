export interface ExportArgs {
  input: string;
  output: string;
  pack: string | undefined;
  /** Values of the command's own options ("--fonts system"). */
  values: ReadonlyMap<string, string>;
}

/**
 * `selfeval <command> 报告文件 [-o 输出] [--pack 规则包] [command's own value options]`: one report file in, one file
 * out (by default the report's name with `extension`). A string is the usage error to print.
 */
export function parseExportArgs(
  args: readonly string[],
  command: { name: string; extension: string; oneFile: string; valueOptions?: readonly string[] },
): ExportArgs | string {
  const rest = args[0] === command.name ? args.slice(1) : [...args];
  let input = '';
  let output = '';
  let pack: string | undefined;
  const values = new Map<string, string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '--pack') {
      pack = rest[++i];
      if (!pack) return '--pack 后面需要规则包编号或规则包文件';
    } else if (arg === '-o' || arg === '--output') {
      const value = rest[++i];
      if (!value) return `${arg} 后面需要输出文件名`;
      output = value;
    } else if (command.valueOptions?.includes(arg)) {
      values.set(arg, rest[++i] ?? '');
    } else if (arg.startsWith('-') && arg !== '-') {
      return `不认识的选项 ${arg}`;
    } else if (input) {
      return command.oneFile;
    } else {
      input = arg;
    }
  }
  if (!input) return '缺少报告文件';
  const base = input.replace(/\.selfeval\.json$/i, '').replace(/\.json$/i, '');
  return { input, output: output || `${base}${command.extension}`, pack, values };
}

/**
 * The report file a command is given, read as the exports read it: the file, its format, and the rule pack (its own
 * or the one given with --pack). Each refusal is written to stderr naming the file; null means exit code 2.
 */
import { parseReportFile } from '../../shared/format/report-file';
import type { Report } from '../../shared/model/report';
import { reportUnderPack } from './pack-option';
import { fileError } from './file-error';

export interface ReportArgumentIo {
  stderr(s: string): void;
  readFile(p: string): string;
}

export function readReportArgument(input: string, pack: string | undefined, io: ReportArgumentIo): Report | null {
  let text: string;
  try {
    text = io.readFile(input);
  } catch (error) {
    io.stderr(`${input}：无法读取（${fileError(error)}）\n`);
    return null;
  }
  const file = parseReportFile(text);
  if (!file.ok) {
    io.stderr(`${input}：${file.message}\n${file.details.map((d) => `  ${d}\n`).join('')}`);
    return null;
  }
  const underPack = reportUnderPack(file.report, pack, io.readFile);
  if (!underPack.ok) {
    io.stderr(`${input}：${underPack.message}\n`);
    return null;
  }
  return underPack.report;
}
