/**
 * The definition builder against GB/T 9704-2012 (domain.md §7): page, margins, the 22 × 28 grid, faces by
 * heading level, page numbers, title breaking, 附件说明 and 落款 placement, landscape pages for wide tables.
 */
import { describe, expect, it } from 'vitest';
import { buildDocDefinition, keepHeadingsWithNext } from '../../electron/services/pdf/doc-definition';
import { assertSafeDefinition } from '../../electron/services/pdf/definition-guard';
import { GBT9704_DEFAULTS, mmToPt, pageGeometry } from '../../electron/services/pdf/layout-settings';
import type { PdfNode, SectionNode, TextNode } from '../../electron/services/pdf/pdf-nodes';
import { titleLines } from '../../electron/services/pdf/title-lines';
import type { Block } from '../../shared/text/document';
import { renderReportPdf } from '../../electron/services/pdf/render-report';
import { bundledFonts, documentOf, pdfText, referenceReport, TEST_META, testJob } from './pdf-test-kit';

const fonts = bundledFonts();
const build = () => buildDocDefinition(documentOf(referenceReport()), GBT9704_DEFAULTS, fonts.metrics, TEST_META);

function textOf(node: PdfNode | SectionNode): string {
  if ('section' in node) return textOf(node.section);
  if ('text' in node) return typeof node.text === 'string' ? node.text : node.text.map((r) => r.text).join('');
  if ('stack' in node) return node.stack.map(textOf).join('');
  if ('columns' in node) return node.columns.map(textOf).join('');
  return '';
}

describe('page geometry (GB/T 9704 defaults)', () => {
  const g = pageGeometry(GBT9704_DEFAULTS);

  it('keeps 天头 37 mm and 下白边 35 mm, and widens the 156 mm 版心 to hold 28 characters of 3号', () => {
    expect(g.portraitMargins[1]).toBeCloseTo(mmToPt(37), 5);
    expect(g.portraitMargins[3]).toBeCloseTo(mmToPt(35), 5);
    expect(g.textWidthPt).toBeGreaterThanOrEqual(28 * 16);
    expect(g.textWidthPt).toBeLessThan(29 * 16);
    // 订口 within its ±1 mm tolerance.
    expect(g.portraitMargins[0]).toBeGreaterThanOrEqual(mmToPt(27));
  });

  it('has 22 lines of body text filling the 版心 height', () => {
    const blockHeight = 841.89 - mmToPt(37) - mmToPt(35);
    expect(22 * g.bodyLineHeightPt).toBeLessThanOrEqual(blockHeight);
    expect(23 * g.bodyLineHeightPt).toBeGreaterThan(blockHeight);
  });
});

