/**
 * Opens the database at start-up through the start-up gate (quick_check) and talks to the clerk when it is not
 * ready: a damaged file → offer to restore the newest good backup; a refusal (newer version, network folder,
 * read-only file) → explain and quit. Returns the holder, or null when the app should quit.
 */
import type { Dialog } from 'electron';
import { UserFacingError } from '../../shared/api/result';
import type { DatabaseHolder } from '../db/database-holder';
import { openAtStartup, restoreAtStartup } from '../services/backup/startup-check';

type Dialogs = Pick<Dialog, 'showMessageBox' | 'showErrorBox'>;

const TITLE = '绩效自评助手';

function when(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export async function openDatabaseAtStartup(file: string, dialog: Dialogs): Promise<DatabaseHolder | null> {
  // Two passes at most: the file as it is, then (after a restore the clerk agreed to) the restored file.
  for (let attempt = 0; attempt < 2; attempt++) {
    let status: Awaited<ReturnType<typeof openAtStartup>>;
    try {
      status = await openAtStartup(file);
    } catch (err) {
      console.error('打开数据库失败', err);
      dialog.showErrorBox(`${TITLE}无法启动`, '程序内部错误，无法打开数据库文件。请联系技术支持');
      return null;
    }
    if (status.state === 'ready') return status.holder;
    if (status.state === 'refused') {
      dialog.showErrorBox(`${TITLE}无法启动`, status.message);
      return null;
    }
    const newest = status.backups.find((b) => b.kind !== 'before-restore');
    if (!newest || attempt > 0) {
      dialog.showErrorBox(
        `${TITLE}无法启动`,
        `${status.message}。${newest ? '从备份恢复后仍未通过检查。' : '没有找到可用的备份。'}数据库文件未作修改，请联系技术支持`,
      );
      return null;
    }
    const answer = await dialog.showMessageBox({
      type: 'error',
      title: '数据库检查未通过',
      message: `${status.message}。`,
      detail:
        `可以从最近的备份（${when(newest.createdAt)}）恢复。该备份之后所做的修改将不在恢复后的数据中；` +
        '当前的数据库文件不会删除，会保留在备份文件夹中（“恢复前的数据库”），以便技术人员查看。' +
        (status.problems.length > 0 ? `\n\n检查结果：${status.problems.slice(0, 3).join('；')}` : ''),
      buttons: ['从最近的备份恢复', '退出'],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
    });
    if (answer.response !== 0) return null;
    try {
      const restored = await restoreAtStartup(file);
      await dialog.showMessageBox({
        type: 'info',
        title: '已恢复',
        message: `已从${when(restored.restoredFrom.createdAt)}的备份恢复数据。`,
        buttons: ['确定'],
        noLink: true,
      });
    } catch (err) {
      const message = err instanceof UserFacingError ? err.message : '恢复失败：程序内部错误';
      if (!(err instanceof UserFacingError)) console.error('启动时恢复失败', err);
      dialog.showErrorBox('恢复失败', message);
      return null;
    }
  }
  return null;
}
