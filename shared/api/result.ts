/** Errors cross every boundary as values (Signal's pattern): the caller always gets one of these. */

export interface ApiError {
  /** Stable code for machines: 'invalid-input', 'not-found', 'conflict', 'bad-file', 'internal'… */
  code: string;
  /** Chinese message for the clerk, naming the field or the line concerned. */
  message: string;
  /** Individual problems, each naming a field ("项目支出第3行 支出：金额不能为负数"). */
  details?: string[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });
export const fail = (code: string, message: string, details?: string[]): ApiResult<never> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
});

/** Thrown inside handlers for expected failures; the transport turns it into `{ ok: false }`. */
export class UserFacingError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: string[],
  ) {
    super(message);
  }
}
