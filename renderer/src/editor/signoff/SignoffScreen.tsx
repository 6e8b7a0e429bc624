/**
 * 送审与签发: the clerk submits (refused with the list of what is missing), the supervisor returns it with a
 * reason or prepares the PDF to approve, looks at it, and approves exactly that PDF (its SHA-256 is what the
 * approval records). An approved report can be reopened as a new version; every approved PDF and its 签发回执
 * stay downloadable.
 */
import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import type { Output } from '../../../../shared/api/contract';
import type { ApiError } from '../../../../shared/api/result';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../common/ApiErrorAlert';
import { STATUS_LABEL, type ReportStatus } from '../../reports/status-labels';
import { PdfPreview } from '../pdf/PdfPreview';
import { exportedPdf, type ExportedPdf } from '../pdf/pdf-files';
import { useSavePdfAs } from '../pdf/use-save-pdf';
import { ApprovalsTable } from './ApprovalsTable';
import { CertificatePicker } from './CertificatePicker';
import { SignoffPolicyCard } from './SignoffPolicyCard';
import './signoff.css';

type State = Output<'signoff.state'>;

export interface SignoffScreenProps {
  id: string;
  /** Saves first: what is submitted is what the clerk sees. */
  flush: () => Promise<boolean>;
  currentRevision: () => number;
  /** The editor locks or unlocks itself (and reloads after reopening). */
  onStatus: (status: ReportStatus) => void;
}

interface Reviewer {
  approverName: string;
  approverRole: string;
  comment: string;
}

interface Prepared {
  digitallySigned: boolean;
  pdf: ExportedPdf;
  pdfSha256: string;
  revision: number;
  fingerprint: string;
}

