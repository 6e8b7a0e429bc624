/** The loopback HTTP adapter over real HTTP, on a real SQLite file: token, limits, errors, static files, headers. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/api/result';
import { MAX_BODY_BYTES, TOKEN_HEADER } from '../../electron/web/server';
import { rawRequest, startHarness, type Harness } from './web-server-harness';

const SECRET = 'SECRET-OUTSIDE-THE-STATIC-FOLDER';
let h: Harness;

/** A tiny stand-in for the built renderer, with a secret file next to (outside) it. */
function makeStaticDir(dir: string): string {
  const root = path.join(dir, 'static');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>绩效自评助手</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1);');
  writeFileSync(path.join(dir, 'secret.txt'), SECRET);
  return root;
}

async function call(name: string, input: unknown, token: string | null = h.server.token) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token !== null) headers[TOKEN_HEADER] = token;
  const response = await fetch(`${h.server.url}api/${name}`, { method: 'POST', headers, body: JSON.stringify(input) });
  return { status: response.status, result: (await response.json()) as ApiResult<unknown> };
}

beforeAll(async () => {
  h = await startHarness(makeStaticDir);
});
afterAll(async () => {
  await h.stop();
});

describe('API over HTTP', () => {
  it('listens on loopback only, with a long random token', () => {
    expect(h.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(h.server.token.length).toBeGreaterThanOrEqual(40);
  });

  it('refuses calls without the token or with a wrong one (403, in Chinese)', async () => {
    for (const token of [null, '', 'x'.repeat(h.server.token.length), `${h.server.token}x`]) {
      const { status, result } = await call('app.info', {}, token);
      expect(status).toBe(403);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('forbidden');
        expect(result.error.message).toContain('访问令牌无效');
      }
    }
  });

  it('answers a known method with the right token', async () => {
    const { status, result } = await call('app.info', {});
    expect(status).toBe(200);
    expect(result).toEqual({ ok: true, value: { name: '绩效自评助手', version: expect.any(String) } });
  });

  it('reports an unknown method as a value', async () => {
    const { status, result } = await call('fs.readFile', { path: '/etc/passwd' });
    expect(status).toBe(200);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('unknown-method');
      expect(result.error.message).toContain('未知的操作');
    }
  });

  it('explains invalid input field by field, in Chinese', async () => {
    const { result } = await call('report.create', { unitName: '', year: 1800 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.message).toMatch(/[\u4e00-\u9fa5]/);
    const details = result.error.details ?? [];
    expect(details.some((d) => d.includes('年度不能早于2000年'))).toBe(true);
    // "<field label>：<message>": every line names where, then what.
    for (const line of details) expect(line).toMatch(/^.+：.+$/);
    expect(details.join('\n')).not.toMatch(/Expected|Invalid|Too small/);
  });

  it('refuses malformed JSON (400) and GET on the API (405)', async () => {
    const port = h.server.port;
    const headers = { [TOKEN_HEADER]: h.server.token, 'Content-Type': 'application/json' };
    const bad = await rawRequest(port, { method: 'POST', path: '/api/app.info', headers, body: '{"oops' });
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('不是有效的 JSON');
    const get = await rawRequest(port, { path: '/api/app.info', headers });
    expect(get.status).toBe(405);
  });

  it('refuses a body over 25 MB with 413 and a Chinese message (declared length)', async () => {
    const big = JSON.stringify({ content: 'x'.repeat(MAX_BODY_BYTES + 1024) });
    const response = await fetch(`${h.server.url}api/report.importFile`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: h.server.token },
      body: big,
    });
    expect(response.status).toBe(413);
    const result = (await response.json()) as ApiResult<unknown>;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('提交的内容过大');
  });

  it('refuses a streamed (chunked) body over 25 MB with 413 as well', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: h.server.port,
          method: 'POST',
          path: '/api/report.importFile',
          headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: h.server.token },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      const chunk = Buffer.alloc(1024 * 1024, 'x');
      for (let i = 0; i < 26; i++) req.write(chunk);
      req.end();
    });
    expect(status).toBe(413);
  });

  it('refuses requests whose Host is not the loopback address (DNS rebinding)', async () => {
    const response = await rawRequest(h.server.port, {
      method: 'POST',
      path: '/api/app.info',
      headers: { Host: 'evil.example:80', [TOKEN_HEADER]: h.server.token, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(403);
  });

  it('imports the reference report file and lists it', async () => {
    const content = readFileSync(new URL('../fixtures/reference-2024.selfeval.json', import.meta.url), 'utf8');
    const imported = await call('report.importFile', { content });
    expect(imported.result.ok).toBe(true);
    const listed = await call('report.list', {});
    expect(listed.result.ok).toBe(true);
    if (listed.result.ok) {
      expect(listed.result.value).toEqual([expect.objectContaining({ unitName: '通道侗族自治县公安局', year: 2024 })]);
    }
  });
});

describe('static files', () => {
  it('serves index.html with a strict CSP and nosniff', async () => {
    const response = await fetch(h.server.url);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('绩效自评助手');
    const csp = response.headers.get('content-security-policy') ?? '';
    for (const directive of [
      "default-src 'none'",
      "script-src 'self'",
      "connect-src 'self'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "object-src 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('serves assets with their content type', async () => {
    const response = await fetch(`${h.server.url}assets/app.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/javascript');
  });

  it.each([
    '/../secret.txt',
    '/../package.json',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/..%5c..%5csecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/%00index.html',
    '/%E0%A4%A',
  ])('refuses the path %s', async (rawPath) => {
    const response = await rawRequest(h.server.port, { path: rawPath });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.body).not.toContain(SECRET);
    expect(response.body).not.toContain('selfeval-desk');
  });

  it('answers 404 in Chinese for a missing file', async () => {
    const response = await rawRequest(h.server.port, { path: '/nope.js' });
    expect(response.status).toBe(404);
    expect(response.body).toBe('找不到该页面');
  });
});
