/**
 * Issue 15, items 10 and 11, at 1366×768 in Chromium: the printed address of the loopback server works in a second
 * tab and when reopened, a page without the token says so instead of showing an empty list; the backup page names
 * backups in the clerk's local time, says which reports each holds, and refuses a wrong file before it asks.
 */
// The server (in this process) and the page both run on China Standard Time, as a county PC does.
process.env.TZ = 'Asia/Shanghai';

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { listAudit } from '../../electron/db/audit-log';
import { createReportService } from '../../electron/services/report-service';
import { openApp, screenshotDir, startHarness, type Harness } from './editor-harness';
import { pdfText } from '../pdf/pdf-test-kit';

const LAPTOP = { width: 1366, height: 768 };
const UNIT = '通道侗族自治县农业农村局';
let h: Harness;
let page: Page;
let id = '';

function laptopShot(p: Page, name: string): Promise<Buffer> {
  return p.screenshot({ path: path.join(screenshotDir, `laptop-${name}.png`) });
}

beforeAll(async () => {
  h = await startHarness({ viewport: LAPTOP, timezoneId: 'Asia/Shanghai' });
  page = h.page;
  const service = createReportService(h.db, { appVersion: 'test' });
  id = (await service['report.create']({ unitName: UNIT, year: 2024 })).id;
});

afterAll(async () => {
  await h?.close();
});

describe('item 10: the printed address works for the life of the server', () => {
  const printed = () => `${h.server.url}#token=${h.server.token}`;

  it('serves 127.0.0.1 on a random port, and the page drops the token from the address bar', async () => {
    expect(h.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    await openApp(h);
    expect(page.url()).not.toContain('token');
    await page.getByText('全部报告（1）').waitFor();
  });

  it('a second tab opened on the server’s address, and the printed address reopened, show the reports', async () => {
    const second = await h.context.newPage();
    await second.goto(h.server.url);
    await second.getByText('全部报告（1）').waitFor();
    await second.getByText(UNIT).first().waitFor();
    await second.close();
    const again = await h.context.newPage();
    await again.goto(printed());
    await again.getByText('全部报告（1）').waitFor();
    await again.close();
    await page.reload();
    await page.getByText('全部报告（1）').waitFor();
  });

  it('without the token (another browser) a page says how to connect, never an empty list', async () => {
    const other = await h.browser.newContext({ viewport: LAPTOP, locale: 'zh-CN' });
    const stranger = await other.newPage();
    await stranger.goto(h.server.url);
    const notice = stranger.getByTestId('no-token');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('报告数据在本机的数据库中，没有丢失');
    expect(await stranger.getByText('全部报告（0）').count()).toBe(0);
    await laptopShot(stranger, '10-no-token');
    // A wrong token (an earlier run's) is no better than none; the API still refuses calls without the right one.
    await stranger.goto(`${h.server.url}#token=wrong-token`);
    await stranger.reload();
    await stranger.getByTestId('no-token').waitFor();
    const refused = await stranger.evaluate(
      async () => (await fetch('./api/report.list', { method: 'POST', body: '{}' })).status,
    );
    expect(refused).toBe(403);
    await other.close();
  });
});

describe('item 9: a PDF of a report with open 强制 errors is marked 草稿 on every page', () => {
  it('says so before the export, and the PDF read back has the mark on each page', async () => {
    await page.goto(`${h.server.url}#/report/${id}/pdf`);
    await page.locator('[data-screen="pdf"]').waitFor();
    const errors = Number(/强制 (\d+) 项/.exec(await page.getByTestId('checks-summary').innerText())?.[1]);
    expect(errors).toBeGreaterThan(0);
    expect(await page.getByTestId('pdf-draft-note').innerText()).toContain(`还有${errors}项强制错误未改正`);
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/export.pdf'));
    await page.locator('[data-action="export-pdf"]').click();
    const body = (await (await answer).json()) as { ok: boolean; value: { base64: string; pages: number } };
    expect(body.ok).toBe(true);
    const text = pdfText(Buffer.from(body.value.base64, 'base64'));
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages).toHaveLength(body.value.pages);
    for (const p of pages) expect(p).toContain(`草稿：有${errors}项强制错误未改正，不是正式报送文本`);
    await page.locator('.pdf-page[data-page="1"][data-state="rendered"] canvas').waitFor();
    await laptopShot(page, '09-draft-pdf');
    await page.getByRole('link', { name: '报告列表' }).click();
  });
});

describe('item 11: backups a clerk can read, and a wrong file refused before the question', () => {
  it('names a backup in local time, as the list shows it, and lists the reports it holds', async () => {
    await page.getByRole('link', { name: '备份与恢复' }).click();
    await page.getByRole('button', { name: '立即备份' }).click();
    const row = page.locator('.ant-table-tbody tr').first();
    await row.getByText(`${UNIT} 2024年度`).waitFor();
    const files = readdirSync(path.join(h.dir, 'backups')).filter((f) => f.endsWith('-manual.sqlite'));
    expect(files).toHaveLength(1);
    const m = /^selfeval-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})\+0800-manual\.sqlite$/.exec(files[0]!);
    expect(m).not.toBeNull();
    const [, y, mo, d, hh, mi, ss] = m!;
    expect(await row.innerText()).toContain(`${y}年${Number(mo)}月${Number(d)}日 ${hh}:${mi}:${ss}`);
    await laptopShot(page, '11-backup-list');
  });

  it('refuses a PDF at once, without asking whether to replace every report', async () => {
    await page.locator('[data-testid="backup-file-input"]').setInputFiles({
      name: '2024年度自评报告.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n'),
    });
    const refusal = page.locator('.ant-modal-confirm').filter({ hasText: '不能用这个文件恢复' });
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('“2024年度自评报告.pdf”不是本程序的备份文件');
    expect(await page.getByText('当前所有报告将被替换').count()).toBe(0);
    await laptopShot(page, '12-wrong-file-refused');
    await refusal.getByRole('button').click();
  });

  it('asks before restoring a listed backup, saying what it holds; the audit log names it by time and kind', async () => {
    await page.locator('.ant-table-tbody tr').first().getByRole('button', { name: '恢复' }).click();
    const confirm = page.locator('.ant-modal-confirm').filter({ hasText: '当前所有报告将被替换' });
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain(`该备份包含：${UNIT} 2024年度`);
    await laptopShot(page, '13-restore-question');
    await confirm.getByRole('button', { name: /恢\s*复/ }).click();
    await expect.poll(() => listAudit(h.db, id).at(-1)?.action).toBe('restore-backup');
    await laptopShot(page, '14-restored');
    const note = listAudit(h.db, id).at(-1)?.newValue ?? '';
    expect(note).toMatch(/^从备份“\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}:\d{2}的手动备份”恢复/);
    expect(note).not.toContain('selfeval-');
  });
});
