/**
 * The Chinese application menu: 文件 / 编辑 / 视图 / 帮助. Editing and zoom use Electron's roles, which bring the
 * platform's usual shortcuts (Ctrl+Z/Ctrl+Y, Ctrl+X/C/V, Ctrl+A, Ctrl+0/+/−, F11). Our own items avoid keys a
 * text field needs (Ctrl+B, Ctrl+S…): an accelerator would take the key away from the page.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  backupNow(): void;
  /** Asks the page to show 备份与恢复 (the page decides how; see menu-commands.ts). */
  openBackupPage(): void;
  openDataFolder(): void;
  showAbout(): void;
}

export interface MenuOptions {
  devTools: boolean;
}

export function buildMenuTemplate(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: '文件(&F)',
    submenu: [
      { label: '立即备份(&B)', accelerator: 'CmdOrCtrl+Shift+B', click: () => actions.backupNow() },
      { label: '备份与恢复(&R)…', click: () => actions.openBackupPage() },
      { type: 'separator' },
      { label: '打开数据文件夹(&D)', click: () => actions.openDataFolder() },
      { type: 'separator' },
      { label: '退出(&X)', role: 'quit', accelerator: 'CmdOrCtrl+Q' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '编辑(&E)',
    submenu: [
      { label: '撤销(&U)', role: 'undo' },
      { label: '重做(&R)', role: 'redo' },
      { type: 'separator' },
      { label: '剪切(&T)', role: 'cut' },
      { label: '复制(&C)', role: 'copy' },
      { label: '粘贴(&P)', role: 'paste' },
      { label: '粘贴为纯文本', role: 'pasteAndMatchStyle' },
      { label: '删除(&D)', role: 'delete' },
      { type: 'separator' },
      { label: '全选(&A)', role: 'selectAll' },
    ],
  };
  const developer: MenuItemConstructorOptions[] = options.devTools
    ? [{ label: '重新加载', role: 'reload' }, { label: '开发者工具', role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  const view: MenuItemConstructorOptions = {
    label: '视图(&V)',
    submenu: [
      ...developer,
      { label: '实际大小', role: 'resetZoom' },
      { label: '放大', role: 'zoomIn' },
      { label: '缩小', role: 'zoomOut' },
      { type: 'separator' },
      { label: '全屏', role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: '帮助(&H)',
    submenu: [{ label: '关于绩效自评助手(&A)', click: () => actions.showAbout() }],
  };
  return [file, edit, view, help];
}
