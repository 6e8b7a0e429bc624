/**
 * End to end in Debian's Chromium: the built renderer served by the real loopback server on a fresh database.
 * The clerk imports the reference report through the 导入报告文件 button, sees it in the list, opens it and reads
 * the reference figures in the assembled document. Screenshots go to test-artifacts/screenshots/.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/db/db-handle';
import { DatabaseHolder } from '../../electron/db/database-holder';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { launchChromium } from './chromium';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const rendererDir = path.join(repoRoot, 'dist', 'renderer');
const screenshotDir = path.join(repoRoot, 'test-artifacts', 'screenshots');
const fixture = path.join(repoRoot, 'tests', 'fixtures', 'reference-2024.selfeval.json');
const UNIT = '通道侗族自治县公安局';

let dir: string;
let db: Db;
let holder: DatabaseHolder;
let server: WebServer;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];
const foreignRequests: string[] = [];

beforeAll(async () => {
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(
      '找不到 dist/renderer/index.html：端到端测试需要先构建界面，请先运行 npm run build（npm test 会自动构建）',
    );
  }
  mkdirSync(screenshotDir, { recursive: true });
  dir = mkdtempSync(path.join(tmpdir(), 'selfeval-e2e-'));
  holder = await DatabaseHolder.open(path.join(dir, 'selfeval.sqlite'));
  db = holder.handle;
  server = await startWebServer({ holder, staticDir: rendererDir, today: () => '2025-05-29' });
  browser = await launchChromium();
  // Reduced motion: the app then shows dialogs without animation, so screenshots catch them fully drawn.
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', reducedMotion: 'reduce' });
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(String(err)));
  // The app works offline: anything not addressed to our own server is recorded and refused.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url)) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('reference report in the browser', () => {
  it('opens the empty list with the token from the address, then drops the token from the address bar', async () => {
    await page.goto(`${server.url}#token=${server.token}`);
    await page.getByRole('main').getByText('报告列表').waitFor();
    await page.getByText('还没有报告').waitFor();
    expect(page.url()).not.toContain('token');
    expect(await page.evaluate(() => localStorage.getItem('selfeval.token'))).toBe(server.token);
    await page.screenshot({ path: path.join(screenshotDir, '01-empty-list.png') });
  });

  it('imports the reference file through the 导入报告文件 button and lists it', async () => {
    await page.getByRole('button', { name: '导入报告文件' }).waitFor();
    await page.locator('[data-testid="import-file-input"]').setInputFiles(fixture);
    const row = page.locator('tr.clickable-row', { hasText: UNIT });
    await row.waitFor();
    const cells = await row.locator('td').allInnerTexts();
    expect(cells[0]).toBe(UNIT);
    expect(cells[1]).toBe('2024');
    expect(cells[2]).toContain('部门整体支出绩效自评报告');
    expect(cells[3]).toBe('草稿');
    expect(cells[4]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    await page.screenshot({ path: path.join(screenshotDir, '02-list-with-reference.png') });
  });

  it('survives a reload (the token is kept for this tab)', async () => {
    await page.reload();
    await page.locator('tr.clickable-row', { hasText: UNIT }).waitFor();
  });

  it('opens the report and shows the reference figures, headings and attachment tables', async () => {
    await page.locator('tr.clickable-row', { hasText: UNIT }).click();
    // The report opens in the editor; its 预览全文 shows the assembled document beside the checks.
    await page.getByRole('button', { name: '预览全文' }).click();
    // The parts below the first screen are drawn just after it is painted.
    const doc = page.locator('article.doc-page[data-complete]');
    await doc.waitFor();
    await page.getByText('审核结果').first().waitFor();
    const text = await doc.innerText();
    expect(await page.locator('h1.doc-title').innerText()).toBe(`${UNIT}部门整体支出绩效自评报告`);
    for (const figure of ['5521.28', '6304.13', '6304.03', '93.85%', '96.9']) expect(text).toContain(figure);
    for (const heading of [
      '一、部门、单位基本情况',
      '二、部门整体支出管理及使用情况',
      '六、部门整体支出绩效情况',
      '九、其他需要说明的情况',
    ]) {
      expect(await page.locator('h2.doc-h1', { hasText: heading }).count()).toBe(1);
    }
    expect(await page.locator('table.doc-table').count()).toBe(2);
    expect(await page.locator('.doc-attachment-title').allInnerTexts()).toEqual([
      '2024年度部门整体支出绩效评价基础数据表',
      '2024年度部门整体支出绩效自评表',
    ]);
    await page.screenshot({ path: path.join(screenshotDir, '03-report-top.png') });
    await page.locator('.doc-signature').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshotDir, '04-signature.png') });
    await page.locator('.doc-attachment').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshotDir, '05-attachment-1.png') });
    await page.locator('.doc-attachment').nth(1).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshotDir, '06-attachment-2.png') });
  });

  it('goes back to the list, and explains in Chinese why a damaged file cannot be imported', async () => {
    await page.getByRole('button', { name: /返回报告列表/ }).click();
    await page.locator('tr.clickable-row', { hasText: UNIT }).waitFor();
    const bad = path.join(repoRoot, 'tests', 'fixtures', 'bad', 'truncated.selfeval.json');
    await page.locator('[data-testid="import-file-input"]').setInputFiles(bad);
    const dialog = page.locator('.ant-modal-confirm');
    await dialog.waitFor();
    const text = await dialog.innerText();
    expect(text).toContain('无法导入“truncated.selfeval.json”');
    expect(text).toMatch(/[\u4e00-\u9fa5]{4,}/);
    await page.screenshot({ path: path.join(screenshotDir, '07-import-refused.png') });
    await dialog.getByRole('button').last().click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('tr.clickable-row').count()).toBe(1);
  });

  it('gives the page no Node.js, no Electron bridge, no console errors and no requests elsewhere', async () => {
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    expect(await page.evaluate(() => typeof (window as { selfeval?: unknown }).selfeval)).toBe('undefined');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
