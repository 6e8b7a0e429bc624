/** The one application window, loading the UI from app:// with the hardened preferences, where it was last left. */
import { BrowserWindow } from 'electron';
import { APP_START_URL } from './app-scheme';
import { secureWebPreferences } from './web-preferences';
import type { InitialBounds, WindowDefaults } from './window-state';

export const WINDOW_DEFAULTS: WindowDefaults = { width: 1280, height: 860, minWidth: 960, minHeight: 640 };

export function createMainWindow(
  preloadPath: string,
  options: { devTools: boolean; bounds?: InitialBounds },
): BrowserWindow {
  const bounds = options.bounds ?? { width: WINDOW_DEFAULTS.width, height: WINDOW_DEFAULTS.height, maximized: false };
  const win = new BrowserWindow({
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : { center: true }),
    width: bounds.width,
    height: bounds.height,
    minWidth: Math.min(WINDOW_DEFAULTS.minWidth, bounds.width),
    minHeight: Math.min(WINDOW_DEFAULTS.minHeight, bounds.height),
    title: '绩效自评助手',
    backgroundColor: '#f5f5f5',
    show: false,
    webPreferences: secureWebPreferences(preloadPath, options),
  });
  win.once('ready-to-show', () => {
    if (bounds.maximized) win.maximize();
    win.show();
  });
  void win.loadURL(APP_START_URL);
  return win;
}
