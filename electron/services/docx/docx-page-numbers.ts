/**
 * Page numbers as GB/T 9704 §7.5 and the PDF set them: "— N —" in 4号 宋体, its dash 7 mm below the 版心; odd
 * pages on the right and even pages on the left, one character in from the 版心's edge (Word's odd and even
 * footers). On a landscape table page the number stands left of the 版心 (§10.1), where the portrait pages'
 * numbers are once the sheet is turned back: odd pages at its lower end, even pages at its upper end, each one
 * character in. A footer cannot go there, so that number is a framed paragraph (w:framePr) placed on the page.
 */
import type { Footer, IParagraphOptions, Paragraph } from 'docx';
import { mmToTwips, ptToTwips, type TwipMargins } from './docx-geometry';
import { STYLE, type DocxContext } from './docx-styles';

export interface SectionFooters {
  /** Distance of the footer from the page's lower edge (w:pgMar w:footer). */
  footerDistance: number;
  footers: { default: Footer; even: Footer };
}

function numberParagraph(ctx: DocxContext, options: Omit<IParagraphOptions, 'children' | 'style'>): Paragraph {
  const { D } = ctx;
  return new D.Paragraph({
    ...options,
    style: STYLE.pageNumber,
    children: [new D.TextRun({ children: ['— ', D.PageNumber.CURRENT, ' —'] })],
  });
}

/** The number's line, exactly one em high, so its dash (about mid-height) is where the arithmetic says. */
function numberSpacing(ctx: DocxContext) {
  return { line: ptToTwips(ctx.settings.pageNumberFontPt), lineRule: ctx.D.LineRuleType.EXACT, before: 0, after: 0 };
}

export function portraitFooters(ctx: DocxContext): SectionFooters {
  const { D, settings } = ctx;
  const char = ptToTwips(settings.pageNumberFontPt);
  const spacing = numberSpacing(ctx);
  return {
    // The footer's lower edge: the dash's height (7 mm under the 版心) less half the line.
    footerDistance: mmToTwips(settings.marginsMm.bottom - settings.pageNumberGapMm) - Math.round(char / 2),
    footers: {
      default: new D.Footer({
        children: [numberParagraph(ctx, { alignment: D.AlignmentType.RIGHT, indent: { right: char }, spacing })],
      }),
      even: new D.Footer({
        children: [numberParagraph(ctx, { alignment: D.AlignmentType.LEFT, indent: { left: char }, spacing })],
      }),
    },
  };
}

export function landscapeFooters(ctx: DocxContext, margins: TwipMargins): SectionFooters {
  const { D, settings, geometry } = ctx;
  const char = ptToTwips(settings.pageNumberFontPt);
  const sheetHeight = geometry.pageWidth;
  // From the sheet's left edge to 7 mm short of the 版心; the number is right-aligned in it.
  const width = margins.left - mmToTwips(settings.pageNumberGapMm);
  const framed = (y: number) =>
    numberParagraph(ctx, {
      alignment: D.AlignmentType.RIGHT,
      spacing: numberSpacing(ctx),
      frame: {
        type: 'absolute',
        position: { x: 0, y },
        width,
        height: char,
        rule: D.HeightRule.EXACT,
        anchor: { horizontal: D.FrameAnchorType.PAGE, vertical: D.FrameAnchorType.PAGE },
      },
    });
  // LibreOffice makes a framed paragraph a frame only once a paragraph follows it: a hairline one does.
  const after = () =>
    new D.Paragraph({ spacing: { line: 20, lineRule: D.LineRuleType.EXACT, before: 0, after: 0 }, children: [] });
  return {
    footerDistance: mmToTwips(settings.pageNumberGapMm),
    footers: {
      default: new D.Footer({ children: [framed(sheetHeight - margins.bottom - 2 * char), after()] }),
      even: new D.Footer({ children: [framed(margins.top + char), after()] }),
    },
  };
}
