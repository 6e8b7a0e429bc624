/**
 * The PDF worker's code cache (electron/services/pdf/code-cache.ts) on real files: used when it matches the bundle,
 * and ignored — the bundle compiled from source, the cache written afresh — when it is missing, from another build,
 * truncated or damaged, or cannot be written. Then the worker as built: it writes the cache on its first export and
 * the next worker runs from it, printing the same PDF.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { requireWithCodeCache } from '../../electron/services/pdf/code-cache';
import { PdfWorkerClient } from '../../electron/services/pdf/pdf-worker-client';
import { GBT9704_DEFAULTS } from '../../electron/services/pdf/layout-settings';
import { LEFT_OUT_OF_PDF_WORKER } from '../../scripts/pdf-worker-build.mjs';
import { documentOf, pdfText, pdfWorkerScript, referenceReport, testJob } from './pdf-test-kit';

/** A module with a function that is compiled only when it is called (as most of pdfmake is). */
const SOURCE = [
  "const path = require('node:path');",
  'function total(items) { return items.reduce((sum, n) => sum + n, 0); }',
  'module.exports = { total, folder: path.basename(__dirname), file: path.basename(__filename) };',
].join('\n');

function moduleFolder(source = SOURCE): { file: string; cache: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'selfeval-code-cache-'));
  const file = path.join(dir, 'bundle.cjs');
  writeFileSync(file, source);
  return { file, cache: path.join(dir, 'bundle.v8cache') };
}

function load(file: string, cache: string) {
  const loaded = requireWithCodeCache(file, cache);
  const exports = loaded.exports as { total(items: number[]): number; folder: string; file: string };
  expect(exports.total([1, 2, 3])).toBe(6);
  expect(exports.file).toBe('bundle.cjs');
  expect(exports.folder).toBe(path.basename(path.dirname(file)));
  return loaded;
}

describe('code cache', () => {
  it('is written on first use and used from then on', () => {
    const { file, cache } = moduleFolder();
    const first = load(file, cache);
    expect(first.status).toBe('missing');
    first.save();
    expect(existsSync(cache)).toBe(true);
    const second = load(file, cache);
    expect(second.status).toBe('used');
    const written = statSync(cache).mtimeMs;
    second.save();
    expect(statSync(cache).mtimeMs).toBe(written);
    expect(readdirSync(path.dirname(file)).sort()).toEqual(['bundle.cjs', 'bundle.v8cache']);
  });

  it('is not used for another build of the bundle, even of the same length', () => {
    const { file, cache } = moduleFolder();
    const first = load(file, cache);
    first.save();
    // Same length: V8's own check would accept the cache for this source.
    writeFileSync(file, SOURCE.replace('sum + n', 'n + sum'));
    const other = load(file, cache);
    expect(other.status).toBe('stale');
    other.save();
    expect(load(file, cache).status).toBe('used');
  });

  it('ignores a truncated, damaged or foreign cache file and writes a good one', () => {
    const { file, cache } = moduleFolder();
    load(file, cache).save();
    const good = readFileSync(cache);
    const damaged = Buffer.from(good);
    damaged[damaged.length - 10] = (damaged[damaged.length - 10] ?? 0) ^ 0xff;
    for (const bad of [
      good.subarray(0, good.length - 100),
      good.subarray(0, 20),
      damaged,
      Buffer.from('not a cache'),
    ]) {
      writeFileSync(cache, bad);
      const loaded = load(file, cache);
      expect(loaded.status).toBe('damaged');
      loaded.save();
      expect(load(file, cache).status).toBe('used');
    }
  });

  it('still loads when the cache cannot be written', () => {
    const { file } = moduleFolder();
    // A folder that is not there stands for one that cannot be written (root may write into read-only ones).
    const cache = path.join(path.dirname(file), 'no-such-folder', 'bundle.v8cache');
    const loaded = load(file, cache);
    expect(() => loaded.save()).not.toThrow();
    expect(existsSync(cache)).toBe(false);
    expect(load(file, cache).status).toBe('missing');
  });
});

