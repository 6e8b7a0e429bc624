/**
 * The UI's only way to the backend: `api.call(name, input)`, typed by the contract. Inside Electron it goes
 * through the preload's `window.selfeval.invoke`; in a browser it posts to the loopback adapter with the token.
 * Either way the answer is an ApiResult value: failures never throw.
 */
import type { Input, MethodName, Output } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/result';
import { sessionToken } from './session-token';

/** What the Electron preload exposes (electron/preload/preload.ts). */
interface SelfevalBridge {
  invoke(name: string, input: unknown): Promise<ApiResult<unknown>>;
}

declare global {
  interface Window {
    selfeval?: SelfevalBridge;
  }
}

export interface CallOptions {
  /**
   * Let the request outlive the page (fetch keepalive), for the last save as the tab closes. Browsers cap such
   * bodies at 64 KB, so larger ones go as an ordinary request.
   */
  keepalive?: boolean;
}

export interface ApiClient {
  call<M extends MethodName>(name: M, input: Input<M>, options?: CallOptions): Promise<ApiResult<Output<M>>>;
}

const KEEPALIVE_MAX_BYTES = 60_000;

const TOKEN_HEADER = 'x-selfeval-token';

function failure(code: string, message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

function isApiResult(value: unknown): value is ApiResult<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean';
}

async function overHttp(name: string, input: unknown, options: CallOptions): Promise<ApiResult<unknown>> {
  const token = sessionToken();
  if (!token) return failure('no-token', '缺少访问令牌：请使用启动时显示的完整地址（含 #token=…）打开本页面');
  const requestBody = JSON.stringify(input);
  let response: Response;
  try {
    response = await fetch(`./api/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
      body: requestBody,
      keepalive: options.keepalive === true && new TextEncoder().encode(requestBody).length < KEEPALIVE_MAX_BYTES,
    });
  } catch {
    return failure('network', '无法连接到本机服务：请确认“绩效自评助手”仍在运行');
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return failure('network', `本机服务返回了无法识别的内容（HTTP ${response.status}）`);
  }
  return isApiResult(body) ? body : failure('network', `本机服务返回了无法识别的内容（HTTP ${response.status}）`);
}

async function overBridge(bridge: SelfevalBridge, name: string, input: unknown): Promise<ApiResult<unknown>> {
  try {
    const result = await bridge.invoke(name, input);
    return isApiResult(result) ? result : failure('internal', '程序内部错误：返回内容无法识别');
  } catch {
    return failure('internal', '程序内部错误：与主程序的连接中断');
  }
}

export const api: ApiClient = {
  call<M extends MethodName>(name: M, input: Input<M>, options: CallOptions = {}): Promise<ApiResult<Output<M>>> {
    const bridge = window.selfeval;
    const result = bridge ? overBridge(bridge, name, input) : overHttp(name, input, options);
    // The backend parsed the input and (in development) the output against this same contract.
    return result as Promise<ApiResult<Output<M>>>;
  },
};
