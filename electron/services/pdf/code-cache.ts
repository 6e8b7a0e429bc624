/**
 * Runs a CommonJS bundle with V8's compiled code for it kept on disk (Node 20 has no module compile cache of its
 * own; `module.enableCompileCache` is Node 22). The PDF worker loads about 1.3 MB of pdfmake, pdfkit and fontkit:
 * compiling it, and the functions a first export runs, is a good part of a cold `selfeval pdf` (issue 17).
 *
 * V8 checks its own version and flags but, for the source, only its length; so the cache file also holds the
 * SHA-256 of the source and of the compiled data, and anything that does not match (another build, a truncated or
 * damaged file, another Node) is ignored: the bundle is then compiled as usual and the cache written afresh.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

const MAGIC = Buffer.from('selfeval-v8-code-cache-1\n', 'latin1');
const HASH_BYTES = 32;

/** What became of the cache file: used, or why not (then the bundle was compiled from its source). */
export type CodeCacheStatus = 'used' | 'missing' | 'stale' | 'damaged' | 'rejected';

export interface CachedModule {
  exports: unknown;
  status: CodeCacheStatus;
  /**
   * Writes the compiled code V8 holds now (the bundle's top level and every function run so far) to the cache
   * file, unless it was used as it is. Call it after the work the cache should speed up. Never throws: a cache
   * that cannot be written is only slower.
   */
  save(): void;
}

const sha256 = (...parts: Uint8Array[]): Buffer => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
};

/** The source's key: its bytes and the V8 that compiled it. */
function sourceKey(source: Buffer): Buffer {
  return sha256(Buffer.from(`${process.versions.v8}\0${process.arch}\0`, 'latin1'), source);
}

function readCache(cacheFile: string, key: Buffer): { data?: Buffer; status: CodeCacheStatus } {
  let file: Buffer;
  try {
    file = readFileSync(cacheFile);
  } catch {
    return { status: 'missing' };
  }
  const header = MAGIC.length + 2 * HASH_BYTES;
  if (file.length <= header || !file.subarray(0, MAGIC.length).equals(MAGIC)) return { status: 'damaged' };
  if (!file.subarray(MAGIC.length, MAGIC.length + HASH_BYTES).equals(key)) return { status: 'stale' };
  const data = file.subarray(header);
  if (!sha256(data).equals(file.subarray(MAGIC.length + HASH_BYTES, header))) return { status: 'damaged' };
  return { data, status: 'used' };
}

function writeCache(cacheFile: string, key: Buffer, data: Buffer): void {
  // Renamed into place: a process reading the cache meanwhile sees the old file or the new one, never half of one.
  const partial = `${cacheFile}.${process.pid}.${Date.now()}.partial`;
  try {
    writeFileSync(partial, Buffer.concat([MAGIC, key, sha256(data), data]));
    renameSync(partial, cacheFile);
  } catch {
    // A read-only folder (an installed app) or a full disk: exports are only slower. Leave no partial file behind.
    rmSync(partial, { force: true });
  }
}

/** Loads the CommonJS file `file` as Node's require would, compiled from `cacheFile` when that matches it. */
export function requireWithCodeCache(file: string, cacheFile: string): CachedModule {
  const source = readFileSync(file);
  const key = sourceKey(source);
  const cached = readCache(cacheFile, key);
  // The same wrapper Node puts around a CommonJS module.
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source.toString('utf8')}\n})`;
  const script = new vm.Script(wrapped, { filename: file, cachedData: cached.data });
  const status: CodeCacheStatus = cached.data && script.cachedDataRejected ? 'rejected' : cached.status;
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(file), module, file, path.dirname(file));
  return {
    exports: module.exports,
    status,
    save: () => {
      if (status !== 'used') writeCache(cacheFile, key, script.createCachedData());
    },
  };
}
