/**
 * Electronegativity (doyensec's Electron security scanner, reliability.md §1.3, E8) over the shell and the
 * renderer sources: every finding must be listed in electronegativity-exceptions.json with a written reason, and
 * every listed exception must still be needed. The scanner's two network look-ups (translations, and Electron's
 * release list for AVAILABLE_SECURITY_FIXES) are cut off: tests never go online, and the Electron version is
 * pinned in package.json and reviewed at release (checklist #16).
 */
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../db/temp-db';
import packageJson from '../../package.json';
import exceptions from './electronegativity-exceptions.json';

interface Issue {
  id: string;
  file: string;
  location: { line: number; column: number };
  description: string;
}
interface ScanResult {
  atomicChecks: number;
  globalChecks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: Issue[];
}
type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<ScanResult>;

const repoRequire = createRequire(import.meta.url);

/** Loads the scanner with `got` (its HTTP client) replaced by one that fails at once, so nothing goes online. */
function loadScanner(): Runner {
  const i18nFile = repoRequire.resolve('@doyensec/electronegativity/dist/locales/i18n.js');
  const gotFile = createRequire(i18nFile).resolve('got');
  const offline = () => Promise.reject(new Error('测试中不联网'));
  const stub = new Module(gotFile);
  stub.filename = gotFile;
  stub.loaded = true;
  stub.exports = Object.assign(offline, { head: offline, get: offline });
  repoRequire.cache[gotFile] = stub;
  return repoRequire('@doyensec/electronegativity') as Runner;
}

async function scan(run: Runner, input: string): Promise<ScanResult> {
  const log = console.log;
  console.log = () => {}; // the scanner prints its own progress and banners
  try {
    return await run(
      {
        input,
        isRelative: true,
        customScan: [],
        excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
        electronVersionOverride: packageJson.devDependencies.electron,
      },
      false,
    );
  } finally {
    console.log = log;
  }
}

function copyTree(from: string, to: string): void {
  fs.cpSync(from, to, { recursive: true, filter: (src) => !src.includes('node_modules') });
}

let run: Runner;
beforeAll(() => {
  run = loadScanner();
});

describe('Electronegativity', () => {
  it('finds nothing in electron/ and renderer/ beyond the reviewed exceptions, each with its reason', async () => {
    const root = tempDir();
    copyTree('electron', path.join(root, 'electron'));
    copyTree('renderer', path.join(root, 'renderer'));
    const result = await scan(run, root);

    expect(result.atomicChecks).toBeGreaterThan(30);
    expect(result.errors.filter((e) => !e.tolerable)).toEqual([]);
    const found = result.issues.map((i) => ({ check: i.id, file: i.file.split(path.sep).join('/') }));
    const listed = (e: { check: string; file: string }) =>
      exceptions.some((x) => x.check === e.check && x.file === e.file);
    const unreviewed = result.issues.filter((_, n) => !listed(found[n]!));
    expect(
      unreviewed.map((i) => `${i.id} ${i.file}:${i.location.line} ${i.description}`),
      '未经审查的 Electronegativity 发现：请修复，或在 electronegativity-exceptions.json 中写明理由',
    ).toEqual([]);

    for (const x of exceptions) {
      expect(x.reason.length, `${x.check} 的理由太短`).toBeGreaterThan(40);
      expect(found, `${x.check} ${x.file} 已不再出现，请从例外清单中删除`).toContainEqual({
        check: x.check,
        file: x.file,
      });
    }
  });

  it('does flag an insecure window (so an empty result above means something)', async () => {
    const root = tempDir();
    fs.writeFileSync(
      path.join(root, 'insecure.js'),
      `const { BrowserWindow } = require('electron');
       new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, webSecurity: false } });`,
    );
    const ids = (await scan(run, root)).issues.map((i) => i.id);
    expect(ids).toEqual(
      expect.arrayContaining(['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK', 'WEB_SECURITY_JS_CHECK']),
    );
  });
});
