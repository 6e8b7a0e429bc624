/** 导出报告文件: asks the backend for the one-file format and downloads it. */
import type { ApiError } from '../../../shared/api/result';
import { api } from '../api/client';
import { downloadText } from './download';

export async function exportReportFile(
  id: string,
): Promise<{ ok: true; fileName: string } | { ok: false; error: ApiError }> {
  const result = await api.call('report.exportFile', { id });
  if (!result.ok) return result;
  downloadText(result.value.fileName, result.value.content);
  return { ok: true, fileName: result.value.fileName };
}
