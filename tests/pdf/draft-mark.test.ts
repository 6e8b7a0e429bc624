/**
 * Issue 15 item 9: a PDF exported while 强制 errors are open says on every page that it is a 草稿 (a line above
 * the 版心 and a faint watermark), read back with poppler; a report without errors, and the approved PDF, carry
 * no such mark.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportReportPdf } from '../../electron/services/pdf/export-report-pdf';
import { PdfWorkerClient } from '../../electron/services/pdf/pdf-worker-client';
import type { PdfAssets } from '../../electron/services/pdf/pdf-assets';
import { fixReferenceFindings } from '../fixtures/fixed-reference';
import { pdfText, referenceReport, testAssets } from './pdf-test-kit';

let assets: PdfAssets;
let client: PdfWorkerClient;
const today = () => '2025-05-29';

/** Each page's text (pdftotext separates pages with a form feed). */
function pages(bytes: Uint8Array): string[] {
  return pdfText(bytes, 'layout')
    .split('\f')
    .filter((p) => p.trim() !== '');
}

beforeAll(async () => {
  assets = await testAssets();
  client = new PdfWorkerClient(assets.workerScript);
});

afterAll(async () => {
  await client.close();
});

describe('the 草稿 mark', () => {
  it('is on every page of a report with an open 强制 error (the reference’s 落款 date)', async () => {
    const pdf = await exportReportPdf(referenceReport(), { renderer: client, assets, reportId: 'r', today });
    const text = pages(pdf.bytes);
    expect(text).toHaveLength(pdf.pages);
    for (const [i, page] of text.entries()) {
      expect(page, `第${i + 1}页`).toContain('草稿：有1项强制错误未改正，不是正式报送文本');
      // The watermark's two characters, drawn large across the page: one 稿 more than the line above has.
      expect(page.split('稿').length - 1, `第${i + 1}页水印`).toBe(2);
    }
  });

  it('is absent once the errors are fixed, and from the approved PDF', async () => {
    const fixed = fixReferenceFindings(referenceReport());
    const clean = await exportReportPdf(fixed, { renderer: client, assets, reportId: 'r', today });
    expect(pdfText(clean.bytes)).not.toContain('草稿');
    const approved = await exportReportPdf(referenceReport(), {
      renderer: client,
      assets,
      reportId: 'r',
      today,
      signoff: {
        approverName: '李局长',
        approverRole: '局长',
        comment: '',
        date: '2025年5月29日',
        version: 1,
        fingerprint: '1A2B-3C4D-5E6F-7A8B',
        unitName: '通道侗族自治县公安局',
        reportTitle: '通道侗族自治县公安局部门整体支出绩效自评报告',
        year: 2024,
        contentSha256: 'a'.repeat(64),
        auditSeq: 7,
        auditHash: 'b'.repeat(64),
      },
    });
    expect(pdfText(approved.bytes)).not.toContain('草稿');
  });
});
