/**
 * 审计日志: every change to this report (who, when, which field, old → new), newest first, and whether the
 * database's hash chain is intact (an edited or deleted entry shows here as a red warning). Exportable as CSV.
 * Entries are stored as written (the hash chain covers them); internal names in older entries (a finding's key,
 * a backup's file name) are told in words here, on screen only.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Spin, Table } from 'antd';
import dayjs from 'dayjs';
import type { Output } from '../../../../shared/api/contract';
import type { Finding } from '../../../../shared/checks/finding';
import { findingKeyLabel, replaceFindingKeys } from '../../../../shared/checks/finding-key';
import { replaceBackupIds } from '../../../../shared/api/backup-label';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../common/ApiErrorAlert';
import { downloadText } from '../../common/download';
import { useApi } from '../../common/use-api';
import '../signoff/signoff.css';

type Entry = Output<'audit.list'>['entries'][number];

const PAGE_SIZE = 50;

interface AuditScreenProps {
  id: string;
  flush: () => Promise<boolean>;
  /** The live findings: a key still in use is told by its finding's own message. */
  findings: readonly Finding[];
}

export function AuditScreen({ id, flush, findings }: AuditScreenProps) {
  // Saves first, so the log includes the latest typing.
  const [ready, setReady] = useState(false);
  useEffect(() => {
    void flush().then(() => setReady(true));
  }, [flush]);
  return (
    <div className="screen" data-screen="audit">
      <h2 className="screen-title">审计日志</h2>
      {ready ? <AuditLog id={id} findings={findings} /> : <Spin />}
    </div>
  );
}

/** A value or field of an entry in words: finding keys and backup file names told as a clerk reads them. */
function useReadable(findings: readonly Finding[]): (text: string) => string {
  const messages = useMemo(() => new Map(findings.map((f) => [f.key, f.message])), [findings]);
  return useCallback(
    (text: string) =>
      replaceBackupIds(
        replaceFindingKeys(text, (key) => {
          const message = messages.get(key);
          return message ? `提示“${message}”` : findingKeyLabel(key);
        }),
      ),
    [messages],
  );
}

function AuditLog({ id, findings }: { id: string; findings: readonly Finding[] }) {
  const readable = useReadable(findings);
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
              { title: '字段', dataIndex: 'field', width: '20%', render: readable },
              { title: '原值', dataIndex: 'oldValue', width: '22%', className: 'audit-value', render: readable },
              { title: '新值', dataIndex: 'newValue', width: '22%', className: 'audit-value', render: readable },
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
