/**
 * 修订记录: every saved revision of the report, newest first, numbered 修订1, 2, 3 … as saved, with what changed.
 * An older revision can be read and restored; restoring saves it as a new revision, so nothing in between is lost.
 * While the report is submitted or approved nothing can be restored (the store refuses it): the button says why.
 */
import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Modal, Spin, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { Output } from '../../../../shared/api/contract';
import type { Report } from '../../../../shared/model/report';
import { rulePackFor } from '../../../../shared/packs/registry';
import { assembleReport } from '../../../../shared/text/assemble';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../common/ApiErrorAlert';
import { useApi } from '../../common/use-api';
import { DocumentView } from '../../report/DocumentView';
import { revisionNumbers } from './revision-numbers';

type Revision = Output<'report.revisions'>[number];

interface HistoryProps {
  id: string;
  currentRevision: number;
  /** Saves first, so the list includes the latest changes. */
  flush: () => Promise<boolean>;
  /** The clerk sees "修订N"; the revision number stays internal. */
  onRestore: (report: Report, revision: number, label: string) => Promise<boolean>;
  /** Why nothing can be restored now (the report is submitted or approved); null while it is editable. */
  lockedReason: string | null;
}

export function HistoryScreen({ id, currentRevision, flush, onRestore, lockedReason }: HistoryProps) {
  const { message, modal } = App.useApp();
  const [ready, setReady] = useState(false);
  const { result, reload } = useApi('report.revisions', { id });
  const [viewing, setViewing] = useState<{ revision: number; report: Report } | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const numbers = useMemo(() => revisionNumbers(result?.ok ? result.value : []), [result]);
  const label = (revision: number) => `修订${numbers.get(revision) ?? revision}`;

  useEffect(() => {
    void flush().then(() => {
      reload();
      setReady(true);
    });
  }, [flush, reload]);

  async function load(revision: number): Promise<Report | null> {
    setBusy(revision);
    const r = await api.call('report.revision', { id, revision });
    setBusy(null);
    if (!r.ok) {
      modal.error({ title: `无法读取${label(revision)}`, content: r.error.message });
      return null;
    }
    return r.value;
  }

  async function restore(revision: number) {
    if (lockedReason) return;
    const report = await load(revision);
    if (!report) return;
    const name = label(revision);
    modal.confirm({
      title: `恢复到${name}？`,
      content: '当前内容不会丢失：恢复的内容另存为一条新的修订，之后仍可在这里找回当前内容，或按 Ctrl+Z 撤销。',
      okText: '恢复',
      cancelText: '取消',
      onOk: async () => {
        if (await onRestore(report, revision, name)) {
          message.success(`已恢复${name}的内容，并保存为新的修订`);
          reload();
        }
      },
    });
  }

  const columns: TableColumnsType<Revision> = [
    {
      title: '修订',
      dataIndex: 'revision',
      width: 110,
      render: (n: number) => (
        <>
          {label(n)} {n === currentRevision ? <Tag color="blue">当前</Tag> : null}
        </>
      ),
    },
    {
      title: '保存时间',
      dataIndex: 'savedAt',
      width: 170,
      render: (t: string) => dayjs(t).format('YYYY-MM-DD HH:mm:ss'),
    },
    { title: '修改内容', dataIndex: 'summary' },
    {
      title: '操作',
      key: 'actions',
      width: 210,
      render: (_: unknown, row) => (
        <>
          <Button
            size="small"
            loading={busy === row.revision}
            onClick={() => void load(row.revision).then((r) => r && setViewing({ revision: row.revision, report: r }))}
          >
            查看
          </Button>{' '}
          <Tooltip title={lockedReason ?? ''}>
            <Button
              size="small"
              disabled={lockedReason !== null || row.revision === currentRevision}
              onClick={() => void restore(row.revision)}
            >
              恢复为此修订
            </Button>
          </Tooltip>
        </>
      ),
    },
  ];

  return (
    <div className="screen" data-screen="history">
      <h2 className="screen-title">修订记录</h2>
      <p className="screen-intro">
        每次保存的内容都记为一条修订，可以查看，也可以恢复。恢复旧的修订时，旧内容另存为一条新的修订，不会覆盖任何记录。
      </p>
      {lockedReason ? (
        <Alert type="info" showIcon className="history-locked" data-testid="history-locked" title={lockedReason} />
      ) : null}
      {!ready || result === null ? (
        <Spin />
      ) : result.ok ? (
        <Table<Revision>
          rowKey="revision"
          columns={columns}
          dataSource={result.value}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          size="small"
        />
      ) : (
        <ApiErrorAlert error={result.error} title="无法读取修订记录" />
      )}
      <Modal
        open={viewing !== null}
        title={viewing ? `${label(viewing.revision)}（只读）` : ''}
        width={980}
        footer={
          <Button onClick={() => setViewing(null)} type="primary">
            关闭
          </Button>
        }
        onCancel={() => setViewing(null)}
        destroyOnHidden
      >
        {viewing ? (
          <DocumentView blocks={assembleReport(viewing.report, rulePackFor(viewing.report.rulePackId)).blocks} />
        ) : null}
      </Modal>
    </div>
  );
}
