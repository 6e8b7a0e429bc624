/**
 * Every approved version of a report: who approved it and when, its fingerprint, the full SHA-256 of its PDF (to copy
 * onto paper or into a message: `selfeval verify --expect` checks a PDF against it with no database), and its exact
 * PDF to download.
 */
import { App, Button, Card, Table } from 'antd';
import dayjs from 'dayjs';
import type { Output } from '../../../../shared/api/contract';
import { api } from '../../api/client';
import { useSavePdfAs } from '../pdf/use-save-pdf';

type Approval = Output<'signoff.state'>['approvals'][number];

export function ApprovalsTable({ id, approvals }: { id: string; approvals: readonly Approval[] }) {
  const { modal } = App.useApp();
  const savePdfAs = useSavePdfAs();

  async function download(version: number) {
    const r = await api.call('signoff.approvedPdf', { id, version });
    if (!r.ok) {
      modal.error({ title: '无法下载签发PDF', content: r.error.message });
      return;
    }
    await savePdfAs(r.value);
  }

  return (
    <Card title="签发记录" size="small" className="signoff-card">
      <Table<Approval>
        size="small"
        rowKey="version"
        pagination={false}
        dataSource={[...approvals].reverse()}
        columns={[
          { title: '版本', dataIndex: 'version', width: 70, render: (v: number) => `第${v}版` },
          { title: '审核人', dataIndex: 'approverName', width: 90 },
          { title: '职务', dataIndex: 'approverRole', width: 80 },
          {
            title: '签发时间',
            dataIndex: 'approvedAt',
            width: 140,
            render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm'),
          },
          { title: '审核意见', dataIndex: 'comment' },
          {
            title: '报告指纹 / 签发PDF的SHA-256',
            key: 'hashes',
            width: 250,
            render: (_: unknown, a: Approval) => (
              <>
                <div>{a.fingerprint}</div>
                <div className="mono signoff-sha" data-testid={`approval-sha-${a.version}`}>
                  {a.pdfSha256}
                </div>
              </>
            ),
          },
          {
            title: '签发PDF',
            key: 'pdf',
            width: 80,
            render: (_: unknown, a: Approval) => (
              <Button size="small" onClick={() => void download(a.version)}>
                下载
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
