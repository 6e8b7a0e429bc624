/**
 * 导出Word in Chromium: on the 导出PDF screen the clerk presses 导出Word beside 生成PDF; the report is saved first,
 * the .docx is made by the real server and handed over as a download under the report's name, and the page says
 * so. The downloaded file is the reference report, every figure in its text.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createReportService } from '../../electron/services/report-service';
import { docxParts, paragraphTexts, part } from '../docx/docx-kit';
import { fixturePath, openApp, openScreen, shot, startHarness, type Harness } from './editor-harness';

let h: Harness;
let page: Page;
let id = '';

beforeAll(async () => {
  h = await startHarness();
  page = h.page;
  const service = createReportService(h.db, { appVersion: 'test' });
  id = (await service['report.importFile']({ content: readFileSync(fixturePath, 'utf8') })).id;
  await openApp(h);
});

afterAll(async () => {
  await h?.close();
});

describe('导出Word', () => {
  it('downloads the report as a Word document from the button beside 生成PDF', async () => {
    await page.goto(`${h.server.url}#/report/${id}/budget`);
    await page.locator('[data-screen="budget"]').waitFor();
    await openScreen(page, 'pdf');
    const button = page.locator('[data-action="export-docx"]');
    expect(await button.innerText()).toBe('导出Word');
    // Beside 生成PDF, in the same row of actions.
    const actions = page.locator('.pdf-actions');
    expect(await actions.locator('[data-action="export-pdf"]').count()).toBe(1);
    expect(await actions.locator('[data-action="export-docx"]').count()).toBe(1);

    const download = page.waitForEvent('download');
    await button.click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('2024年度通道侗族自治县公安局部门整体支出绩效自评报告.docx');
    const bytes = readFileSync(await file.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const text = paragraphTexts(part(docxParts(bytes), 'word/document.xml')).join('');
    for (const figure of ['5521.28', '6304.13', '6304.03', '93.85%', '89.73%', '96.9']) expect(text).toContain(figure);

    await page
      .locator('.ant-message')
      .getByText('已导出：2024年度通道侗族自治县公安局部门整体支出绩效自评报告.docx')
      .waitFor();
    await shot(page, '49-word-export');
    expect(h.consoleErrors).toEqual([]);
    expect(h.foreignRequests).toEqual([]);
  });
});
