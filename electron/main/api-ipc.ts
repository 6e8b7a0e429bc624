/**
 * The 'api' IPC channel: checks the sender (checklist #17, see trusted-sender.ts), then hands the call to the same
 * dispatch() the HTTP adapter uses. Results are values; the handler never throws across IPC.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Handlers } from '../../shared/api/contract';
import { fail, type ApiResult } from '../../shared/api/result';
import { API_CHANNEL } from '../api/channel';
import { dispatch } from '../api/dispatch';
import { isTrustedSenderUrl } from './trusted-sender';

export function registerApiIpc(handlers: Handlers, options: { checkOutput: boolean }): void {
  ipcMain.handle(
    API_CHANNEL,
    async (event: IpcMainInvokeEvent, name: unknown, input: unknown): Promise<ApiResult<unknown>> => {
      if (!isTrustedSenderUrl(event.senderFrame?.url)) {
        console.error('拒绝了来自非本程序页面的接口调用', event.senderFrame?.url);
        return fail('forbidden', '拒绝访问：请求不是来自本程序的界面');
      }
      if (typeof name !== 'string') return fail('unknown-method', '未知的操作');
      return dispatch(handlers, name, input, { checkOutput: options.checkOutput });
    },
  );
}
