/**
 * ReportDocument + layout settings → pdfmake document definition, after GB/T 9704-2012 (domain.md §7).
 * A pure function: the same input gives the same definition, and nothing here reads files or the clock.
 * User text only ever enters as `{ text: String(value) }` (through BuildContext.use).
 */
import type { Block, ReportDocument, Run } from '../../../shared/text/document';
import { BuildContext, type TextUsage } from './build-context';
import { FACE_STYLE, type FontMetrics } from './font-faces';
import type { PdfLayoutSettings } from './layout-settings';
import { mmToPt } from './layout-settings';
import { attachmentNodes } from './attachment-page';
import { titleLines } from './title-lines';
import { fingerprintFooterText, signoffBlockNode, signoffSheetNode, type SignoffInfo } from './signoff-nodes';
import type {
  DocDefinition,
  DocInfo,
  FooterFunction,
  PageBreakBefore,
  PageInfo,
  PdfNode,
  SectionNode,
  TextNode,
  TextRun,
} from './pdf-nodes';

export interface PdfMeta {
  title: string;
  /** The unit that issues the report. */
  author: string;
  subject: string;
  keywords: string;
  /** "绩效自评助手 0.1.0". */
  producer: string;
  creationDate: Date;
  /** Identity of the exported content (report id and content hash), for the sign-off fingerprint. */
  reportId: string;
  contentSha256: string;
  /** Present on the approved PDF only: the sign-off block, the footer fingerprint and the 签发单 page. */
  signoff?: SignoffInfo;
}

export interface BuiltDefinition {
  definition: DocDefinition;
  texts: TextUsage[];
}

const INDENT_CHARS = 2;
/** A style name with no style behind it: marks the page-number nodes. */
const PAGE_NUMBER_STYLE = 'selfevalPageNumber';

function paragraphNode(ctx: BuildContext, runs: readonly Run[], where: string): TextNode {
  const textRuns: TextRun[] = runs.map((run) => {
    const face = run.bold ? 'bodyBold' : 'body';
    return { text: ctx.use(face, run.text, where), ...FACE_STYLE[face] };
  });
  return ctx.gridText('body', '', {
    text: textRuns.length > 0 ? textRuns : '',
    alignment: 'justify',
    leadingIndent: INDENT_CHARS * ctx.geometry.charPt,
  });
}

function headingNode(ctx: BuildContext, level: 1 | 2 | 3, text: string): TextNode {
  const face = level === 1 ? 'hei' : level === 2 ? 'kai' : 'bodyBold';
  const value = ctx.use(face, text, `标题“${text}”`);
  return ctx.gridText(face, value, {
    alignment: 'left',
    leadingIndent: INDENT_CHARS * ctx.geometry.charPt,
    headlineLevel: level,
  });
}

function titleNode(ctx: BuildContext, title: string): TextNode {
  const size = ctx.settings.titleFontPt;
  const width = ctx.geometry.textWidthPt;
  const lines = titleLines(title, (line) => ctx.widthPt('title', line, size) <= width);
  const line = ctx.geometry.bodyLineHeightPt;
  return {
    text: lines.map((l) => ctx.use('title', l, '报告标题')).join('\n'),
    ...FACE_STYLE.title,
    fontSize: size,
    lineHeight: ctx.lineHeightFor('title', size, line * 1.25),
    alignment: 'center',
    // One blank line of the grid between the title and the body.
    margin: [0, 0, 0, line],
  };
}

/** 附件说明: one blank line below the body, indented 2 characters; later names aligned with the first. */
function attachmentNoteNode(ctx: BuildContext, items: readonly string[]): PdfNode {
  const char = ctx.geometry.charPt;
  const label = '附件：';
  const labelWidth = INDENT_CHARS * char + ctx.widthPt('body', label, ctx.settings.bodyFontPt);
  const numbered = items.length > 1;
  return {
    columns: [
      { ...ctx.gridText('body', label, { margin: [INDENT_CHARS * char, 0, 0, 0] }), width: labelWidth },
      {
        stack: items.map((item, i) =>
          ctx.gridText('body', ctx.use('body', `${numbered ? `${i + 1}.` : ''}${item}`, '附件说明')),
        ),
        width: '*',
      },
    ],
    columnGap: 0,
    margin: [0, ctx.geometry.bodyLineHeightPt, 0, 0],
  };
}

