/**
 * 备份与恢复: the database's backups (automatic, manual, before each import, before each restore), a backup on
 * demand, restoring one (with a plain warning of what is replaced and how to undo it), exporting one to keep
 * elsewhere, and restoring from such an exported file (a new PC, a colleague's copy).
 * Until the lead merges shared/api/backup-api.ts into the contract, its names are called through one cast.
 */
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { Alert, App, Button, Card, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { z } from 'zod';
import { BACKUP_KIND_LABELS, MAX_BACKUP_BYTES, type BackupApi, type BackupInfo } from '../../../shared/api/backup-api';
import type { ApiResult } from '../../../shared/api/result';
import { api } from '../api/client';
import { ApiErrorAlert, useErrorDialog } from '../common/ApiErrorAlert';
import { desktopFiles, fileToBase64, saveBytes } from '../common/desktop-files';
import { formatBytes } from '../common/format-bytes';

type BackupMethod = keyof BackupApi;
type In<M extends BackupMethod> = z.input<BackupApi[M]['input']>;
type Out<M extends BackupMethod> = z.output<BackupApi[M]['output']>;

function callBackup<M extends BackupMethod>(name: M, input: In<M>): Promise<ApiResult<Out<M>>> {
  const call = api.call as unknown as (name: string, input: unknown) => Promise<ApiResult<unknown>>;
  return call(name, input) as Promise<ApiResult<Out<M>>>;
}

const KIND_COLORS: Record<BackupInfo['kind'], string> = {
  auto: 'default',
  manual: 'blue',
  'before-import': 'gold',
  'before-restore': 'purple',
};

const when = (iso: string) => dayjs(iso).format('YYYY年M月D日 HH:mm:ss');

/** Every SQLite database file starts with these 16 bytes; a PDF, a Word file or a picture does not. */
const SQLITE_HEADER = 'SQLite format 3\0';

function isSqliteHeader(bytes: Uint8Array): boolean {
  return bytes.length >= SQLITE_HEADER.length && [...SQLITE_HEADER].every((c, i) => bytes[i] === c.charCodeAt(0));
}

function headOfBase64(data: string): Uint8Array {
  return Uint8Array.from(atob(data.slice(0, 24)), (c) => c.charCodeAt(0));
}

/** Refused before anything is asked: a file that is no database cannot be a backup, so there is nothing to confirm. */
function notABackup(fileName: string): string {
  return `“${fileName}”不是本程序的备份文件。备份文件是“立即备份”或“导出”得到的 .sqlite 数据库文件；当前数据没有任何改动。`;
}

export function BackupPage({ onRestored }: { onRestored?: () => void }) {
  const { message, modal } = App.useApp();
  const [list, setList] = useState<ApiResult<BackupInfo[]> | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const reload = useCallback(() => {
    void callBackup('backup.list', {}).then(setList);
  }, []);
  useEffect(reload, [reload]);

  const showError = useErrorDialog(560);

  async function run<T>(key: string, work: () => Promise<T>): Promise<T | undefined> {
    setBusy(key);
    try {
      return await work();
    } finally {
      setBusy(null);
      reload();
    }
  }

  async function createNow() {
    const r = await run('create', () => callBackup('backup.create', {}));
    if (r?.ok) message.success(`已完成备份（${when(r.value.createdAt)}）`);
    else if (r) showError('备份失败', r.error);
  }

  function restoredMessage(value: Out<'backup.restore'>) {
    modal.success({
      title: '已恢复',
      content: (
        <>
          <p>数据已恢复，共有 {value.reportCount} 份报告。</p>
          {value.keptAs && (
            <p>恢复前的数据库已保留为“恢复前的数据库（{when(value.keptAs.createdAt)}）”，如需撤销，恢复它即可。</p>
          )}
        </>
      ),
    });
    onRestored?.();
  }

  function confirmRestore(b: BackupInfo) {
    modal.confirm({
      title: `从 ${when(b.createdAt)} 的备份恢复？`,
      width: 520,
      content: (
        <>
          <p>该备份包含：{b.reports?.length ? b.reports.join('；') : '（无法读取或没有报告）'}。</p>
          <p>当前所有报告将被替换为该备份中的内容，备份之后所做的修改不会出现在恢复后的数据中。</p>
          <p>当前的数据库不会删除：它会保留为“恢复前的数据库”，可以随时再恢复回来。</p>
        </>
      ),
      okText: '恢复',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        const r = await run(b.id, () => callBackup('backup.restore', { id: b.id }));
        if (r?.ok) restoredMessage(r.value);
        else if (r) showError('恢复失败，当前数据未作修改', r.error);
      },
    });
  }

  async function exportOne(b: BackupInfo) {
    const r = await run(`export:${b.id}`, async () => {
      const got = await callBackup('backup.export', { id: b.id });
      return got.ok
        ? saveBytes('backup', got.value.fileName, got.value.data, 'application/vnd.sqlite3')
        : { done: false as const, error: got.error };
    });
    if (r?.done) message.success(`已导出：${r.fileName}`);
    else if (r?.error) showError('导出失败', r.error);
  }

  async function restoreFrom(fileName: string, data: string) {
    const r = await run('file', () => callBackup('backup.restoreFile', { fileName, data }));
    if (r?.ok) restoredMessage(r.value);
    else if (r) showError(`无法从“${fileName}”恢复，当前数据未作修改`, r.error);
  }

  function confirmFileRestore(fileName: string, read: () => Promise<string>) {
    modal.confirm({
      title: `从文件“${fileName}”恢复？`,
      content: '当前所有报告将被替换为该文件中的内容；当前的数据库会保留为“恢复前的数据库”。',
      okText: '恢复',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => restoreFrom(fileName, await read()),
    });
  }

  async function pickFile() {
    const desktop = desktopFiles();
    if (!desktop) {
      fileInput.current?.click();
      return;
    }
    const picked = await desktop.openFile('backup');
    if (!picked.ok) showError('无法打开文件', picked.error);
    else if (picked.value) {
      const { fileName, data } = picked.value;
      if (!isSqliteHeader(headOfBase64(data)))
        modal.error({ title: '不能用这个文件恢复', content: notABackup(fileName) });
      else confirmFileRestore(fileName, () => Promise.resolve(data));
    }
  }

  async function onFileChosen(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES) {
      modal.error({ title: '无法恢复', content: `文件“${file.name}”过大，不是本程序的备份` });
      return;
    }
    const head = new Uint8Array(await file.slice(0, SQLITE_HEADER.length).arrayBuffer());
    if (!isSqliteHeader(head)) {
      modal.error({ title: '不能用这个文件恢复', content: notABackup(file.name) });
      return;
    }
    confirmFileRestore(file.name, () => fileToBase64(file));
  }

  const columns: TableColumnsType<BackupInfo> = [
    { title: '备份时间', dataIndex: 'createdAt', render: (v: string) => when(v) },
    {
      title: '类型',
      dataIndex: 'kind',
      render: (k: BackupInfo['kind']) => <Tag color={KIND_COLORS[k]}>{BACKUP_KIND_LABELS[k]}</Tag>,
    },
    {
      title: '包含的报告',
      dataIndex: 'reports',
      render: (reports: BackupInfo['reports']) =>
        reports === null ? (
          <Typography.Text type="secondary">无法读取</Typography.Text>
        ) : reports.length === 0 ? (
          <Typography.Text type="secondary">没有报告</Typography.Text>
        ) : (
          <span className="backup-reports">{reports.join('；')}</span>
        ),
    },
    { title: '大小', dataIndex: 'sizeBytes', align: 'right', render: (n: number) => formatBytes(n) },
    {
      title: '操作',
      key: 'actions',
      render: (_: unknown, b) => (
        <Space>
          <Button
            size="small"
            danger
            loading={busy === b.id}
            disabled={busy !== null}
            onClick={() => confirmRestore(b)}
          >
            恢复
          </Button>
          <Button
            size="small"
            loading={busy === `export:${b.id}`}
            disabled={busy !== null}
            onClick={() => void exportOne(b)}
          >
            导出
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Card
      title="备份与恢复"
      extra={
        <Space>
          <Button type="primary" loading={busy === 'create'} disabled={busy !== null} onClick={() => void createNow()}>
            立即备份
          </Button>
          <Button loading={busy === 'file'} disabled={busy !== null} onClick={() => void pickFile()}>
            从文件恢复…
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        程序每隔几小时自动备份一次，并在每次导入前备份；自动备份保留最近几份、最近7天每天一份和之前4周每周一份。
        备份与数据库在同一块磁盘上，请定期“导出”一份备份，保存到U盘或单位的其他电脑上。
      </Typography.Paragraph>
      <input
        ref={fileInput}
        type="file"
        accept=".sqlite,application/vnd.sqlite3"
        className="visually-hidden"
        aria-label="选择备份文件"
        data-testid="backup-file-input"
        onChange={(e) => void onFileChosen(e)}
      />
      {list && !list.ok && <ApiErrorAlert error={list.error} title="无法读取备份列表" />}
      {list?.ok && list.value.length === 0 && (
        <Alert type="info" showIcon title="还没有备份。点击“立即备份”生成第一份。" />
      )}
      <Table<BackupInfo>
        rowKey="id"
        size="middle"
        loading={list === null}
        columns={columns}
        dataSource={list?.ok ? list.value : []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
      />
    </Card>
  );
}
