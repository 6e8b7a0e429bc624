/**
 * 导出PDF in Chromium: the reference report is exported through the real server and worker, every page of the
 * preview is drawn by pdf.js on a canvas (under the app's CSP: worker from our own bundle, no eval), "另存为…"
 * hands over the PDF's bytes, and a report with a character the fonts lack (𠮷) is refused with a list saying
 * which character and where.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createReportService } from '../../electron/services/report-service';
import { createSettingsService } from '../../electron/services/settings/settings-service';
import { fixturePath, openApp, openScreen, shot, startHarness, type Harness } from './editor-harness';

let h: Harness;
let page: Page;
let referenceId = '';
let rareId = '';

beforeAll(async () => {
  h = await startHarness();
  page = h.page;
  const service = createReportService(h.db, { appVersion: 'test' });
  const content = readFileSync(fixturePath, 'utf8');
  referenceId = (await service['report.importFile']({ content })).id;
  // Another unit's report with 𠮷 (U+20BB7, outside 《通用规范汉字表》 and the bundled fonts) in a paragraph.
  const file = JSON.parse(content) as { report: { unitName: string; problems: { text: string }[] } };
  file.report.unitName = '通道侗族自治县交通运输局';
  const first = file.report.problems[0];
  if (!first) throw new Error('the reference has a 存在的问题 paragraph');
  first.text = `${first.text}（含𠮷祥路段）`;
  rareId = (await service['report.importFile']({ content: JSON.stringify(file) })).id;
  await openApp(h);
});

afterAll(async () => {
  await h?.close();
});

async function openPdfScreen(id: string): Promise<void> {
  await page.goto(`${h.server.url}#/report/${id}/budget`);
  await page.locator('[data-screen="budget"]').waitFor();
  await openScreen(page, 'pdf');
}

/** True when the page's canvas has been drawn on (some pixel darker than the white paper). */
function canvasHasInk(n: number): Promise<boolean> {
  return page.evaluate((number) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`.pdf-page[data-page="${number}"] canvas`);
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || canvas.width === 0) return false;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) return true;
    return false;
  }, n);
}

