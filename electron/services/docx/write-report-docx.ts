/**
 * ReportDocument + layout settings → the bytes of a .docx. The same assembled document the PDF and the preview
 * render, nothing assembled again: the body on A4 portrait with the 22-line grid, each attachment a section of its
 * own (landscape for a wide table), page numbers in odd and even footers, and a font table that tells Word and WPS
 * what to fall back to (docx-fonts.ts).
 */
import type { ISectionOptions } from 'docx';
import type { Block, ReportDocument } from '../../../shared/text/document';
import type { PdfLayoutSettings } from '../pdf/layout-settings';
import { attachmentSection } from './docx-attachment';
import { bodyParagraphs } from './docx-body';
import { fontTableXml } from './docx-fonts';
import { docxGeometry, mmToTwips, type TwipMargins } from './docx-geometry';
import { officeMeasureContext } from './docx-measure';
import { loadDocx } from './docx-module';
import { landscapeFooters, portraitFooters, type SectionFooters } from './docx-page-numbers';
import { documentStyles, type DocxContext } from './docx-styles';

export interface DocxMeta {
  title: string;
  /** The unit that issues the report. */
  author: string;
  subject: string;
  keywords: string;
  /** "绩效自评助手 0.1.0". */
  producer: string;
}

/** Header distance: the document has no header text, so any value inside the top margin does. */
const HEADER_MM = 15;

function sectionOf(
  ctx: DocxContext,
  page: { landscape: boolean; margins: TwipMargins; footers: SectionFooters },
  children: ISectionOptions['children'],
  first: boolean,
): ISectionOptions {
  const { D, geometry } = ctx;
  return {
    properties: {
      ...(first ? {} : { type: D.SectionType.NEXT_PAGE }),
      page: {
        size: {
          width: geometry.pageWidth,
          height: geometry.pageHeight,
          orientation: page.landscape ? D.PageOrientation.LANDSCAPE : D.PageOrientation.PORTRAIT,
        },
        margin: { ...page.margins, header: mmToTwips(HEADER_MM), footer: page.footers.footerDistance, gutter: 0 },
      },
    },
    footers: page.footers.footers,
    children,
  };
}

/** The body up to the first attachment, each attachment, and any body text after one (on portrait pages). */
function sections(ctx: DocxContext, blocks: readonly Block[]): ISectionOptions[] {
  const out: ISectionOptions[] = [];
  const portrait = { landscape: false, margins: ctx.geometry.portraitMargins };
  let pending: Block[] = [];
  const flush = () => {
    if (pending.length === 0 && out.length > 0) return;
    out.push(
      sectionOf(ctx, { ...portrait, footers: portraitFooters(ctx) }, bodyParagraphs(ctx, pending), out.length === 0),
    );
    pending = [];
  };
  for (const block of blocks) {
    if (block.kind !== 'attachment') {
      pending.push(block);
      continue;
    }
    flush();
    const section = attachmentSection(ctx, block);
    const footers = section.landscape ? landscapeFooters(ctx, section.margins) : portraitFooters(ctx);
    out.push(sectionOf(ctx, { ...section, footers }, section.children, false));
  }
  flush();
  return out;
}

export async function writeReportDocx(
  doc: ReportDocument,
  settings: PdfLayoutSettings,
  meta: DocxMeta,
): Promise<Uint8Array> {
  const D = await loadDocx();
  const ctx: DocxContext = { D, settings, geometry: docxGeometry(settings), measure: officeMeasureContext(settings) };
  const document = new D.Document({
    title: meta.title,
    creator: meta.author,
    lastModifiedBy: meta.producer,
    subject: meta.subject,
    keywords: meta.keywords,
    description: `${meta.producer}导出`,
    styles: documentStyles(ctx),
    evenAndOddHeaderAndFooters: true,
    sections: sections(ctx, doc.blocks),
  });
  const bytes = await D.Packer.toBuffer(document, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
