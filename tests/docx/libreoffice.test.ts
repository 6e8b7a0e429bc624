/**
 * The reference report's .docx opened by another word processor: LibreOffice (headless) converts it to PDF, and
 * poppler reads the text and the layout back. Every paragraph, heading and table cell (so every figure) must be
 * there, the body must keep the 22-line × 28-character grid, the attachments their pages (附件2 landscape), and every
 * page its number where GB/T 9704 puts it. The pages are rendered to PNG in test-artifacts/pdf for a person to
 * compare with the app's own PDF.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runsText } from '../../shared/text/document';
import { exportReportDocx } from '../../electron/services/docx/export-report-docx';
import {
  documentOf,
  flatText,
  pdfInfo,
  pdfText,
  pdfWordBoxes,
  presentInPieces,
  referenceReport,
  renderPages,
} from '../pdf/pdf-test-kit';
import { convertWithLibreOffice, pageSizes } from './docx-kit';

const report = referenceReport();
let pdf: Uint8Array;
let pages: number;

beforeAll(async () => {
  const docx = await exportReportDocx(report);
  pdf = convertWithLibreOffice(docx.bytes, 'reference-2024');
  pages = Number(pdfInfo(pdf)['Pages']);
}, 180_000);

describe('reference report .docx → LibreOffice → PDF', () => {
  it('opens and converts, as a document of the reference’s length', () => {
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    // The app's own PDF of the reference has 15 pages: 12 of text, 附件1 on one, 附件2 on two.
    expect(pages).toBeGreaterThanOrEqual(14);
    expect(pages).toBeLessThanOrEqual(16);
  });

  it('holds every paragraph, heading and table cell of the assembled report, so every figure', () => {
    const flat = flatText(pdfText(pdf, 'raw'));
    const missing: string[] = [];
    const expectText = (text: string) => {
      if (flatText(text) && !presentInPieces(flat, text)) missing.push(text);
    };
    for (const block of documentOf(report).blocks) {
      if (block.kind === 'paragraph') expectText(runsText(block.runs));
      if (block.kind === 'heading' || block.kind === 'title') expectText(block.text);
      if (block.kind === 'attachment') {
        expectText(block.title);
        for (const row of [...block.table.headerRows, ...block.table.bodyRows]) row.forEach((c) => expectText(c.text));
      }
    }
    expect(missing).toEqual([]);
    for (const figure of ['5521.28', '6304.13', '6304.03', '93.85%', '89.73%', '96.9']) expect(flat).toContain(figure);
    for (const project of report.projects.items) expect(flat).toContain(flatText(project.name));
  });

  it('keeps the body on the grid: 22 lines a page, 28 characters a full line', () => {
    const layout = pdfText(pdf, 'layout').split('\f');
    const second = (layout[1] ?? '').split('\n').filter((l) => l.trim() && !/—\s*\d+\s*—/.test(l));
    expect(second).toHaveLength(22);
    const longest = Math.max(...second.map((l) => [...l.trim()].length));
    expect(longest).toBe(28);
  });

  it('sets the attachments on pages of their own, 附件2 on landscape pages, and repeats its column headings', () => {
    const sizes = pageSizes(pdf);
    const landscape = sizes.map((s) => s.width > s.height);
    const first = landscape.indexOf(true);
    expect(first).toBeGreaterThan(0);
    // Every page from 附件2 on is landscape, every page before it portrait.
    expect(landscape.slice(first).every(Boolean)).toBe(true);
    expect(landscape.slice(0, first).some(Boolean)).toBe(false);
    const pageText = pdfText(pdf, 'layout').split('\f');
    // (LibreOffice sets a little space between Chinese and digits: "附件 2".)
    expect(pageText[first]).toMatch(/附件\s?2/);
    expect(pageText[first - 1]).toMatch(/附件\s?1/);
    // 附件2 goes over two pages; the second starts with the 一级指标 heading row again.
    const next = pageText[first + 1] ?? '';
    expect(next.trim().split('\n')[0]).toMatch(/一级指标\s+二级指标\s+三级指标/);
  });

  it('numbers every page "— N —": portrait odd pages right and even pages left, landscape ones left of the table', () => {
    const sizes = pageSizes(pdf);
    for (let page = 1; page <= pages; page++) {
      const words = pdfWordBoxes(pdf, page);
      const dashesBeside = (n: { yMin: number }) =>
        words.filter((w) => w.text === '—' && Math.abs(w.yMin - n.yMin) < 1);
      // The page's number is the one with a dash on each side (the text has other figures).
      const number = words.find((w) => w.text === String(page) && dashesBeside(w).length === 2);
      expect(number, `page ${page}: — ${page} —`).toBeDefined();
      const size = sizes[page - 1] ?? { width: 0, height: 0 };
      const x = number?.xMax ?? 0;
      if (size.width > size.height) {
        // Left of the 版心 (35 mm = 99 pt from the sheet's edge), odd pages low, even pages high.
        expect(x).toBeLessThan(99);
        if (page % 2 === 1) expect(number?.yMin).toBeGreaterThan(size.height / 2);
        else expect(number?.yMin).toBeLessThan(size.height / 2);
      } else {
        // Below the 版心 (its lower edge 35 mm = 99 pt above the page's), right or left half.
        expect(number?.yMin).toBeGreaterThan(size.height - 99);
        if (page % 2 === 1) expect(x).toBeGreaterThan(size.width / 2);
        else expect(x).toBeLessThan(size.width / 2);
      }
    }
  });

  it('renders every page to PNG for review (test-artifacts/pdf/reference-2024-docx-*.png)', () => {
    expect(renderPages(pdf, 'reference-2024-docx')).toHaveLength(pages);
  });
});
