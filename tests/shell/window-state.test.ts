/** The remembered window place: reused when still on a screen, brought back when its screen is gone. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialBounds, parseWindowState, type Rect } from '../../electron/main/window-state';
import { loadWindowState, saveWindowState } from '../../electron/main/window-state-file';
import { WINDOW_DEFAULTS } from '../../electron/main/main-window';
import { tempDir } from '../db/temp-db';

const laptop: Rect = { x: 0, y: 0, width: 1366, height: 728 };
const monitorRight: Rect = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('initialBounds', () => {
  it('first start: the default size, centred by the system, shrunk to fit a small screen', () => {
    expect(initialBounds(null, [monitorRight], WINDOW_DEFAULTS)).toEqual({
      width: 1280,
      height: 860,
      maximized: false,
    });
    expect(initialBounds(null, [laptop], WINDOW_DEFAULTS)).toEqual({ width: 1280, height: 728, maximized: false });
  });

  it('reuses a saved place that is on a connected screen', () => {
    const saved = { x: 1500, y: 100, width: 1200, height: 800, maximized: true };
    expect(initialBounds(saved, [laptop, monitorRight], WINDOW_DEFAULTS)).toEqual(saved);
  });

  it('moves the window back inside its screen when it hangs over the edge, and shrinks it to the screen', () => {
    const saved = { x: 1000, y: 500, width: 2000, height: 900, maximized: false };
    expect(initialBounds(saved, [laptop], WINDOW_DEFAULTS)).toEqual({
      x: 0,
      y: 0,
      width: 1366,
      height: 728,
      maximized: false,
    });
  });

  it('a place on a screen that is no longer connected opens centred on the main screen', () => {
    const onUnpluggedMonitor = { x: 2000, y: 100, width: 1200, height: 800, maximized: false };
    expect(initialBounds(onUnpluggedMonitor, [laptop], WINDOW_DEFAULTS)).toEqual({
      width: 1200,
      height: 728,
      maximized: false,
    });
  });

  it('a sliver on screen (less than the title bar) counts as off screen', () => {
    const sliver = { x: 1366 - 20, y: 100, width: 1200, height: 800, maximized: false };
    expect(initialBounds(sliver, [laptop], WINDOW_DEFAULTS).x).toBeUndefined();
  });
});

describe('the window-state file', () => {
  it('round-trips, and ignores broken or hostile content', () => {
    const file = path.join(tempDir(), 'window-state.json');
    expect(loadWindowState(file)).toBeNull();
    saveWindowState(file, { x: 10, y: 20, width: 1000, height: 700, maximized: false });
    expect(loadWindowState(file)).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
    for (const content of [
      '{',
      '[]',
      '{"x":"10"}',
      '{"x":1,"y":1,"width":1e9,"height":600,"maximized":false}',
      '{"x":0.5,"y":0,"width":900,"height":600,"maximized":false}',
    ]) {
      fs.writeFileSync(file, content);
      expect(loadWindowState(file)).toBeNull();
    }
    expect(parseWindowState({ x: 0, y: 0, width: 900, height: 600, maximized: false, extra: 'ignored' })).toEqual({
      x: 0,
      y: 0,
      width: 900,
      height: 600,
      maximized: false,
    });
  });
});
