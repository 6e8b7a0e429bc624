/**
 * The desktop-only IPC channels (native open and save dialogs; a PDF opened in the system's viewer). Same rules
 * as the 'api' channel: the sender must be our own page (checklist #17) and the input is parsed with a schema
 * before anything happens.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { base64Bytes } from '../../shared/api/base64-bytes';
import { fail, type ApiResult } from '../../shared/api/result';
import { PLATFORM_CHANNELS } from './platform-channels';
import { FILE_KIND_NAMES, FILE_KINDS, type Platform } from './platform';
import { isTrustedSenderUrl } from './trusted-sender';

const kind = z.enum(FILE_KIND_NAMES as [keyof typeof FILE_KINDS, ...(keyof typeof FILE_KINDS)[]]);
const SaveInput = z.object({
  kind,
  suggestedName: z.string().max(255),
  data: base64Bytes(Math.max(...Object.values(FILE_KINDS).map((k) => k.maxBytes)), { tooLarge: '文件过大' }),
  openAfterSave: z.boolean().optional(),
});

const OpenPdfInput = z.object({
  suggestedName: z.string().max(255),
  data: base64Bytes(FILE_KINDS.pdf.maxBytes, { tooLarge: 'PDF过大' }).min(8),
});

function refuseForeign(event: IpcMainInvokeEvent): ApiResult<never> | null {
  if (isTrustedSenderUrl(event.senderFrame?.url)) return null;
  console.error('拒绝了来自非本程序页面的文件对话框请求', event.senderFrame?.url);
  return fail('forbidden', '拒绝访问：请求不是来自本程序的界面');
}

export function registerPlatformIpc(platform: Platform): void {
  ipcMain.handle(PLATFORM_CHANNELS.openFile, async (event: IpcMainInvokeEvent, rawKind: unknown) => {
    const refused = refuseForeign(event);
    if (refused) return refused;
    const parsed = kind.safeParse(rawKind);
    if (!parsed.success) return fail('invalid-input', '未知的文件类型');
    return platform.openFile(parsed.data);
  });
  ipcMain.handle(PLATFORM_CHANNELS.saveFile, async (event: IpcMainInvokeEvent, raw: unknown) => {
    const refused = refuseForeign(event);
    if (refused) return refused;
    const parsed = SaveInput.safeParse(raw);
    if (!parsed.success) return fail('invalid-input', '要保存的文件内容有误');
    const limit = FILE_KINDS[parsed.data.kind].maxBytes;
    if ((parsed.data.data.length / 4) * 3 > limit + 2) return fail('too-large', '文件过大，无法保存');
    return platform.saveFile(parsed.data);
  });
  ipcMain.handle(PLATFORM_CHANNELS.openPdf, async (event: IpcMainInvokeEvent, raw: unknown) => {
    const refused = refuseForeign(event);
    if (refused) return refused;
    const parsed = OpenPdfInput.safeParse(raw);
    if (!parsed.success) return fail('invalid-input', '要打开的PDF内容有误');
    return platform.openPdf(parsed.data);
  });
}