describe('导出PDF', () => {
  it('exports the reference report with a progress indicator and previews every page', async () => {
    await openPdfScreen(referenceId);
    await shot(page, '40-pdf-screen');
    await page.locator('[data-action="export-pdf"]').click();
    // The stage and the seconds so far show while the single request runs.
    await page.locator('.pdf-progress').waitFor();
    expect(await page.locator('.pdf-progress').innerText()).toMatch(/正在.+（已用\d+\.\d秒）/);
    await page.getByTestId('pdf-summary').waitFor();
    const summary = await page.getByTestId('pdf-summary').innerText();
    const pages = Number(/共(\d+)页/.exec(summary)?.[1]);
    expect(summary).toContain('2024年度通道侗族自治县公安局部门整体支出绩效自评报告.pdf');
    expect(pages).toBeGreaterThanOrEqual(10);
    expect(await page.locator('.pdf-preview').getAttribute('data-pages')).toBe(String(pages));
    expect(await page.locator('.pdf-page').count()).toBe(pages);

    // Pages are drawn as they come into view: scroll each one in and wait for its canvas.
    const drawn = new Set<number>();
    for (let n = 1; n <= pages; n++) {
      const figure = page.locator(`.pdf-page[data-page="${n}"]`);
      await figure.scrollIntoViewIfNeeded();
      await page.locator(`.pdf-page[data-page="${n}"][data-state="rendered"] canvas`).waitFor();
      if (await canvasHasInk(n)) drawn.add(n);
      if (n === 1) await shot(page, '41-pdf-preview-first-page');
      if (n === pages) await shot(page, '42-pdf-preview-landscape-page');
    }
    expect(drawn.size).toBe(pages);
    // Far-away pages give their canvases back: far fewer canvases than pages are alive at once.
    expect(await page.locator('.pdf-page canvas').count()).toBeLessThan(pages);
    expect(h.consoleErrors).toEqual([]);
    expect(h.foreignRequests).toEqual([]);
  });

  it('"另存为…" hands over the PDF’s bytes under the report’s name', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '另存为…' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('2024年度通道侗族自治县公安局部门整体支出绩效自评报告.pdf');
    const bytes = readFileSync(await file.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(10_000);
  });

  it('opens the PDF in a new tab in the browser build (the desktop app opens the system viewer instead)', async () => {
    const popup = h.context.waitForEvent('page');
    await page.getByRole('button', { name: '在新标签页中打开' }).click();
    const tab = await popup;
    expect(tab.url()).toMatch(/^blob:/);
    await tab.waitForLoadState();
    // Chromium's own PDF viewer shows it (the blob is a PDF document, not a download).
    expect(await tab.evaluate(() => document.contentType)).toBe('application/pdf');
    await tab.close();
  });

  it('refuses a report with 𠮷 and lists the character, its code, the font and where it is', async () => {
    await openPdfScreen(rareId);
    await page.locator('[data-action="export-pdf"]').click();
    const list = page.getByTestId('missing-glyphs');
    await list.waitFor();
    expect(await list.innerText()).toContain('有1个字符在所选字体中没有字形，未生成PDF');
    const row = list.locator('tbody tr').first();
    const cells = await row.locator('td').allInnerTexts();
    expect(cells[0]).toBe('𠮷');
    expect(cells[1]).toBe('U+20BB7');
    expect(cells[2]).toContain('正文字体');
    expect(cells[3]).toMatch(/“七、存在的问题及原因分析”第\d+段/);
    expect(await page.locator('.pdf-preview').count()).toBe(0);
    await shot(page, '43-pdf-missing-glyphs');
  });

  it('sets a house layout in 版式设置 (kept in the database) and goes back to the standard', async () => {
    await openPdfScreen(referenceId);
    await page.locator('.pdf-layout-tag').filter({ hasText: '国家标准版式' }).waitFor();
    const pagesNow = async () => Number(/共(\d+)页/.exec(await page.getByTestId('pdf-summary').innerText())?.[1]);
    await page.locator('[data-action="export-pdf"]').click();
    await page.getByTestId('pdf-summary').waitFor();
    const standardPages = await pagesNow();
    await page.getByRole('button', { name: '版式设置…' }).click();
    const dialog = page.locator('.ant-modal').filter({ hasText: 'PDF版式' });
    await dialog.getByLabel('上边距（天头）').fill('35');
    await dialog.getByLabel('每页行数').fill('20');
    await shot(page, '48-pdf-layout-settings');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.locator('.pdf-layout-tag').filter({ hasText: '本单位版式' }).waitFor();
    const stored = await createSettingsService(h.db)['settings.pdfLayout']({});
    expect(stored).toMatchObject({ isStandard: false, layout: { linesPerPage: 20, marginsMm: { top: 35 } } });

    // Exported again with 20 lines a page, the PDF has more pages, and its preview is drawn as the first one was
    // (pdf.js reuses one worker for every document it shows).
    await page.locator('[data-action="export-pdf"]').click();
    await expect.poll(pagesNow, { timeout: 30_000 }).toBeGreaterThan(standardPages);
    await page.locator('.pdf-page[data-page="1"]').scrollIntoViewIfNeeded();
    await page.locator('.pdf-page[data-page="1"][data-state="rendered"] canvas').waitFor();
    expect(await canvasHasInk(1)).toBe(true);

    await page.getByRole('button', { name: '版式设置…' }).click();
    await dialog.getByRole('button', { name: '恢复国家标准' }).click();
    await page.locator('.pdf-layout-tag').filter({ hasText: '国家标准版式' }).waitFor();
    expect((await createSettingsService(h.db)['settings.pdfLayout']({})).isStandard).toBe(true);
  });
});
