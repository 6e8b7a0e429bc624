/**
 * The whole bridge between the page and the main process: `window.selfeval.invoke(name, input)`, for the method
 * names of the contract only. No ipcRenderer, no Node API, no other channel reaches the page
 * (Electron security checklist #20 "Do not expose Electron APIs to untrusted web content"; #3 context isolation
 * is what makes contextBridge a real boundary).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES } from '../../shared/api/contract';
import { fail, type ApiResult } from '../../shared/api/result';
import { API_CHANNEL } from '../api/channel';

const allowed: ReadonlySet<string> = new Set<string>(METHOD_NAMES);

export interface SelfevalBridge {
  invoke(name: string, input: unknown): Promise<ApiResult<unknown>>;
}

const bridge: SelfevalBridge = {
  invoke(name: string, input: unknown): Promise<ApiResult<unknown>> {
    if (typeof name !== 'string' || !allowed.has(name)) {
      return Promise.resolve(fail('unknown-method', '未知的操作'));
    }
    return ipcRenderer.invoke(API_CHANNEL, name, input) as Promise<ApiResult<unknown>>;
  },
};

contextBridge.exposeInMainWorld('selfeval', bridge);
