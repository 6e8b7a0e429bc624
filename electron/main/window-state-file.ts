/** Reads and writes the window's place (window-state.json in userData); a broken file is simply ignored. */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { parseWindowState, type WindowState } from './window-state';

export const WINDOW_STATE_FILE = 'window-state.json';

export function loadWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

/** Written to a temp name and renamed, so a crash mid-write leaves the old file, not half a JSON. */
export function saveWindowState(file: string, state: WindowState): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(state));
    fs.renameSync(temp, file);
  } catch (err) {
    console.error('无法保存窗口位置', err);
  }
}

/** Saves the normal (un-maximised) bounds and the maximised flag when the window closes. */
export function rememberWindowState(win: BrowserWindow, file: string): void {
  win.on('close', () => {
    const b = win.getNormalBounds();
    saveWindowState(file, {
      x: Math.round(b.x),
      y: Math.round(b.y),
      width: Math.round(b.width),
      height: Math.round(b.height),
      maximized: win.isMaximized(),
    });
  });
}
