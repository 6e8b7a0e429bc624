/**
 * `selfeval pdf 报告文件 [-o 输出.pdf] [--fonts bundled|system]`: the formal PDF of a report file, without the app.
 * Exit codes: 0 written; 1 refused or failed (characters missing from the fonts, time or memory limit);
 * 2 usage error, or a file that cannot be read, is not a report file, or cannot be written.
 */
import { parseExportArgs, readReportArgument } from '../report-argument';
import { fileError } from '../file-error';
import { exportReportPdf } from '../../services/pdf/export-report-pdf';
import type { FontChoice } from '../../services/pdf/font-registry';
import { defaultPdfAssets, type PdfAssets } from '../../services/pdf/pdf-assets';
import { PdfExportError } from '../../services/pdf/pdf-errors';
import { PdfWorkerClient, type PdfRenderer } from '../../services/pdf/pdf-worker-client';

export interface PdfCommandIo {
  stdout(s: string): void;
  stderr(s: string): void;
  readFile(p: string): string;
  writeFile(p: string, data: Uint8Array): void;
}

export interface PdfCommandDeps {
  assets?: PdfAssets;
  renderer?: PdfRenderer;
  now?: () => Date;
}

export const PDF_USAGE = `用法：selfeval pdf 报告文件 [-o 输出.pdf] [--fonts bundled|system] [--pack 规则包]

按 GB/T 9704 公文格式生成报告的正式 PDF（含附件1、附件2和各项目支出绩效自评表）。
  -o, --output 文件   输出的 PDF 文件（默认：与报告文件同名，扩展名改为 .pdf）
  --fonts bundled     使用程序自带的开源字体（默认）
  --fonts system      使用本机安装的仿宋、黑体、楷体、小标宋（没有的仍用自带字体）
  --pack 规则包       按内置规则包编号或财政局下发的规则包文件生成（代替报告自己的规则包）

退出码：0 已生成；1 未能生成（如字体缺字、超时）；2 用法错误或文件无法读取、写入
`;

interface ParsedArgs {
  input: string;
  output: string;
  fonts: FontChoice;
  pack: string | undefined;
}

function parseArgs(args: readonly string[]): ParsedArgs | string {
  const parsed = parseExportArgs(args, {
    name: 'pdf',
    extension: '.pdf',
    oneFile: '一次只能生成一个报告文件的 PDF',
    valueOptions: ['--fonts'],
  });
  if (typeof parsed === 'string') return parsed;
  const fonts = parsed.values.get('--fonts') ?? 'bundled';
  if (fonts !== 'bundled' && fonts !== 'system') return '--fonts 只能是 bundled 或 system';
  return { input: parsed.input, output: parsed.output, fonts, pack: parsed.pack };
}

export async function runPdfCommand(args: string[], io: PdfCommandIo, deps: PdfCommandDeps = {}): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(PDF_USAGE);
    return 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n\n${PDF_USAGE}`);
    return 2;
  }
  const report = readReportArgument(parsed.input, parsed.pack, io);
  if (!report) return 2;
  const assets = deps.assets ?? defaultPdfAssets();
  const ownRenderer = deps.renderer ? null : new PdfWorkerClient(assets.workerScript);
  const renderer = deps.renderer ?? ownRenderer;
  if (!renderer) return 2;
  try {
    const pdf = await exportReportPdf(report, { renderer, assets, fonts: parsed.fonts, now: deps.now });
    try {
      io.writeFile(parsed.output, pdf.bytes);
    } catch (error) {
      io.stderr(`${parsed.output}：无法写入（${fileError(error)}）\n`);
      return 2;
    }
    io.stdout(`已生成 ${parsed.output}（${pdf.pages}页）\n`);
    return 0;
  } catch (error) {
    if (error instanceof PdfExportError) {
      io.stderr(`${parsed.input}：${error.message}\n${(error.details ?? []).map((d) => `  ${d}\n`).join('')}`);
      return 1;
    }
    io.stderr(`${parsed.input}：生成PDF失败（${error instanceof Error ? error.message : String(error)}）\n`);
    return 1;
  } finally {
    await ownRenderer?.close();
  }
}
