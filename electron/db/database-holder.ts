/**
 * Owns the one open connection to the app's database file, so that restoring a backup can swap the file safely:
 * close the connection (WAL checkpointed and removed), replace the file, open it again — and put the old file
 * back if the new one will not open. Services created once at start-up keep using `holder.handle`, a stable
 * view that always reaches the current connection; while a swap is in progress every call gets a clear
 * "please wait" instead of touching a half-replaced file.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { UserFacingError } from '../../shared/api/result';
import type { Db } from './db-handle';
import { openDatabase, type OpenDatabaseOptions } from './open-database';

/** What replacing the file must give back: how to put the previous file back if the new one does not open. */
export interface FileReplacement {
  undo(): Promise<void> | void;
}

export class DatabaseHolder {
  private db: Db | null;
  private swapping = false;
  /** A stable handle for services created once; each property access reaches the current connection. */
  readonly handle: Db;

  private constructor(
    readonly file: string,
    db: Db,
    private readonly options: OpenDatabaseOptions,
  ) {
    this.db = db;
    this.handle = forwardingHandle(() => this.current());
  }

  static async open(file: string, options: OpenDatabaseOptions = {}): Promise<DatabaseHolder> {
    return new DatabaseHolder(file, await openDatabase(file, options), options);
  }

  /** The open connection; throws a clear message while a restore is swapping the file or after close(). */
  current(): Db {
    if (this.swapping) {
      throw new UserFacingError('db-busy', '正在恢复备份，请稍候几秒再操作');
    }
    if (!this.db?.open) throw new UserFacingError('db-closed', '数据库已关闭，请重新启动本程序');
    return this.db;
  }

  get isSwapping(): boolean {
    return this.swapping;
  }

  /**
   * Closes the connection, lets `replace` put another file in place, and opens the result with the usual checks
   * (and migrations). If it does not open, `undo` restores the previous file, which is opened again, and the
   * reason is thrown. One swap at a time.
   */
  async replaceFile(replace: (file: string) => Promise<FileReplacement>): Promise<void> {
    const db = this.current();
    this.swapping = true;
    try {
      db.close();
      this.db = null;
      // A clean close checkpoints the WAL and deletes it; a -wal left behind means another process still has
      // the file open, and swapping under it would corrupt both.
      if (hasContent(`${this.file}-wal`)) {
        this.db = await openDatabase(this.file, this.options);
        throw new UserFacingError(
          'busy',
          '数据库正被另一个程序使用（可能是另一个“绩效自评助手”窗口），无法恢复。请关闭其他窗口后重试，当前数据未作修改',
        );
      }
      let replacement: FileReplacement;
      try {
        replacement = await replace(this.file);
      } catch (err) {
        // `replace` leaves the original in place when it fails; reopen it as it was.
        this.db = await openDatabase(this.file, this.options);
        throw err;
      }
      try {
        this.db = await openDatabase(this.file, this.options);
      } catch (err) {
        await replacement.undo();
        this.db = await openDatabase(this.file, this.options);
        throw err;
      }
    } finally {
      this.swapping = false;
    }
  }

  close(): void {
    if (this.db?.open) this.db.close();
    this.db = null;
  }
}

function hasContent(file: string): boolean {
  try {
    return fs.statSync(file).size > 0;
  } catch {
    return false;
  }
}

/**
 * A Db whose every property is looked up on the current connection at the moment of use; methods are bound to
 * it. The target only supplies the prototype, so `instanceof Database` still holds.
 */
function forwardingHandle(current: () => Db): Db {
  const target = Object.create(Database.prototype) as Db;
  return new Proxy(target, {
    get(_target, prop) {
      const db = current();
      const value: unknown = Reflect.get(db, prop, db);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(db) : value;
    },
    set(_target, prop, value) {
      return Reflect.set(current(), prop, value);
    },
    has(_target, prop) {
      return Reflect.has(current(), prop);
    },
  });
}
