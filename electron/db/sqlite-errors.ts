/**
 * Turns the failures a clerk's PC can really produce — disk full, a read-only or locked file, a failing disk —
 * into Chinese messages that say what happened and that nothing was half-saved. SQLite rolls the transaction back
 * in every one of these cases, so "本次修改未保存" is true and the database stays as it was.
 * Node's own file errors (ENOSPC…) get the same words, for the backup and restore code that copies files.
 */
import Database from 'better-sqlite3';
import { UserFacingError } from '../../shared/api/result';

/** Matches a primary result code and its extended forms: SQLITE_IOERR matches SQLITE_IOERR_WRITE. */
function hasCode(code: string, primary: string): boolean {
  return code === primary || code.startsWith(`${primary}_`);
}

function nodeErrorCode(err: unknown): string | null {
  if (err instanceof Database.SqliteError || err instanceof UserFacingError) return null;
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : null;
}

/**
 * The Chinese explanation of a storage failure, or null when `err` is something else (a bug stays a bug).
 * `outcome` says what did not happen: "本次修改未保存", "本次导入未保存任何数据", "备份未完成".
 */
export function storageErrorToUser(err: unknown, outcome = '本次修改未保存'): UserFacingError | null {
  const sqlite = err instanceof Database.SqliteError ? err.code : null;
  const node = nodeErrorCode(err);
  const is = (primary: string, ...nodeCodes: string[]) =>
    (sqlite !== null && hasCode(sqlite, primary)) || (node !== null && nodeCodes.includes(node));

  // A trigger of the sign-off schema (0020-signoff.ts) refused the change; its message says why.
  if (sqlite === 'SQLITE_CONSTRAINT_TRIGGER' && err instanceof Error) {
    return new UserFacingError('locked', `${err.message}，${outcome}`);
  }
  if (is('SQLITE_FULL', 'ENOSPC', 'EDQUOT')) {
    return new UserFacingError(
      'disk-full',
      `磁盘空间不足，${outcome}，数据库保持原样。请删除不需要的文件、腾出磁盘空间后重试`,
    );
  }
  if (is('SQLITE_READONLY', 'EROFS') || is('SQLITE_PERM', 'EACCES', 'EPERM')) {
    return new UserFacingError(
      'read-only',
      `数据库文件不允许写入（只读或没有权限），${outcome}。请取消文件的“只读”属性或请管理员授予写入权限后重试`,
    );
  }
  if (is('SQLITE_BUSY', 'EBUSY') || is('SQLITE_LOCKED')) {
    return new UserFacingError(
      'busy',
      `数据库正被另一个程序占用（可能是另一个“绩效自评助手”窗口，或正在扫描该文件的杀毒软件），等待后仍无法写入，${outcome}。` +
        '请关闭其他窗口后重试',
    );
  }
  if (is('SQLITE_CORRUPT') || is('SQLITE_NOTADB')) {
    return new UserFacingError('corrupt', `数据库文件已损坏，${outcome}。请在“备份与恢复”中从最近的备份恢复`);
  }
  if (is('SQLITE_IOERR', 'EIO') || is('SQLITE_CANTOPEN', 'ENOENT')) {
    return new UserFacingError(
      'io-error',
      `读写磁盘时出错（磁盘可能已满、已拔出或有故障），${outcome}。请检查磁盘后重试`,
    );
  }
  return null;
}

/** Runs a write; a storage failure becomes a UserFacingError, anything else is rethrown unchanged. */
export function guardWrite<T>(write: () => T, outcome = '本次修改未保存'): T {
  try {
    return write();
  } catch (err) {
    throw storageErrorToUser(err, outcome) ?? err;
  }
}

/** The async form, for db.backup() and file copies. */
export async function guardWriteAsync<T>(write: () => Promise<T>, outcome: string): Promise<T> {
  try {
    return await write();
  } catch (err) {
    throw storageErrorToUser(err, outcome) ?? err;
  }
}
