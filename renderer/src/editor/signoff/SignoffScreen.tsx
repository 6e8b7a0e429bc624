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
import { useApi } from '../../common/use-api';
import { revisionLabel } from '../history/revision-numbers';
import type { Finding } from '../../../../shared/checks/finding';
import { localToday } from '../checks/use-live-checks';
import { ApprovalsTable } from './ApprovalsTable';
import { SubmitBlockers } from './SubmitBlockers';
import { signDateGapWarning } from './sign-date-gap';
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
  /** What stops submission, from the live checks: listed once, each a link to its field. */
  blocking: readonly Finding[];
  onJump: (path: string) => void;
  /** The report's 落款 date (YYYY-MM-DD), compared with the day of 签发. */
  signDate: string;
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

export function SignoffScreen({
  id,
  flush,
  currentRevision,
  onStatus,
  blocking,
  onJump,
  signDate,
}: SignoffScreenProps) {
  const { message, modal } = App.useApp();
  const savePdfAs = useSavePdfAs();
  const [state, setState] = useState<State | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  // A refused 送审 turns the list of blockers red instead of repeating it in an error box.
  const [refused, setRefused] = useState(false);
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [form] = Form.useForm<Reviewer>();
  const [certificate, setCertificate] = useState<{ name: string; data: string } | null>(null);
  const [certificatePassword, setCertificatePassword] = useState('');
  const [reviewerPassword, setReviewerPassword] = useState('');
  // The status line numbers saves as 修订记录 does (修订N); 版 is the sign-off version.
  const revisions = useApi('report.revisions', { id });
  const reloadRevisions = revisions.reload;
  const shownRevision = state?.revision;
  useEffect(() => {
    if (shownRevision !== undefined) reloadRevisions();
  }, [reloadRevisions, shownRevision]);

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
    setBusy('submit');
    setError(null);
    const r = await api.call('signoff.submit', { id, baseRevision: currentRevision() });
    setBusy(null);
    if (r.ok) {
      setRefused(false);
      adopt(r.value);
      message.success('已送审，等待审核');
      return;
    }
    if (r.error.code === 'submit-blocked') setRefused(true);
    else setError(r.error);
    void api.call('signoff.state', { id }).then((s) => s.ok && setState(s.value));
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

  /** 签发 cannot be undone (only a new version can follow): the supervisor confirms it once more. */
  function confirmApprove() {
    if (!prepared || !state) return;
    const approver = (form.getFieldValue('approverName') as string | undefined)?.trim() ?? '';
    modal.confirm({
      title: `确认签发第${state.version}版？`,
      width: 520,
      content: (
        <>
          <p>
            签发后报告锁定，不能再修改；签发的就是刚才预览的这份PDF（SHA-256 开头 {prepared.pdfSha256.slice(0, 12)}）
            {approver ? `，签发人：${approver}` : ''}。如需再改，只能“重新打开”开始新的一版。
          </p>
          {dateWarning ? <Alert type="warning" showIcon title={dateWarning} /> : null}
        </>
      ),
      okText: '签发',
      cancelText: '取消',
      onOk: approve,
    });
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
  const dateWarning = signDateGapWarning(signDate, localToday());
  const savedAs = revisions.result?.ok ? revisionLabel(revisions.result.value, state.revision) : null;
  const latest = state.approvals[state.approvals.length - 1];
  return (
    <div className="screen signoff-screen" data-screen="signoff">
      <h2 className="screen-title">送审与签发</h2>
      <p className="signoff-status">
        当前状态：
        <Tag color={label.color} data-status={state.status}>
          {label.text}
        </Tag>
        第{state.version}版{savedAs ? ` · 最近保存：${savedAs}` : ''}
      </p>
      {error ? <ApiErrorAlert error={error} title="操作未成功" /> : null}
      {state.status === 'returned' ? (
        <Alert type="warning" showIcon title="报告被退回" description={`退回原因：${state.statusNote}`} />
      ) : null}

      {state.allowedActions.includes('submit') ? (
        <Card title="送审" size="small" className="signoff-card">
          <SubmitBlockers blocking={blocking} serverBlockers={state.blockers} refused={refused} onJump={onJump} />
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
              {dateWarning ? (
                <Alert type="warning" showIcon data-testid="sign-date-warning" title={dateWarning} />
              ) : null}
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
                <Button type="primary" onClick={confirmApprove} loading={busy === 'approve'}>
                  签发这份PDF…
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
