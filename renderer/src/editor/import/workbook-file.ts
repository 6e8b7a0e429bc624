/**
 * A workbook the clerk chose, as the import API takes it: a bare file name and base64 bytes (never a path). It
 * comes from the desktop's open dialog, a file input or a drop; the size is checked here to answer at once.
 */
import type { ApiError } from '../../../../shared/api/result';
import { MAX_WORKBOOK_BYTES } from '../../../../shared/import/workbook-data';
import { desktopFiles, fileToBase64 } from '../../common/desktop-files';

export interface PickedWorkbook {
  fileName: string;
  /** base64 */
  data: string;
}

export type Picked = { ok: true; workbook: PickedWorkbook } | { ok: false; error: ApiError } | null;

const MB = 1024 * 1024;

/** Names a clerk's spreadsheet may have; anything else dropped on the window is not taken for an import. */
const SPREADSHEET_NAME = /\.(?:xlsx|xlsm|xltx|xls|et|ett|ods|csv)$/i;

export function looksLikeSpreadsheet(file: { name: string }): boolean {
  return SPREADSHEET_NAME.test(file.name);
}

export function tooLargeMessage(fileName: string, bytes: number): string {
  return `文件「${fileName}」有 ${(bytes / MB).toFixed(1)} MB，超过 ${MAX_WORKBOOK_BYTES / MB} MB 的上限，无法导入`;
}

/** A File from an input or a drop → the API's form; too large a file is refused before it is read. */
export async function readWorkbookFile(file: File): Promise<Picked> {
  if (file.size > MAX_WORKBOOK_BYTES) {
    return { ok: false, error: { code: 'too-large', message: tooLargeMessage(file.name, file.size) } };
  }
  try {
    return { ok: true, workbook: { fileName: file.name, data: await fileToBase64(file) } };
  } catch {
    return {
      ok: false,
      error: { code: 'read-failed', message: `无法读取文件「${file.name}」：文件可能已被移走或正被其他程序占用` },
    };
  }
}

type DesktopFiles = NonNullable<ReturnType<typeof desktopFiles>>;

/** Opens the desktop dialog for an .xlsx; null when the clerk cancelled it. */
export async function pickWithDialog(desktop: DesktopFiles): Promise<Picked> {
  const r = await desktop.openFile('excel');
  if (!r.ok) return { ok: false, error: r.error };
  return r.value ? { ok: true, workbook: r.value } : null;
}
