/**
 * The subset of pdfmake's document definition this app emits. Nothing here can name a file, a URL, an image, an
 * SVG, a link or an attachment: user text only ever becomes `text`. definition-guard.ts checks the same rules at
 * run time, for any definition that reaches the renderer.
 */
import type { Margins } from './layout-settings';

export type Alignment = 'left' | 'center' | 'right' | 'justify';

export interface TextRun {
  text: string;
  font?: string;
  bold?: boolean;
  fontSize?: number;
}

interface NodeCommon {
  margin?: Margins;
  pageBreak?: 'before';
  pageOrientation?: 'portrait' | 'landscape';
  /** Marks headings so that a heading left alone at the foot of a page moves to the next page. */
  headlineLevel?: number;
  unbreakable?: boolean;
}

export interface TextNode extends NodeCommon {
  text: string | TextRun[];
  font?: string;
  bold?: boolean;
  fontSize?: number;
  lineHeight?: number;
  alignment?: Alignment;
  leadingIndent?: number;
  characterSpacing?: number;
  preserveLeadingSpaces?: boolean;
  colSpan?: number;
  rowSpan?: number;
}

/** A cell covered by a neighbour's colSpan or rowSpan (pdfmake wants a placeholder there). */
export type SpanPlaceholder = Record<string, never>;
export type CellNode = TextNode | SpanPlaceholder;

export interface StackNode extends NodeCommon {
  stack: PdfNode[];
}

export interface ColumnsNode extends NodeCommon {
  columns: (PdfNode & { width?: number | '*' | 'auto' })[];
  columnGap?: number;
}

export const TABLE_LAYOUT_NAME = 'selfevalGrid';

export interface TableNode extends NodeCommon {
  table: {
    headerRows?: number;
    keepWithHeaderRows?: number;
    widths: number[];
    body: CellNode[][];
    /**
     * True only when every row is estimated far shorter than a page: pdfmake drops a kept-whole row that is taller
     * than a page (pdfmake #1159, #2560).
     */
    dontBreakRows?: boolean;
  };
  layout: typeof TABLE_LAYOUT_NAME;
}

/** Top level only: starts a new page with its own orientation and margins (kept for the pages that follow). */
export interface SectionNode {
  section: StackNode;
  pageOrientation: 'portrait' | 'landscape';
  pageMargins: Margins;
}

export type PdfNode = TextNode | StackNode | ColumnsNode | TableNode;

export interface PageInfo {
  orientation: 'portrait' | 'landscape';
  width: number;
  height: number;
}

/** Footer nodes come from code, not from the guarded content, and may carry a style name as a marker. */
export type FooterFunction = (
  currentPage: number,
  pageCount: number,
  pageSize: PageInfo,
) => (TextNode & { style?: string }) | null;

/** pdfmake's view of a node when deciding whether to break before it (only what we read). */
export interface BreakNodeInfo {
  headlineLevel?: number;
  style?: string;
  pageNumbers: number[];
}
export type PageBreakBefore = (node: BreakNodeInfo, nodes: { getFollowingNodesOnPage(): BreakNodeInfo[] }) => boolean;

export interface DocInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  creator: string;
  producer: string;
  creationDate: Date;
  /** Custom entries (the report's identity for the sign-off fingerprint). */
  [custom: `Selfeval${string}`]: string;
}

export interface DocDefinition {
  pageSize: 'A4';
  pageOrientation: 'portrait';
  pageMargins: Margins;
  content: (PdfNode | SectionNode)[];
  defaultStyle: { font: string; fontSize: number; lineHeight: number };
  info: DocInfo;
  footer: FooterFunction;
  /** Drawn in the top margin of every page (the 草稿 mark of an export that is not final). */
  header?: FooterFunction;
  watermark?: { text: string; font: string; fontSize: number; color: string; opacity: number; angle: number };
  pageBreakBefore?: PageBreakBefore;
  language: string;
  version: '1.7';
  displayTitle: true;
}
