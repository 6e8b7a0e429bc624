/** The preload exposes exactly `window.selfeval.invoke`, forwarding only the contract's method names. */
import { beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../shared/api/contract';
import { recorded } from '../mocks/electron';

interface Bridge {
  invoke(name: unknown, input: unknown): Promise<unknown>;
}

let bridge: Bridge;

beforeAll(async () => {
  await import('../../electron/preload/preload');
  bridge = recorded.exposedInMainWorld.get('selfeval') as Bridge;
});

describe('preload', () => {
  it('exposes one object, window.selfeval, with one function, invoke', () => {
    expect([...recorded.exposedInMainWorld.keys()]).toEqual(['selfeval']);
    expect(Object.keys(bridge)).toEqual(['invoke']);
    expect(typeof bridge.invoke).toBe('function');
  });

  it('forwards every contract method over the api channel', async () => {
    recorded.rendererInvocations.length = 0;
    for (const name of METHOD_NAMES) await bridge.invoke(name, { probe: name });
    expect(recorded.rendererInvocations).toEqual(
      METHOD_NAMES.map((name) => ({ channel: 'api', args: [name, { probe: name }] })),
    );
  });

  it('refuses any other name without touching IPC', async () => {
    recorded.rendererInvocations.length = 0;
    for (const name of ['shell.openExternal', 'constructor', '__proto__', '', 7, null]) {
      expect(await bridge.invoke(name, {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    }
    expect(recorded.rendererInvocations).toEqual([]);
  });
});