/**
 * 落款 without a seal (GB/T 9704 §7.3.5.2): one blank line below, the unit's name 2 characters in from the right,
 * the date on the next line starting 2 characters right of the name's first character; when the date is the
 * longer, the date is 2 characters in from the right and the name moves left to keep the 2-character step.
 */
function signatureNode(ctx: BuildContext, unitName: string, date: string): PdfNode {
  const size = ctx.settings.bodyFontPt;
  const char = ctx.geometry.charPt;
  const lineWidth = ctx.geometry.textWidthPt;
  const name = ctx.use('body', unitName, '落款（单位名称）');
  const day = ctx.use('body', date, '落款（成文日期）');
  const nameWidth = ctx.widthPt('body', name, size);
  const dateWidth = ctx.widthPt('body', day, size);
  let nameStart = lineWidth - 2 * char - nameWidth;
  let dateStart = nameStart + 2 * char;
  if (dateStart + dateWidth > lineWidth - 2 * char) {
    dateStart = lineWidth - 2 * char - dateWidth;
    nameStart = dateStart - 2 * char;
  }
  const lines: TextNode[] =
    nameStart >= 0
      ? [
          ctx.gridText('body', name, { margin: [nameStart, 0, 0, 0] }),
          ctx.gridText('body', day, { margin: [dateStart, 0, 0, 0] }),
        ]
      : [
          // A name longer than the line: both right-aligned, 2 characters in.
          ctx.gridText('body', name, { alignment: 'right', margin: [0, 0, 2 * char, 0] }),
          ctx.gridText('body', day, { alignment: 'right', margin: [0, 0, 2 * char, 0] }),
        ];
  return {
    stack: day ? lines : lines.slice(0, 1),
    unbreakable: true,
    margin: [0, ctx.geometry.bodyLineHeightPt, 0, 0],
  };
}

function blockNodes(ctx: BuildContext, blocks: readonly Block[], signoff?: SignoffInfo): (PdfNode | SectionNode)[] {
  const nodes: (PdfNode | SectionNode)[] = [];
  let section = '正文';
  let paragraphInSection = 0;
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        nodes.push(titleNode(ctx, block.text));
        break;
      case 'heading':
        if (block.level === 1) {
          section = block.text;
          paragraphInSection = 0;
        }
        nodes.push(headingNode(ctx, block.level, block.text));
        break;
      case 'paragraph':
        paragraphInSection += 1;
        nodes.push(paragraphNode(ctx, block.runs, `“${section}”第${paragraphInSection}段`));
        break;
      case 'attachmentNote':
        if (block.items.length > 0) nodes.push(attachmentNoteNode(ctx, block.items));
        break;
      case 'signature':
        nodes.push(signatureNode(ctx, block.unitName, block.date));
        if (signoff) nodes.push(signoffBlockNode(ctx, signoff));
        break;
      case 'attachment':
        nodes.push(attachmentNodes(ctx, block));
        break;
    }
  }
  return nodes;
}

/**
 * Page numbers (GB/T 9704 §7.5): "— 1 —" in 4号 宋体 below the 版心, its dash 7 mm under the 版心's lower
 * edge; odd pages right with one character of space, even pages left with one character of space.
 */
function pageNumberFooter(ctx: BuildContext, signoff?: SignoffInfo): FooterFunction {
  const { settings, geometry, metrics } = ctx;
  const size = settings.pageNumberFontPt;
  // The dash of "— 1 —" sits about a quarter em above the baseline; the baseline is one ascender below the top.
  const top = Math.max(0, mmToPt(settings.pageNumberGapMm) - (metrics.body.ascenderEm - 0.27) * size);
  const fingerprint = signoff ? ctx.use('body', fingerprintFooterText(signoff), '页脚（报告指纹）') : '';
  return (currentPage, _pageCount, pageSize) => {
    const block = geometry.portraitBlock;
    const odd = currentPage % 2 === 1;
    return {
      // Named so that keepHeadingsWithNext can tell it from text (pdfmake lists footers among a page's nodes).
      style: PAGE_NUMBER_STYLE,
      // Two of the font's narrow spaces (a quarter em each) make the customary half-width gap; with one,
      // text extraction (pdftotext) also reads "—1—".
      text: signoff
        ? [
            { text: `—  ${currentPage}  —` },
            {
              text: `\n${pageSize.orientation === 'landscape' ? narrowFingerprint(signoff) : fingerprint}`,
              fontSize: size * 0.6,
            },
          ]
        : `—  ${currentPage}  —`,
      ...FACE_STYLE.body,
      fontSize: size,
      lineHeight: 1,
      ...(pageSize.orientation === 'landscape'
        ? landscapePageNumber(ctx, odd, pageSize)
        : {
            alignment: odd ? ('right' as const) : ('left' as const),
            margin: odd ? [0, top, block[2] + size, 0] : [block[0] + size, top, 0, 0],
          }),
    };
  };
}

