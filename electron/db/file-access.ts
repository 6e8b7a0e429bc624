/**
 * Checks, before SQLite touches anything, that the database file and its folder can be written. SQLite would
 * otherwise open a read-only file "successfully" and fail at the first save, or create stray -wal/-shm files.
 * The mode bits are checked as well as access(): a Windows "只读" attribute shows up as a missing write bit, and
 * an administrator (or root) passes access() even on a file marked read-only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserFacingError } from '../../shared/api/result';

const DENIED = new Set(['EACCES', 'EPERM', 'EROFS']);

function errorCode(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
}

function canWrite(p: string): { ok: true } | { ok: false; code: string } {
  try {
    fs.accessSync(p, fs.constants.W_OK);
    return { ok: true };
  } catch (err) {
    return { ok: false, code: errorCode(err) };
  }
}

export function assertWritableDatabaseFile(file: string): void {
  if (file === ':memory:') return;
  const dir = path.dirname(path.resolve(file));
  let stat: fs.Stats | null = null;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    if (errorCode(err) !== 'ENOENT') throw err;
  }
  if (stat) {
    if (!stat.isFile()) {
      throw new UserFacingError('bad-database', `数据库位置“${file}”不是一个文件（可能是文件夹），未作任何修改`);
    }
    const access = canWrite(file);
    // 0o222: nobody may write (a Windows 只读 attribute reads as 0o444).
    if ((stat.mode & 0o222) === 0 || (!access.ok && DENIED.has(access.code))) {
      throw new UserFacingError(
        'read-only',
        `数据库文件是只读的，无法保存任何修改：${file}。请在该文件的“属性”中取消勾选“只读”，` +
          '或请管理员授予写入权限，然后重新打开本程序。文件未作任何修改',
      );
    }
  }
  // WAL mode keeps two companion files (-wal, -shm) next to the database: the folder must be writable too.
  const dirAccess = canWrite(dir);
  if (!dirAccess.ok) {
    throw new UserFacingError(
      dirAccess.code === 'ENOENT' ? 'no-folder' : 'read-only',
      dirAccess.code === 'ENOENT'
        ? `数据库所在的文件夹不存在：${dir}`
        : `数据库所在的文件夹不允许写入：${dir}。请管理员授予写入权限，或把数据放在可写的本机文件夹中。未作任何修改`,
    );
  }
}
