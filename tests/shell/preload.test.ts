/**
 * The preload exposes exactly `window.selfeval` with a reviewed list of functions: invoke (contract names only),
 * openFile / saveFile (the native dialogs) and onMenuCommand (fixed command strings, never the IPC event).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../shared/api/contract';
import { ipcRenderer, recorded } from '../mocks/electron';

vi.mock('electron', async () =>
  (await import('./desktop-electron')).extendElectronMock(await vi.importActual('electron')),
);

interface Bridge {
  invoke(name: unknown, input: unknown): Promise<unknown>;
  openFile(kind: unknown): Promise<unknown>;
  saveFile(request: unknown): Promise<unknown>;
  openPdf(request: unknown): Promise<unknown>;
  onMenuCommand(listener: (command: unknown) => void): () => void;
}

/** The extended fake's ipcRenderer keeps its listeners, so a main → page message can be simulated. */
type ListeningIpc = typeof ipcRenderer & { listeners: Map<string, ((...args: unknown[]) => void)[]> };

let bridge: Bridge;

beforeAll(async () => {
  await import('../../electron/preload/preload');
  bridge = recorded.exposedInMainWorld.get('selfeval') as Bridge;
});

describe('preload', () => {
  it('exposes one object, window.selfeval, with exactly the reviewed functions', () => {
    expect([...recorded.exposedInMainWorld.keys()]).toEqual(['selfeval']);
    expect(Object.keys(bridge)).toEqual(['invoke', 'openFile', 'saveFile', 'openPdf', 'onMenuCommand']);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('forwards every contract method over the api channel', async () => {
    recorded.rendererInvocations.length = 0;
    for (const name of METHOD_NAMES) await bridge.invoke(name, { probe: name });
    expect(recorded.rendererInvocations).toEqual(
      METHOD_NAMES.map((name) => ({ channel: 'api', args: [name, { probe: name }] })),
    );
  });

  it('refuses any other name without touching IPC', async () => {
    recorded.rendererInvocations.length = 0;
    for (const name of ['shell.openExternal', 'constructor', '__proto__', '', 7, null]) {
      expect(await bridge.invoke(name, {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    }
    expect(recorded.rendererInvocations).toEqual([]);
  });

  it('forwards file dialog requests with only their known fields', async () => {
    recorded.rendererInvocations.length = 0;
    await bridge.openFile('backup');
    await bridge.saveFile({ kind: 'pdf', suggestedName: 'a.pdf', data: 'QQ==', openAfterSave: true, path: 'C:\\x' });
    await bridge.openPdf({ suggestedName: 'a.pdf', data: 'JVBERi0=', path: 'C:\\x' });
    expect(recorded.rendererInvocations).toEqual([
      { channel: 'platform:openFile', args: ['backup'] },
      {
        channel: 'platform:saveFile',
        args: [{ kind: 'pdf', suggestedName: 'a.pdf', data: 'QQ==', openAfterSave: true }],
      },
      { channel: 'platform:openPdf', args: [{ suggestedName: 'a.pdf', data: 'JVBERi0=' }] },
    ]);
  });

  it('passes menu commands from the fixed list to the page, without the IPC event; unsubscribing works', () => {
    const heard: unknown[][] = [];
    const stop = bridge.onMenuCommand((...args) => heard.push(args));
    const listeners = (ipcRenderer as ListeningIpc).listeners.get('menu:command') ?? [];
    const fakeIpcEvent = { sender: { send: () => undefined } };
    for (const listener of listeners) {
      listener(fakeIpcEvent, 'open-backup-page');
      listener(fakeIpcEvent, 'delete-everything');
      listener(fakeIpcEvent, { toString: () => 'open-backup-page' });
    }
    expect(heard).toEqual([['open-backup-page']]);
    stop();
    expect((ipcRenderer as ListeningIpc).listeners.get('menu:command')).toEqual([]);
  });
});
