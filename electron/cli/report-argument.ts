/**
 * The report file a command is given, read as the exports read it: the file, its format, and the rule pack (its own
 * or the one given with --pack). Each refusal is written to stderr naming the file; null means exit code 2.
 */
import { parseReportFile } from '../../shared/format/report-file';
import type { Report } from '../../shared/model/report';
import { reportUnderPack } from './pack-option';

const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: '文件不存在',
  EISDIR: '这是一个文件夹，不是文件',
  EACCES: '没有权限',
  EPERM: '没有权限',
  EFBIG: '文件过大，报告文件不能超过20 MB',
  ENOSPC: '磁盘空间不足',
  EROFS: '位置只读，不能写入',
};

export function fileError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return FILE_ERRORS[code] ?? (error instanceof Error ? error.message : String(error));
}

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
