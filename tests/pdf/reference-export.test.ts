/**
 * The reference report exported through the real worker thread, read back with poppler: every figure and
 * sentence of the assembled report must be in the PDF, and every page is rendered to PNG in test-artifacts/pdf
 * for a person to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runsText } from '../../shared/text/document';
import { exportReportPdf } from '../../electron/services/pdf/export-report-pdf';
import { PdfWorkerClient } from '../../electron/services/pdf/pdf-worker-client';
import type { PdfAssets } from '../../electron/services/pdf/pdf-assets';
import {
  documentOf,
  flatText,
  pdfInfo,
  pdfText,
  presentInPieces,
  referenceReport,
  renderPages,
  testAssets,
  withoutDraftMark,
} from './pdf-test-kit';

const report = referenceReport();
let assets: PdfAssets;
let client: PdfWorkerClient;
let pdf: { bytes: Uint8Array; pages: number; fileName: string };
let layoutText: string;
let rawText: string;

beforeAll(async () => {
  assets = await testAssets();
  client = new PdfWorkerClient(assets.workerScript);
  pdf = await exportReportPdf(report, {
    renderer: client,
    assets,
    reportId: 'ref-2024',
    now: () => new Date('2025-05-29T08:00:00Z'),
  });
  // The reference has one open 强制 error (its 落款 date), so the export is marked 草稿 (checked in draft-mark.test.ts).
  layoutText = withoutDraftMark(pdfText(pdf.bytes, 'layout'));
  rawText = withoutDraftMark(pdfText(pdf.bytes, 'raw'));
});

afterAll(async () => {
  await client.close();
});

describe('reference report → PDF', () => {
  it('is a PDF with the pages the worker reported', () => {
    expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(Number(pdfInfo(pdf.bytes)['Pages'])).toBe(pdf.pages);
    expect(pdf.pages).toBeGreaterThanOrEqual(10);
    expect(pdf.fileName).toBe('2024年度通道侗族自治县公安局部门整体支出绩效自评报告.pdf');
  });

  it('carries the figures of the reference, identical', () => {
    const flat = flatText(layoutText);
    for (const figure of ['5521.28', '6304.13', '6304.03', '93.85%', '89.73%', '96.9']) {
      expect(flat).toContain(figure);
    }
    expect(flat).toContain('综合认定评价等级应为“优”');
    expect(flat).toContain('项目总评分96.9分');
  });

  it('names every project and both attachments', () => {
    const flat = flatText(layoutText);
    for (const project of report.projects.items) expect(flat).toContain(flatText(project.name));
    expect(flat).toContain('2024年度部门整体支出绩效评价基础数据表');
    expect(flat).toContain('2024年度部门整体支出绩效自评表');
    expect(flat).toContain('附件：1.部门整体支出绩效评价基础数据表');
    expect(flat).toContain('通道侗族自治县公安局2024年5月29日');
  });

  it('contains every paragraph, heading and table cell of the assembled report', () => {
    const flat = flatText(rawText);
    const doc = documentOf(report);
    const missing: string[] = [];
    const expectText = (text: string) => {
      const f = flatText(text);
      if (!f) return;
      if (!presentInPieces(flat, f)) missing.push(text);
    };
    for (const block of doc.blocks) {
      if (block.kind === 'paragraph') expectText(runsText(block.runs));
      if (block.kind === 'heading' || block.kind === 'title') expectText(block.text);
      if (block.kind === 'attachment') {
        for (const row of [...block.table.headerRows, ...block.table.bodyRows]) row.forEach((c) => expectText(c.text));
      }
    }
    expect(missing).toEqual([]);
  });

  it('numbers every page "— n —"', () => {
    for (let page = 1; page <= pdf.pages; page++) expect(rawText).toMatch(new RegExp(`—\\s+${page}\\s+—`));
    expect(layoutText).toContain('— 1 —');
  });

  it('records title, author, producer and the report identity in the metadata', () => {
    const info = pdfInfo(pdf.bytes);
    expect(info['Title']).toBe('2024年度通道侗族自治县公安局部门整体支出绩效自评报告');
    expect(info['Author']).toBe('通道侗族自治县公安局');
    expect(info['Producer']).toMatch(/^绩效自评助手 \d+\.\d+\.\d+/);
    expect(info['Creator']).toMatch(/^绩效自评助手/);
    expect(info['SelfevalReportId']).toBe('ref-2024');
    expect(info['SelfevalContentSha256']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('embeds subsets of the bundled fonts, not whole fonts', () => {
    const raw = Buffer.from(pdf.bytes).toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifSCGB-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSCGB-Medium/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+SelfevalKaiGB-Regular/);
    // Four faces of 3–5 MB each; subsets of the few hundred characters used stay far below.
    expect(pdf.bytes.length).toBeLessThan(1_500_000);
  });

  it('renders every page to PNG for review (test-artifacts/pdf)', () => {
    const pages = renderPages(pdf.bytes, 'reference-2024');
    expect(pages).toHaveLength(pdf.pages);
  });
});
