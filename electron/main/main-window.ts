/** The one application window, loading the UI from app:// with the hardened preferences. */
import { BrowserWindow } from 'electron';
import { APP_START_URL } from './app-scheme';
import { secureWebPreferences } from './web-preferences';

export function createMainWindow(preloadPath: string, options: { devTools: boolean }): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    title: '绩效自评助手',
    backgroundColor: '#f5f5f5',
    show: false,
    webPreferences: secureWebPreferences(preloadPath, options),
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_START_URL);
  return win;
}
