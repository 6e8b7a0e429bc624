// The optional PAdES signature: the supervisor's .p12 signs the approved PDF, poppler's pdfsig reads the signature
// as valid over the whole document, the app still verifies the file by its bytes, and a wrong password or a file
// that is not a certificate is refused in Chinese with nothing approved.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHandlers, type HandlerHarness } from '../api/handlers-harness';
import { createReport } from '../../electron/db/report-store';
import type { Output } from '../../shared/api/contract';
import { fixReferenceFindings } from '../fixtures/fixed-reference';
import { referenceReport, testAssets } from '../pdf/pdf-test-kit';

let p12: string;

/** A throwaway self-signed certificate, as a county's CA would issue one (RSA 2048, PKCS#12, 3DES). */
function makeCertificate(password: string): string {
  const key = path.join(h.dir, 'key.pem');
  const cert = path.join(h.dir, 'cert.pem');
  const out = path.join(h.dir, 'supervisor.p12');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '30',
      '-subj',
      '/CN=Li Juzhang/O=Tongdao County Public Security Bureau',
    ],
    { stdio: 'ignore' },
  );
  execFileSync(
    'openssl',
    [
      'pkcs12',
      '-export',
      '-inkey',
      key,
      '-in',
      cert,
      '-out',
      out,
      '-passout',
      `pass:${password}`,
      '-certpbe',
      'PBE-SHA1-3DES',
      '-keypbe',
      'PBE-SHA1-3DES',
      '-macalg',
      'sha1',
    ],
    { stdio: 'ignore' },
  );
  return readFileSync(out).toString('base64');
}

let h: HandlerHarness;

beforeAll(async () => {
  h = await openHandlers({ today: () => '2025-05-29', pdfAssets: await testAssets(), actor: '王会计' });
  p12 = makeCertificate('口令-2025');
}, 60_000);
afterAll(() => h.close());

const call = <T>(name: string, input: unknown) => h.call<T>(name, input);
const attempt = <T>(name: string, input: unknown) => h.attempt<T>(name, input);

describe('signing the approved PDF with a certificate', () => {
  let id: string;

  beforeAll(async () => {
    id = createReport(h.holder.handle, {
      title: '签名测试',
      report: fixReferenceFindings(referenceReport()),
      summary: '新建',
    }).id;
    await call('signoff.submit', { id, baseRevision: 1 });
  });

  it('refuses a wrong password and a file that is not a certificate, approving nothing', async () => {
    const reviewer = { id, approverName: '李局长', approverRole: '局长', comment: '' };
    const wrong = await attempt('signoff.preparePdf', { ...reviewer, certificate: { data: p12, password: '错的' } });
    expect(wrong.ok ? '' : wrong.error.message).toContain('证书密码不正确');
    const notCert = Buffer.from('这不是证书').toString('base64');
    const bad = await attempt('signoff.preparePdf', { ...reviewer, certificate: { data: notCert, password: 'x' } });
    expect(bad.ok ? '' : bad.error.code).toBe('certificate');
    expect((await call<Output<'signoff.state'>>('signoff.state', { id })).status).toBe('submitted');
  }, 60_000);

  it('signs it: pdfsig reads a valid signature over the whole file, and the app verifies those bytes', async () => {
    const prepared = await call<Output<'signoff.preparePdf'>>('signoff.preparePdf', {
      id,
      approverName: '李局长',
      approverRole: '局长',
      comment: '同意',
      certificate: { data: p12, password: '口令-2025' },
    });
    expect(prepared.digitallySigned).toBe(true);
    await call('signoff.approve', { id, revision: prepared.revision, pdfSha256: prepared.pdfSha256 });
    const { base64 } = await call<{ base64: string }>('signoff.approvedPdf', { id, version: 1 });
    const file = path.join(h.dir, 'signed.pdf');
    writeFileSync(file, Buffer.from(base64, 'base64'));
    const report = execFileSync('pdfsig', [file], { encoding: 'utf8' });
    expect(report).toContain('Signer Certificate Common Name: Li Juzhang');
    expect(report).toContain('ETSI.CAdES.detached');
    expect(report).toContain('Total document signed');
    expect(report).toContain('Signature Validation: Signature is Valid.');
    const verdict = await call<Output<'verify.pdf'>>('verify.pdf', { data: base64 });
    expect(verdict.verdict).toBe('approved');
    const log = await call<Output<'audit.list'>>('audit.list', { id });
    expect(log.entries.find((e) => e.action === '签发')?.newValue).toContain('已加数字签名');
  }, 60_000);
});