describe('the definition of the reference report', () => {
  it('passes the allow-list guard', () => {
    expect(() => assertSafeDefinition(build().definition)).not.toThrow();
  });

  it('sets headings in 黑体 ("一、") and 楷体 ("（一）"), body in the serif, title centred in 2号', () => {
    const nodes = build().definition.content as TextNode[];
    const title = nodes[0];
    expect(title?.font).toBe('Title');
    expect(title?.fontSize).toBe(22);
    expect(title?.alignment).toBe('center');
    expect(title?.text).toBe('通道侗族自治县公安局\n部门整体支出绩效自评报告');
    const h1 = nodes.find((n) => n.text === '一、部门、单位基本情况');
    const h2 = nodes.find((n) => n.text === '（一）机构设置情况');
    expect(h1?.font).toBe('Hei');
    expect(h2?.font).toBe('Kai');
    expect(h1?.leadingIndent).toBe(32);
    const paragraph = nodes.find((n) => Array.isArray(n.text));
    expect(paragraph?.font).toBe('Body');
    expect(paragraph?.fontSize).toBe(16);
    expect(paragraph?.alignment).toBe('justify');
    expect(paragraph?.leadingIndent).toBe(32);
  });

  it('puts every face on the same 22-line grid: line height × font line height = grid line', () => {
    const { definition } = build();
    const line = pageGeometry(GBT9704_DEFAULTS).bodyLineHeightPt;
    for (const node of (definition.content as TextNode[]).filter(
      (n) => n.font === 'Body' || n.font === 'Hei' || n.font === 'Kai',
    )) {
      if (node.fontSize !== 16) continue;
      const face = node.font === 'Hei' ? 'hei' : node.font === 'Kai' ? 'kai' : 'body';
      const shift = node.margin?.[1] ?? 0;
      expect((node.lineHeight ?? 1) * fonts.metrics[face].lineHeightEm * 16 + shift).toBeCloseTo(line, 5);
    }
  });

  it('numbers pages "— n —": odd pages right, even pages left, one character in from the 版心', () => {
    const { definition } = build();
    const portrait = { orientation: 'portrait' as const, width: 595.28, height: 841.89 };
    const odd = definition.footer(1, 17, portrait);
    const even = definition.footer(2, 17, portrait);
    expect(odd?.text).toMatch(/^—\s+1\s+—$/);
    expect(odd?.alignment).toBe('right');
    expect(odd?.fontSize).toBe(14);
    expect(odd?.margin?.[2]).toBeCloseTo(mmToPt(26) + 14, 5);
    expect(even?.alignment).toBe('left');
    expect(even?.margin?.[0]).toBeCloseTo(mmToPt(28) + 14, 5);
  });

  it('places the 落款 two characters in from the right, the date two characters right of the name', () => {
    const { definition } = build();
    const signature = definition.content.find((n) => textOf(n).startsWith('通道侗族自治县公安局2024年'));
    if (!signature || !('stack' in signature)) throw new Error('signature block expected');
    const [name, date] = signature.stack as TextNode[];
    const g = pageGeometry(GBT9704_DEFAULTS);
    const nameWidth = fonts.metrics.body.widthEm('通道侗族自治县公安局') * 16;
    expect((name?.margin?.[0] ?? 0) + nameWidth).toBeCloseTo(g.textWidthPt - 2 * 16, 3);
    expect((date?.margin?.[0] ?? 0) - (name?.margin?.[0] ?? 0)).toBeCloseTo(32, 5);
    expect(signature.unbreakable).toBe(true);
  });

  it('starts each attachment on a new page; the 8-column 附件2 on landscape pages', () => {
    const sections = build().definition.content.filter((n): n is SectionNode => 'section' in n);
    expect(sections.map((s) => s.pageOrientation)).toEqual(['portrait', 'landscape']);
    expect(textOf(sections[0] as SectionNode).startsWith('附件1')).toBe(true);
    expect(textOf(sections[1] as SectionNode).startsWith('附件2')).toBe(true);
    // Landscape: the sheet turned, 订口 (28 mm) on top.
    expect(sections[1]?.pageMargins[1]).toBeCloseTo(mmToPt(28), 5);
  });

  it('records every string with the face that prints it, for the glyph check', () => {
    const { texts } = build();
    expect(texts.find((t) => t.text === '（一）机构设置情况')?.face).toBe('kai');
    expect(texts.find((t) => t.text === '附件2')?.face).toBe('hei');
    expect(texts.some((t) => t.face === 'bodyBold' && t.where.startsWith('“'))).toBe(true);
    expect(texts.some((t) => /^附件2第\d+行第\d+列$/.test(t.where))).toBe(true);
  });
});

describe('title lines', () => {
  const fits = (n: number) => (line: string) => line.length <= n;
  it('keeps a short title whole', () => {
    expect(titleLines('某局部门整体支出绩效自评报告', fits(20))).toEqual(['某局部门整体支出绩效自评报告']);
  });
  it('breaks before the document type, never inside a word', () => {
    expect(titleLines('通道侗族自治县公安局部门整体支出绩效自评报告', fits(20))).toEqual([
      '通道侗族自治县公安局',
      '部门整体支出绩效自评报告',
    ]);
  });
});

describe('headings at the foot of a page', () => {
  const heading = { headlineLevel: 1, pageNumbers: [3] };
  const text = { pageNumbers: [3] };
  const following = (...nodes: { headlineLevel?: number; pageNumbers: number[] }[]) => ({
    getFollowingNodesOnPage: () => nodes,
  });

  it('move to the next page when only headings (or nothing) follow them on the page', () => {
    expect(keepHeadingsWithNext(heading, following())).toBe(true);
    expect(keepHeadingsWithNext(heading, following({ headlineLevel: 2, pageNumbers: [3] }))).toBe(true);
  });

  it('stay when text follows, and text never moves', () => {
    expect(keepHeadingsWithNext(heading, following(text))).toBe(false);
    expect(keepHeadingsWithNext(text, following())).toBe(false);
  });
});

describe('a heading that would end a page', () => {
  it('goes to the next page together with the heading below it', async () => {
    const blocks: Block[] = [{ kind: 'heading', level: 1, text: '一、第一部分' }];
    for (let i = 1; i <= 19; i++) blocks.push({ kind: 'paragraph', runs: [{ text: `第${i}段。` }] });
    // Lines 21 and 22 of page 1 would hold these two headings, their text going to page 2.
    blocks.push(
      { kind: 'heading', level: 1, text: '二、第二部分' },
      { kind: 'heading', level: 2, text: '（一）小节' },
      { kind: 'paragraph', runs: [{ text: '第二部分正文。' }] },
    );
    const out = await renderReportPdf(testJob({ blocks }));
    if (!out.ok) throw new Error('renders');
    const [page1 = '', page2 = ''] = pdfText(out.bytes, 'raw').split('\f');
    expect(page1).toContain('第19段。');
    expect(page1).not.toContain('二、第二部分');
    expect(page2.trim().startsWith('二、第二部分\n（一）小节\n第二部分正文。')).toBe(true);
  });
});
