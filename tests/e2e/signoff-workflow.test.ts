/**
 * The whole sign-off workflow in Chromium, as a clerk and a supervisor would walk it: submit with a 提示 left
 * unexplained (refused, with the list), acknowledge it, submit, the supervisor returns it with a reason, the clerk
 * fixes the figure, submits again, the supervisor prepares the PDF, looks at it and approves it, downloads the
 * approved PDF, and verifies it (unchanged), then a copy with one byte flipped (altered) — picked and dropped.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createReport, getReport } from '../../electron/db/report-store';
import { findApprovalByPdf, sha256Hex } from '../../electron/db/signoff-store';
import { fixReferenceFindings } from '../fixtures/fixed-reference';
import { flipOneByte } from '../fixtures/flip-one-byte';
import {
  field,
  openApp,
  openScreen,
  referenceReport,
  shot,
  startHarness,
  typeInto,
  waitSaved,
  type Harness,
} from './editor-harness';

let h: Harness;
let page: Page;
let id = '';
let approvedPdf: Buffer = Buffer.alloc(0);

/** The reference with its findings answered, except the 辅警 staffing warning, left for the clerk. */
const almostReady = () => fixReferenceFindings(referenceReport(), ['staffing']);

async function statusIs(text: string): Promise<void> {
  await page.locator('.signoff-status .ant-tag').filter({ hasText: text }).waitFor();
}

async function verifyByPicking(name: string, bytes: Buffer): Promise<void> {
  await page
    .locator('.verify-page .ant-upload-drag input[type="file"]')
    .setInputFiles({ name, mimeType: 'application/pdf', buffer: bytes });
}

beforeAll(async () => {
  h = await startHarness();
  page = h.page;
  id = createReport(h.db, {
    title: '2024年度通道侗族自治县公安局部门整体支出绩效自评报告',
    report: almostReady(),
    summary: '新建',
  }).id;
});

afterAll(async () => {
  await h?.close();
});

