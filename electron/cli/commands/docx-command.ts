/**
 * `selfeval docx 报告文件 [-o 输出.docx]`: the report as an editable Word document (the same content and layout
 * as the formal PDF), without the app.
 * Exit codes: 0 written; 1 the document could not be made; 2 usage error, or a file that cannot be read, is not a
 * report file, or cannot be written.
 */
import { exportReportDocx } from '../../services/docx/export-report-docx';
import { fileError, readReportArgument } from '../report-argument';

export interface DocxCommandIo {
  stdout(s: string): void;
  stderr(s: string): void;
  readFile(p: string): string;
  writeFile(p: string, data: Uint8Array): void;
}

export const DOCX_USAGE = `用法：selfeval docx 报告文件 [-o 输出.docx] [--pack 规则包]

把报告（正文和附件1、附件2）导出为可编辑的 Word 文档，版式同正式 PDF（GB/T 9704）。
字体按机关常用名称设置：仿宋_GB2312、黑体、楷体_GB2312、方正小标宋简体，本机没有时由 Word/WPS 换用仿宋、楷体等。
  -o, --output 文件   输出的 .docx 文件（默认：与报告文件同名，扩展名改为 .docx）
  --pack 规则包       按内置规则包编号或财政局下发的规则包文件生成（代替报告自己的规则包）

退出码：0 已生成；1 未能生成；2 用法错误或文件无法读取、写入
`;

function defaultOutput(input: string): string {
  return `${input.replace(/\.selfeval\.json$/i, '').replace(/\.json$/i, '')}.docx`;
}

function parseArgs(args: readonly string[]): { input: string; output: string; pack: string | undefined } | string {
  const rest = args[0] === 'docx' ? args.slice(1) : [...args];
  let input = '';
  let output = '';
  let pack: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '--pack') {
      pack = rest[++i];
      if (!pack) return '--pack 后面需要规则包编号或规则包文件';
    } else if (arg === '-o' || arg === '--output') {
      const value = rest[++i];
      if (!value) return `${arg} 后面需要输出文件名`;
      output = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return `不认识的选项 ${arg}`;
    } else if (input) {
      return '一次只能导出一个报告文件';
    } else {
      input = arg;
    }
  }
  if (!input) return '缺少报告文件';
  return { input, output: output || defaultOutput(input), pack };
}

export async function runDocxCommand(args: string[], io: DocxCommandIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(DOCX_USAGE);
    return 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n\n${DOCX_USAGE}`);
    return 2;
  }
  const report = readReportArgument(parsed.input, parsed.pack, io);
  if (!report) return 2;
  let docx;
  try {
    docx = await exportReportDocx(report);
  } catch (error) {
    io.stderr(`${parsed.input}：生成Word文档失败（${error instanceof Error ? error.message : String(error)}）\n`);
    return 1;
  }
  try {
    io.writeFile(parsed.output, docx.bytes);
  } catch (error) {
    io.stderr(`${parsed.output}：无法写入（${fileError(error)}）\n`);
    return 2;
  }
  io.stdout(`已生成 ${parsed.output}\n`);
  return 0;
}
