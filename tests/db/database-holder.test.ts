/** The holder swaps the database file under services that keep one handle, and puts the old file back on failure. */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../shared/api/result';
import { DatabaseHolder } from '../../electron/db/database-holder';
import { createReport, getReport, listReports } from '../../electron/db/report-store';
import { sampleReport, tempDir } from './temp-db';

const holders: DatabaseHolder[] = [];
afterEach(() => {
  for (const h of holders.splice(0)) h.close();
});

async function holderAt(file: string): Promise<DatabaseHolder> {
  const h = await DatabaseHolder.open(file);
  holders.push(h);
  return h;
}

describe('DatabaseHolder', () => {
  it('its stable handle behaves as the connection (prepare, transactions, instanceof)', async () => {
    const h = await holderAt(path.join(tempDir(), 'a.sqlite'));
    const { id } = createReport(h.handle, { title: '甲', report: sampleReport(), summary: '新建' });
    expect(getReport(h.handle, id).title).toBe('甲');
    expect(h.handle).toBeInstanceOf(Database);
    expect(h.handle.open).toBe(true);
    expect(h.handle.name).toBe(h.file);
  });

  it('swaps the file: the same handle then reads the new file', async () => {
    const dir = tempDir();
    const other = await holderAt(path.join(dir, 'other.sqlite'));
    createReport(other.handle, { title: '另一个库', report: sampleReport('乙单位'), summary: '新建' });
    other.close();

    const h = await holderAt(path.join(dir, 'live.sqlite'));
    createReport(h.handle, { title: '当前库', report: sampleReport(), summary: '新建' });
    const handle = h.handle;
    await h.replaceFile(async (file) => {
      // While the file is being replaced, calls get a clear "please wait", never a half-replaced file.
      expect(() => handle.prepare('SELECT 1')).toThrow(/正在恢复备份/);
      fs.renameSync(file, `${file}.old`);
      fs.copyFileSync(path.join(dir, 'other.sqlite'), file);
      return { undo: () => fs.renameSync(`${file}.old`, file) };
    });
    expect(listReports(handle).map((r) => r.title)).toEqual(['另一个库']);
  });

  it('puts the previous file back and reopens it when the new one does not open', async () => {
    const h = await holderAt(path.join(tempDir(), 'live.sqlite'));
    createReport(h.handle, { title: '保住我', report: sampleReport(), summary: '新建' });
    const err = await h
      .replaceFile(async (file) => {
        fs.renameSync(file, `${file}.old`);
        fs.writeFileSync(file, '不是数据库'.repeat(500));
        return {
          undo: () => {
            fs.rmSync(file);
            fs.renameSync(`${file}.old`, file);
          },
        };
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(err).toBeInstanceOf(UserFacingError);
    expect(listReports(h.handle).map((r) => r.title)).toEqual(['保住我']);
  });

  it('reopens the untouched file when the replacement itself fails', async () => {
    const h = await holderAt(path.join(tempDir(), 'live.sqlite'));
    createReport(h.handle, { title: '原样', report: sampleReport(), summary: '新建' });
    await expect(h.replaceFile(() => Promise.reject(new UserFacingError('x', '失败')))).rejects.toThrow('失败');
    expect(listReports(h.handle).map((r) => r.title)).toEqual(['原样']);
  });

  it('after close, calls say the database is closed', async () => {
    const h = await holderAt(path.join(tempDir(), 'a.sqlite'));
    h.close();
    expect(() => h.handle.prepare('SELECT 1')).toThrow(/数据库已关闭/);
  });
});
