/** What a failed file read or write means, in the clerk's words; one table for every command. */
const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: '文件不存在',
  EISDIR: '这是一个文件夹，不是文件',
  EACCES: '没有权限',
  EPERM: '没有权限',
  EFBIG: '文件过大，报告文件不能超过20 MB',
  ERR_FS_FILE_TOO_LARGE: '文件过大，报告文件不能超过20 MB',
  ENOSPC: '磁盘空间不足',
  EROFS: '位置只读，不能写入',
};

export function fileError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return FILE_ERRORS[code] ?? (error instanceof Error ? error.message : String(error));
}
