/**
 * Electron main process entry: a thin shell. It opens the database, serves the bundled UI over app://, and
 * answers the one 'api' channel; everything else is in the services behind dispatch().
 */
import path from 'node:path';
import { app, dialog, session } from 'electron';
import { UserFacingError } from '../../shared/api/result';
import { openDatabase } from '../db/open-database';
import { createHandlers } from '../api/create-handlers';
import { registerApiIpc } from './api-ipc';
import { registerAppScheme, serveRendererOverAppScheme } from './app-scheme';
import { databasePath } from './database-path';
import { denyAllPermissions } from './deny-permissions';
import { denyNavigationEverywhere } from './deny-navigation';
import { createMainWindow } from './main-window';

async function start(): Promise<void> {
  registerAppScheme();
  denyNavigationEverywhere();
  // One process owns the database file: a second launch just brings the first window forward.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  denyAllPermissions(session.defaultSession);

  const devTools = !app.isPackaged;
  let db: Awaited<ReturnType<typeof openDatabase>>;
  try {
    db = await openDatabase(databasePath(app.getPath('userData')));
  } catch (err) {
    const message = err instanceof UserFacingError ? err.message : '程序内部错误，无法打开数据库文件';
    if (!(err instanceof UserFacingError)) console.error('打开数据库失败', err);
    dialog.showErrorBox('绩效自评助手无法启动', message);
    app.quit();
    return;
  }
  app.on('will-quit', () => db.close());

  registerApiIpc(createHandlers(db), { checkOutput: devTools });
  const appRoot = app.getAppPath();
  serveRendererOverAppScheme(path.join(appRoot, 'dist', 'renderer'));
  const preload = path.join(appRoot, 'dist', 'electron', 'preload.cjs');
  const win = createMainWindow(preload, { devTools });
  app.on('second-instance', () => {
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => app.quit());
}

/** Exported so the shell tests can wait for start-up to finish. */
export const started: Promise<void> = start();
