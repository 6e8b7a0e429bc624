/**
 * The one entry point both transports (Electron IPC and the loopback HTTP adapter) go through: find the method,
 * parse its input with the contract's zod schema, run the handler, and hand back an ApiResult. Nothing thrown
 * inside a handler ever crosses to the page as an exception or a stack trace.
 */
import { contract, isMethodName, type Handlers } from '../../shared/api/contract';
import { fail, ok, UserFacingError, type ApiResult } from '../../shared/api/result';
import { formatZodIssues } from '../../shared/model/validate';
import { describeApiInputPath } from './input-labels';

export interface DispatchOptions {
  /**
   * Also parse each handler's output with the contract's output schema. On in development and tests, so a
   * handler drifting from the contract fails loudly; the packaged app skips it to save work on large reports.
   */
  checkOutput?: boolean;
  /** Where internal errors go (stack traces stay here, never in the result). */
  log?: (message: string, error: unknown) => void;
}

export const INTERNAL_ERROR_MESSAGE = '程序内部错误，操作未完成。请重试；如果问题仍然存在，请联系技术支持';

const defaultLog = (message: string, error: unknown): void => {
  console.error(message, error);
};

/** Method names come from the page: keep a hostile one short before it reaches a message or a log line. */
function printable(name: string): string {
  const clipped = name.length > 64 ? `${name.slice(0, 64)}…` : name;
  return clipped.replace(/[^\p{L}\p{N}._-]/gu, '?');
}

export async function dispatch(
  handlers: Handlers,
  name: string,
  rawInput: unknown,
  options: DispatchOptions = {},
): Promise<ApiResult<unknown>> {
  const log = options.log ?? defaultLog;
  if (typeof name !== 'string' || !isMethodName(name)) {
    return fail('unknown-method', `未知的操作：${printable(String(name))}`);
  }
  const spec = contract[name];
  const parsed = spec.input.safeParse(rawInput);
  if (!parsed.success) {
    return fail(
      'invalid-input',
      '提交的数据有误，请按下列提示修改',
      formatZodIssues(parsed.error.issues, { describe: describeApiInputPath }),
    );
  }
  try {
    // The mapped Handlers type guarantees handlers[name] accepts exactly this method's parsed input; TypeScript
    // cannot correlate the two through a union of names, so the call goes through one narrow cast.
    const handler = handlers[name] as (input: unknown) => unknown;
    const value = await handler(parsed.data);
    if (options.checkOutput ?? true) {
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        log(`接口 ${name} 的返回值不符合约定`, checked.error);
        return fail('internal', INTERNAL_ERROR_MESSAGE);
      }
    }
    return ok(value);
  } catch (err) {
    if (err instanceof UserFacingError) return fail(err.code, err.message, err.details);
    log(`接口 ${name} 执行出错`, err);
    return fail('internal', INTERNAL_ERROR_MESSAGE);
  }
}
