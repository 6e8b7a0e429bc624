/**
 * The reference with its nine 项目支出绩效自评表 exported to Word, opened by LibreOffice (headless, converted to PDF)
 * and read back with poppler: each table is an attachment after 附件2 on landscape pages, starting on a page of its
 * own, and every cell (names, amounts, rates, scores, grades) is in the text. Pages are rendered to PNG in
 * test-artifacts/pdf for a person to look at.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Report } from '../../shared/model/report';
import { exportReportDocx } from '../../electron/services/docx/export-report-docx';
import { documentOf, flatText, pdfText, presentInPieces, renderPages, ROOT } from '../pdf/pdf-test-kit';
import { convertWithLibreOffice, pageSizes } from './docx-kit';

const file = path.join(ROOT, 'tests', 'fixtures', 'reference-2024-projects.selfeval.json');
const report = Report.parse((JSON.parse(readFileSync(file, 'utf8')) as { report: unknown }).report);
let pdf: Uint8Array;

beforeAll(async () => {
  const docx = await exportReportDocx(report);
  pdf = convertWithLibreOffice(docx.bytes, 'reference-2024-projects');
}, 240_000);

describe('reference with project tables .docx → LibreOffice → PDF', () => {
  it('holds every cell of every project table and lists them in the 附件说明', () => {
    const flat = flatText(pdfText(pdf, 'raw'));
    const missing: string[] = [];
    for (const block of documentOf(report).blocks) {
      if (block.kind !== 'attachment' || typeof block.source !== 'object') continue;
      if (!presentInPieces(flat, block.title)) missing.push(block.title);
      for (const row of block.table.bodyRows) {
        for (const cell of row) if (flatText(cell.text) && !presentInPieces(flat, cell.text)) missing.push(cell.text);
      }
    }
    expect(missing).toEqual([]);
    for (const figure of ['93.85%', '9.39', '99.39', '89.73%', '98.97', '自评等级：优', '自评等级：差']) {
      expect(flat).toContain(figure);
    }
    expect(flat).toContain('3.项目支出绩效自评表（县监管中心监管场所医疗工作及相关经费）');
  });

  it('starts each table on a landscape page of its own, 附件3 … 附件11', () => {
    const landscape = pageSizes(pdf).map((s) => s.width > s.height);
    const pageText = pdfText(pdf, 'layout').split('\f');
    for (let n = 3; n <= 11; n++) {
      // The first line of the page without its number ("— 16 —" sits top left on even landscape pages); LibreOffice
      // sets a little space between Chinese and digits: "附件 3".
      const firstLine = (t: string) =>
        t
          .replace(/—\s*\d+\s*—/g, '')
          .split('\n')
          .find((l) => l.trim()) ?? '';
      const first = pageText.findIndex((t) => new RegExp(`^\\s*附件\\s?${n}\\s*$`).test(firstLine(t)));
      expect(first, `附件${n}`).toBeGreaterThan(0);
      expect(landscape[first], `附件${n}`).toBe(true);
    }
  });

  it('renders the pages to PNG for review (test-artifacts/pdf/reference-2024-projects-docx-*.png)', () => {
    expect(renderPages(pdf, 'reference-2024-projects-docx', 60).length).toBe(pageSizes(pdf).length);
  });
});
