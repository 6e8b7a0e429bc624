/**
 * The whole bridge between the page and the main process, `window.selfeval`:
 *  - invoke(name, input) for the method names of the contract only;
 *  - openFile(kind) / saveFile(request): the native dialogs (bytes and a bare file name cross, never a path);
 *  - openPdf(request): a PDF's bytes, opened in the system's viewer from a temporary copy (the main process checks
 *    that they are a PDF);
 *  - onMenuCommand(listener): the few menu items the page handles, as plain strings from a fixed list.
 * No ipcRenderer, no IpcRendererEvent, no Node API reaches the page (Electron security checklist #20 "Do not
 * expose Electron APIs to untrusted web content"; #3 context isolation is what makes contextBridge a boundary).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAME_LIST } from '../../shared/api/method-names';
import { fail, type ApiResult } from '../../shared/api/result';
import { API_CHANNEL } from '../api/channel';
import { MENU_COMMANDS, PLATFORM_CHANNELS, type MenuCommand } from '../main/platform-channels';
// Types only (erased when bundled): the preload loads nothing from the main process.
import type { OpenPdfRequest } from '../main/platform';

const allowed: ReadonlySet<string> = new Set<string>(METHOD_NAME_LIST);
const menuCommands: ReadonlySet<string> = new Set<string>(MENU_COMMANDS);

export interface SaveFileRequest {
  kind: string;
  suggestedName: string;
  /** base64 */
  data: string;
  openAfterSave?: boolean;
}

export interface SelfevalBridge {
  invoke(name: string, input: unknown): Promise<ApiResult<unknown>>;
  openFile(kind: string): Promise<ApiResult<unknown>>;
  saveFile(request: SaveFileRequest): Promise<ApiResult<unknown>>;
  openPdf(request: OpenPdfRequest): Promise<ApiResult<unknown>>;
  /** Returns a function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

const bridge: SelfevalBridge = {
  invoke(name: string, input: unknown): Promise<ApiResult<unknown>> {
    if (typeof name !== 'string' || !allowed.has(name)) {
      return Promise.resolve(fail('unknown-method', '未知的操作'));
    }
    return ipcRenderer.invoke(API_CHANNEL, name, input) as Promise<ApiResult<unknown>>;
  },
  openFile(kind: string): Promise<ApiResult<unknown>> {
    return ipcRenderer.invoke(PLATFORM_CHANNELS.openFile, kind) as Promise<ApiResult<unknown>>;
  },
  saveFile(request: SaveFileRequest): Promise<ApiResult<unknown>> {
    // Only the known fields cross: nothing else the page put on the object is forwarded.
    const { kind, suggestedName, data, openAfterSave } = request;
    return ipcRenderer.invoke(PLATFORM_CHANNELS.saveFile, { kind, suggestedName, data, openAfterSave }) as Promise<
      ApiResult<unknown>
    >;
  },
  openPdf(request: OpenPdfRequest): Promise<ApiResult<unknown>> {
    const { suggestedName, data } = request;
    return ipcRenderer.invoke(PLATFORM_CHANNELS.openPdf, { suggestedName, data }) as Promise<ApiResult<unknown>>;
  },
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    // The IpcRendererEvent (with its sender) stays here; the page gets only a command from the fixed list.
    const relay = (_event: unknown, command: unknown) => {
      if (typeof command === 'string' && menuCommands.has(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(PLATFORM_CHANNELS.menuCommand, relay);
    return () => {
      ipcRenderer.removeListener(PLATFORM_CHANNELS.menuCommand, relay);
    };
  },
};

contextBridge.exposeInMainWorld('selfeval', bridge);
