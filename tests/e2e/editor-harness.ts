/**
 * Shared set-up for the editor's browser tests (the pattern of reference-report.test.ts): the built renderer served
 * by the real loopback server on a fresh SQLite file, Debian's Chromium driven by playwright-core, the clipboard
 * granted so blocks are pasted with a real Ctrl+V, and every console error or foreign request recorded.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import type { Db } from '../../electron/db/db-handle';
import { DatabaseHolder } from '../../electron/db/database-holder';
import { startWebServer, type WebServer } from '../../electron/web/server';
import type { Report } from '../../shared/model/report';
import { launchChromium } from './chromium';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const screenshotDir = path.join(repoRoot, 'test-artifacts', 'screenshots');
export const fixturePath = path.join(repoRoot, 'tests', 'fixtures', 'reference-2024.selfeval.json');
export const UNIT = '通道侗族自治县公安局';

export function referenceReport(): Report {
  return (JSON.parse(readFileSync(fixturePath, 'utf8')) as { report: Report }).report;
}

export interface Harness {
  dir: string;
  db: Db;
  server: WebServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  foreignRequests: string[];
  close(): Promise<void>;
}

export async function startHarness(
  options: { today?: string; viewport?: { width: number; height: number }; timezoneId?: string } = {},
): Promise<Harness> {
  const rendererDir = path.join(repoRoot, 'dist', 'renderer');
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(
      '找不到 dist/renderer/index.html：端到端测试需要先构建界面，请先运行 npm run build（npm test 会自动构建）',
    );
  }
  mkdirSync(screenshotDir, { recursive: true });
  const dir = mkdtempSync(path.join(tmpdir(), 'selfeval-editor-e2e-'));
  const holder = await DatabaseHolder.open(path.join(dir, 'selfeval.sqlite'));
  const db = holder.handle;
  const server = await startWebServer({ holder, staticDir: rendererDir, today: () => options.today ?? '2025-05-29' });
  const browser = await launchChromium();
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    locale: 'zh-CN',
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    reducedMotion: 'reduce',
    acceptDownloads: true,
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(String(err)));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url) || url.startsWith('blob:')) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  return {
    dir,
    db,
    server,
    browser,
    context,
    page,
    consoleErrors,
    foreignRequests,
    async close() {
      await browser.close();
      await server.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Until the editor says its last change is saved. */
export async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-save-state="saved"]').waitFor();
}

export async function openApp(h: Harness): Promise<void> {
  await h.page.goto(`${h.server.url}#token=${h.server.token}`);
  await h.page.getByText('报告列表').first().waitFor();
}

export function shot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: path.join(screenshotDir, `editor-${name}.png`) });
}

/** The input bound to a report field. */
export function field(page: Page, fieldPath: string): Locator {
  return page.locator(`[data-field-path="${fieldPath}"]`);
}

export async function openScreen(page: Page, view: string): Promise<void> {
  await page.locator(`button.nav-item[data-view="${view}"]`).click();
  await page.locator(`[data-screen="${view}"]`).waitFor();
}

/** Copies text to the system clipboard and pastes it with Ctrl+V into the focused element, as a clerk would. */
export async function pasteInto(page: Page, target: Locator, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await target.focus();
  await page.keyboard.press('Control+V');
}

/** Types into a field through the keyboard, replacing what was there. */
export async function typeInto(target: Locator, text: string): Promise<void> {
  await target.click();
  await target.press('Control+A');
  await target.press('Delete');
  await target.pressSequentially(text);
}

/** The report id the editor has open (#/report/<id>/<screen>). */
export function openReportId(page: Page): string {
  const m = /#\/report\/([^/]+)/.exec(page.url());
  if (!m?.[1]) throw new Error(`not in the editor: ${page.url()}`);
  return decodeURIComponent(m[1]);
}

/** data-field-path of the focused element. */
export function focusedPath(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-field-path') ?? null);
}
