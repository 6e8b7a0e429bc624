/**
 * The paragraph styles of the Word document, one per role of the assembled report, named in Chinese so that the
 * clerk who edits the document in Word or WPS finds them (and changes every body paragraph at once by changing
 * 公文正文). Headings carry outline levels, so the navigation pane lists them.
 */
import type { IParagraphStylePropertiesOptions, IRunStylePropertiesOptions, IStylesOptions } from 'docx';
import type { PdfLayoutSettings } from '../pdf/layout-settings';
import type { BuildContext } from '../pdf/build-context';
import type { Docx } from './docx-module';
import { runFonts } from './docx-fonts';
import type { DocxGeometry } from './docx-geometry';

/** What the block writers share: the loaded library, the layout and the measuring context. */
export interface DocxContext {
  D: Docx;
  settings: PdfLayoutSettings;
  geometry: DocxGeometry;
  measure: BuildContext;
}

export const STYLE = {
  title: 'GwTitle',
  heading1: 'GwHeading1',
  heading2: 'GwHeading2',
  heading3: 'GwHeading3',
  body: 'GwBody',
  attachmentLabel: 'GwAttachmentLabel',
  tableText: 'GwTableText',
  pageNumber: 'GwPageNumber',
} as const;

const NO_DIGIT_SPACING = { autoSpaceEastAsianText: false } as IParagraphStylePropertiesOptions;

export const halfPoints = (pt: number): number => Math.round(pt * 2);

/** Line spacing of the body grid: exactly one grid line, so Word, WPS and LibreOffice agree on 22 lines a page. */
export function gridSpacing(ctx: DocxContext, before = 0, after = 0) {
  return { line: ctx.geometry.linePitch, lineRule: ctx.D.LineRuleType.EXACT, before, after };
}

export function documentStyles(ctx: DocxContext): IStylesOptions {
  const { D, settings, geometry } = ctx;
  const body = halfPoints(settings.bodyFontPt);
  const gridRun = { size: body, characterSpacing: geometry.charSpacing };
  const indentTwoChars = { firstLine: 2 * geometry.charWidth, firstLineChars: 200 };
  // A heading is a body line in another face, kept with the paragraph after it.
  const heading = (id: string, name: string, outlineLevel: number, run: IRunStylePropertiesOptions) => ({
    id,
    name,
    basedOn: STYLE.body,
    next: STYLE.body,
    quickFormat: true,
    paragraph: { alignment: D.AlignmentType.LEFT, keepNext: true, keepLines: true, outlineLevel },
    run,
  });
  return {
    default: {
      document: {
        run: { font: runFonts('body'), size: body, language: { value: 'en-US', eastAsia: 'zh-CN' } },
        // No extra space between Chinese characters and digits (w:autoSpaceDN off), as in the PDF: "152名", not
        // "152 名". Only here, where it is the only paragraph property: docx writes it after w:outlineLvl, out of
        // schema order, and its typings leave it out of styles. (LibreOffice ignores the setting on import.)
        paragraph: NO_DIGIT_SPACING,
      },
    },
    paragraphStyles: [
      {
        id: STYLE.body,
        name: '公文正文',
        quickFormat: true,
        paragraph: { alignment: D.AlignmentType.BOTH, spacing: gridSpacing(ctx), indent: indentTwoChars },
        run: { ...gridRun, font: runFonts('body') },
      },
      heading(STYLE.heading1, '一级标题', 0, { font: runFonts('hei') }),
      heading(STYLE.heading2, '二级标题', 1, { font: runFonts('kai') }),
      heading(STYLE.heading3, '三级标题', 2, { bold: true }),
      {
        id: STYLE.title,
        name: '公文标题',
        quickFormat: true,
        paragraph: {
          alignment: D.AlignmentType.CENTER,
          // Title lines 1.25 grid lines apart, then one blank grid line, as in the PDF.
          spacing: {
            line: Math.round(geometry.linePitch * 1.25),
            lineRule: D.LineRuleType.EXACT,
            before: 0,
            after: geometry.linePitch,
          },
          keepNext: true,
        },
        run: { font: runFonts('title'), size: halfPoints(settings.titleFontPt) },
      },
      {
        id: STYLE.attachmentLabel,
        name: '附件标号',
        basedOn: STYLE.body,
        paragraph: { alignment: D.AlignmentType.LEFT, indent: { firstLine: 0, firstLineChars: 0 }, keepNext: true },
        run: { font: runFonts('hei') },
      },
      {
        id: STYLE.tableText,
        name: '表格文字',
        paragraph: { spacing: { line: 240, lineRule: D.LineRuleType.AUTO, before: 0, after: 0 } },
        run: { font: runFonts('body'), size: halfPoints(settings.tableFontPt) },
      },
      {
        id: STYLE.pageNumber,
        name: '页码',
        paragraph: { spacing: { line: 240, lineRule: D.LineRuleType.AUTO, before: 0, after: 0 } },
        run: { font: runFonts('pageNumber'), size: halfPoints(settings.pageNumberFontPt) },
      },
    ],
  };
}
