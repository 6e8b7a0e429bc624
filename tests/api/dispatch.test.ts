/** dispatch(): the one function both transports use. Real handlers on a real SQLite file, with a few overridden. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../shared/api/contract';
import { UserFacingError } from '../../shared/api/result';
import type { Db } from '../../electron/db/db-handle';
import { DatabaseHolder } from '../../electron/db/database-holder';
import { createHandlers } from '../../electron/api/create-handlers';
import { dispatch, INTERNAL_ERROR_MESSAGE } from '../../electron/api/dispatch';

let dir: string;
let db: Db;
let handlers: Handlers;
let holder: DatabaseHolder;
const logged: { message: string; error: unknown }[] = [];
const log = (message: string, error: unknown) => logged.push({ message, error });

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'selfeval-dispatch-'));
  holder = await DatabaseHolder.open(path.join(dir, 'selfeval.sqlite'));
  db = holder.handle;
  handlers = createHandlers(holder, { today: () => '2025-05-29' });
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('dispatch', () => {
  it('runs a handler and wraps its value', async () => {
    const result = await dispatch(handlers, 'report.create', { unitName: '通道侗族自治县财政局', year: 2024 }, { log });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toMatchObject({ status: 'draft', report: { year: 2024 } });
  });

  it('refuses names outside the contract, including inherited object keys', async () => {
    for (const name of ['no.such', 'constructor', '__proto__', 'toString', '']) {
      const result = await dispatch(handlers, name, {}, { log });
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    }
  });

  it('names each invalid input field in Chinese', async () => {
    const result = await dispatch(handlers, 'report.get', { id: '' }, { log });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.details).toEqual([expect.stringMatching(/^报告编号：/)]);
    const whole = await dispatch(handlers, 'report.list', 'not an object', { log });
    expect(!whole.ok && whole.error.details).toEqual([expect.stringMatching(/^提交的内容：/)]);
  });

  it('passes a UserFacingError through as code, message and details', async () => {
    const failing: Handlers = {
      ...handlers,
      'report.get': () => {
        throw new UserFacingError('not-found', '找不到该报告', ['报告编号：abc']);
      },
    };
    const result = await dispatch(failing, 'report.get', { id: 'abc' }, { log });
    expect(result).toEqual({
      ok: false,
      error: { code: 'not-found', message: '找不到该报告', details: ['报告编号：abc'] },
    });
  });

  it('turns any other exception into a generic Chinese error, logging it and never leaking the stack', async () => {
    logged.length = 0;
    const failing: Handlers = {
      ...handlers,
      'app.info': () => {
        throw new Error('SQLITE_IOERR at /home/clerk/secret/path.sqlite');
      },
    };
    const result = await dispatch(failing, 'app.info', {}, { log });
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: INTERNAL_ERROR_MESSAGE } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(logged).toHaveLength(1);
    expect(String(logged[0]?.error)).toContain('SQLITE_IOERR');
  });

  it('checks outputs against the contract when asked (development and tests)', async () => {
    logged.length = 0;
    const drifting = {
      ...handlers,
      'app.info': () => ({ name: '绩效自评助手' }),
    } as unknown as Handlers;
    const checked = await dispatch(drifting, 'app.info', {}, { log, checkOutput: true });
    expect(checked).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged[0]?.message).toContain('app.info');
    const unchecked = await dispatch(drifting, 'app.info', {}, { log, checkOutput: false });
    expect(unchecked).toEqual({ ok: true, value: { name: '绩效自评助手' } });
  });
});