describe('sign-off in the browser', () => {
  it('refuses submission while a 提示 is unexplained, listing it', async () => {
    await openApp(h);
    await page.evaluate((reportId) => (window.location.hash = `#/report/${reportId}/signoff`), id);
    await page.locator('[data-screen="signoff"]').waitFor();
    await statusIs('草稿');
    await page.locator('.signoff-submit').click();
    const refusal = page.locator('.ant-alert-error').filter({ hasText: '送审未成功' });
    await refusal.waitFor();
    await expect(refusal.innerText()).resolves.toContain('［提示未说明］');
    await expect(refusal.innerText()).resolves.toContain('辅警');
    await shot(page, 'signoff-01-refused');
    expect(getReport(h.db, id).status).toBe('draft');
  });

  it('submits once the warning is acknowledged; the forms are then locked', async () => {
    await page.locator('.editor-checks').getByText('确认无误').first().click();
    await waitSaved(page);
    await openScreen(page, 'signoff');
    await page.locator('.signoff-submit').click();
    await statusIs('待审核');
    expect(getReport(h.db, id).status).toBe('submitted');
    await openScreen(page, 'staffing');
    await expect(field(page, 'staffing.auxiliaryAuthorized').isDisabled()).resolves.toBe(true);
    await page.locator('.locked-banner').waitFor();
    await shot(page, 'signoff-02-locked');
  });

  it('the supervisor returns it with a reason; the clerk fixes the figure and submits again', async () => {
    await openScreen(page, 'signoff');
    await page.getByLabel('审核人').fill('李局长');
    await page.getByRole('button', { name: '退回…' }).click();
    await page.getByLabel('退回原因').fill('辅警编制数请按编办批复更正');
    await page
      .locator('.ant-modal')
      .getByRole('button', { name: /退\s*回/ })
      .click();
    await statusIs('退回');
    await page.getByText('退回原因：辅警编制数请按编办批复更正').waitFor();
    await shot(page, 'signoff-03-returned');

    await openScreen(page, 'staffing');
    const authorized = field(page, 'staffing.auxiliaryAuthorized');
    await expect(authorized.isDisabled()).resolves.toBe(false);
    await typeInto(authorized, '305');
    await authorized.press('Tab');
    await waitSaved(page);
    expect(getReport(h.db, id).report.staffing.auxiliaryAuthorized).toBe(305);
    await openScreen(page, 'signoff');
    await page.getByText('审核通过，可以送审').waitFor();
    await page.locator('.signoff-submit').click();
    await statusIs('待审核');
  });

  it('the supervisor looks at the PDF and approves exactly that file', async () => {
    await page.getByLabel('审核人').fill('李局长');
    await page.getByLabel('职务').fill('局长');
    await page.getByLabel('审核意见').fill('同意报送');
    await page.getByRole('button', { name: '生成签发用PDF' }).click();
    const prepared = page.locator('.signoff-prepared');
    await prepared.waitFor({ timeout: 60_000 });
    await prepared.locator('canvas').first().waitFor({ timeout: 30_000 });
    const shownSha = /SHA-256：([0-9a-f]{64})/.exec(await prepared.innerText())?.[1];
    expect(shownSha).toMatch(/^[0-9a-f]{64}$/);
    await shot(page, 'signoff-04-prepared');
    await page.getByRole('button', { name: '签发这份PDF…' }).click();
    // 签发 cannot be undone: it is confirmed once more, naming the version and the file.
    const confirm = page.locator('.ant-modal-confirm');
    expect(await confirm.innerText()).toContain('确认签发第1版？');
    expect(await confirm.innerText()).toContain(shownSha!.slice(0, 12));
    expect(getReport(h.db, id).status).toBe('submitted');
    await confirm.getByRole('button', { name: /签\s*发/ }).click();
    await statusIs('已签发');
    expect(getReport(h.db, id).status).toBe('approved');
    expect(findApprovalByPdf(h.db, shownSha!)).toMatchObject({ version: 1, approverName: '李局长' });
    await shot(page, 'signoff-05-approved');
  });

  it('points the clerk from 导出PDF to the approved PDF once approved', async () => {
    await openScreen(page, 'pdf');
    await page.locator('.pdf-approved-note').waitFor();
    await page.getByRole('button', { name: '去下载签发PDF' }).click();
    await page.locator('[data-screen="signoff"]').waitFor();
  });

  it('downloads the approved PDF: the same bytes that were approved', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .locator('.signoff-card')
        .filter({ hasText: '签发记录' })
        .getByRole('button', { name: /^下\s*载$/ })
        .click(),
    ]);
    approvedPdf = readFileSync(await download.path());
    expect(approvedPdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(findApprovalByPdf(h.db, sha256Hex(approvedPdf))).not.toBeNull();
    expect(download.suggestedFilename()).toContain('第1版签发');
    // The full SHA-256 is on screen, to copy onto paper or into a message.
    await expect(page.getByTestId('approval-sha-1').innerText()).resolves.toBe(sha256Hex(approvedPdf));
  });

  it('verifies the downloaded file as unchanged, and a copy with one byte flipped as altered', async () => {
    await page.locator('.app-nav').getByText('核验PDF').click();
    await page.locator('.verify-page').waitFor();
    // The hash as copied from paper: in groups, in capitals.
    const copied = (sha256Hex(approvedPdf).toUpperCase().match(/.{8}/g) ?? []).join(' ');
    await page.getByPlaceholder(/抄在签发单上或消息中的64位哈希/).fill(copied);
    await verifyByPicking('签发版.pdf', approvedPdf);
    await page.locator('.verify-result[data-verdict="approved"]').waitFor();
    await expect(page.locator('.verify-result').innerText()).resolves.toContain('文件未被改动');
    await expect(page.locator('.verify-expected-result').innerText()).resolves.toContain('与填写的SHA-256一致');
    await shot(page, 'signoff-06-verified');

    await verifyByPicking('改过的.pdf', flipOneByte(approvedPdf));
    await page.locator('.verify-result[data-verdict="altered"]').waitFor();
    await expect(page.locator('.verify-result').innerText()).resolves.toContain('文件已被改动');
    await expect(page.locator('.verify-expected-result').innerText()).resolves.toContain('与填写的SHA-256不一致');
    await shot(page, 'signoff-07-altered');
    await page.getByPlaceholder(/抄在签发单上或消息中的64位哈希/).fill('');
  });

  it('a PDF dropped anywhere on the app is verified', async () => {
    await page.locator('.app-nav').getByText('报告列表').click();
    await page.getByText('2024年度通道侗族自治县公安局').first().waitFor();
    await page.evaluate((b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], '拖入的.pdf', { type: 'application/pdf' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, approvedPdf.toString('base64'));
    await page.locator('.verify-result[data-verdict="approved"]').waitFor();
    expect(page.url()).toContain('#/verify');

    // Dropped on the verify page's own drop zone, it is still checked once, not by the window and the zone both.
    const verifyCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/verify.pdf')) verifyCalls.push(request.url());
    });
    await page.evaluate((b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], '拖入的.pdf', { type: 'application/pdf' }));
      const zone = document.querySelector('.verify-page .ant-upload-drag .ant-upload-btn');
      if (!zone) throw new Error('the verify page has no drop zone');
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, approvedPdf.toString('base64'));
    await expect.poll(() => verifyCalls.length).toBeGreaterThan(0);
    await page.locator('.verify-result[data-verdict="approved"]').waitFor();
    // Any second check would have been sent at once; give it time to show up.
    await page.waitForTimeout(500);
    expect(verifyCalls).toHaveLength(1);
  });

  it('shows the audit log with the whole story and an intact chain', async () => {
    await page.evaluate((reportId) => (window.location.hash = `#/report/${reportId}/audit`), id);
    await page.locator('[data-screen="audit"] .audit-chain').waitFor();
    const text = await page.locator('[data-screen="audit"]').innerText();
    expect(text).toContain('日志完整');
    for (const action of ['签发', '送审', '退回', '修改', '新建']) expect(text).toContain(action);
    expect(text).toContain('李局长');
    await shot(page, 'signoff-08-audit');
    expect(h.consoleErrors).toEqual([]);
    expect(h.foreignRequests).toEqual([]);
  });
});
