/** Single instance, the menu's shortcuts, the About text and the file names the save dialog proposes. */
import type { App, BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../electron/main/app-menu';
import { aboutText } from '../../electron/main/about-dialog';
import { claimSingleInstance } from '../../electron/main/single-instance';
import { safeFileName } from '../../electron/main/platform';

class FakeApp {
  quitCalled = false;
  handlers = new Map<string, () => void>();
  constructor(private readonly lock: boolean) {}
  requestSingleInstanceLock() {
    return this.lock;
  }
  quit() {
    this.quitCalled = true;
  }
  on(event: string, handler: () => void) {
    this.handlers.set(event, handler);
    return this;
  }
}

class FakeWindow {
  calls: string[] = [];
  constructor(private readonly minimized: boolean) {}
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.calls.push('restore');
  }
  show() {
    this.calls.push('show');
  }
  focus() {
    this.calls.push('focus');
  }
}

describe('single instance', () => {
  it('a second launch quits at once and opens no window', () => {
    const app = new FakeApp(false);
    expect(claimSingleInstance(app as unknown as App, () => null)).toBe(false);
    expect(app.quitCalled).toBe(true);
    expect(app.handlers.size).toBe(0);
  });

  it('the first instance, told of a second launch, restores and focuses its window', () => {
    const app = new FakeApp(true);
    const win = new FakeWindow(true);
    expect(claimSingleInstance(app as unknown as App, () => win as unknown as BrowserWindow)).toBe(true);
    app.handlers.get('second-instance')?.();
    expect(win.calls).toEqual(['restore', 'show', 'focus']);
    expect(app.quitCalled).toBe(false);
  });
});

describe('the application menu', () => {
  const noop = { backupNow() {}, openBackupPage() {}, openDataFolder() {}, showAbout() {} };
  const items = (template: MenuItemConstructorOptions[]) =>
    template.flatMap((top) => (top.submenu as MenuItemConstructorOptions[]).map((i) => ({ top: top.label, ...i })));

  it('uses Electron roles for editing and zoom, so the platform shortcuts work (Ctrl+Z, Ctrl+C, Ctrl+V…)', () => {
    const all = items(buildMenuTemplate(noop, { devTools: false }));
    const roles = all.filter((i) => i.role).map((i) => i.role);
    expect(roles).toEqual(
      expect.arrayContaining([
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'resetZoom',
        'zoomIn',
        'zoomOut',
        'togglefullscreen',
        'quit',
      ]),
    );
    for (const item of all) if (item.type !== 'separator') expect(item.label).toMatch(/[\u4e00-\u9fff]/);
  });

  it('has no developer items in the packaged app', () => {
    const roles = items(buildMenuTemplate(noop, { devTools: false })).map((i) => i.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
    expect(items(buildMenuTemplate(noop, { devTools: true })).map((i) => i.role)).toContain('toggleDevTools');
  });

  it('its own shortcuts leave the keys a text field needs alone', () => {
    const accelerators = items(buildMenuTemplate(noop, { devTools: true }))
      .map((i) => i.accelerator)
      .filter((a): a is string => typeof a === 'string');
    for (const taken of ['CmdOrCtrl+B', 'CmdOrCtrl+S', 'CmdOrCtrl+F', 'CmdOrCtrl+Z', 'CmdOrCtrl+A']) {
      expect(accelerators).not.toContain(taken);
    }
  });
});

describe('About', () => {
  it('names the program, its version and the components, in Chinese', () => {
    const text = aboutText({ appName: '绩效自评助手', version: '1.2.3', electron: '45.5.0', sqlite: '3.51.3' });
    expect(text.title).toBe('关于绩效自评助手');
    expect(text.message).toContain('版本 1.2.3');
    expect(text.detail).toContain('Electron 45.5.0');
    expect(text.detail).toContain('SQLite 3.51.3');
  });
});

describe("safeFileName (the save dialog's proposed name)", () => {
  it.each([
    ['通道县公安局2024年度自评报告', 'pdf', '通道县公安局2024年度自评报告.pdf'],
    ['../../Windows/System32/evil', 'pdf', 'evil.pdf'],
    ['C:\\Users\\clerk\\x.xlsx', 'excel', 'x.xlsx'],
    ['a<b>c:d"e|f?g*h', 'report', 'a_b_c_d_e_f_g_h.json'],
    ['CON', 'pdf', '绩效自评助手导出_CON.pdf'],
    ['...', 'backup', '绩效自评助手导出.sqlite'],
    ['备份.sqlite', 'backup', '备份.sqlite'],
  ] as const)('%s (%s) → %s', (suggested, kind, expected) => {
    expect(safeFileName(suggested, kind)).toBe(expected);
  });
});
