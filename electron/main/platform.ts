/**
 * What only a desktop has — native open/save dialogs and "open the saved PDF in the system viewer" — behind one
 * small interface (architecture.md "One contract, two transports"). The page asks for a *kind* of file and gets
 * bytes and a bare file name back; it never sees or names a path. Dialogs run only in the main process.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindow, Dialog, Shell } from 'electron';
import { MAX_BACKUP_BYTES } from '../../shared/api/backup-api';
import { fail, ok, type ApiResult } from '../../shared/api/result';
import { storageErrorToUser } from '../db/sqlite-errors';
import { isPdf } from '../services/signoff/pdf-claims';

const MB = 1024 * 1024;

export const FILE_KINDS = {
  report: { label: '报告文件', extensions: ['json'], maxBytes: 20 * MB, mayOpenAfterSave: false },
  excel: { label: 'Excel 工作簿', extensions: ['xlsx'], maxBytes: 20 * MB, mayOpenAfterSave: true },
  pdf: { label: 'PDF 文件', extensions: ['pdf'], maxBytes: 200 * MB, mayOpenAfterSave: true },
  word: { label: 'Word 文档', extensions: ['docx'], maxBytes: 50 * MB, mayOpenAfterSave: false },
  backup: { label: '数据库备份', extensions: ['sqlite'], maxBytes: MAX_BACKUP_BYTES, mayOpenAfterSave: false },
} as const;
export type FileKind = keyof typeof FILE_KINDS;
export const FILE_KIND_NAMES = Object.keys(FILE_KINDS) as FileKind[];

export interface OpenedFile {
  fileName: string;
  /** base64 */
  data: string;
}

export interface SaveRequest {
  kind: FileKind;
  suggestedName: string;
  /** base64 */
  data: string;
  /** Open the saved file with the system's viewer (PDF, Excel only). */
  openAfterSave?: boolean;
}

export interface SavedFile {
  fileName: string;
  opened: boolean;
}

export interface OpenPdfRequest {
  suggestedName: string;
  /** base64 of the PDF */
  data: string;
}

/** `null` inside ok() means the clerk cancelled the dialog. */
export interface Platform {
  openFile(kind: FileKind): Promise<ApiResult<OpenedFile | null>>;
  saveFile(request: SaveRequest): Promise<ApiResult<SavedFile | null>>;
  /** Writes the PDF to a fresh temporary folder and opens it with the system's viewer. */
  openPdf(request: OpenPdfRequest): Promise<ApiResult<{ opened: true }>>;
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/** A file name the page suggests, made safe: no folders, no characters Windows refuses, the kind's extension. */
export function safeFileName(suggested: string, kind: FileKind): string {
  const ext = FILE_KINDS[kind].extensions[0];
  const base = path.win32.basename(path.posix.basename(suggested));
  let name = [...base]
    // Control characters and the characters Windows forbids in names become '_'.
    .map((ch) => (ch.charCodeAt(0) < 0x20 || '<>:"/\\|?*'.includes(ch) ? '_' : ch))
    .join('')
    .replace(/[. ]+$/, '')
    .trim()
    .slice(0, 120);
  if (!name || WINDOWS_RESERVED.test(name)) name = `绩效自评助手导出${name ? `_${name}` : ''}`;
  return name.toLowerCase().endsWith(`.${ext}`) ? name : `${name}.${ext}`;
}

export interface ElectronPlatformDeps {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  shell: Pick<Shell, 'openPath'>;
  window: () => BrowserWindow | null;
  /** Where the save dialog starts (the clerk's 文档 folder). */
  defaultDir: () => string;
  /** Where "open in the viewer" puts its copies (default: the system's temporary folder). */
  tempDir?: () => string;
}

export function createElectronPlatform(deps: ElectronPlatformDeps): Platform {
  return {
    async openFile(kind) {
      const spec = FILE_KINDS[kind];
      const options = {
        title: `选择${spec.label}`,
        properties: ['openFile' as const],
        filters: [{ name: spec.label, extensions: [...spec.extensions] }],
      };
      const win = deps.window();
      const picked = await (win ? deps.dialog.showOpenDialog(win, options) : deps.dialog.showOpenDialog(options));
      const file = picked.filePaths[0];
      if (picked.canceled || !file) return ok(null);
      const fileName = path.basename(file);
      try {
        const size = fs.statSync(file).size;
        if (size > spec.maxBytes) {
          return fail('too-large', `文件“${fileName}”过大（超过${spec.maxBytes / MB} MB），不是有效的${spec.label}`);
        }
        return ok({ fileName, data: fs.readFileSync(file).toString('base64') });
      } catch (err) {
        const known = storageErrorToUser(err, '文件未能读取');
        return fail(known?.code ?? 'io-error', known?.message ?? `无法读取文件“${fileName}”`);
      }
    },

    async saveFile(request) {
      const spec = FILE_KINDS[request.kind];
      const options = {
        title: `保存${spec.label}`,
        defaultPath: path.join(deps.defaultDir(), safeFileName(request.suggestedName, request.kind)),
        filters: [{ name: spec.label, extensions: [...spec.extensions] }],
      };
      const win = deps.window();
      const chosen = await (win ? deps.dialog.showSaveDialog(win, options) : deps.dialog.showSaveDialog(options));
      if (chosen.canceled || !chosen.filePath) return ok(null);
      const target = chosen.filePath;
      try {
        // Temp name + rename: an interrupted save never leaves a truncated file under the clerk's chosen name.
        const temp = `${target}.${process.pid}.tmp`;
        fs.writeFileSync(temp, Buffer.from(request.data, 'base64'));
        fs.renameSync(temp, target);
      } catch (err) {
        const known = storageErrorToUser(err, '文件未能保存');
        return fail(known?.code ?? 'io-error', known?.message ?? '无法保存文件，请换一个文件夹再试');
      }
      let opened = false;
      if (request.openAfterSave && spec.mayOpenAfterSave) {
        // The file we just wrote, at the place the clerk chose: not untrusted content (checklist #15 concerns URLs).
        opened = (await deps.shell.openPath(target)) === '';
      }
      return ok({ fileName: path.basename(target), opened });
    },

    async openPdf(request) {
      const bytes = Buffer.from(request.data, 'base64');
      // Anything that is not a PDF is not opened, whatever its name says (the same test as 核验PDF).
      if (!isPdf(bytes)) {
        return fail('invalid-input', '要打开的内容不是PDF文件');
      }
      let file: string;
      try {
        // A folder of its own (random name, only this user may read it), so the file keeps the report's name.
        const dir = fs.mkdtempSync(path.join(deps.tempDir?.() ?? os.tmpdir(), 'selfeval-pdf-'));
        file = path.join(dir, safeFileName(request.suggestedName, 'pdf'));
        fs.writeFileSync(file, bytes, { mode: 0o600 });
      } catch (err) {
        const known = storageErrorToUser(err, 'PDF未能打开');
        return fail(known?.code ?? 'io-error', known?.message ?? '无法写入临时文件，请用“另存为…”保存后再打开');
      }
      // A file we just wrote, with a .pdf name we chose: not untrusted content (checklist #15 concerns URLs).
      const problem = await deps.shell.openPath(file);
      if (problem) {
        return fail('open-failed', `没有能打开PDF的程序（${problem}）：请安装PDF阅读器，或用“另存为…”保存后再打开`);
      }
      return ok({ opened: true });
    },
  };
}
