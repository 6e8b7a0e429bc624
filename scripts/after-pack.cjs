// electron-builder afterPack hook: flips the Electron fuses of the packaged binary, before any code signing (so
// the signature covers them), then reads them back and fails the build if any is not as set.
// Fuses are the Electron security checklist's item #19 (reliability.md §1.2; Signal does the same in afterPack):
//   RunAsNode off                       ELECTRON_RUN_AS_NODE=1 cannot turn the app into a plain node.exe
//   EnableNodeOptionsEnvironmentVariable off   NODE_OPTIONS cannot inject code or flags
//   EnableNodeCliInspectArguments off   --inspect / --inspect-brk open no debugger port
//   EnableEmbeddedAsarIntegrityValidation on   a modified app.asar is refused (Windows: electron-builder embeds the hash)
//   OnlyLoadAppFromAsar on              the app is loaded only from the (verified) app.asar, not a loose folder
//   GrantFileProtocolExtraPrivileges off  file:// gets no extra powers (the UI is served from app://)
//   EnableCookieEncryption on           cookies on disk are encrypted with the OS key store
//   LoadBrowserProcessSpecificV8Snapshot off   (not used; set so every fuse is explicit)
// Note: with RunAsNode off, child_process.fork() from the main process no longer works; heavy work runs in
// worker_threads (electron/services/excel, electron/services/pdf).
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- electron-builder loads its hooks as CommonJS */

const path = require('node:path');
const { flipFuses, getCurrentFuseWire, FuseV1Options, FuseVersion } = require('@electron/fuses');

/** The fuse settings, by FuseV1Options name (read by tests/shell/packaging.test.ts). */
const FUSES = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  LoadBrowserProcessSpecificV8Snapshot: false,
  GrantFileProtocolExtraPrivileges: false,
};

/** FuseState bytes in the binary: '1' enabled, '0' disabled. */
const ENABLED = 49;
const DISABLED = 48;

function fuseConfig() {
  const config = { version: FuseVersion.V1, strictlyRequireAllFuses: true, resetAdHocDarwinSignature: false };
  for (const [name, on] of Object.entries(FUSES)) {
    const index = FuseV1Options[name];
    if (typeof index !== 'number') throw new Error(`@electron/fuses 不认识熔断项 ${name}`);
    config[index] = on;
  }
  return config;
}

/** The Electron executable inside the packed app folder, as electron-builder names it. */
function electronBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
    default:
      return path.join(appOutDir, packager.executableName);
  }
}

async function afterPack(context) {
  const binary = electronBinary(context);
  await flipFuses(binary, fuseConfig());
  const wire = await getCurrentFuseWire(binary);
  const wrong = Object.entries(FUSES).filter(([name, on]) => wire[FuseV1Options[name]] !== (on ? ENABLED : DISABLED));
  if (wrong.length > 0) {
    throw new Error(`熔断设置未生效：${wrong.map(([name]) => name).join('、')}（${binary}）`);
  }
  console.log(`  • 已设置 Electron 熔断（${Object.keys(FUSES).length} 项）：${binary}`);
}

module.exports = { afterPack, FUSES, fuseConfig, electronBinary };
