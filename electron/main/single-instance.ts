/**
 * One copy of the program at a time: the database has one writer (reliability.md §2.3, D5). A second launch
 * hands over to the first, which brings its window to the front, and quits.
 */
import type { App, BrowserWindow } from 'electron';

/** Returns false (after asking the app to quit) when another instance already runs. */
export function claimSingleInstance(app: App, mainWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const win = mainWindow();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  return true;
}
