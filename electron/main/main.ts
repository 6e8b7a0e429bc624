/**
 * Electron main process entry: a thin shell. It claims the single-instance lock, opens the database through the
 * start-up gate, serves the bundled UI over app://, answers the 'api' channel and the two file-dialog channels,
 * builds the Chinese menu and remembers the window's place; everything else is in the services behind dispatch().
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, Menu, screen, session, shell, type BrowserWindow } from 'electron';
import { createHandlers } from '../api/create-handlers';
import { APP_NAME, APP_VERSION } from '../api/app-version';
import { sqliteVersion } from '../db/sqlite-version';
import { backupNow } from '../services/backup/backup-now';
import { pdfAssetsAt } from '../services/pdf/pdf-assets';
import { showAboutDialog } from './about-dialog';
import { registerApiIpc } from './api-ipc';
import { buildMenuTemplate } from './app-menu';
import { registerAppScheme, serveRendererOverAppScheme } from './app-scheme';
import { startAutoBackups } from './auto-backup-timer';
import { appDataLocation } from './database-path';
import { openDatabaseAtStartup } from './database-startup';
import { denyAllPermissions } from './deny-permissions';
import { denyNavigationEverywhere } from './deny-navigation';
import { createMainWindow, WINDOW_DEFAULTS } from './main-window';
import { createElectronPlatform } from './platform';
import { PLATFORM_CHANNELS } from './platform-channels';
import { registerPlatformIpc } from './platform-ipc';
import { claimSingleInstance } from './single-instance';
import { initialBounds } from './window-state';
import { loadWindowState, rememberWindowState, WINDOW_STATE_FILE } from './window-state-file';

let mainWindow: BrowserWindow | null = null;

async function start(): Promise<void> {
  registerAppScheme();
  denyNavigationEverywhere();
  const location = appDataLocation();
  // Windows: Electron's userData is the *roaming* profile (%APPDATA%), often a server share on domain PCs; keep
  // Chromium's caches and the window state in the local data folder too. Must happen before 'ready'.
  if (process.platform === 'win32') app.setPath('userData', location.dataDir);
  // One process owns the database file: a second launch just brings the first window forward.
  if (!claimSingleInstance(app, () => mainWindow)) return;
  await app.whenReady();
  denyAllPermissions(session.defaultSession);

  const devTools = !app.isPackaged;
  fs.mkdirSync(location.dataDir, { recursive: true });
  const holder = await openDatabaseAtStartup(location.databaseFile, dialog);
  if (!holder) {
    app.quit();
    return;
  }
  let stopAutoBackups = (): void => undefined;
  app.on('will-quit', () => {
    stopAutoBackups();
    holder.close();
  });

  const handlerOptions = {
    pdfAssets: pdfAssetsAt(app.getAppPath()),
    warmUpPdf: true,
    // The bundle sits in the read-only app.asar: the worker's compiled-code cache lives in the data folder.
    codeCacheDir: path.join(app.getPath('userData'), 'pdf-code-cache'),
  };
  registerApiIpc(createHandlers(holder, handlerOptions), {
    checkOutput: devTools,
  });
  registerPlatformIpc(
    createElectronPlatform({ dialog, shell, window: () => mainWindow, defaultDir: () => app.getPath('documents') }),
  );

  const appRoot = app.getAppPath();
  serveRendererOverAppScheme(path.join(appRoot, 'dist', 'renderer'));
  const preload = path.join(appRoot, 'dist', 'electron', 'preload.cjs');
  const stateFile = path.join(app.getPath('userData'), WINDOW_STATE_FILE);
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea);
  const win = createMainWindow(preload, {
    devTools,
    bounds: initialBounds(loadWindowState(stateFile), workAreas, WINDOW_DEFAULTS),
  });
  mainWindow = win;
  rememberWindowState(win, stateFile);
  win.on('closed', () => {
    mainWindow = null;
  });

  const message = (type: 'info' | 'error', text: string) =>
    void dialog.showMessageBox(win, { type, title: APP_NAME, message: text, buttons: ['确定'], noLink: true });
  const menu = buildMenuTemplate(
    {
      backupNow: () => {
        backupNow(holder.handle, 'manual').then(
          () => message('info', '已完成备份。可在“文件 → 备份与恢复”中查看、导出或恢复备份。'),
          (err: unknown) => message('error', err instanceof Error ? err.message : '备份失败'),
        );
      },
      openBackupPage: () => win.webContents.send(PLATFORM_CHANNELS.menuCommand, 'open-backup-page'),
      openDataFolder: () => void shell.openPath(location.dataDir),
      showAbout: () =>
        showAboutDialog(dialog, win, {
          appName: APP_NAME,
          version: APP_VERSION,
          electron: process.versions.electron,
          chrome: process.versions.chrome,
          node: process.versions.node,
          sqlite: sqliteVersion(holder.handle),
        }),
    },
    { devTools },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(menu));
  stopAutoBackups = startAutoBackups(holder.handle, (text) => message('error', text));
  app.on('window-all-closed', () => app.quit());
}

/** Exported so the shell tests can wait for start-up to finish. */
export const started: Promise<void> = start();
