/**
 * A PDF against its 签发回执, with no database (issue 14): the finance bureau's check. Each disagreement is one
 * Chinese sentence in `problems`; `ok` only when there is none.
 *  - The receipt's own signature, when it has one, must hold over its fields (an edited receipt fails here);
 *    with a trusted list, the receipt must be signed and its signer on the list (or issued by a CA on it).
 *  - The PDF's SHA-256 must be the receipt's (a swapped or altered PDF fails here).
 *  - What the PDF says about itself (pdf-claims.ts: report id, version, data SHA-256, fingerprint, audit anchor)
 *    must be what the receipt says (a receipt for another report or version fails here).
 *  - A PAdES signature in the PDF must be valid, and made with the receipt's certificate when both are signed.
 * An unsigned receipt proves only that the PDF is the one the department named when it sent the receipt: its
 * unit, title, approver and time are the department's own statement, and an edit to them cannot be detected.
 */
import type { X509Certificate } from 'node:crypto';
import { sha256Hex, shortFingerprint } from '../../db/signoff-store';
import { checkDetachedCms, checkPdfSignature } from './check-signature';
import { readPdfClaims } from './pdf-claims';
import { signedBytes, type ReceiptBody, type ReceiptFile } from './receipt-format';

export interface ReceiptVerdict {
  ok: boolean;
  /** One sentence per disagreement. */
  problems: string[];
  /** What the receipt states and how its signature stands, for a reader. */
  lines: string[];
  /** The receipt's signer from its certificate; null when the receipt is unsigned (or its CMS unreadable). */
  signer: string | null;
  /** Against the trusted list; null when no list was given or the receipt is unsigned. */
  trusted: boolean | null;
}

const short = (hash: string | null) => (hash ? `${hash.slice(0, 16)}…` : '无');

/** An ISO time as the reader's local "YYYY-MM-DD HH:mm" (the text itself when it is not a time). */
function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function describe(r: ReceiptBody): string {
  return `${r.unitName} ${r.year}年度“${r.reportTitle}”第${r.approvedVersion}版，${r.approverName}${r.approverRole ? `（${r.approverRole}）` : ''}于${localTime(r.approvedAt)}签发`;
}

/** The receipt's signature: problems, lines, the signer and its certificate. */
function signatureOf(
  receipt: ReceiptFile,
  trusted: readonly X509Certificate[] | undefined,
): { problems: string[]; lines: string[]; signer: string | null; certSha256: string | null; trusted: boolean | null } {
  if (!receipt.signature) {
    return {
      problems: trusted ? ['回执没有数字签名：给出了受信任的证书清单，但无法确认回执出自清单中的审核人'] : [],
      lines: [
        '回执没有数字签名：它只固定了部门报送时声称的PDF哈希；回执中的单位、标题、审核人和时间是部门自己的陈述，被改动也无从发现。',
      ],
      signer: null,
      certSha256: null,
      trusted: null,
    };
  }
  const cms = checkDetachedCms(Buffer.from(receipt.signature.cms, 'base64'), signedBytes(receipt.receipt), trusted);
  if (!cms) {
    return {
      problems: ['回执的数字签名无法读取（格式不对或已损坏）'],
      lines: [],
      signer: null,
      certSha256: null,
      trusted: trusted ? false : null,
    };
  }
  const problems: string[] = [];
  if (!cms.digestOk) problems.push('回执的数字签名与回执内容不符：回执在签名之后被改动过');
  else if (!cms.signatureOk) problems.push('回执的数字签名本身无效（签名值与证书不符）');
  if (cms.trusted === false) {
    problems.push(`回执的签名证书（${cms.signer || '无名称'}）不在受信任的证书清单中，也不是清单中的证书签发的`);
  }
  const lines = [
    `回执的数字签名：${cms.digestOk && cms.signatureOk ? '有效' : '无效'}；签名人 ${cms.signer || '（证书中无名称）'}`,
    `回执签名证书SHA-256：${cms.certSha256}`,
  ];
  if (cms.trusted === true) lines.push('回执的签名证书在受信任的证书清单中');
  if (cms.trusted === null) lines.push('未给出受信任的证书清单：签名人是否确为审核人，须另行核对证书');
  return { problems, lines, signer: cms.signer, certSha256: cms.certSha256, trusted: cms.trusted };
}

