// Issue 14: verifying with no database. A PDF against a SHA-256 copied from paper (`--expect`), and a PDF signed
// at approval with a real .p12 (made here with node-forge, issued by a test CA) against a list of trusted
// certificates (`--trusted`): valid and trusted, signed by someone not on the list, altered after signing,
// appended to after signing, and not signed at all.
import { appendFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flipOneByte } from '../fixtures/flip-one-byte';
import { buildTamperFixture, sha256Hex, verifyCli, writeTemp, type TamperFixture } from './tamper-kit';
import { certificatePem, identity, p12Base64, type Identity } from './test-certificates';

let f: TamperFixture;
let ca: Identity;
let stranger: Identity;
let signedFile: string;
let caPem: string;
let strangerPem: string;
let unsignedFile: string;

beforeAll(async () => {
  ca = identity('County Finance Test CA', '01');
  const supervisor = identity('Li Juzhang', '02', ca);
  stranger = identity('Somebody Else', '03');
  f = await buildTamperFixture({ certificate: { data: p12Base64(supervisor, '口令-2025'), password: '口令-2025' } });
  signedFile = writeTemp(f, 'signed.pdf', f.approvedPdf);
  caPem = writeTemp(f, 'ca.pem', certificatePem(ca));
  strangerPem = writeTemp(f, 'stranger.pem', certificatePem(stranger));
  unsignedFile = writeTemp(f, 'draft.pdf', f.draftPdf);
}, 120_000);
afterAll(() => f.h.close());

describe('selfeval verify --expect (no database)', () => {
  it('matches the hash as copied from paper: grouped, capitals, dashes', () => {
    const hash = sha256Hex(f.approvedPdf);
    const grouped = (hash.toUpperCase().match(/.{8}/g) ?? []).join(' ');
    const ok = verifyCli([signedFile, '--expect', grouped]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('与给出的SHA-256一致');
    expect(ok.stdout).toMatch(/PDF自身记载：报告编号 \S+，第1版，报告指纹 [0-9A-F-]{19}，签发时审计日志第\d+条/);
    expect(verifyCli([signedFile, '--expect', hash.replace(/(.{16})/g, '$1-')]).code).toBe(0);
  });

  it('refuses a file one byte off, and a hash that is not one', () => {
    const altered = writeTemp(f, 'altered.pdf', flipOneByte(f.approvedPdf));
    const bad = verifyCli([altered, '--expect', sha256Hex(f.approvedPdf)]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('与给出的SHA-256不一致');
    const typo = verifyCli([signedFile, '--expect', 'abc']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('不是有效的SHA-256：应为64位十六进制数');
  });
});

describe('selfeval verify --trusted (the PAdES signature, no database)', () => {
  it('accepts the approved PDF signed by a certificate the listed CA issued, naming the signer', () => {
    const r = verifyCli([signedFile, '--trusted', caPem]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('数字签名：有效，覆盖整个文件；签名人 CN=Li Juzhang, O=Tongdao County');
    expect(r.stdout).toContain('签名证书在受信任的证书清单中');
  });

  it('refuses a signer who is not on the list', () => {
    const r = verifyCli([signedFile, '--trusted', strangerPem]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('签名证书不在受信任的证书清单中');
  });

  it('refuses a signed PDF altered after signing, and one with bytes appended', () => {
    const altered = writeTemp(f, 'signed-altered.pdf', flipOneByte(f.approvedPdf));
    const a = verifyCli([altered, '--trusted', caPem]);
    expect(a.code).toBe(1);
    expect(a.stdout).toContain('签名之后文件被改动过');
    const appended = path.join(f.h.dir, 'signed-appended.pdf');
    copyFileSync(signedFile, appended);
    appendFileSync(appended, '\n% appended after signing\n');
    const b = verifyCli([appended, '--trusted', caPem]);
    expect(b.code).toBe(1);
    expect(b.stdout).toContain('签名不覆盖整个文件');
  });

  it('refuses an unsigned PDF when a trusted signer is required, and a list that holds no certificate', () => {
    const r = verifyCli([unsignedFile, '--trusted', caPem]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('数字签名：没有');
    const notPem = writeTemp(f, 'list.txt', Buffer.from('not a certificate'));
    const e = verifyCli([signedFile, '--trusted', notPem]);
    expect(e.code).toBe(2);
    expect(e.stderr).toContain('中没有证书（应为PEM格式');
  });

  it('with the database too: approved, and the signer shown', async () => {
    const file = path.join(f.h.dir, 'with-db.sqlite');
    copyFileSync(f.pristine, file);
    const r = verifyCli([signedFile, '--db', file, '--trusted', caPem]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('文件未被改动：它就是');
    const verdict = await f.h.call<{ verdict: string; signature: { signer: string } | null }>('verify.pdf', {
      data: f.approvedPdf.toString('base64'),
    });
    expect(verdict).toMatchObject({ verdict: 'approved', signature: { signer: 'CN=Li Juzhang, O=Tongdao County' } });
  });
});
