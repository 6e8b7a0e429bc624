/**
 * Every approved version of a report: who approved it and when, its fingerprint, the full SHA-256 of its PDF (to copy
 * onto paper or into a message: `selfeval verify --expect` checks a PDF against it with no database), its exact
 * PDF to download, and its 签发回执 (signed with the certificate chosen on this screen, if any) to send with it.
 */
import { App, Button, Card, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Output } from '../../../../shared/api/contract';
import type { ReactNode } from 'react';
import { api } from '../../api/client';
import { downloadText } from '../../common/download';
import { useSavePdfAs } from '../pdf/use-save-pdf';

type Approval = Output<'signoff.state'>['approvals'][number];

interface ApprovalsTableProps {
  id: string;
  approvals: readonly Approval[];
  /** The certificate chosen on the screen: receipts are signed with it. */
  certificate: { data: string; password: string } | null;
  /** Where the supervisor picks that certificate (shown above the table), if not elsewhere on the screen. */
  picker?: ReactNode;
}

export function ApprovalsTable({ id, approvals, certificate, picker }: ApprovalsTableProps) {
  const { message, modal } = App.useApp();
  const savePdfAs = useSavePdfAs();

  async function downloadReceipt(version: number) {
    const r = await api.call('signoff.receipt', { id, version, ...(certificate ? { certificate } : {}) });
    if (!r.ok) {
      modal.error({
        title: '无法生成签发回执',
        content: [r.error.message, ...(r.error.details ?? [])].join('；'),
      });
      return;
    }
    downloadText(r.value.fileName, r.value.content, 'application/json');
    message.success(r.value.signed ? '已下载签发回执（已用所选证书签名）' : '已下载签发回执（未签名）');
  }

  async function download(version: number) {
    const r = await api.call('signoff.approvedPdf', { id, version });
    if (!r.ok) {
      modal.error({ title: '无法下载签发PDF', content: r.error.message });
      return;
    }
    await savePdfAs(r.value);
  }

  return (
    <Card title="签发记录" size="small" className="signoff-card signoff-approvals">
      <Typography.Paragraph type="secondary" className="signoff-receipt-note">
        签发回执随签发PDF一起报送财政局：财政局不用本单位的数据库，用“核验PDF”或 selfeval verify --receipt
        即可核对PDF就是回执记载的那一份。选择了审核人证书时回执加数字签名，回执中的单位、审核人、时间等各项才经证书证明。
      </Typography.Paragraph>
      {picker}
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
            title: '签发PDF / 回执',
            key: 'files',
            width: 130,
            render: (_: unknown, a: Approval) => (
              <div className="signoff-files">
                <Button size="small" onClick={() => void download(a.version)}>
                  下载
                </Button>
                <Button
                  size="small"
                  onClick={() => void downloadReceipt(a.version)}
                  data-testid={`receipt-${a.version}`}
                >
                  {certificate ? '回执（签名）' : '回执'}
                </Button>
              </div>
            ),
          },
        ]}
      />
    </Card>
  );
}
