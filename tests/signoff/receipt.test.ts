// Issue 14: the 签发回执. Two real approvals in temp databases (one PDF unsigned, one signed with a real .p12 made
// here and issued by a test CA); `selfeval receipt` writes each receipt from a copy of the database file, and the
// finance bureau's `selfeval verify 文件.pdf --receipt 回执.json [--trusted 清单]` checks it with no database.
// Each tampering (PDF swapped or altered, receipt edited, receipt signed by a certificate not on the list or not
// the PDF's, receipt of another report) is refused with exit 1 and its own sentence.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Output } from '../../shared/api/contract';
import { runReceiptCommand, PASSWORD_VARIABLE } from '../../electron/cli/commands/receipt-command';
import { completeReceipt, draftReceipt } from '../../electron/services/signoff/receipt-issue';
import { parseReceipt } from '../../electron/services/signoff/receipt-format';
import { flipOneByte } from '../fixtures/flip-one-byte';
import {
  buildTamperFixture,
  dropAllTriggers,
  sha256Hex,
  tamperCopy,
  verifyCli,
  writeTemp,
  type TamperFixture,
} from './tamper-kit';
import { certificateDer, certificatePem, identity, p12Base64, type Identity } from './test-certificates';

const PASSWORD = '口令-2025';

let plain: TamperFixture;
let signed: TamperFixture;
let supervisor: Identity;
let stranger: Identity;
const files: Record<string, string> = {};

async function receiptCli(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, string>();
  const code = await runReceiptCommand(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    readFile: (p) => readFileSync(p),
    writeFile: (p, data) => {
      written.set(p, data);
      writeTemp(plain, path.basename(p), Buffer.from(data));
    },
    env,
  });
  return { code, stdout, stderr, written };
}

/** A copy of the fixture's database file, untouched. */
function dbCopy(f: TamperFixture): string {
  const { file, raw } = tamperCopy(f);
  raw.close();
  return file;
}

/** A receipt file edited by hand: `edit` changes the parsed JSON. */
function edited(source: string, name: string, edit: (json: Record<string, Record<string, unknown>>) => void) {
  const json = JSON.parse(readFileSync(source, 'utf8')) as Record<string, Record<string, unknown>>;
  edit(json);
  return writeTemp(plain, name, Buffer.from(JSON.stringify(json, null, 2)));
}

beforeAll(async () => {
  const ca = identity('County Finance Test CA', '01');
  supervisor = identity('Li Juzhang', '02', ca);
  stranger = identity('Somebody Else', '03');
  plain = await buildTamperFixture();
  signed = await buildTamperFixture({ certificate: { data: p12Base64(supervisor, PASSWORD), password: PASSWORD } });
  files.plainPdf = writeTemp(plain, 'plain-approved.pdf', plain.approvedPdf);
  files.signedPdf = writeTemp(plain, 'signed-approved.pdf', signed.approvedPdf);
  files.draftPdf = writeTemp(plain, 'draft.pdf', plain.draftPdf);
  files.caPem = writeTemp(plain, 'ca.pem', certificatePem(ca));
  files.caCer = writeTemp(plain, 'ca.cer', certificateDer(ca));
  files.strangerPem = writeTemp(plain, 'stranger.pem', certificatePem(stranger));
  files.supervisorP12 = writeTemp(plain, 'supervisor.p12', Buffer.from(p12Base64(supervisor, PASSWORD), 'base64'));
  files.strangerP12 = writeTemp(plain, 'stranger.p12', Buffer.from(p12Base64(stranger, PASSWORD), 'base64'));

  files.plainReceipt = path.join(plain.h.dir, 'plain.receipt.json');
  const a = await receiptCli([files.plainPdf, '--db', dbCopy(plain), '-o', files.plainReceipt]);
  if (a.code !== 0) throw new Error(a.stderr);
  files.signedReceipt = path.join(plain.h.dir, 'signed.receipt.json');
  const b = await receiptCli(
    [files.signedPdf, '--db', dbCopy(signed), '--p12', files.supervisorP12, '-o', files.signedReceipt],
    { [PASSWORD_VARIABLE]: PASSWORD },
  );
  if (b.code !== 0) throw new Error(b.stderr);
}, 180_000);

afterAll(() => {
  plain?.h.close();
  signed?.h.close();
});

