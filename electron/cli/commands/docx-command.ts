/**
 * `selfeval docx 报告文件 [-o 输出.docx]`: the report as an editable Word document (the same content and layout
 * as the formal PDF), without the app.
 * Exit codes: 0 written; 1 the document could not be made; 2 usage error, or a file that cannot be read, is not a
 * report file, or cannot be written.
 */
import { exportReportDocx } from '../../services/docx/export-report-docx';
import { parseExportArgs, readReportArgument } from '../report-argument';
import { fileError } from '../file-error';

export interface DocxCommandIo {
  stdout(s: string): void;
  stderr(s: string): void;
  readFile(p: string): string;
  writeFile(p: string, data: Uint8Array): void;
}

export const DOCX_USAGE = `用法：selfeval docx 报告文件 [-o 输出.docx] [--pack 规则包]

把报告（正文、附件1、附件2和各项目支出绩效自评表）导出为可编辑的 Word 文档，版式同正式 PDF（GB/T 9704）。
字体按机关常用名称设置：仿宋_GB2312、黑体、楷体_GB2312、方正小标宋简体，本机没有时由 Word/WPS 换用仿宋、楷体等。
  -o, --output 文件   输出的 .docx 文件（默认：与报告文件同名，扩展名改为 .docx）
  --pack 规则包       按内置规则包编号或财政局下发的规则包文件生成（代替报告自己的规则包）

退出码：0 已生成；1 未能生成；2 用法错误或文件无法读取、写入
`;

const parseArgs = (args: readonly string[]) =>
  parseExportArgs(args, { name: 'docx', extension: '.docx', oneFile: '一次只能导出一个报告文件' });

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
