/**
 * The Electron main process, run against the fake electron module (tests/mocks/electron.ts): the window's
 * preferences, the deny handlers, the app:// protocol's path guard and the IPC sender check, with the real
 * database and handlers behind them.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/api/result';
import { app, fakeEvent, recorded, type FakeInvokeEvent } from '../mocks/electron';

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
  app.setAppPath(appRoot);
  const main = await import('../../electron/main/main');
  await main.started;
});

afterAll(() => {
  app.emit('will-quit');
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

  it('keeps the database under userData', () => {
    expect(existsSync(path.join(dir, 'userData', 'selfeval.sqlite'))).toBe(true);
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
