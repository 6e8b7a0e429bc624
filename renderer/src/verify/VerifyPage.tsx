/**
 * 核验PDF: an auditor drops or picks any PDF and learns whether it is an approved report, unchanged; a copy of one
 * that was altered; or nothing this database approved. The answer rests on the file's SHA-256 (see
 * electron/services/signoff/verify-pdf.ts); the file is read in the page and sent as bytes, never as a path.
 * A finance bureau, whose database holds none of the department's approvals, also picks the 签发回执 that came
 * with the PDF and its list of trusted supervisor certificates: both are read here and sent as content too.
 */
import { useCallback, useEffect, useState } from 'react';
import { Alert, Descriptions, Input, Result, Spin, Upload } from 'antd';
import dayjs from 'dayjs';
import type { Output } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/result';
import { MAX_RECEIPT_CHARS, MAX_TRUSTED_LIST_BYTES, MAX_VERIFY_PDF_BYTES } from '../../../shared/api/signoff-api';
import { api } from '../api/client';
import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { fileToBase64 } from '../common/desktop-files';
import { onPdfDropped, takeDroppedPdf } from './pdf-drop';
import { AnchorFilePicker } from './AnchorFilePicker';
import { headlineFor } from './headline';
import './verify.css';

type Verdict = Output<'verify.pdf'>;

/** A file picked as an anchor: its name and what is sent (the receipt's text, the list's bytes as base64). */
interface Picked {
  name: string;
  content: string;
}

interface Anchors {
  receipt: Picked | null;
  trusted: Picked | null;
}

export function VerifyPage() {
  const [checking, setChecking] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ fileName: string; verdict: Verdict } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [expected, setExpected] = useState('');
  const [anchors, setAnchors] = useState<Anchors>({ receipt: null, trusted: null });
  const [lastFile, setLastFile] = useState<File | null>(null);

  const verify = useCallback(
    async (file: File, using: Anchors) => {
      setOutcome(null);
      setError(null);
      if (file.size > MAX_VERIFY_PDF_BYTES) {
        setError({
          code: 'too-large',
          message: `「${file.name}」超过${MAX_VERIFY_PDF_BYTES / 1024 / 1024} MB，不是本程序生成的报告PDF`,
        });
        return;
      }
      setLastFile(file);
      setChecking(file.name);
      const expectedSha256 = expected.trim();
      const r = await api.call('verify.pdf', {
        data: await fileToBase64(file),
        ...(expectedSha256 ? { expectedSha256 } : {}),
        ...(using.receipt ? { receipt: using.receipt.content } : {}),
        ...(using.trusted ? { trustedCertificates: using.trusted.content } : {}),
      });
      setChecking(null);
      if (r.ok) setOutcome({ fileName: file.name, verdict: r.value });
      else setError({ ...r.error, message: `「${file.name}」：${r.error.message}` });
    },
    [expected],
  );

  /** A receipt or a list picked or cleared: the PDF already shown is checked again with it. */
  function adopt(next: Anchors) {
    setAnchors(next);
    if (lastFile) void verify(lastFile, next);
  }

  useEffect(() => {
    const take = () => {
      const file = takeDroppedPdf();
      if (file) void verify(file, anchors);
    };
    take();
    return onPdfDropped(take);
  }, [verify, anchors]);

  return (
    <div className="page-card verify-page">
      <h2>核验PDF</h2>
      <p>
        把PDF文件拖到本窗口的任意位置，或点击下面选择文件，即可核验它是否为已签发的报告、签发后是否被改动过。
        财政局核验部门报送的PDF时，请先选择随PDF报送的签发回执，并可选择受信任的审核人证书清单：不依赖部门的数据库即可逐项核对。
        手头有抄在签发单上或消息中的SHA-256时，也可填入比对。
      </p>
      <div className="verify-anchors">
        <AnchorFilePicker
          label="签发回执（可选）"
          accept=".json,application/json"
          picked={anchors.receipt?.name ?? null}
          testId="receipt-file"
          read={async (file) => {
            if (file.size > MAX_RECEIPT_CHARS) throw new Error(`「${file.name}」过大，不是签发回执（回执只有几KB）`);
            return file.text();
          }}
          onPicked={(receipt) => adopt({ ...anchors, receipt })}
        />
        <AnchorFilePicker
          label="受信任的证书清单（可选，.pem 或 .cer）"
          accept=".pem,.cer,.crt"
          picked={anchors.trusted?.name ?? null}
          testId="trusted-file"
          read={async (file) => {
            if (file.size > MAX_TRUSTED_LIST_BYTES) throw new Error(`「${file.name}」超过1 MB，不是证书清单`);
            return fileToBase64(file);
          }}
          onPicked={(trusted) => adopt({ ...anchors, trusted })}
        />
      </div>
      <Input
        className="mono verify-expected"
        addonBefore="签发时的SHA-256（可选）"
        placeholder="抄在签发单上或消息中的64位哈希，可含空格"
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
          void verify(file, anchors);
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
  const shown = headlineFor(verdict);
  const a = verdict.approval;
  return (
    <Result
      status={shown.status}
      title={shown.title}
      subTitle={shown.subTitle}
      className="verify-result"
      data-verdict={verdict.verdict}
      data-headline-from={shown.source}
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
      {verdict.receipt ? <ReceiptResult receipt={verdict.receipt} /> : null}
      <ProblemList problems={verdict.problems} />
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
            {verdict.signature.trusted === null ? '' : TRUSTED_TEXT[String(verdict.signature.trusted)]}
          </Descriptions.Item>
        ) : verdict.trustedCount !== null ? (
          <Descriptions.Item label="数字签名">没有（签发时未使用证书）</Descriptions.Item>
        ) : null}
        <Descriptions.Item label="本文件的SHA-256">
          <span className="mono">{verdict.pdfSha256}</span>
        </Descriptions.Item>
      </Descriptions>
    </Result>
  );
}

const TRUSTED_TEXT: Record<string, string> = {
  true: '；签名证书在受信任的证书清单中',
  false: '；签名证书不在受信任的证书清单中，也不是清单中的证书签发的',
};

function ReceiptResult({ receipt }: { receipt: NonNullable<Verdict['receipt']> }) {
  return (
    <Alert
      className="verify-receipt-result"
      data-receipt-ok={String(receipt.ok)}
      type={receipt.ok ? 'success' : 'error'}
      showIcon
      title={
        receipt.ok
          ? 'PDF与签发回执一致：它就是回执所记载的那份签发PDF'
          : `签发回执核验未通过（${receipt.problems.length}处）`
      }
      description={
        <>
          <ProblemList problems={receipt.problems} />
          {receipt.lines.map((line) => (
            <div key={line} className="verify-receipt-line">
              {line}
            </div>
          ))}
        </>
      }
    />
  );
}

function ProblemList({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="verify-problems">
      {problems.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}