export function SignoffScreen({ id, flush, currentRevision, onStatus }: SignoffScreenProps) {
  const { message, modal } = App.useApp();
  const savePdfAs = useSavePdfAs();
  const [state, setState] = useState<State | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [form] = Form.useForm<Reviewer>();
  const [certificate, setCertificate] = useState<{ name: string; data: string } | null>(null);
  const [certificatePassword, setCertificatePassword] = useState('');
  const [reviewerPassword, setReviewerPassword] = useState('');

  const adopt = useCallback(
    (next: State) => {
      setState(next);
      onStatus(next.status);
    },
    [onStatus],
  );

  // Saves first: the blockers and the revision are those of what the clerk sees.
  useEffect(() => {
    let current = true;
    void flush()
      .then(() => api.call('signoff.state', { id }))
      .then((r) => {
        if (!current) return;
        if (r.ok) adopt(r.value);
        else setError(r.error);
      });
    return () => {
      current = false;
    };
  }, [adopt, flush, id]);

  async function run<T>(label: string, call: () => Promise<{ ok: true; value: T } | { ok: false; error: ApiError }>) {
    setBusy(label);
    setError(null);
    const r = await call();
    setBusy(null);
    if (!r.ok) {
      setError(r.error);
      return null;
    }
    return r.value;
  }

  async function submit() {
    await flush();
    const next = await run('submit', () => api.call('signoff.submit', { id, baseRevision: currentRevision() }));
    if (next) {
      adopt(next);
      message.success('已送审，等待审核');
    } else {
      void api.call('signoff.state', { id }).then((r) => r.ok && setState(r.value));
    }
  }

  async function prepare() {
    const reviewer = await form.validateFields().catch(() => null);
    if (!reviewer) return;
    setPrepared(null);
    const value = await run('prepare', () =>
      api.call('signoff.preparePdf', {
        id,
        approverName: reviewer.approverName,
        approverRole: reviewer.approverRole ?? '',
        comment: reviewer.comment ?? '',
        ...(certificate ? { certificate: { data: certificate.data, password: certificatePassword } } : {}),
      }),
    );
    if (value) {
      setPrepared({
        pdf: exportedPdf(value),
        pdfSha256: value.pdfSha256,
        revision: value.revision,
        fingerprint: value.fingerprint,
        digitallySigned: value.digitallySigned,
      });
    }
  }

  async function approve() {
    if (!prepared) return;
    const next = await run('approve', () =>
      api.call('signoff.approve', {
        id,
        revision: prepared.revision,
        pdfSha256: prepared.pdfSha256,
        ...(reviewerPassword ? { reviewerPassword } : {}),
      }),
    );
    if (next) {
      setReviewerPassword('');
      adopt(next);
      message.success('已签发');
    }
  }

  async function sendBack() {
    const reviewer = await form.validateFields(['approverName']).catch(() => null);
    if (!reviewer) {
      setReturning(false);
      return;
    }
    const next = await run('return', () =>
      api.call('signoff.return', { id, reviewerName: form.getFieldValue('approverName') as string, reason }),
    );
    if (next) {
      setReturning(false);
      setReason('');
      setPrepared(null);
      adopt(next);
      message.success('已退回，经办人可以修改后再次送审');
    }
  }

  function reopen() {
    modal.confirm({
      title: '重新打开这份报告？',
      content: '将开始一个新版本（草稿），可以再次修改；已签发的版本及其PDF保持不变，随时可以下载和核验。',
      okText: '重新打开',
      cancelText: '取消',
      onOk: async () => {
        const next = await run('reopen', () => api.call('signoff.reopen', { id }));
        if (next) adopt(next);
      },
    });
  }

  const picker = (label: string) => (
    <CertificatePicker
      label={label}
      file={certificate?.name ?? null}
      password={certificatePassword}
      onFile={setCertificate}
      onPassword={setCertificatePassword}
    />
  );

  if (!state) {
    return (
      <div className="screen" data-screen="signoff">
        <h2 className="screen-title">送审与签发</h2>
        {error ? <ApiErrorAlert error={error} title="无法读取送审状态" /> : null}
      </div>
    );
  }
  const label = STATUS_LABEL[state.status];
  const latest = state.approvals[state.approvals.length - 1];
  return (
    <div className="screen signoff-screen" data-screen="signoff">
      <h2 className="screen-title">送审与签发</h2>
      <p className="signoff-status">
        当前状态：
        <Tag color={label.color} data-status={state.status}>
          {label.text}
        </Tag>
        第{state.version}版 · 第{state.revision}次保存
      </p>
      {error ? (
        <ApiErrorAlert error={error} title={error.code === 'submit-blocked' ? '送审未成功' : '操作未成功'} />
      ) : null}
      {state.status === 'returned' ? (
        <Alert type="warning" showIcon title="报告被退回" description={`退回原因：${state.statusNote}`} />
      ) : null}

      {state.allowedActions.includes('submit') ? (
        <Card title="送审" size="small" className="signoff-card">
          {state.blockers.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              title={`送审前还需处理${state.blockers.length}项：强制错误须改正，提示须在“审核结果”中填写说明或确认`}
              description={
                <ul className="error-details">
                  {state.blockers.map((b, i) => (
                    <li key={i}>{b}</li>
                  ))}
                </ul>
              }
            />
          ) : (
            <Alert type="success" showIcon title="审核通过，可以送审" />
          )}
          <Button type="primary" onClick={() => void submit()} loading={busy === 'submit'} className="signoff-submit">
            送审
          </Button>
          <Typography.Paragraph type="secondary">送审后报告锁定，等待审核人签发或退回。</Typography.Paragraph>
        </Card>
      ) : null}

      {state.status === 'submitted' ? (
        <Card title="审核与签发（审核人填写）" size="small" className="signoff-card">
          <Form form={form} layout="inline" className="signoff-form">
            <Form.Item
              name="approverName"
              label="审核人"
              rules={[{ required: true, whitespace: true, message: '请填写审核人姓名' }]}
            >
              <Input placeholder="姓名" maxLength={50} />
            </Form.Item>
            <Form.Item name="approverRole" label="职务">
              <Input placeholder="如：局长" maxLength={50} />
            </Form.Item>
            <Form.Item name="comment" label="审核意见" className="signoff-comment">
              <Input.TextArea autoSize maxLength={500} placeholder="可不填" />
            </Form.Item>
          </Form>
          {picker(state.policy.requireCertificate ? '数字签名（本机设置为签发须使用证书）' : '数字签名（可选）')}
          <Space wrap>
            <Button type="primary" onClick={() => void prepare()} loading={busy === 'prepare'}>
              生成签发用PDF
            </Button>
            <Button danger onClick={() => setReturning(true)}>
              退回…
            </Button>
          </Space>
          {prepared ? (
            <div className="signoff-prepared">
              <Alert
                type="info"
                showIcon
                title="请核对下面的PDF：签发的就是这份文件"
                description={
                  <div>
                    <div>报告指纹：{prepared.fingerprint}</div>
                    {prepared.digitallySigned ? <div>已用所选证书加数字签名（PAdES）</div> : null}
                    <div className="mono">SHA-256：{prepared.pdfSha256}</div>
                    <div>
                      请把这串SHA-256抄在打印的签发单上：凭它不需要本机数据库即可核验文件未被改动。签发后可在签发记录中下载写有它的签发回执，随PDF报送财政局。
                    </div>
                  </div>
                }
              />
              <Space wrap>
                {state.policy.reviewerPasswordSet ? (
                  <Input.Password
                    aria-label="签发口令"
                    placeholder="审核人口令"
                    value={reviewerPassword}
                    onChange={(e) => setReviewerPassword(e.target.value)}
                    autoComplete="current-password"
                  />
                ) : null}
                <Button type="primary" onClick={() => void approve()} loading={busy === 'approve'}>
                  确认签发这份PDF
                </Button>
                <Button onClick={() => void savePdfAs(prepared.pdf)}>另存为…</Button>
              </Space>
              <PdfPreview bytes={prepared.pdf.bytes} />
            </div>
          ) : null}
        </Card>
      ) : null}

      {state.status === 'approved' && latest ? (
        <Card title="已签发" size="small" className="signoff-card">
          <Alert
            type="success"
            showIcon
            title={`第${latest.version}版已由${latest.approverName}签发`}
            description={`报告指纹 ${latest.fingerprint}。请在下面的签发记录中下载签发PDF和签发回执，一同报送财政局。如需修改，请重新打开：将开始第${state.version + 1}版，本版保持不变。`}
          />
          <Button onClick={reopen} loading={busy === 'reopen'}>
            重新打开（新版本）
          </Button>
        </Card>
      ) : null}

      {state.approvals.length > 0 ? (
        <ApprovalsTable
          id={id}
          approvals={state.approvals}
          certificate={certificate ? { data: certificate.data, password: certificatePassword } : null}
          // While a report waits for approval, the certificate is picked in the approval card above.
          picker={state.status === 'submitted' ? undefined : picker('回执签名证书（可选）')}
        />
      ) : null}

      <SignoffPolicyCard policy={state.policy} onChange={(policy) => setState({ ...state, policy })} />

      <Modal
        open={returning}
        title="退回报告"
        okText="退回"
        cancelText="取消"
        okButtonProps={{ disabled: reason.trim() === '', danger: true, loading: busy === 'return' }}
        onOk={() => void sendBack()}
        onCancel={() => setReturning(false)}
      >
        <p>请写明退回原因，经办人将在报告中看到它。</p>
        <Input.TextArea
          aria-label="退回原因"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          autoSize={{ minRows: 3 }}
          maxLength={200}
        />
      </Modal>
    </div>
  );
}
