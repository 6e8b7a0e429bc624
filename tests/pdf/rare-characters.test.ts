/**
 * Rare characters in names: those of 《通用规范汉字表》 (䶮 U+4DAE, 堃 U+5803) are in the bundled fonts and print;
 * one outside it (𠮷 U+20BB7, a supplementary-plane character) is refused before export, with where it occurs.
 */
import { describe, expect, it } from 'vitest';
import { exportReportPdf } from '../../electron/services/pdf/export-report-pdf';
import { PdfExportError } from '../../electron/services/pdf/pdf-errors';
import { flatText, IN_PROCESS_ASSETS, inProcessRenderer, pdfText, referenceReport } from './pdf-test-kit';

const assets = IN_PROCESS_ASSETS;

function withProjectName(name: string) {
  const report = referenceReport();
  const first = report.projects.items[0];
  if (!first) throw new Error('the reference has projects');
  first.name = name;
  return report;
}

describe('rare characters', () => {
  it('prints 䶮 and 堃 (通用规范汉字表 level 3) in a project name and the unit name', async () => {
    const report = withProjectName('刘䶮纪念馆与堃园修缮项目经费');
    report.unitName = '堃山县公安局';
    const pdf = await exportReportPdf(report, { renderer: inProcessRenderer, assets });
    const text = flatText(pdfText(pdf.bytes, 'raw'));
    expect(text).toContain('刘䶮纪念馆与堃园修缮项目经费');
    expect(text).toContain('堃山县公安局部门整体支出绩效自评报告');
  });

  it('refuses 𠮷 with the character, its code point and where it is', async () => {
    const report = withProjectName('𠮷野家食堂改造项目');
    const refused = await exportReportPdf(report, { renderer: inProcessRenderer, assets }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(PdfExportError);
    const error = refused as PdfExportError;
    expect(error.failure).toBe('missing-glyphs');
    expect(error.message).toContain('以下字符在当前字体中缺失');
    expect(error.missing.map((m) => m.char)).toEqual(['𠮷']);
    expect(error.details).toHaveLength(1);
    expect(error.details?.[0]).toContain('“𠮷”（U+20BB7）');
    // The project list is in section 二's second paragraph of 部门预算执行情况.
    expect(error.details?.[0]).toMatch(/“二、部门整体支出管理及使用情况”第\d+段/);
  });

  it('lists every missing character once, with each face and place (emoji, invisible characters)', async () => {
    const report = withProjectName('智慧警务🚓平台\u200b建设');
    report.signature.unitName = '𠮷田县公安局';
    const error = (await exportReportPdf(report, { renderer: inProcessRenderer, assets }).catch(
      (e: unknown) => e,
    )) as PdfExportError;
    expect(error.missing.map((m) => m.codePoint).sort()).toEqual(['U+1F693', 'U+200B', 'U+20BB7']);
    const invisible = error.details?.find((d) => d.includes('U+200B'));
    expect(invisible).toContain('不可见字符U+200B');
    const name = error.details?.find((d) => d.includes('U+20BB7'));
    expect(name).toContain('落款（单位名称）');
  });
});
