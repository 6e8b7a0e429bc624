/**
 * The reference report written as .docx and its XML read back: every paragraph, heading and table cell of the
 * assembled document (so every figure), the sections (portrait body, portrait 附件1, landscape 附件2) with the
 * GB/T 9704 margins, the odd and even footers with "— PAGE —", the fonts and their fall-backs, merged cells and the
 * repeated column headings.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runsText, type ReportDocument } from '../../shared/text/document';
import { exportReportDocx } from '../../electron/services/docx/export-report-docx';
import { writeReportDocx } from '../../electron/services/docx/write-report-docx';
import { GBT9704_DEFAULTS, withHouseLayout } from '../../electron/services/pdf/layout-settings';
import { GBT9704_HOUSE_LAYOUT } from '../../shared/pdf/house-layout';
import { documentOf, referenceReport } from '../pdf/pdf-test-kit';
import { attr, docxParts, paragraphTexts, part, sections } from './docx-kit';

const report = referenceReport();
let fileName: string;
let parts: Map<string, string>;
let documentXml: string;

const META = { title: '测试', author: '测试单位', subject: '测试', keywords: '测试', producer: '绩效自评助手 测试' };

beforeAll(async () => {
  const docx = await exportReportDocx(report);
  fileName = docx.fileName;
  parts = docxParts(docx.bytes);
  documentXml = part(parts, 'word/document.xml');
});

/** The parts of a document written from a few blocks. */
async function written(blocks: ReportDocument['blocks'], layout = GBT9704_DEFAULTS) {
  return docxParts(await writeReportDocx({ blocks }, layout, META));
}

