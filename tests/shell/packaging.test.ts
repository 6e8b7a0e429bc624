/**
 * The installer cannot be built here (no Electron binary download), so its configuration is checked instead:
 * electron-builder.yml against electron-builder's own schema and against the points (Windows NSIS x64 with
 * a per-machine option, Linux deb + AppImage on x64 and arm64, fonts as resources, asar, no auto-update,
 * better-sqlite3 rebuilt by the packaging command only), and the afterPack hook's fuses, flipped for real on a
 * fake Electron binary that carries the fuse wire.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json';
import { tempDir } from '../db/temp-db';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

interface Target {
  target: string;
  arch: string[];
}
interface BuilderConfig {
  productName: string;
  files: string[];
  extraResources: { from: string; to: string }[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  buildDependenciesFromSource: boolean;
  afterPack: string;
  publish: null;
  disableAsarIntegrity?: boolean;
  electronFuses?: unknown;
  win: { target: Target[] };
  nsis: Record<string, unknown>;
  linux: { target: Target[] };
}

interface AfterPackModule {
  afterPack(context: unknown): Promise<void>;
  FUSES: Record<string, boolean>;
}

const config = yaml.load(fs.readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;
const hook = require('../../scripts/after-pack.cjs') as AfterPackModule;

describe('electron-builder.yml', () => {
  it("passes electron-builder's own configuration schema (and the check does catch a wrong key)", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(c: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util/out/DebugLogger') as {
      DebugLogger: new (enabled: boolean) => unknown;
    };
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
    await expect(
      validateConfiguration({ ...structuredClone(config), nsis: { oneClik: false } }, new DebugLogger(false)),
    ).rejects.toThrow(/Invalid configuration object/);
  });

  it('Windows: an NSIS installer for x64 that offers per-user or per-machine (IT) installation', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: true });
    // Uninstalling never deletes the clerk's data.
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it('Linux (UOS, Kylin): deb and AppImage, each for x64 and arm64', () => {
    expect(config.linux.target).toEqual([
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ]);
  });

  it('packs the built app into asar, with native addons unpacked and the fonts as resources', () => {
    expect(config.asar).toBe(true);
    expect(config.disableAsarIntegrity).not.toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'package.json']));
    expect(packageJson.main.startsWith('dist/')).toBe(true);
    expect(config.extraResources).toContainEqual(expect.objectContaining({ from: 'assets', to: 'assets' }));
    expect(fs.existsSync(path.join('assets', 'fonts'))).toBe(true);
  });

  it('publishes nothing and has no auto-update', () => {
    expect(config.publish).toBeNull();
    const deps = { ...packageJson.dependencies, ...packageJson.devDependencies } as Record<string, string>;
    expect(Object.keys(deps)).not.toContain('electron-updater');
  });

  it('rebuilds better-sqlite3 for Electron in the packaging command only, never at npm install', () => {
    expect(config.npmRebuild).toBe(true);
    expect(config.buildDependenciesFromSource).toBe(false);
    const scripts = packageJson.scripts as Record<string, string>;
    for (const name of ['preinstall', 'install', 'postinstall', 'prepare']) expect(scripts[name]).toBeUndefined();
    // electron-builder refuses an app that ships electron itself.
    expect(Object.keys(packageJson.dependencies)).not.toContain('electron');
    expect(Object.keys(packageJson.devDependencies)).toContain('electron');
  });

  it('flips the fuses in the afterPack hook, and only there', () => {
    expect(config.afterPack).toBe('./scripts/after-pack.cjs');
    expect(config.electronFuses).toBeUndefined();
  });
});

describe('the fuses (scripts/after-pack.cjs)', () => {
  it('are the reviewed settings', () => {
    expect(hook.FUSES).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  // A stand-in for the Electron executable: junk around the fuse wire, every fuse at Electron's defaults.
  const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
  const DEFAULT_WIRE = [1, 0, 1, 1, 0, 0, 0, 1].map((on) => (on ? 49 : 48));
  function fakeElectron(file: string): void {
    fs.writeFileSync(
      file,
      Buffer.concat([
        Buffer.alloc(4096, 7),
        Buffer.from(SENTINEL, 'latin1'),
        Buffer.from([1, 8, ...DEFAULT_WIRE]),
        Buffer.alloc(4096, 7),
      ]),
    );
  }
  function wire(file: string): number[] {
    const bytes = fs.readFileSync(file);
    const at = bytes.indexOf(SENTINEL) + SENTINEL.length;
    return [...bytes.subarray(at + 2, at + 10)];
  }

  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });

  it.each([
    ['linux', 'selfeval'],
    ['win32', '绩效自评助手.exe'],
  ])('are written into the %s executable (%s) and read back', async (platform, exe) => {
    const appOutDir = path.join(dir, platform);
    fs.mkdirSync(appOutDir);
    fakeElectron(path.join(appOutDir, exe));
    await hook.afterPack({
      appOutDir,
      electronPlatformName: platform,
      packager: { executableName: 'selfeval', appInfo: { productFilename: '绩效自评助手' } },
    });
    //            RunAsNode Cookie NODE_OPTIONS inspect asarIntegrity onlyAsar v8snapshot fileProtocol
    expect(wire(path.join(appOutDir, exe))).toEqual([48, 49, 48, 48, 49, 49, 48, 48]);
  });

  it('fails the build when the executable has no fuse wire', async () => {
    const appOutDir = path.join(dir, 'broken');
    fs.mkdirSync(appOutDir);
    fs.writeFileSync(path.join(appOutDir, 'selfeval'), 'not electron');
    await expect(
      hook.afterPack({
        appOutDir,
        electronPlatformName: 'linux',
        packager: { executableName: 'selfeval', appInfo: {} },
      }),
    ).rejects.toThrow();
  });
});
