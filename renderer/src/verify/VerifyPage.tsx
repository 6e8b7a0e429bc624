/**
 * 核验PDF: an auditor drops or picks any PDF and learns whether it is an approved report, unchanged; a copy of one
 * that was altered; or nothing this database approved. The answer rests on the file's SHA-256 (see
 * electron/services/signoff/verify-pdf.ts); the file is read in the page and sent as bytes, never as a path.
 */
import { useCallback, useEffect, useState } from 'react';
import { Alert, Descriptions, Input, Result, Spin, Upload } from 'antd';
import dayjs from 'dayjs';
import type { Output } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/result';
import { MAX_VERIFY_PDF_BYTES } from '../../../shared/api/signoff-api';
import { api } from '../api/client';
import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { fileToBase64 } from '../common/desktop-files';
import { onPdfDropped, takeDroppedPdf } from './pdf-drop';
import './verify.css';

type Verdict = Output<'verify.pdf'>;

const RESULT: Record<Verdict['verdict'], { status: 'success' | 'error' | 'warning' | 'info'; title: string }> = {
  approved: { status: 'success', title: '文件未被改动，是签发版' },
  inconsistent: { status: 'error', title: '签发记录对不上，不能确认是签发版' },
  altered: { status: 'error', title: '文件已被改动' },
  'unknown-approval': { status: 'warning', title: '无法确认：本数据库中没有这次签发' },
  draft: { status: 'warning', title: '不是签发版' },
  'no-match': { status: 'info', title: '没有匹配的签发记录' },
};

export function VerifyPage() {
  const [checking, setChecking] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ fileName: string; verdict: Verdict } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [expected, setExpected] = useState('');

  const verify = useCallback(
    async (file: File) => {
      setOutcome(null);
      setError(null);
      if (file.size > MAX_VERIFY_PDF_BYTES) {
        setError({
          code: 'too-large',
          message: `「${file.name}」超过${MAX_VERIFY_PDF_BYTES / 1024 / 1024} MB，不是本程序生成的报告PDF`,
        });
        return;
      }
      setChecking(file.name);
      const expectedSha256 = expected.trim();
      const r = await api.call('verify.pdf', {
        data: await fileToBase64(file),
        ...(expectedSha256 ? { expectedSha256 } : {}),
      });
      setChecking(null);
      if (r.ok) setOutcome({ fileName: file.name, verdict: r.value });
      else setError({ ...r.error, message: `「${file.name}」：${r.error.message}` });
    },
    [expected],
  );

  useEffect(() => {
    const take = () => {
      const file = takeDroppedPdf();
      if (file) void verify(file);
    };
    take();
    return onPdfDropped(take);
  }, [verify]);

  return (
    <div className="page-card verify-page">
      <h2>核验PDF</h2>
      <p>
        把PDF文件拖到本窗口的任意位置，或点击下面选择文件，即可核验它是否为已签发的报告、签发后是否被改动过。
        如手头有签发单、签发回执或消息中的SHA-256，请先填入：不依赖本机数据库也能确认文件未被改动。
      </p>
      <Input
        className="mono verify-expected"
        addonBefore="签发时的SHA-256（可选）"
        placeholder="从签发单、签发回执或消息中抄来的64位哈希，可含空格"
        value={expected}
        onChange={(e) => setExpected(e.target.value)}
        allowClear
        data-testid="expected-sha256"
      />
      <Upload.Dragger
        accept=".pdf,application/pdf"
        showUploadList={false}
        multiple={false}
        beforeUpload={(file) => {
          void verify(file);
          return false;
        }}
      >
        <p className="verify-drop-text">拖入或点击选择PDF文件</p>
      </Upload.Dragger>
      {checking ? <Spin description={`正在核验「${checking}」…`} /> : null}
      {error ? <ApiErrorAlert error={error} /> : null}
      {outcome ? <VerdictView fileName={outcome.fileName} verdict={outcome.verdict} /> : null}
    </div>
  );
}

function VerdictView({ fileName, verdict }: { fileName: string; verdict: Verdict }) {
  const shown = RESULT[verdict.verdict];
  const a = verdict.approval;
  return (
    <Result
      status={shown.status}
      title={shown.title}
      subTitle={verdict.message}
      className="verify-result"
      data-verdict={verdict.verdict}
    >
      {verdict.expected ? (
        <Alert
          className="verify-expected-result"
          type={verdict.expected.matches ? 'success' : 'error'}
          showIcon
          message={
            verdict.expected.matches
              ? '与填写的SHA-256一致：本文件就是取得该哈希时的那份PDF，一个字节也没有改动。'
              : '与填写的SHA-256不一致：本文件不是取得该哈希时的那份PDF（被改动过，或是另一份文件）。'
          }
        />
      ) : null}
      {verdict.problems.length > 0 ? (
        <ul className="verify-problems">
          {verdict.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label="文件">{fileName}</Descriptions.Item>
        {verdict.report ? <Descriptions.Item label="报告">{verdict.report.title}</Descriptions.Item> : null}
        {a ? (
          <>
            <Descriptions.Item label="版本">第{a.version}版</Descriptions.Item>
            <Descriptions.Item label="审核人">
              {a.approverName}
              {a.approverRole ? `（${a.approverRole}）` : ''}
            </Descriptions.Item>
            <Descriptions.Item label="签发时间">{dayjs(a.approvedAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
            <Descriptions.Item label="报告指纹">{a.fingerprint}</Descriptions.Item>
            <Descriptions.Item label="签发时的SHA-256">
              <span className="mono">{a.pdfSha256}</span>
            </Descriptions.Item>
          </>
        ) : null}
        {verdict.signature ? (
          <Descriptions.Item label="数字签名">
            {verdict.signature.problem ? `无效：${verdict.signature.problem}` : '有效，覆盖整个文件'}
            {verdict.signature.signer ? `；签名人 ${verdict.signature.signer}` : ''}
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label="本文件的SHA-256">
          <span className="mono">{verdict.pdfSha256}</span>
        </Descriptions.Item>
      </Descriptions>
    </Result>
  );
}
