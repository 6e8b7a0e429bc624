/**
 * The 签发回执 and the trusted certificate list in Chromium. The supervisor sets "签发须使用证书" (and the approval
 * card then says so), approves with a real .p12 made here (issued by a test CA), and downloads the approved PDF and
 * its signed receipt. At the finance bureau, on the 核验PDF page, the clerk picks the receipt and the CA's
 * certificate (.pem; bytes, never a path) and then the PDF: the receipt agrees and the signer is on the list.
 * With another list the signer is not on it; a PDF with one byte flipped no longer matches the receipt.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createReport, getReport } from '../../electron/db/report-store';
import { findApprovalByPdf, sha256Hex } from '../../electron/db/signoff-store';
import { readPolicy } from '../../electron/services/signoff/signoff-policy';
import { fixReferenceFindings } from '../fixtures/fixed-reference';
import { flipOneByte } from '../fixtures/flip-one-byte';
import { certificatePem, identity, p12Base64 } from '../signoff/test-certificates';
import { openApp, referenceReport, shot, startHarness, type Harness } from './editor-harness';

const PASSWORD = 'zhengshu-2025';

let h: Harness;
let page: Page;
let id = '';
let approvedPdf: Buffer = Buffer.alloc(0);
let receipt: Buffer = Buffer.alloc(0);
const ca = identity('County Finance Test CA', '11');
const supervisor = identity('Li Juzhang', '12', ca);
const stranger = identity('Somebody Else', '13');

async function statusIs(text: string): Promise<void> {
  await page.locator('.signoff-status .ant-tag').filter({ hasText: text }).waitFor();
}

async function download(button: ReturnType<Page['locator']>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

async function pick(testId: string, name: string, buffer: Buffer, mimeType: string): Promise<void> {
  await page.getByTestId(testId).locator('input[type="file"]').setInputFiles({ name, mimeType, buffer });
  await page.getByTestId(testId).getByText(`「${name}」`).waitFor();
}

async function verifyPdf(name: string, bytes: Buffer): Promise<void> {
  await page
    .locator('.verify-page .ant-upload-drag input[type="file"]')
    .setInputFiles({ name, mimeType: 'application/pdf', buffer: bytes });
}

beforeAll(async () => {
  h = await startHarness();
  page = h.page;
  id = createReport(h.db, {
    title: '2024年度通道侗族自治县公安局部门整体支出绩效自评报告',
    report: fixReferenceFindings(referenceReport()),
    summary: '新建',
  }).id;
});

afterAll(async () => {
  await h?.close();
});

describe('签发回执 and trusted certificates in the browser', () => {
  it('the supervisor requires a certificate for 签发; the approval card says so', async () => {
    await openApp(h);
    await page.evaluate((reportId) => (window.location.hash = `#/report/${reportId}/signoff`), id);
    await page.locator('[data-screen="signoff"]').waitFor();
    const policy = page.locator('.signoff-policy');
    await policy.getByText('签发须使用证书（PAdES数字签名）').click();
    await policy.getByRole('button', { name: '保存签发设置' }).click();
    await page.getByText('签发设置已保存').waitFor();
    expect(readPolicy(h.db).requireCertificate).toBe(true);

    await page.locator('.signoff-submit').click();
    await statusIs('待审核');
    await page.getByText('数字签名（本机设置为签发须使用证书）：').waitFor();
    // Without a certificate the PDF is not even prepared.
    await page.getByLabel('审核人').fill('李局长');
    await page.getByLabel('职务').fill('局长');
    await page.getByRole('button', { name: '生成签发用PDF' }).click();
    await page.getByText('本机设置为签发须使用证书：请选择审核人的 .p12/.pfx 证书并填写密码').waitFor();
    await shot(page, 'receipt-01-certificate-required');
  });

  it('approves with the certificate, then downloads the approved PDF and its signed receipt', async () => {
    await page.locator('.signoff-certificate input[type="file"]').setInputFiles({
      name: '李局长.p12',
      mimeType: 'application/x-pkcs12',
      buffer: Buffer.from(p12Base64(supervisor, PASSWORD), 'base64'),
    });
    await page.getByLabel('证书密码').fill(PASSWORD);
    await page.getByRole('button', { name: '生成签发用PDF' }).click();
    const prepared = page.locator('.signoff-prepared');
    await prepared.waitFor({ timeout: 60_000 });
    await prepared.getByText('已用所选证书加数字签名（PAdES）').waitFor();
    await page.getByRole('button', { name: '签发这份PDF…' }).click();
    // 签发 is confirmed once more (the editor's confirmation step).
    const confirm = page.locator('.ant-modal-confirm');
    await confirm.getByRole('button', { name: /签\s*发/ }).click();
    await statusIs('已签发');
    expect(getReport(h.db, id).status).toBe('approved');

    const approvals = page.locator('.signoff-approvals');
    const pdf = await download(approvals.getByRole('button', { name: /^下\s*载$/ }));
    approvedPdf = pdf.bytes;
    expect(findApprovalByPdf(h.db, sha256Hex(approvedPdf))).not.toBeNull();
    // The certificate chosen for 签发 is still chosen: the receipt is signed with it.
    await approvals.getByText('回执签名证书（可选）：').waitFor();
    const got = await download(page.getByTestId('receipt-1'));
    expect(got.name).toBe('2024年度通道侗族自治县公安局部门整体支出绩效自评报告（第1版签发回执）.receipt.json');
    receipt = got.bytes;
    const json = JSON.parse(receipt.toString('utf8'));
    expect(json).toMatchObject({
      format: 'selfeval-signoff-receipt',
      receipt: { pdfSha256: sha256Hex(approvedPdf), approverName: '李局长' },
      signature: { type: 'cms-detached', signer: 'CN=Li Juzhang, O=Tongdao County' },
    });
    await page.getByText('已下载签发回执（已用所选证书签名）').waitFor();
    await shot(page, 'receipt-02-approved');
  });

  it('at the bureau: the receipt and the trusted list picked, the PDF agrees and its signer is trusted', async () => {
    await page.locator('.app-nav').getByText('核验PDF').click();
    await page.locator('.verify-page').waitFor();
    await pick('receipt-file', '签发回执.receipt.json', receipt, 'application/json');
    await pick('trusted-file', '财政局受信任证书.pem', certificatePem(ca), 'application/x-pem-file');
    await verifyPdf('报送的签发版.pdf', approvedPdf);
    const result = page.locator('.verify-receipt-result');
    await result.waitFor();
    const text = await result.innerText();
    expect(text).toContain('PDF与签发回执一致');
    expect(text).toContain('回执的签名证书在受信任的证书清单中');
    await expect(page.locator('.verify-result').innerText()).resolves.toContain('签名证书在受信任的证书清单中');
    await shot(page, 'receipt-03-bureau-verified');
  });

  it('another list: the signer is not on it, and the PDF is checked again at once', async () => {
    await page
      .getByTestId('trusted-file')
      .getByRole('button', { name: /不\s*用/ })
      .click();
    await pick('trusted-file', '别的清单.pem', certificatePem(stranger), 'application/x-pem-file');
    const result = page.locator('.verify-receipt-result');
    await result.filter({ hasText: '签发回执核验未通过' }).waitFor();
    const text = await result.innerText();
    expect(text).toContain('回执的签名证书（CN=Li Juzhang, O=Tongdao County）不在受信任的证书清单中');
    await expect(page.locator('.verify-result').innerText()).resolves.toContain('签名证书不在受信任的证书清单中');
    await shot(page, 'receipt-04-untrusted');
  });

  it('a PDF with one byte flipped no longer matches the receipt', async () => {
    await page
      .getByTestId('trusted-file')
      .getByRole('button', { name: /不\s*用/ })
      .click();
    await verifyPdf('改过的.pdf', flipOneByte(approvedPdf));
    const result = page.locator('.verify-receipt-result');
    await result.filter({ hasText: '签发回执核验未通过' }).waitFor();
    await expect(result.innerText()).resolves.toContain('PDF与回执不符：本文件的SHA-256为');
    await shot(page, 'receipt-05-altered');
    expect(h.consoleErrors).toEqual([]);
    expect(h.foreignRequests).toEqual([]);
  });

  it("on the bureau's own computer (no approvals in its database) the receipt's result is the headline", async () => {
    const bureau = await startHarness({ viewport: { width: 1366, height: 768 } });
    try {
      const p = bureau.page;
      await openApp(bureau);
      await p.locator('.app-nav').getByText('核验PDF').click();
      await p.locator('.verify-page').waitFor();
      const receiptPicker = p.getByTestId('receipt-file');
      await receiptPicker
        .locator('input[type="file"]')
        .setInputFiles({ name: '签发回执.receipt.json', mimeType: 'application/json', buffer: receipt });
      await receiptPicker.getByText('「签发回执.receipt.json」').waitFor();
      await p
        .locator('.verify-page .ant-upload-drag input[type="file"]')
        .setInputFiles({ name: '报送的签发版.pdf', mimeType: 'application/pdf', buffer: approvedPdf });
      const headline = p.locator('.verify-result[data-headline-from="receipt"]');
      await headline.waitFor();
      const text = await headline.innerText();
      expect(text).toContain('与签发回执一致：是回执记载的签发版');
      expect(text).toContain('本机数据库中没有这次签发的记录');
      expect(text).not.toContain('无法确认');
      await shot(p, 'receipt-06-bureau-own-database');
      expect(bureau.consoleErrors).toEqual([]);
    } finally {
      await bureau.close();
    }
  });
});