/** The PDF's own claims against the receipt. */
function claimProblems(pdf: Uint8Array, r: ReceiptBody): string[] {
  const claims = readPdfClaims(pdf);
  if (claims.approvedVersion === null) {
    return ['PDF本身没有签发标记：它不是签发时生成的PDF（普通导出或其他文件）'];
  }
  const problems: string[] = [];
  if (claims.reportId !== r.reportId) {
    problems.push(`回执与PDF不是同一份报告：回执记载的报告编号为${r.reportId}，PDF中为${claims.reportId ?? '无'}`);
  }
  if (claims.approvedVersion !== r.approvedVersion) {
    problems.push(`回执记载的是第${r.approvedVersion}版，PDF是第${claims.approvedVersion}版`);
  }
  if (claims.contentSha256 !== r.dataSha256) {
    problems.push(
      `回执记载的报告数据SHA-256（${short(r.dataSha256)}）与PDF中的（${short(claims.contentSha256)}）不一致`,
    );
  }
  const anchor = r.auditAnchor;
  if (anchor && (claims.auditSeq !== anchor.seq || claims.auditHash !== anchor.hash)) {
    problems.push(
      `回执记载的审计日志锚点（第${anchor.seq}条，${short(anchor.hash)}）与PDF中的（第${claims.auditSeq ?? '无'}条，${short(claims.auditHash)}）不一致`,
    );
  }
  return problems;
}

export function checkReceipt(
  pdf: Uint8Array,
  receipt: ReceiptFile,
  trusted?: readonly X509Certificate[],
): ReceiptVerdict {
  const r = receipt.receipt;
  const signature = signatureOf(receipt, trusted);
  const problems = [...signature.problems];
  if (shortFingerprint(r.dataSha256) !== r.fingerprint) {
    problems.push(`回执自身前后矛盾：报告指纹${r.fingerprint}不是由它记载的报告数据SHA-256得出的`);
  }
  const pdfSha256 = sha256Hex(pdf);
  if (pdfSha256 !== r.pdfSha256) {
    problems.push(
      `PDF与回执不符：本文件的SHA-256为${short(pdfSha256)}，回执记载的签发PDF为${short(r.pdfSha256)}（PDF被换过或改动过，或回执不是这份PDF的）`,
    );
  }
  problems.push(...claimProblems(pdf, r));
  const pdfSignature = checkPdfSignature(pdf);
  if (pdfSignature?.problem) problems.push(`PDF的数字签名：${pdfSignature.problem}`);
  if (pdfSignature && signature.certSha256 && pdfSignature.certSha256 !== signature.certSha256) {
    problems.push(
      `回执与PDF不是用同一个证书签名的（回执：${signature.signer ?? '无'}；PDF：${pdfSignature.signer || '无名称'}）`,
    );
  }
  return {
    ok: problems.length === 0,
    problems,
    lines: [`回执记载：${describe(r)}；签发PDF的SHA-256 ${r.pdfSha256}`, ...signature.lines],
    signer: signature.signer,
    trusted: signature.trusted,
  };
}

/** The verdict as lines for the command line: the conclusion first, then each problem, then the details. */
export function receiptVerdictLines(v: ReceiptVerdict): string[] {
  return [
    v.ok ? 'PDF与签发回执一致：它就是回执所记载的那份签发PDF。' : `签发回执核验未通过（${v.problems.length}处）：`,
    ...v.problems.map((p) => `  - ${p}`),
    ...v.lines,
  ];
}
