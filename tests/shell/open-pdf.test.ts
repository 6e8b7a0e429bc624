/**
 * "用系统阅读器打开" in the desktop app: the page sends a PDF's bytes and a suggested name; the main process checks
 * the sender and the input, writes a private temporary copy under a safe name and opens it with the system's
 * viewer. Anything that is not a PDF is refused before a file is written.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/api/result';
import { createElectronPlatform } from '../../electron/main/platform';
import { registerPlatformIpc } from '../../electron/main/platform-ipc';
import { recorded, type FakeInvokeEvent } from '../mocks/electron';

let temp: string;
const opened: string[] = [];
let viewerAnswer = '';

beforeAll(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'selfeval-open-pdf-'));
  const platform = createElectronPlatform({
    dialog: {
      showOpenDialog: () => Promise.reject(new Error('no dialog expected')),
      showSaveDialog: () => Promise.reject(new Error('no dialog expected')),
    },
    shell: {
      openPath: (file: string) => {
        opened.push(file);
        return Promise.resolve(viewerAnswer);
      },
    },
    window: () => null,
    defaultDir: () => temp,
    tempDir: () => temp,
  });
  registerPlatformIpc(platform);
});

afterAll(() => rmSync(temp, { recursive: true, force: true }));

function openPdf(frameUrl: string, input: unknown): Promise<ApiResult<unknown>> {
  const handler = recorded.ipcHandlers.get('platform:openPdf');
  if (!handler) throw new Error('platform:openPdf is not registered');
  const event: FakeInvokeEvent = { senderFrame: { url: frameUrl } };
  return Promise.resolve(handler(event, input)) as Promise<ApiResult<unknown>>;
}

const PDF = Buffer.from('%PDF-1.7\n测试\n%%EOF').toString('base64');

describe('platform:openPdf', () => {
  it('writes a private copy under the report’s name and opens it in the viewer, without a dialog', async () => {
    const result = await openPdf('app://selfeval/index.html', { suggestedName: '..\\..\\自评报告.pdf', data: PDF });
    expect(result).toEqual({ ok: true, value: { opened: true } });
    const file = opened.at(-1) ?? '';
    expect(path.basename(file)).toBe('自评报告.pdf');
    expect(path.dirname(path.dirname(file))).toBe(temp);
    expect(readFileSync(file).toString()).toContain('%PDF-1.7');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o077).toBe(0);
  });

  it('says so when no program opens PDFs', async () => {
    viewerAnswer = 'No application is associated with the specified file';
    const result = await openPdf('app://selfeval/', { suggestedName: '报告.pdf', data: PDF });
    viewerAnswer = '';
    expect(result).toMatchObject({ ok: false, error: { code: 'open-failed' } });
    expect((result as { error: { message: string } }).error.message).toContain('另存为');
  });

  it('refuses bytes that are not a PDF, bad input and foreign senders, writing nothing', async () => {
    const before = readdirSync(temp).length;
    const exe = Buffer.from('MZ\x90\x00 not a pdf').toString('base64');
    expect(await openPdf('app://selfeval/', { suggestedName: 'a.pdf', data: exe })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await openPdf('app://selfeval/', { suggestedName: 'a.pdf', data: 'not base64!' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await openPdf('app://selfeval/', { data: PDF })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await openPdf('https://evil.example/', { suggestedName: 'a.pdf', data: PDF })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(readdirSync(temp).length).toBe(before);
  });
});