describe('the PDF worker as built', () => {
  const clients: PdfWorkerClient[] = [];
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
  });

  it('leaves out the libraries no report needs (encryption, SVG, WOFF2)', async () => {
    const dir = path.dirname(await pdfWorkerScript());
    const core = readFileSync(path.join(dir, 'pdf-worker-core.cjs'), 'utf8');
    for (const name of Object.keys(LEFT_OUT_OF_PDF_WORKER)) expect(core).toContain(`left-out:${name}`);
    for (const marker of ['function BrotliDecompressBuffer', 'function XmlDocument', 'SHA256_K', 'var SVGtoPDF']) {
      expect(core).not.toContain(marker);
    }
    // pdfkit reads Helvetica's metrics for every new document.
    expect(existsSync(path.join(dir, 'data', 'Helvetica.afm'))).toBe(true);
  });

  it('writes its code cache on the first export, and the next worker prints the same PDF from it', async () => {
    const script = await pdfWorkerScript();
    const cache = path.join(path.dirname(script), 'pdf-worker-core.v8cache');
    const job = () => testJob(documentOf(referenceReport()));
    const limits = { timeLimitMs: GBT9704_DEFAULTS.timeLimitMs, heapLimitMb: GBT9704_DEFAULTS.heapLimitMb };
    const exportOnce = async () => {
      const client = new PdfWorkerClient(script);
      clients.push(client);
      const outcome = await client.render(job(), limits);
      await client.close();
      if (!outcome.ok) throw new Error('export refused');
      return outcome.bytes;
    };
    const first = await exportOnce();
    expect(existsSync(cache)).toBe(true);
    const written = statSync(cache).mtimeMs;
    const second = await exportOnce();
    // Used, not rewritten: it matched.
    expect(statSync(cache).mtimeMs).toBe(written);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(pdfText(second)).toContain('通道侗族自治县公安局');
  });

  it('keeps the code of `selfeval pdf` (other V8 flags) in a cache of its own, leaving the app’s alone', async () => {
    const script = await pdfWorkerScript();
    const appCache = path.join(path.dirname(script), 'pdf-worker-core.v8cache');
    const oneShotCache = path.join(path.dirname(script), 'pdf-worker-core.one-shot.v8cache');
    const before = existsSync(appCache) ? statSync(appCache).mtimeMs : null;
    const client = new PdfWorkerClient(script, { codeCache: 'one-shot' });
    clients.push(client);
    const limits = { timeLimitMs: GBT9704_DEFAULTS.timeLimitMs, heapLimitMb: GBT9704_DEFAULTS.heapLimitMb };
    const outcome = await client.render(testJob(documentOf(referenceReport())), limits);
    await client.close();
    expect(outcome.ok).toBe(true);
    expect(existsSync(oneShotCache)).toBe(true);
    expect(existsSync(appCache) ? statSync(appCache).mtimeMs : null).toBe(before);
  });

  it('keeps the cache in the folder it is given (the app: its data folder, as app.asar is read-only)', async () => {
    const script = await pdfWorkerScript();
    const cacheDir = path.join(mkdtempSync(path.join(tmpdir(), 'selfeval-user-data-')), 'pdf-code-cache');
    const limits = { timeLimitMs: GBT9704_DEFAULTS.timeLimitMs, heapLimitMb: GBT9704_DEFAULTS.heapLimitMb };
    const exportOnce = async () => {
      const client = new PdfWorkerClient(script, { cacheDir });
      clients.push(client);
      const outcome = await client.render(testJob(documentOf(referenceReport())), limits);
      await client.close();
      expect(outcome.ok).toBe(true);
    };
    await exportOnce();
    expect(readdirSync(cacheDir)).toEqual(['pdf-worker-core.v8cache']);
    const written = statSync(path.join(cacheDir, 'pdf-worker-core.v8cache')).mtimeMs;
    await exportOnce();
    expect(statSync(path.join(cacheDir, 'pdf-worker-core.v8cache')).mtimeMs).toBe(written);
  });
});
