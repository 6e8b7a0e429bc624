/**
 * The loopback HTTP adapter: the same handlers as the Electron shell, served on 127.0.0.1 for `npm run web` and
 * the browser tests. Every API call needs the per-run secret token in the x-selfeval-token header; the built
 * renderer is served for GET with a path-traversal guard and a strict Content Security Policy.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../../shared/api/contract';
import { fail, type ApiResult } from '../../shared/api/result';
import type { DatabaseHolder } from '../db/database-holder';
import { createHandlers } from '../api/create-handlers';
import { dispatch } from '../api/dispatch';
import { readBody } from './http-body';
import { SECURITY_HEADERS } from './security-headers';
import { readStaticFile } from './static-files';

export const TOKEN_HEADER = 'x-selfeval-token';
/** A report file may be up to 20 MB of text (contract); JSON escaping and the envelope need some room. */
export const MAX_BODY_BYTES = 25 * 1024 * 1024;
const HOST = '127.0.0.1';

export interface WebServerOptions {
  holder: DatabaseHolder;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 or absent: a free port chosen by the system. */
  port?: number;
  /** Absent: a fresh random token for this run. */
  token?: string;
  /** Tests may fix "today" so check findings do not depend on the calendar. */
  today?: () => string;
  /** Parse handler outputs against the contract (default on: this adapter serves development and tests). */
  checkOutput?: boolean;
}

export interface WebServer {
  /** Base address, e.g. http://127.0.0.1:51234/ — open it with `#token=<token>` appended. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? newToken();
  const handlers = createHandlers(options.holder, options.today ? { today: options.today } : {});
  let port = options.port ?? 0;
  const server = createServer((req, res) => {
    handleRequest(req, res, {
      handlers,
      token,
      port,
      staticDir: options.staticDir,
      checkOutput: options.checkOutput,
    }).catch((err: unknown) => {
      console.error('处理请求时出错', err);
      if (!res.headersSent) sendJson(res, 500, fail('internal', '程序内部错误'));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${HOST}:${port}/`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

interface RequestContext {
  handlers: Handlers;
  token: string;
  port: number;
  staticDir: string;
  checkOutput: boolean | undefined;
}

async function handleRequest(req: IncomingMessage, res: ServerResponse, ctx: RequestContext): Promise<void> {
  // A page on another site that rebinds its DNS name to 127.0.0.1 still sends its own Host: refuse it.
  if (!isLoopbackHost(req.headers.host, ctx.port)) {
    sendJson(res, 403, fail('forbidden', '只允许通过本机地址访问'));
    return;
  }
  const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
  if (rawPath.startsWith('/api/')) {
    await handleApi(req, res, rawPath.slice('/api/'.length), ctx);
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendJson(res, 405, fail('method-not-allowed', '不支持的请求方式'));
    return;
  }
  const file = await readStaticFile(ctx.staticDir, rawPath);
  if (file.kind !== 'file') {
    const status = file.kind === 'bad-path' ? 400 : 404;
    sendText(res, status, file.kind === 'bad-path' ? '路径无效' : '找不到该页面', req.method === 'HEAD');
    return;
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': file.contentType,
    'Content-Length': String(file.body.length),
    'Cache-Control': 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}

async function handleApi(req: IncomingMessage, res: ServerResponse, rawName: string, ctx: RequestContext) {
  if (req.method !== 'POST') {
    sendJson(res, 405, fail('method-not-allowed', '接口只接受 POST 请求'));
    return;
  }
  if (!tokenMatches(req.headers[TOKEN_HEADER], ctx.token)) {
    sendJson(res, 403, fail('forbidden', '访问令牌无效：请使用启动时显示的完整地址打开本页面'));
    return;
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
    sendJson(res, 413, tooLarge());
    return;
  }
  const body = await readBody(req, MAX_BODY_BYTES);
  if (body.kind === 'too-large') {
    sendJson(res, 413, tooLarge());
    return;
  }
  let input: unknown;
  try {
    input = JSON.parse(body.text);
  } catch {
    sendJson(res, 400, fail('bad-request', '请求内容不是有效的 JSON'));
    return;
  }
  let name: string;
  try {
    name = decodeURIComponent(rawName);
  } catch {
    name = rawName;
  }
  const result = await dispatch(ctx.handlers, name, input, { checkOutput: ctx.checkOutput ?? true });
  sendJson(res, 200, result);
}

function tooLarge(): ApiResult<never> {
  return fail('too-large', `提交的内容过大（超过${MAX_BODY_BYTES / 1024 / 1024}MB），请检查文件是否正确`);
}

function isLoopbackHost(host: string | undefined, port: number): boolean {
  return host === `${HOST}:${port}` || host === `localhost:${port}`;
}

function tokenMatches(header: string | string[] | undefined, token: string): boolean {
  if (typeof header !== 'string') return false;
  const given = Buffer.from(header);
  const expected = Buffer.from(token);
  // Constant-time compare, so the token cannot be guessed byte by byte from response times.
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function sendJson(res: ServerResponse, status: number, result: ApiResult<unknown>): void {
  const body = JSON.stringify(result);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function sendText(res: ServerResponse, status: number, text: string, headOnly: boolean): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
  });
  res.end(headOnly ? undefined : text);
}
