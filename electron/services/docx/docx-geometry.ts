/**
 * The page of the Word document, in twips (1/20 pt, Word's unit), from the same layout settings as the PDF
 * (GB/T 9704 or the unit's house layout): A4, the 版心 margins, the 22-line grid, landscape pages turned the way the
 * PDF turns them.
 *
 * 28 characters of 3号 (448 pt) do not fit the standard 156 mm 版心 (442 pt). Word users tighten the character
 * spacing to get there, and so does this document: every grid line's characters are condensed by the few
 * twentieths of a point that make charsPerLine fit. (A docGrid of type linesAndChars would do it in Word and WPS,
 * but LibreOffice then gives each character two grid cells and sets 17 a line; condensed spacing works in all three.)
 */
import { A4_PT, mmToPt, type PdfLayoutSettings } from '../pdf/layout-settings';

export const TWIPS_PER_PT = 20;

export const ptToTwips = (pt: number): number => Math.round(pt * TWIPS_PER_PT);
export const mmToTwips = (mm: number): number => ptToTwips(mmToPt(mm));

export interface TwipMargins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface DocxGeometry {
  /** A4 portrait. */
  pageWidth: number;
  pageHeight: number;
  portraitMargins: TwipMargins;
  /** The sheet turned: the 订口 (left) edge becomes the top, as in the PDF (layout-settings.ts pageGeometry). */
  landscapeMargins: TwipMargins;
  portraitTextWidth: number;
  landscapeTextWidth: number;
  /** One line of the body grid (linesPerPage of them fill the 版心's height). */
  linePitch: number;
  /** Character spacing of grid text, in twentieths of a point (0 or negative). */
  charSpacing: number;
  /** One character of body text: indents are counted in characters. */
  charWidth: number;
}

export function docxGeometry(settings: PdfLayoutSettings): DocxGeometry {
  const m = settings.marginsMm;
  const portraitMargins: TwipMargins = {
    top: mmToTwips(m.top),
    right: mmToTwips(m.right),
    bottom: mmToTwips(m.bottom),
    left: mmToTwips(m.left),
  };
  const pageWidth = ptToTwips(A4_PT.width);
  const pageHeight = ptToTwips(A4_PT.height);
  const portraitTextWidth = pageWidth - portraitMargins.left - portraitMargins.right;
  const landscapeMargins: TwipMargins = {
    top: portraitMargins.left,
    right: portraitMargins.top,
    bottom: portraitMargins.right,
    left: portraitMargins.bottom,
  };
  // Rounded down, so that linesPerPage lines always fit and charsPerLine characters always fit.
  const linePitch = Math.floor((pageHeight - portraitMargins.top - portraitMargins.bottom) / settings.linesPerPage);
  const pitchPt = portraitTextWidth / TWIPS_PER_PT / settings.charsPerLine;
  const charSpacing = Math.min(0, Math.floor((pitchPt - settings.bodyFontPt) * TWIPS_PER_PT));
  return {
    pageWidth,
    pageHeight,
    portraitMargins,
    landscapeMargins,
    portraitTextWidth,
    landscapeTextWidth: pageHeight - landscapeMargins.left - landscapeMargins.right,
    linePitch,
    charSpacing,
    charWidth: ptToTwips(settings.bodyFontPt) + charSpacing,
  };
}
