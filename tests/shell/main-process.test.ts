/**
 * The Electron main process, run against the fake electron module (tests/mocks/electron.ts, extended with the
 * desktop parts by ./desktop-electron.ts): the window's preferences, the deny handlers, the app:// protocol's
 * path guard and the IPC sender check, the menu, the About box, the window's remembered place and the file
 * dialogs, with the real database and handlers behind them.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../shared/api/result';
import { app, fakeEvent, recorded, type FakeInvokeEvent } from '../mocks/electron';
import { desktop } from './desktop-electron';

vi.mock('electron', async () =>
  (await import('./desktop-electron')).extendElectronMock(await vi.importActual('electron')),
);

const SECRET = 'SECRET-NEXT-TO-THE-RENDERER';
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'selfeval-shell-'));
  const appRoot = path.join(dir, 'app');
  mkdirSync(path.join(appRoot, 'dist', 'renderer'), { recursive: true });
  writeFileSync(path.join(appRoot, 'dist', 'renderer', 'index.html'), '<!doctype html><title>绩效自评助手</title>');
  writeFileSync(path.join(appRoot, 'dist', 'secret.txt'), SECRET);
  mkdirSync(path.join(dir, 'userData'));
  app.setPath('userData', path.join(dir, 'userData'));
  app.setPath('documents', path.join(dir, 'documents'));
  // The data folder (LOCALAPPDATA / XDG in real use) is chosen by an environment variable here.
  process.env.SELFEVAL_DATA_DIR = path.join(dir, 'data');
  app.setAppPath(appRoot);
  const main = await import('../../electron/main/main');
  await main.started;
});

afterAll(() => {
  app.emit('will-quit');
  delete process.env.SELFEVAL_DATA_DIR;
  rmSync(dir, { recursive: true, force: true });
});

function invokeApi(frameUrl: string | null, name: unknown, input: unknown): Promise<ApiResult<unknown>> {
  const handler = recorded.ipcHandlers.get('api');
  if (!handler) throw new Error('no api handler registered');
  const event: FakeInvokeEvent = { senderFrame: frameUrl === null ? null : { url: frameUrl } };
  return Promise.resolve(handler(event, name, input)) as Promise<ApiResult<unknown>>;
}

describe('main window', () => {
  it('opens one window with the hardened webPreferences and the app:// start page', () => {
    expect(recorded.windows).toHaveLength(1);
    const win = recorded.windows[0]!;
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(String(win.options.webPreferences?.preload)).toMatch(/dist[\\/]electron[\\/]preload\.cjs$/);
    expect(win.loadedUrl).toBe('app://selfeval/index.html');
    expect(win.loadedUrl).not.toMatch(/^file:/);
  });

  it('keeps the database in the local data folder, not in (roaming) userData', () => {
    expect(existsSync(path.join(dir, 'data', 'selfeval.sqlite'))).toBe(true);
    expect(existsSync(path.join(dir, 'userData', 'selfeval.sqlite'))).toBe(false);
  });
});

describe('navigation, new windows, webviews and permissions are denied', () => {
  it('prevents every navigation, redirect and webview attachment', () => {
    const contents = recorded.windows[0]!.webContents;
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = fakeEvent();
      contents.emit(name, event, 'https://example.com/');
      expect(event.defaultPrevented, name).toBe(true);
    }
  });

  it('denies window.open', () => {
    const handler = recorded.windows[0]!.webContents.windowOpenHandler;
    expect(handler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('refuses every permission request and check', () => {
    const granted: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      recorded.permissionRequestHandler?.(null, permission, (g) => granted.push(g));
      expect(recorded.permissionCheckHandler?.(null, permission)).toBe(false);
    }
    expect(granted).toEqual([false, false, false, false, false]);
  });
});

describe('the api IPC channel', () => {
  it('answers our own page', async () => {
    const result = await invokeApi('app://selfeval/index.html', 'app.info', {});
    expect(result).toMatchObject({ ok: true, value: { name: '绩效自评助手' } });
  });

  it.each([
    ['a foreign web origin', 'https://evil.example/'],
    ['a local file', 'file:///C:/Users/clerk/Downloads/page.html'],
    ['another host on our scheme', 'app://evil/index.html'],
    ['a look-alike scheme', 'apps://selfeval/index.html'],
    ['no frame at all', null],
  ])('refuses %s', async (_label, url) => {
    const result = await invokeApi(url, 'app.info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('validates names and input like the HTTP adapter', async () => {
    expect(await invokeApi('app://selfeval/', 'no.such', {})).toMatchObject({ error: { code: 'unknown-method' } });
    expect(await invokeApi('app://selfeval/', 42, {})).toMatchObject({ error: { code: 'unknown-method' } });
    expect(await invokeApi('app://selfeval/', 'report.get', {})).toMatchObject({ error: { code: 'invalid-input' } });
  });
});

describe('the app:// protocol', () => {
  it('is registered as a standard, secure scheme before ready', () => {
    expect(recorded.privilegedSchemes).toContainEqual({
      scheme: 'app',
      privileges: expect.objectContaining({ standard: true, secure: true }),
    });
  });

  it('serves the renderer with the CSP', async () => {
    const handler = recorded.protocolHandlers.get('app')!;
    const response = await handler(new Request('app://selfeval/index.html'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('绩效自评助手');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    'app://selfeval/../secret.txt',
    'app://selfeval/%2e%2e/secret.txt',
    'app://selfeval/..%2fsecret.txt',
    'app://selfeval/..%5csecret.txt',
    'app://other-host/index.html',
  ])('does not serve %s', async (url) => {
    const handler = recorded.protocolHandlers.get('app')!;
    const response = await handler(new Request(url));
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await response.text()).not.toContain(SECRET);
  });
});

function menuItem(top: string, label: string): MenuItemConstructorOptions {
  const menu = desktop.menuTemplate?.find((m) => m.label === top);
  const items = (menu?.submenu ?? []) as MenuItemConstructorOptions[];
  const item = items.find((i) => i.label === label);
  if (!item) throw new Error(`no menu item ${top} → ${label}`);
  return item;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as (() => void) | undefined)?.();
}

describe('the desktop program', () => {
  it('installs the Chinese menu 文件 / 编辑 / 视图 / 帮助', () => {
    expect(desktop.menuTemplate?.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
  });

  it('帮助 → 关于 shows the name and version', () => {
    desktop.messageBoxes.length = 0;
    click(menuItem('帮助(&H)', '关于绩效自评助手(&A)'));
    const [box] = desktop.messageBoxes;
    expect(box?.title).toBe('关于绩效自评助手');
    expect(box?.message).toMatch(/绩效自评助手\s+版本 \d+\.\d+\.\d+/);
    expect(box?.detail).toMatch(/SQLite 3\.\d+/);
  });

  it('文件 → 立即备份 writes a verified backup into the data folder and says so', async () => {
    desktop.messageBoxes.length = 0;
    click(menuItem('文件(&F)', '立即备份(&B)'));
    // The backup runs in the background after the click; wait for its message (a generous bound, not a timing check).
    await vi.waitFor(() => expect(desktop.messageBoxes[0]?.message).toContain('已完成备份'), {
      timeout: 30_000,
      interval: 20,
    });
    expect(readdirSync(path.join(dir, 'data', 'backups')).some((n) => /-manual\.sqlite$/.test(n))).toBe(true);
  });

  it('文件 → 备份与恢复 asks the page to show its page (a fixed command, no data)', () => {
    desktop.sentToPage.length = 0;
    click(menuItem('文件(&F)', '备份与恢复(&R)…'));
    expect(desktop.sentToPage).toEqual([{ channel: 'menu:command', args: ['open-backup-page'] }]);
  });

  it("remembers the window's place when it closes", () => {
    const win = recorded.windows[0]!;
    win.emit('close');
    const saved: unknown = JSON.parse(readFileSync(path.join(dir, 'userData', 'window-state.json'), 'utf8'));
    expect(saved).toMatchObject({ width: 1280, height: 860, maximized: false });
  });
});

describe('the file-dialog IPC channels', () => {
  function invoke(channel: string, frameUrl: string | null, ...args: unknown[]): Promise<ApiResult<unknown>> {
    const handler = recorded.ipcHandlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    const event: FakeInvokeEvent = { senderFrame: frameUrl === null ? null : { url: frameUrl } };
    return Promise.resolve(handler(event, ...args)) as Promise<ApiResult<unknown>>;
  }

  it('saves bytes where the clerk chose in the native dialog; the page learns only the file name', async () => {
    mkdirSync(path.join(dir, 'documents'), { recursive: true });
    const target = path.join(dir, 'documents', '自评报告.pdf');
    desktop.saveDialogAnswers.push({ canceled: false, filePath: target });
    const data = Buffer.from('%PDF-1.7 测试').toString('base64');
    const result = await invoke('platform:saveFile', 'app://selfeval/index.html', {
      kind: 'pdf',
      suggestedName: '../../自评报告',
      data,
      openAfterSave: true,
    });
    expect(result).toEqual({ ok: true, value: { fileName: '自评报告.pdf', opened: true } });
    expect(readFileSync(target).toString()).toBe('%PDF-1.7 测试');
    expect(desktop.openedPaths).toContain(target);
    // The suggested name was cleaned of its folders before it reached the dialog.
    expect(desktop.dialogOptions.at(-1)?.defaultPath).toBe(path.join(dir, 'documents', '自评报告.pdf'));
  });

  it('opens a file the clerk picks and hands back its bytes and name', async () => {
    const source = path.join(dir, 'documents', '旧电脑的备份.sqlite');
    writeFileSync(source, 'SQLite format 3\0……');
    desktop.openDialogAnswers.push({ canceled: false, filePaths: [source] });
    const result = await invoke('platform:openFile', 'app://selfeval/index.html', 'backup');
    expect(result).toEqual({
      ok: true,
      value: { fileName: '旧电脑的备份.sqlite', data: readFileSync(source).toString('base64') },
    });
  });

  it('a cancelled dialog is ok(null); a foreign sender and an unknown kind are refused', async () => {
    expect(await invoke('platform:openFile', 'app://selfeval/', 'report')).toEqual({ ok: true, value: null });
    expect(await invoke('platform:openFile', 'https://evil.example/', 'report')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await invoke('platform:openFile', 'app://selfeval/', 'C:\\Windows\\win.ini')).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(
      await invoke('platform:saveFile', 'app://selfeval/', { kind: 'exe', suggestedName: 'x', data: '' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
