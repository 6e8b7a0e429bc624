/**
 * The handler table both transports serve, on a real SQLite file in a temp folder, called the way a transport calls
 * it (dispatch: input parsed by the contract, failures as values). For tests of whole API flows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseHolder } from '../../electron/db/database-holder';
import { createHandlers, type HandlerOptions } from '../../electron/api/create-handlers';
import { dispatch } from '../../electron/api/dispatch';
import type { Handlers } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/result';

export type Attempt<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface HandlerHarness {
  dir: string;
  dbFile: string;
  holder: DatabaseHolder;
  handlers: Handlers;
  /** The call's result as a value: for tests of refusals. */
  attempt<T>(name: string, input: unknown): Promise<Attempt<T>>;
  /** The call's value; a refusal fails the test with its message and details. */
  call<T>(name: string, input: unknown): Promise<T>;
  close(): void;
}

export async function openHandlers(options: HandlerOptions = {}): Promise<HandlerHarness> {
  const dir = mkdtempSync(path.join(tmpdir(), 'selfeval-handlers-'));
  const dbFile = path.join(dir, 'selfeval.sqlite');
  const holder = await DatabaseHolder.open(dbFile);
  const handlers = createHandlers(holder, options);
  const attempt = async <T>(name: string, input: unknown) =>
    (await dispatch(handlers, name, input, { log: () => {} })) as Attempt<T>;
  return {
    dir,
    dbFile,
    holder,
    handlers,
    attempt,
    async call<T>(name: string, input: unknown): Promise<T> {
      const r = await attempt<T>(name, input);
      if (!r.ok) throw new Error(`${name}: ${r.error.message} ${r.error.details?.join('；') ?? ''}`);
      return r.value;
    },
    close() {
      holder.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
