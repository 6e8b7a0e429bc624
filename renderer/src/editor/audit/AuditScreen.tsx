/**
 * 审计日志: every change to this report (who, when, which field, old → new), newest first, and whether the
 * database's hash chain is intact (an edited or deleted entry shows here as a red warning). Exportable as CSV.
 */
import { useEffect, useState } from 'react';
import { Alert, App, Button, Spin, Table } from 'antd';
import dayjs from 'dayjs';
import type { Output } from '../../../../shared/api/contract';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../common/ApiErrorAlert';
import { downloadText } from '../../common/download';
import { useApi } from '../../common/use-api';
import '../signoff/signoff.css';

type Entry = Output<'audit.list'>['entries'][number];

const PAGE_SIZE = 50;

export function AuditScreen({ id, flush }: { id: string; flush: () => Promise<boolean> }) {
  // Saves first, so the log includes the latest typing.
  const [ready, setReady] = useState(false);
  useEffect(() => {
    void flush().then(() => setReady(true));
  }, [flush]);
  return (
    <div className="screen" data-screen="audit">
      <h2 className="screen-title">审计日志</h2>
      {ready ? <AuditLog id={id} /> : <Spin />}
    </div>
  );
}

function AuditLog({ id }: { id: string }) {
  const { modal } = App.useApp();
  const [page, setPage] = useState(1);
  const { result } = useApi('audit.list', { id, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  // The whole chain is walked once per visit, not on every page turn.
  const chain = useApi('audit.verify', {}).result;

  async function exportCsv() {
    const r = await api.call('audit.export', { id });
    if (!r.ok) modal.error({ title: '导出失败', content: r.error.message });
    else downloadText(r.value.fileName, r.value.content, 'text/csv;charset=utf-8');
  }

  return (
    <>
      {result && !result.ok ? <ApiErrorAlert error={result.error} title="无法读取审计日志" /> : null}
      {result?.ok ? (
        <>
          {chain?.ok ? <ChainStatus chain={chain.value} /> : null}
          {chain && !chain.ok ? <ApiErrorAlert error={chain.error} title="无法校验审计日志" /> : null}
          <div className="audit-actions">
            <span>本报告共{result.value.total}条记录</span>
            <Button onClick={() => void exportCsv()}>导出CSV</Button>
          </div>
          <Table<Entry>
            size="small"
            rowKey="seq"
            dataSource={result.value.entries}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: result.value.total,
              showSizeChanger: false,
              onChange: setPage,
            }}
            columns={[
              { title: '序号', dataIndex: 'seq', width: 70 },
              {
                title: '时间',
                dataIndex: 'at',
                width: 150,
                render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss'),
              },
              { title: '操作人', dataIndex: 'actor', width: 100 },
              { title: '操作', dataIndex: 'action', width: 90 },
              { title: '字段', dataIndex: 'field', width: '20%' },
              { title: '原值', dataIndex: 'oldValue', width: '22%', className: 'audit-value' },
              { title: '新值', dataIndex: 'newValue', width: '22%', className: 'audit-value' },
            ]}
          />
        </>
      ) : null}
    </>
  );
}

function ChainStatus({ chain }: { chain: Output<'audit.verify'> }) {
  return chain.ok ? (
    <Alert
      type="success"
      showIcon
      className="audit-chain"
      title={`日志完整：全库${chain.count}条记录的哈希链首尾相接，没有被删改的迹象`}
    />
  ) : (
    <Alert
      type="error"
      showIcon
      className="audit-chain"
      title="审计日志被改动过"
      description={`${chain.problem}。请从备份恢复数据库，并查明原因。`}
    />
  );
}
