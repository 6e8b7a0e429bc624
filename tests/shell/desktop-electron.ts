/**
 * The desktop half of the fake electron module: what tests/mocks/electron.ts does not cover (Menu, screen,
 * shell, message boxes and file dialogs, window bounds, webContents.send). Shell tests install it with
 *   vi.mock('electron', async () => (await import('./desktop-electron')).extendElectronMock(await vi.importActual('electron')))
 * so the base fake's `app` and `recorded` stay the very same objects, and read what happened from `desktop`.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type * as BaseMock from '../mocks/electron';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface DialogAnswer {
  canceled: boolean;
  filePaths?: string[];
  filePath?: string;
}

export const desktop = {
  menuTemplate: null as MenuItemConstructorOptions[] | null,
  messageBoxes: [] as { title?: string; message: string; detail?: string; buttons?: string[] }[],
  /** Answers for showMessageBox, in order (the button index); 0 when the list is empty. */
  messageBoxResponses: [] as number[],
  openDialogAnswers: [] as DialogAnswer[],
  saveDialogAnswers: [] as DialogAnswer[],
  dialogOptions: [] as Record<string, unknown>[],
  openedPaths: [] as string[],
  sentToPage: [] as { channel: string; args: unknown[] }[],
  workAreas: [{ x: 0, y: 0, width: 1920, height: 1040 }] as Rect[],
};

type Base = typeof BaseMock;

export function extendElectronMock(base: Base) {
  class DesktopBrowserWindow extends base.FakeBrowserWindow {
    bounds: Rect;
    maximized = false;
    constructor(options: ConstructorParameters<Base['FakeBrowserWindow']>[0]) {
      super(options);
      const o = options as Partial<Rect>;
      this.bounds = { x: o.x ?? 0, y: o.y ?? 0, width: o.width ?? 800, height: o.height ?? 600 };
      Object.assign(this.webContents, {
        send(channel: string, ...args: unknown[]) {
          desktop.sentToPage.push({ channel, args });
        },
      });
    }
    getNormalBounds(): Rect {
      return { ...this.bounds };
    }
    isMaximized(): boolean {
      return this.maximized;
    }
    maximize(): void {
      this.maximized = true;
    }
  }

  const answer = (queue: DialogAnswer[]) => Promise.resolve(queue.shift() ?? { canceled: true, filePaths: [] });
  /** Electron's dialogs take an optional parent window first. */
  const optionsOf = (args: unknown[]) => (args.length > 1 ? args[1] : args[0]) as Record<string, unknown>;

  const dialog = {
    ...base.dialog,
    showMessageBox(...args: unknown[]) {
      const o = optionsOf(args) as (typeof desktop.messageBoxes)[number];
      desktop.messageBoxes.push({ title: o.title, message: o.message, detail: o.detail, buttons: o.buttons });
      return Promise.resolve({ response: desktop.messageBoxResponses.shift() ?? 0, checkboxChecked: false });
    },
    showOpenDialog(...args: unknown[]) {
      desktop.dialogOptions.push(optionsOf(args));
      return answer(desktop.openDialogAnswers);
    },
    showSaveDialog(...args: unknown[]) {
      desktop.dialogOptions.push(optionsOf(args));
      return answer(desktop.saveDialogAnswers);
    },
  };

  const Menu = {
    buildFromTemplate(template: MenuItemConstructorOptions[]) {
      return { template };
    },
    setApplicationMenu(menu: { template: MenuItemConstructorOptions[] } | null) {
      desktop.menuTemplate = menu?.template ?? null;
    },
  };

  const screen = {
    getPrimaryDisplay: () => ({ workArea: desktop.workAreas[0]! }),
    getAllDisplays: () => desktop.workAreas.map((workArea) => ({ workArea })),
  };

  const shell = {
    openPath(p: string) {
      desktop.openedPaths.push(p);
      return Promise.resolve('');
    },
  };

  const ipcRenderer = {
    ...base.ipcRenderer,
    listeners: new Map<string, ((...args: unknown[]) => void)[]>(),
    on(channel: string, listener: (...args: unknown[]) => void) {
      ipcRenderer.listeners.set(channel, [...(ipcRenderer.listeners.get(channel) ?? []), listener]);
    },
    removeListener(channel: string, listener: (...args: unknown[]) => void) {
      ipcRenderer.listeners.set(
        channel,
        (ipcRenderer.listeners.get(channel) ?? []).filter((l) => l !== listener),
      );
    },
  };

  const mocked = { ...base, BrowserWindow: DesktopBrowserWindow, dialog, Menu, screen, shell, ipcRenderer };
  return { ...mocked, default: mocked };
}
