/**
 * The ways in: the `export.pdf` API handler, the `selfeval pdf` command, and the worker's limits (a job past its
 * time limit is stopped and the next job gets a fresh worker).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../shared/api/result';
import { pdfApi } from '../../shared/api/pdf-api';
import { serializeReportFile } from '../../shared/format/report-file';
import { runPdfCommand } from '../../electron/cli/commands/pdf-command';
import { createPdfService } from '../../electron/services/pdf/pdf-service';
import { exportReportPdf } from '../../electron/services/pdf/export-report-pdf';
import { PdfExportError } from '../../electron/services/pdf/pdf-errors';
import { PdfWorkerClient } from '../../electron/services/pdf/pdf-worker-client';
import type { PdfAssets } from '../../electron/services/pdf/pdf-assets';
import { GBT9704_DEFAULTS } from '../../electron/services/pdf/layout-settings';
import { flatText, pdfText, referenceReport, testAssets } from './pdf-test-kit';

let assets: PdfAssets;
let client: PdfWorkerClient;

beforeAll(async () => {
  assets = await testAssets();
  client = new PdfWorkerClient(assets.workerScript);
});

afterAll(async () => {
  await client.close();
});

describe('export.pdf handler', () => {
  it('returns the PDF as base64 with its file name and page count', async () => {
    const service = createPdfService({ getReport: () => referenceReport(), assets, renderer: client });
    const input = pdfApi['export.pdf'].input.parse({ id: 'r1' });
    const result = pdfApi['export.pdf'].output.parse(await service['export.pdf'](input));
    const bytes = Buffer.from(result.base64, 'base64');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(result.pages).toBeGreaterThan(10);
    expect(result.fileName).toMatch(/通道侗族自治县公安局.*\.pdf$/);
  });

  it('can warm its worker up at creation, then exports as usual', async () => {
    const warm = new PdfWorkerClient(assets.workerScript);
    try {
      await warm.warmUp({ fontDir: assets.fontDir, choice: 'bundled' }, GBT9704_DEFAULTS);
      const service = createPdfService({ getReport: () => referenceReport(), assets, renderer: warm });
      expect((await service['export.pdf']({ id: 'r1' })).pages).toBeGreaterThan(10);
    } finally {
      await warm.close();
    }
    const background = createPdfService({ getReport: () => referenceReport(), assets, warmUp: true });
    expect((await background['export.pdf']({ id: 'r1' })).pages).toBeGreaterThan(10);
  });

  it('refuses missing characters as a UserFacingError listing them', async () => {
    const report = referenceReport();
    report.unitName = '𠮷田县公安局';
    const service = createPdfService({ getReport: () => report, assets, renderer: client });
    const error = await Promise.resolve(service['export.pdf']({ id: 'r1' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).code).toBe('pdf-missing-glyphs');
    expect((error as UserFacingError).details?.join('\n')).toContain('U+20BB7');
  });
});

describe('worker limits', () => {
  it('stops a job past its time limit, and the next job runs in a fresh worker', async () => {
    const own = new PdfWorkerClient(assets.workerScript);
    try {
      const tooShort = { ...GBT9704_DEFAULTS, timeLimitMs: 1 };
      const error = await exportReportPdf(referenceReport(), { renderer: own, assets, layout: tooShort }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(PdfExportError);
      expect((error as PdfExportError).failure).toBe('timeout');
      expect((error as PdfExportError).message).toContain('已停止');
      const pdf = await exportReportPdf(referenceReport(), { renderer: own, assets });
      expect(pdf.pages).toBeGreaterThan(10);
    } finally {
      await own.close();
    }
  });

  it('says so in Chinese when the worker bundle is missing (a broken installation)', async () => {
    const broken = new PdfWorkerClient(path.join(tmpdir(), 'no-such-dir', 'pdf-worker.mjs'));
    const error = await exportReportPdf(referenceReport(), { renderer: broken, assets }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfExportError);
    expect((error as PdfExportError).message).toContain('找不到PDF生成组件');
  });

  it('stops a job that needs more memory than the heap limit', async () => {
    const own = new PdfWorkerClient(assets.workerScript);
    try {
      const tinyHeap = { ...GBT9704_DEFAULTS, heapLimitMb: 8 };
      const error = await exportReportPdf(referenceReport(), { renderer: own, assets, layout: tinyHeap }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(PdfExportError);
      expect(['out-of-memory', 'worker-exit']).toContain((error as PdfExportError).failure);
    } finally {
      await own.close();
    }
  });
});

describe('selfeval pdf', () => {
  function io(files: Record<string, string> = {}) {
    const out: string[] = [];
    const err: string[] = [];
    const written = new Map<string, Uint8Array>();
    return {
      out,
      err,
      written,
      io: {
        stdout: (s: string) => out.push(s),
        stderr: (s: string) => err.push(s),
        readFile: (p: string) => {
          const content = files[p];
          if (content === undefined) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
          return content;
        },
        writeFile: (p: string, data: Uint8Array) => written.set(p, data),
      },
    };
  }

  const reportFile = (report = referenceReport()) =>
    serializeReportFile(report, {
      title: '测试',
      generator: '绩效自评助手 0.1.0',
      exportedAt: '2025-05-29T08:00:00.000Z',
    });

  it('writes the PDF next to the report file by default', async () => {
    const t = io({ 'a/通道.selfeval.json': reportFile() });
    const code = await runPdfCommand(['pdf', 'a/通道.selfeval.json'], t.io, { assets, renderer: client });
    expect(code).toBe(0);
    const pdf = t.written.get('a/通道.pdf');
    expect(pdf).toBeDefined();
    expect(flatText(pdfText(pdf ?? new Uint8Array(), 'raw'))).toContain('综合认定评价等级应为“优”');
    expect(t.out.join('')).toMatch(/已生成 a\/通道\.pdf（\d+页）/);
  });

  it('honours -o and runs its own worker when none is given', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'selfeval-cli-'));
    const input = path.join(dir, 'r.selfeval.json');
    const output = path.join(dir, '输出.pdf');
    writeFileSync(input, reportFile());
    const code = await runPdfCommand(
      [input, '-o', output],
      {
        stdout: () => undefined,
        stderr: (s) => process.stderr.write(s),
        readFile: (p) => readFileSync(p, 'utf8'),
        writeFile: (p, data) => writeFileSync(p, data),
      },
      { assets },
    );
    expect(code).toBe(0);
    expect(readFileSync(output).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('exits 2 for usage errors and unreadable or invalid files, 1 when characters are missing', async () => {
    expect(await runPdfCommand(['pdf'], io().io, { assets, renderer: client })).toBe(2);
    expect(await runPdfCommand(['x.json', '--fonts', 'comic'], io().io, { assets, renderer: client })).toBe(2);
    const missing = io();
    expect(await runPdfCommand(['missing.json'], missing.io, { assets, renderer: client })).toBe(2);
    expect(missing.err.join('')).toContain('文件不存在');
    const invalid = io({ 'bad.json': '{"format":"other"}' });
    expect(await runPdfCommand(['bad.json'], invalid.io, { assets, renderer: client })).toBe(2);
    const rare = referenceReport();
    rare.unitName = '𠮷田县公安局';
    const refused = io({ 'rare.json': reportFile(rare) });
    expect(await runPdfCommand(['rare.json'], refused.io, { assets, renderer: client })).toBe(1);
    expect(refused.err.join('')).toContain('“𠮷”（U+20BB7）');
    expect(refused.written.size).toBe(0);
  });
});
