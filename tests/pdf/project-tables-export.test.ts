/**
 * The reference with its nine 项目支出绩效自评表 exported through the real worker thread and read back with poppler:
 * each table after 附件2 on a page of its own, on landscape pages as 附件2 (eight columns), every figure in the PDF,
 * the indicator headings repeated on each page a long table continues on. Pages are rendered to PNG in
 * test-artifacts/pdf for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Report } from '../../shared/model/report';
import type { Block } from '../../shared/text/document';
import { exportReportPdf } from '../../electron/services/pdf/export-report-pdf';
import { PdfWorkerClient } from '../../electron/services/pdf/pdf-worker-client';
import type { PdfAssets } from '../../electron/services/pdf/pdf-assets';
import {
  documentOf,
  flatText,
  pdfText,
  presentInPieces,
  renderPages,
  ROOT,
  testAssets,
  withoutDraftMark,
} from './pdf-test-kit';

function withTables(): Report {
  const file = path.join(ROOT, 'tests', 'fixtures', 'reference-2024-projects.selfeval.json');
  return Report.parse((JSON.parse(readFileSync(file, 'utf8')) as { report: unknown }).report);
}

/** The first project's table grown to 60 indicator rows: a table that runs over several pages. */
function withLongTable(): Report {
  const r = withTables();
  const table = r.projects.items[0]!.table!;
  const rows = table.indicators;
  table.indicators = Array.from({ length: 60 }, (_, i) => ({
    ...rows[i % rows.length]!,
    name: `第${i + 1}项指标（${rows[i % rows.length]!.name}）`,
  }));
  return r;
}

type Attachment = Extract<Block, { kind: 'attachment' }>;
const projectAttachments = (r: Report) =>
  documentOf(r).blocks.filter((b): b is Attachment => b.kind === 'attachment' && typeof b.source === 'object');

/** Each page's text and size (pdftotext per page; pdfinfo's "Page n size"). */
function pages(bytes: Uint8Array, count: number) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'selfeval-pt-')), 'out.pdf');
  writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(count), file], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({
    landscape: Number(m[2]) > Number(m[3]),
  }));
  return sizes.map((size, i) => ({
    ...size,
    text: withoutDraftMark(
      execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(i + 1), '-l', String(i + 1), file, '-'], {
        encoding: 'utf8',
      }),
    ),
  }));
}

let assets: PdfAssets;
let client: PdfWorkerClient;

beforeAll(async () => {
  assets = await testAssets();
  client = new PdfWorkerClient(assets.workerScript);
});

afterAll(async () => {
  await client.close();
});

const exportPdf = (r: Report) =>
  exportReportPdf(r, {
    renderer: client,
    assets,
    reportId: 'ref-2024-projects',
    now: () => new Date('2025-05-29T08:00:00Z'),
  });

describe('the reference with nine project tables → PDF', () => {
  let pdf: { bytes: Uint8Array; pages: number };
  let perPage: ReturnType<typeof pages>;
  beforeAll(async () => {
    pdf = await exportPdf(withTables());
    perPage = pages(pdf.bytes, pdf.pages);
  });

  it('lists the tables in the 附件说明', () => {
    const flat = flatText(withoutDraftMark(pdfText(pdf.bytes, 'layout')));
    expect(flat).toContain('附件：1.部门整体支出绩效评价基础数据表');
    expect(flat).toContain('3.项目支出绩效自评表（县监管中心监管场所医疗工作及相关经费）');
    expect(flat).toContain('11.项目支出绩效自评表（年中追加业务费');
  });

  it('starts each table on a landscape page of its own, 附件3 … 附件11 on its first line', () => {
    const report = withTables();
    for (const [n, project] of report.projects.items.entries()) {
      const label = `附件${n + 3}`;
      const first = perPage.findIndex((p) => p.text.trimStart().startsWith(label));
      expect(first, label).toBeGreaterThan(0);
      expect(perPage[first]?.landscape, label).toBe(true);
      expect(flatText(perPage[first]?.text ?? ''), label).toContain(flatText(`项目支出绩效自评表（${project.name}）`));
    }
  });

  it('carries every cell of every project table: names, amounts, rates, scores, grades', () => {
    const flat = flatText(withoutDraftMark(pdfText(pdf.bytes, 'raw')));
    const missing: string[] = [];
    for (const block of projectAttachments(withTables())) {
      for (const row of block.table.bodyRows) {
        for (const cell of row)
          if (cell.text && !presentInPieces(flat, cell.text)) missing.push(`${block.number}:${cell.text}`);
      }
    }
    expect(missing).toEqual([]);
    // The derived figures, spelled out: 执行率, the 执行率 line's score, the total and the grade of some tables.
    for (const figure of [
      '93.85%',
      '9.39',
      '99.39',
      '89.73%',
      '8.97',
      '98.97',
      '0.00%',
      '自评等级：优',
      '自评等级：差',
    ]) {
      expect(flat).toContain(figure);
    }
  });

  it('renders the pages to PNG for review (test-artifacts/pdf/project-tables-*.png)', () => {
    expect(renderPages(pdf.bytes, 'project-tables', 70)).toHaveLength(pdf.pages);
  });
});

describe('a project table longer than a page', () => {
  it('continues on landscape pages, the indicator headings repeated at the top of each', async () => {
    const pdf = await exportPdf(withLongTable());
    renderPages(pdf.bytes, 'project-table-long', 70);
    const perPage = pages(pdf.bytes, pdf.pages);
    const start = perPage.findIndex((p) => p.text.trimStart().startsWith('附件3'));
    const next = perPage.findIndex((p) => p.text.trimStart().startsWith('附件4'));
    expect(next - start, 'pages of the 60-row table').toBeGreaterThanOrEqual(3);
    expect(perPage[start]?.landscape).toBe(true);
    expect(flatText(perPage[start]?.text ?? '')).toContain('项目资金（万元）');
    // Every page the indicator block continues on begins with its headings.
    for (let i = start + 1; i < next; i++) {
      expect(perPage[i]?.landscape).toBe(true);
      expect(perPage[i]?.text.trimStart(), `page ${i + 1}`).toMatch(/^一级指标\s+二级指标\s+三级指标/);
    }
    expect(flatText(perPage[next - 1]?.text ?? '')).toContain('第60项指标');
  });
});
