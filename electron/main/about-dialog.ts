/** 帮助 → 关于: the program's name, version and the versions of what it is built on (for a support call). */
import type { BrowserWindow, Dialog } from 'electron';

export interface AboutInfo {
  appName: string;
  version: string;
  electron?: string;
  chrome?: string;
  node?: string;
  sqlite?: string;
}

export function aboutText(info: AboutInfo): { title: string; message: string; detail: string } {
  const parts = [
    info.electron && `Electron ${info.electron}`,
    info.chrome && `Chromium ${info.chrome}`,
    info.node && `Node.js ${info.node}`,
    info.sqlite && `SQLite ${info.sqlite}`,
  ].filter((p): p is string => Boolean(p));
  return {
    title: `关于${info.appName}`,
    message: `${info.appName} 版本 ${info.version}`,
    detail: [
      '部门整体支出绩效自评报告：填报、审核、生成与导出。',
      '离线使用，不连接互联网；数据只保存在本机。',
      ...(parts.length > 0 ? ['', `技术组件：${parts.join('，')}`] : []),
    ].join('\n'),
  };
}

export function showAboutDialog(
  dialog: Pick<Dialog, 'showMessageBox'>,
  win: BrowserWindow | null,
  info: AboutInfo,
): void {
  const text = aboutText(info);
  const options = { type: 'info' as const, buttons: ['确定'], noLink: true, ...text };
  void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
}