describe('selfeval receipt (from the department database)', () => {
  it('writes the receipt: format, the approval, both hashes and the audit anchor, unsigned without --p12', () => {
    const receipt = JSON.parse(readFileSync(files.plainReceipt!, 'utf8'));
    expect(receipt).toMatchObject({
      format: 'selfeval-signoff-receipt',
      formatVersion: 1,
      signature: null,
      receipt: {
        reportId: plain.approvedId,
        unitName: '通道侗族自治县公安局',
        year: 2024,
        reportTitle: '2024年度通道侗族自治县公安局部门整体支出绩效自评报告',
        approvedVersion: 1,
        approverName: '李局长',
        approverRole: '局长',
        pdfSha256: sha256Hex(plain.approvedPdf),
      },
    });
    expect(receipt.receipt.dataSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(receipt.receipt.auditAnchor).toMatchObject({
      seq: expect.any(Number),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('gives the same receipt by report id (it is derived from the approval, not stored)', async () => {
    const r = await receiptCli(['--report', plain.approvedId, '--version', '1', '--db', dbCopy(plain)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(files.plainReceipt!, 'utf8'));
    expect(r.stderr).toContain('未加数字签名');
  });

  it('refuses to write a receipt for an approval whose records disagree', async () => {
    const { file, raw } = tamperCopy(plain);
    dropAllTriggers(raw);
    raw.prepare('UPDATE reports SET title = ? WHERE id = ?').run('改过的标题', plain.approvedId);
    raw.close();
    const r = await receiptCli([files.plainPdf!, '--db', file, '-o', path.join(plain.h.dir, 'never.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('第1版的签发记录对不上，不能出具签发回执');
    expect(r.stderr).toContain('报告标题在签发后被改为“改过的标题”');
    expect(r.written.size).toBe(0);
  });

  it('refuses a PDF that was never approved, usage errors, a wrong password and a missing one', async () => {
    const db = dbCopy(signed);
    const draft = await receiptCli([files.draftPdf!, '--db', db]);
    expect(draft.code).toBe(2);
    expect(draft.stderr).toContain('数据库中没有以这份PDF签发的记录');
    expect((await receiptCli([files.signedPdf!])).code).toBe(2);
    const noPassword = await receiptCli([files.signedPdf!, '--db', db, '--p12', files.supervisorP12!]);
    expect(noPassword.code).toBe(2);
    expect(noPassword.stderr).toContain(`环境变量 ${PASSWORD_VARIABLE}`);
    const wrong = await receiptCli([files.signedPdf!, '--db', db, '--p12', files.supervisorP12!], {
      [PASSWORD_VARIABLE]: 'wrong',
    });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('证书密码不正确');
  });

  it('refuses to sign with a certificate other than the one that signed the PDF', async () => {
    const r = await receiptCli([files.signedPdf!, '--db', dbCopy(signed), '--p12', files.strangerP12!], {
      [PASSWORD_VARIABLE]: PASSWORD,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('签发回执须用签发PDF时所用的同一证书签名');
  });
});

describe('selfeval verify --receipt (the finance bureau, no database)', () => {
  it('accepts the approved PDF with its unsigned receipt, saying what that proves', () => {
    const r = verifyCli([files.plainPdf!, '--receipt', files.plainReceipt!]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('PDF与签发回执一致');
    expect(r.stdout).toContain('回执记载：通道侗族自治县公安局 2024年度');
    expect(r.stdout).toContain('回执没有数字签名：它只固定了部门报送时声称的PDF哈希');
  });

  it('refuses a swapped PDF: the plain export, and the approved one with one byte flipped', () => {
    const swapped = verifyCli([files.draftPdf!, '--receipt', files.plainReceipt!]);
    expect(swapped.code).toBe(1);
    expect(swapped.stdout).toContain('签发回执核验未通过');
    expect(swapped.stdout).toContain('PDF与回执不符：本文件的SHA-256为');
    expect(swapped.stdout).toContain('PDF本身没有签发标记');
    const altered = writeTemp(plain, 'flipped.pdf', flipOneByte(plain.approvedPdf));
    const a = verifyCli([altered, '--receipt', files.plainReceipt!]);
    expect(a.code).toBe(1);
    expect(a.stdout).toContain('PDF与回执不符：本文件的SHA-256为');
  });

  it('refuses an unsigned receipt edited to another version, or to the swapped PDF’s hash', () => {
    const version = edited(files.plainReceipt!, 'v2.receipt.json', (j) => (j.receipt!.approvedVersion = 2));
    const v = verifyCli([files.plainPdf!, '--receipt', version]);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('回执记载的是第2版，PDF是第1版');
    const hash = edited(
      files.plainReceipt!,
      'hash.receipt.json',
      (j) => (j.receipt!.pdfSha256 = sha256Hex(plain.draftPdf)),
    );
    const h = verifyCli([files.draftPdf!, '--receipt', hash]);
    expect(h.code).toBe(1);
    expect(h.stdout).toContain('PDF本身没有签发标记');
  });

  it('refuses the receipt of another report', () => {
    const r = verifyCli([files.signedPdf!, '--receipt', files.plainReceipt!]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`回执与PDF不是同一份报告：回执记载的报告编号为${plain.approvedId}`);
  });

  it('accepts the signed receipt with the CA on the list (PEM or DER .cer)', () => {
    for (const list of [files.caPem!, files.caCer!]) {
      const r = verifyCli([files.signedPdf!, '--receipt', files.signedReceipt!, '--trusted', list]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('PDF与签发回执一致');
      expect(r.stdout).toContain('回执的数字签名：有效；签名人 CN=Li Juzhang, O=Tongdao County');
      expect(r.stdout).toContain('回执的签名证书在受信任的证书清单中');
    }
  });

  it('a receipt signed by the supervisor vouches for a PDF that carries no signature of its own', async () => {
    const out = path.join(plain.h.dir, 'plain-signed.receipt.json');
    const made = await receiptCli([files.plainPdf!, '--db', dbCopy(plain), '--p12', files.supervisorP12!, '-o', out], {
      [PASSWORD_VARIABLE]: PASSWORD,
    });
    expect(made.code).toBe(0);
    const r = verifyCli([files.plainPdf!, '--receipt', out, '--trusted', files.caPem!]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('回执的签名证书在受信任的证书清单中');
    const swapped = verifyCli([files.draftPdf!, '--receipt', out, '--trusted', files.caPem!]);
    expect(swapped.code).toBe(1);
    expect(swapped.stdout).toContain('PDF与回执不符');
  });

  it('refuses a signed receipt edited after signing', () => {
    const file = edited(files.signedReceipt!, 'renamed.receipt.json', (j) => (j.receipt!.approverName = '王会计'));
    const r = verifyCli([files.signedPdf!, '--receipt', file, '--trusted', files.caPem!]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('回执的数字签名与回执内容不符：回执在签名之后被改动过');
  });

  it('refuses a signer who is not on the list, and an unsigned receipt when a list is given', () => {
    const r = verifyCli([files.signedPdf!, '--receipt', files.signedReceipt!, '--trusted', files.strangerPem!]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('回执的签名证书（CN=Li Juzhang, O=Tongdao County）不在受信任的证书清单中');
    const u = verifyCli([files.plainPdf!, '--receipt', files.plainReceipt!, '--trusted', files.caPem!]);
    expect(u.code).toBe(1);
    expect(u.stdout).toContain('回执没有数字签名：给出了受信任的证书清单');
  });

  it('refuses a receipt signed by a stranger: not on the list, and not the certificate that signed the PDF', async () => {
    const own = path.join(plain.h.dir, 'stranger-own.receipt.json');
    const made = await receiptCli([files.plainPdf!, '--db', dbCopy(plain), '--p12', files.strangerP12!, '-o', own], {
      [PASSWORD_VARIABLE]: PASSWORD,
    });
    expect(made.code).toBe(0);
    const r = verifyCli([files.plainPdf!, '--receipt', own, '--trusted', files.caPem!]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('回执的签名证书（CN=Somebody Else, O=Tongdao County）不在受信任的证书清单中');
    // Without a list the signature holds, and the reader is told the signer was not checked against one.
    const open = verifyCli([files.plainPdf!, '--receipt', own]);
    expect(open.code).toBe(0);
    expect(open.stdout).toContain('未给出受信任的证书清单');

    // A forger who signs a receipt for the signed PDF with another certificate.
    const draft = draftReceipt(signed.h.holder.handle, signed.approvedId, 1);
    const forged = await completeReceipt(
      { ...draft, pdfSignerSha256: null },
      { p12: readFileSync(files.strangerP12!), password: PASSWORD },
    );
    const file = writeTemp(plain, 'forged.receipt.json', Buffer.from(forged.content));
    const f = verifyCli([files.signedPdf!, '--receipt', file]);
    expect(f.code).toBe(1);
    expect(f.stdout).toContain('回执与PDF不是用同一个证书签名的');
  });

  it('exits 2 for a receipt that is not one, and for a file that is not a PDF', () => {
    const notJson = writeTemp(plain, 'not.json', Buffer.from('{ nope'));
    const a = verifyCli([files.plainPdf!, '--receipt', notJson]);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('不是有效的JSON文件，不是签发回执');
    const other = writeTemp(plain, 'other.json', Buffer.from('{"format":"something-else"}'));
    expect(verifyCli([files.plainPdf!, '--receipt', other]).stderr).toContain('不是签发回执（缺少 "format"');
    const future = edited(files.plainReceipt!, 'v9.json', (j) => ((j as Record<string, unknown>).formatVersion = 9));
    expect(verifyCli([files.plainPdf!, '--receipt', future]).stderr).toContain('格式版本为9，本程序只能读取第1版');
    const notPdf = verifyCli([files.plainReceipt!, '--receipt', files.plainReceipt!]);
    expect(notPdf.code).toBe(2);
    expect(notPdf.stderr).toContain('不是PDF文件');
  });
});

describe('the receipt through the API', () => {
  it('signoff.receipt signs with the certificate; verify.pdf checks receipt and trusted list from bytes', async () => {
    const receipt = await signed.h.call<Output<'signoff.receipt'>>('signoff.receipt', {
      id: signed.approvedId,
      version: 1,
      certificate: { data: p12Base64(supervisor, PASSWORD), password: PASSWORD },
    });
    expect(receipt.signed).toBe(true);
    expect(receipt.fileName).toBe('2024年度通道侗族自治县公安局部门整体支出绩效自评报告（第1版签发回执）.receipt.json');
    expect(parseReceipt(receipt.content).signature?.signer).toBe('CN=Li Juzhang, O=Tongdao County');

    const ok = await plain.h.call<Output<'verify.pdf'>>('verify.pdf', {
      data: signed.approvedPdf.toString('base64'),
      receipt: receipt.content,
      trustedCertificates: readFileSync(files.caPem!).toString('base64'),
    });
    // The bureau's own database holds no such approval; the receipt and the list are what vouch for the file.
    expect(ok.verdict).toBe('unknown-approval');
    expect(ok.receipt).toMatchObject({ ok: true, problems: [], trusted: true });
    expect(ok.signature).toMatchObject({ trusted: true, problem: null });
    expect(ok.trustedCount).toBe(1);

    const bad = await plain.h.call<Output<'verify.pdf'>>('verify.pdf', {
      data: signed.approvedPdf.toString('base64'),
      receipt: receipt.content,
      trustedCertificates: readFileSync(files.strangerPem!).toString('base64'),
    });
    expect(bad.receipt?.ok).toBe(false);
    expect(bad.receipt?.problems.join('\n')).toContain('不在受信任的证书清单中');
    expect(bad.signature?.trusted).toBe(false);

    const broken = await plain.h.attempt('verify.pdf', {
      data: signed.approvedPdf.toString('base64'),
      receipt: '{"format":"selfeval-signoff-receipt","formatVersion":1}',
    });
    expect(broken).toMatchObject({ ok: false, error: { code: 'bad-receipt' } });
  });

  it('an unsigned receipt through the API is the same file selfeval receipt writes', async () => {
    const receipt = await plain.h.call<Output<'signoff.receipt'>>('signoff.receipt', {
      id: plain.approvedId,
      version: 1,
    });
    expect(receipt.signed).toBe(false);
    expect(receipt.content).toBe(readFileSync(files.plainReceipt!, 'utf8'));
    const copy = path.join(plain.h.dir, 'plain-copy.receipt.json');
    copyFileSync(files.plainReceipt!, copy);
    expect(verifyCli([files.plainPdf!, '--receipt', copy]).code).toBe(0);
  });
});

describe('the bundled command', () => {
  it('selfeval receipt and selfeval verify --receipt, as the department and the bureau run them', () => {
    const cli = path.join(process.cwd(), 'dist', 'cli', 'selfeval.mjs');
    const out = path.join(plain.h.dir, 'bundled.receipt.json');
    const written = execFileSync(
      'node',
      [cli, 'receipt', files.signedPdf!, '--db', dbCopy(signed), '--p12', files.supervisorP12!, '-o', out],
      { encoding: 'utf8', env: { ...process.env, [PASSWORD_VARIABLE]: PASSWORD } },
    );
    expect(written).toContain('已写出签发回执');
    expect(written).toContain('已加数字签名');
    const verified = execFileSync(
      'node',
      [cli, 'verify', files.signedPdf!, '--receipt', out, '--trusted', files.caPem!],
      {
        encoding: 'utf8',
      },
    );
    expect(verified).toContain('PDF与签发回执一致');
    const refused = spawnSync('node', [cli, 'verify', files.draftPdf!, '--receipt', out], { encoding: 'utf8' });
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('PDF与回执不符');
  });
});
