/**
 * 修订记录: every saved version of the report, newest first, with what changed. An older version can be read and
 * restored; restoring saves it as a new version, so nothing in between is lost.
 */
import { useEffect, useState } from 'react';
import { App, Button, Modal, Spin, Table, Tag, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { Output } from '../../../../shared/api/contract';
import type { Report } from '../../../../shared/model/report';
import { rulePackFor } from '../../../../shared/packs/registry';
import { assembleReport } from '../../../../shared/text/assemble';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../common/ApiErrorAlert';
import { useApi } from '../../common/use-api';
import { DocumentView } from '../../report/DocumentView';

type Revision = Output<'report.revisions'>[number];

interface HistoryProps {
  id: string;
  currentRevision: number;
  /** Saves first, so the list includes the latest changes. */
  flush: () => Promise<boolean>;
  onRestore: (report: Report, revision: number) => Promise<boolean>;
}

export function HistoryScreen({ id, currentRevision, flush, onRestore }: HistoryProps) {
  const { message, modal } = App.useApp();
  const [ready, setReady] = useState(false);
  const { result, reload } = useApi('report.revisions', { id });
  const [viewing, setViewing] = useState<{ revision: number; report: Report } | null>(null);
  const [busy, setBusy] = useState<number | null>(null);

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
      modal.error({ title: `无法读取第${revision}版`, content: r.error.message });
      return null;
    }
    return r.value;
  }

  async function restore(revision: number) {
    const report = await load(revision);
    if (!report) return;
    modal.confirm({
      title: `恢复到第${revision}版？`,
      content: '当前内容不会丢失：恢复的内容另存为一个新版本，之后仍可在这里找回当前版本，或按 Ctrl+Z 撤销。',
      okText: '恢复',
      cancelText: '取消',
      onOk: async () => {
        if (await onRestore(report, revision)) {
          message.success(`已恢复第${revision}版的内容，并保存为新版本`);
          reload();
        }
      },
    });
  }

  const columns: TableColumnsType<Revision> = [
    {
      title: '版本',
      dataIndex: 'revision',
      width: 110,
      render: (n: number) => (
        <>
          第{n}版 {n === currentRevision ? <Tag color="blue">当前</Tag> : null}
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
          <Button size="small" disabled={row.revision === currentRevision} onClick={() => void restore(row.revision)}>
            恢复为此版本
          </Button>
        </>
      ),
    },
  ];

  return (
    <div className="screen" data-screen="history">
      <h2 className="screen-title">修订记录</h2>
      <p className="screen-intro">
        自动保存的每个版本都记在这里，可以查看，也可以恢复。恢复旧版本时，旧内容另存为新版本，不会覆盖任何记录。
      </p>
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
        title={viewing ? `第${viewing.revision}版（只读）` : ''}
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