describe('reference report → .docx', () => {
  it('is a Word package named after the report', () => {
    expect(fileName).toBe('2024年度通道侗族自治县公安局部门整体支出绩效自评报告.docx');
    for (const name of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/fontTable.xml']) {
      expect(parts.has(name)).toBe(true);
    }
    expect(part(parts, 'docProps/core.xml')).toContain(
      '<dc:title>2024年度通道侗族自治县公安局部门整体支出绩效自评报告',
    );
    expect(part(parts, 'docProps/core.xml')).toContain('<dc:creator>通道侗族自治县公安局</dc:creator>');
    // Fonts are named, not embedded (方正 fonts may not be embedded without the clerk's own licence).
    expect([...parts.keys()].filter((name) => name.startsWith('word/fonts/'))).toEqual([]);
  });

  it('holds every paragraph, heading and table cell of the assembled report, in order', () => {
    const texts = paragraphTexts(documentXml);
    const body = texts.join('\n');
    const expected: string[] = [];
    for (const block of documentOf(report).blocks) {
      if (block.kind === 'title') expected.push(...block.text.split('\n'));
      if (block.kind === 'heading') expected.push(block.text);
      if (block.kind === 'paragraph') expected.push(runsText(block.runs));
      if (block.kind === 'attachment') {
        expected.push(`附件${block.number}`, block.title, block.table.captionLeft);
        for (const row of [...block.table.headerRows, ...block.table.bodyRows])
          expected.push(...row.map((c) => c.text));
      }
    }
    const missing = expected.filter((t) => t !== '' && !body.includes(t));
    expect(missing).toEqual([]);
    // Paragraphs come in the document's order: each found after the one before.
    let at = 0;
    for (const block of documentOf(report).blocks) {
      if (block.kind !== 'paragraph' || runsText(block.runs) === '') continue;
      const found = body.indexOf(runsText(block.runs), at);
      expect(found, runsText(block.runs).slice(0, 20)).toBeGreaterThanOrEqual(at);
      at = found;
    }
  });

  it('carries the figures of the reference, identical', () => {
    const body = paragraphTexts(documentXml).join('');
    for (const figure of ['5521.28', '6304.13', '6304.03', '93.85%', '89.73%', '96.9', '4269.88', '2139.88']) {
      expect(body).toContain(figure);
    }
    for (const project of report.projects.items) expect(body).toContain(project.name);
    expect(body).toContain('附件：1.部门整体支出绩效评价基础数据表');
    expect(body).toContain('2.部门整体支出绩效自评表');
    expect(body).toContain('2024年5月29日');
  });

  it('has a portrait body, a portrait 附件1 and a landscape 附件2, each starting a page, with GB/T 9704 margins', () => {
    const [body, first, second, ...rest] = sections(documentXml);
    expect(rest).toEqual([]);
    for (const s of [body, first]) {
      expect(s).toContain('w:orient="portrait"');
      expect(attr(s ?? '', 'w:pgSz', 'w:w')).toBe(11906);
      expect(attr(s ?? '', 'w:pgSz', 'w:h')).toBe(16838);
      // 37 / 35 / 28 / 26 mm in twips.
      expect(attr(s ?? '', 'w:pgMar', 'w:top')).toBe(2098);
      expect(attr(s ?? '', 'w:pgMar', 'w:bottom')).toBe(1984);
      expect(attr(s ?? '', 'w:pgMar', 'w:left')).toBe(1587);
      expect(attr(s ?? '', 'w:pgMar', 'w:right')).toBe(1474);
    }
    expect(second).toContain('w:orient="landscape"');
    expect(attr(second ?? '', 'w:pgSz', 'w:w')).toBe(16838);
    expect(attr(second ?? '', 'w:pgSz', 'w:h')).toBe(11906);
    // The sheet turned: the 订口 (28 mm) at the top.
    expect(attr(second ?? '', 'w:pgMar', 'w:top')).toBe(1587);
    expect(attr(second ?? '', 'w:pgMar', 'w:left')).toBe(1984);
    for (const s of [first, second]) expect(s).toContain('<w:type w:val="nextPage"/>');
  });

  it('sets the body on the 22-line grid, 28 characters a line, indented two characters', () => {
    const styles = part(parts, 'word/styles.xml');
    const bodyStyle = /<w:style w:type="paragraph" w:styleId="GwBody">[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    // (297 − 37 − 35) mm / 22 lines, in twips, exactly.
    expect(attr(bodyStyle, 'w:spacing', 'w:line')).toBe(579);
    expect(bodyStyle).toContain('w:lineRule="exact"');
    // 28 characters of 16 pt, condensed by a quarter point, fit the 156 mm line (8845 twips).
    const condensed = attr(bodyStyle.slice(bodyStyle.indexOf('<w:rPr>')), 'w:spacing', 'w:val');
    expect(condensed).toBe(-5);
    expect(28 * (320 + condensed)).toBeLessThanOrEqual(8845);
    expect(29 * (320 + condensed)).toBeGreaterThan(8845);
    expect(attr(bodyStyle, 'w:ind', 'w:firstLineChars')).toBe(200);
    expect(bodyStyle).toContain('<w:jc w:val="both"/>');
  });

  it('numbers the pages "— N —", odd pages on the right, even pages on the left; landscape ones beside the table', () => {
    expect(part(parts, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const rels = part(parts, 'word/_rels/document.xml.rels');
    const footerOf = (s: string, type: 'default' | 'even') => {
      const rid = new RegExp(`<w:footerReference w:type="${type}" r:id="([^"]+)"`).exec(s)?.[1];
      const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
      return part(parts, `word/${target}`);
    };
    const all = sections(documentXml);
    for (const s of all) {
      for (const type of ['default', 'even'] as const) {
        const footer = footerOf(s, type);
        expect(paragraphTexts(footer).join('')).toBe('—  —');
        expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
      }
    }
    const [body, , landscape] = all;
    expect(footerOf(body ?? '', 'default')).toContain('<w:jc w:val="right"/>');
    expect(footerOf(body ?? '', 'even')).toContain('<w:jc w:val="left"/>');
    // Left of the 版心 on the turned sheet: a frame placed on the page, odd low, even high.
    const odd = footerOf(landscape ?? '', 'default');
    const even = footerOf(landscape ?? '', 'even');
    for (const f of [odd, even]) expect(f).toMatch(/<w:framePr [^>]*w:hAnchor="page" w:vAnchor="page"/);
    expect(attr(odd, 'w:framePr', 'w:y')).toBeGreaterThan(attr(even, 'w:framePr', 'w:y'));
    expect(attr(odd, 'w:framePr', 'w:x') + attr(odd, 'w:framePr', 'w:w')).toBeLessThan(1984);
  });

  it('names the office fonts with eastAsia attributes, and says in the font table what to fall back to', () => {
    const styles = part(parts, 'word/styles.xml');
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toContain('w:eastAsia="仿宋_GB2312"');
    expect(defaults).toContain('w:hint="eastAsia"');
    expect(defaults).toContain('<w:lang w:val="en-US" w:eastAsia="zh-CN"/>');
    const style = (id: string) => new RegExp(`w:styleId="${id}">[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
    expect(style('GwHeading1')).toContain('w:eastAsia="黑体"');
    expect(style('GwHeading1')).toContain('<w:outlineLvl w:val="0"/>');
    expect(style('GwHeading2')).toContain('w:eastAsia="楷体_GB2312"');
    expect(style('GwTitle')).toContain('w:eastAsia="方正小标宋简体"');
    expect(style('GwPageNumber')).toContain('w:eastAsia="宋体"');
    const fonts = part(parts, 'word/fontTable.xml');
    const font = (name: string) => new RegExp(`<w:font w:name="${name}">[\\s\\S]*?</w:font>`).exec(fonts)?.[0] ?? '';
    expect(font('仿宋_GB2312')).toContain('<w:altName w:val="仿宋,FangSong"/>');
    expect(font('仿宋_GB2312')).toContain('<w:charset w:val="86"/>');
    expect(font('楷体_GB2312')).toContain('<w:altName w:val="楷体,KaiTi"/>');
    expect(font('黑体')).toContain('<w:altName w:val="SimHei"/>');
    expect(font('方正小标宋简体')).toContain('<w:altName w:val="方正小标宋_GBK,华文中宋,宋体"/>');
  });

  it('merges the attachment cells the model spans, and repeats 附件2’s column headings on every page', () => {
    const rows = [...documentXml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    const row = (text: string) => rows.find((r) => r.includes(`>${text}<`)) ?? '';
    expect(row('预算部门（单位）名称')).toMatch(
      /<w:gridSpan w:val="2"\/>[\s\S]*预算部门（单位）名称[\s\S]*<w:gridSpan w:val="6"\/>/,
    );
    expect(row('总分')).toContain('<w:gridSpan w:val="5"/>');
    // The 一级指标 row opens a table of its own and is its repeated heading row.
    const heading = row('一级指标');
    expect(heading).toMatch(/<w:tblHeader\/>/);
    expect(
      documentXml
        .split('<w:tbl>')
        .find((t) => t.includes('>一级指标<'))
        ?.indexOf('<w:tr>'),
    ).toBe(
      documentXml
        .split('<w:tbl>')
        .find((t) => t.includes('>一级指标<'))
        ?.indexOf(heading),
    );
    expect(rows.filter((r) => /<w:tblHeader\/>/.test(r))).toHaveLength(1);
  });
});

describe('the writer with other input', () => {
  it('follows a house layout: its margins, lines a page and sizes', async () => {
    const house = withHouseLayout({
      ...GBT9704_HOUSE_LAYOUT,
      marginsMm: { top: 35, bottom: 33, left: 27, right: 27 },
      linesPerPage: 20,
      bodyFontPt: 15,
    });
    const xml = part(await written([{ kind: 'paragraph', runs: [{ text: '正文' }] }], house), 'word/document.xml');
    const [s] = sections(xml);
    expect(attr(s ?? '', 'w:pgMar', 'w:top')).toBe(1984);
    expect(attr(s ?? '', 'w:pgMar', 'w:left')).toBe(1531);
    const styles = part(await written([], house), 'word/styles.xml');
    const bodyStyle = /w:styleId="GwBody">[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    // (297 − 35 − 33) mm / 20 lines.
    expect(attr(bodyStyle, 'w:spacing', 'w:line')).toBe(649);
    expect(bodyStyle).toContain('<w:sz w:val="30"/>');
  });

  it('writes a vertically merged cell, a line break inside a paragraph, and bold run-in headings', async () => {
    const xml = part(
      await written([
        { kind: 'paragraph', runs: [{ text: '1. 基本支出情况：', bold: true }, { text: '第一行\n第二行' }] },
        {
          kind: 'attachment',
          number: '1',
          source: 'baseData',
          title: '测试表',
          table: {
            captionLeft: '填报单位：测试',
            captionRight: '单位：万元',
            headerRows: [],
            bodyRows: [[{ text: '合并', rowSpan: 2 }, { text: 'A1' }], [{ text: 'A2' }]],
            widths: [1, 1],
          },
        },
      ]),
      'word/document.xml',
    );
    expect(xml).toMatch(/<w:b\/>[\s\S]*?1\. 基本支出情况：/);
    expect(xml).toMatch(/第一行<\/w:t><\/w:r><w:r><w:br\/><w:t xml:space="preserve">第二行/);
    const rows = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows[0]).toContain('<w:vMerge w:val="restart"/>');
    expect(rows[1]).toContain('<w:vMerge w:val="continue"/>');
    expect(paragraphTexts(rows[1] ?? '').join('')).toBe('A2');
  });
});