/** Beside a landscape table the number's column is narrow: the fingerprint goes on three short lines. */
function narrowFingerprint(signoff: SignoffInfo): string {
  const fp = signoff.fingerprint;
  return `报告指纹\n${fp.slice(0, 10)}\n${fp.slice(10)}`;
}

/**
 * GB/T 9704 §10.1: on a landscape table the number sits at the table's left side, odd pages at its lower-left
 * corner, even pages at its upper-left (where the portrait pages' numbers are once the sheet is turned back):
 * right-aligned 7 mm left of the 版心, one character in from its lower or upper edge. pdfmake draws a footer
 * below the 版心, so a negative top margin moves it up beside the table.
 */
function landscapePageNumber(ctx: BuildContext, odd: boolean, page: PageInfo): Pick<TextNode, 'alignment' | 'margin'> {
  const size = ctx.settings.pageNumberFontPt;
  const [left, blockTop, , blockBottom] = ctx.geometry.landscapeMargins;
  const blockHeight = page.height - blockTop - blockBottom;
  const numberHeight = size * ctx.metrics.body.lineHeightEm;
  return {
    alignment: 'right',
    margin: [
      0,
      odd ? -(size + numberHeight) : size - blockHeight,
      page.width - left + mmToPt(ctx.settings.pageNumberGapMm),
      0,
    ],
  };
}

/**
 * A heading with nothing but headings after it on its page (the foot of the page) moves to the next page, so a
 * heading is never separated from its text. pdfmake lays the document out again after each such move (once per
 * definition: heading-break-hints.ts replays the moves on a repeat export).
 */
export const keepHeadingsWithNext: PageBreakBefore = (node, nodes) =>
  node.headlineLevel !== undefined &&
  nodes.getFollowingNodesOnPage().every((n) => n.headlineLevel !== undefined || n.style === PAGE_NUMBER_STYLE);

function docInfo(meta: PdfMeta): DocInfo {
  return {
    title: meta.title,
    author: meta.author,
    subject: meta.subject,
    keywords: meta.keywords,
    creator: meta.producer,
    producer: meta.producer,
    creationDate: meta.creationDate,
    SelfevalReportId: meta.reportId,
    SelfevalContentSha256: meta.contentSha256,
    ...(meta.signoff
      ? {
          SelfevalApprovedVersion: String(meta.signoff.version),
          SelfevalFingerprint: meta.signoff.fingerprint,
          SelfevalAuditSeq: String(meta.signoff.auditSeq),
          SelfevalAuditHash: meta.signoff.auditHash,
        }
      : {}),
  };
}

export function buildDocDefinition(
  doc: ReportDocument,
  settings: PdfLayoutSettings,
  metrics: FontMetrics,
  meta: PdfMeta,
): BuiltDefinition {
  const ctx = new BuildContext(settings, metrics);
  const content = blockNodes(ctx, doc.blocks, meta.signoff);
  if (meta.signoff) content.push(signoffSheetNode(ctx, meta.signoff));
  const definition: DocDefinition = {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: ctx.geometry.portraitMargins,
    content,
    defaultStyle: {
      ...FACE_STYLE.body,
      fontSize: settings.bodyFontPt,
      lineHeight: ctx.lineHeightFor('body', settings.bodyFontPt),
    },
    info: docInfo(meta),
    footer: pageNumberFooter(ctx, meta.signoff),
    pageBreakBefore: keepHeadingsWithNext,
    language: 'zh-CN',
    version: '1.7',
    displayTitle: true,
  };
  return { definition, texts: ctx.texts };
}
