/**
 * Page layout of the formal PDF. The defaults are GB/T 9704-2012 《党政机关公文格式》 (domain.md §7); a unit's
 * house variant (e.g. 上3.5 下3.3 左右2.7 cm) is the same settings with other numbers.
 */
// Plain types and values, no zod: this module is part of the PDF worker, which should load nothing it does not use.
// The house part is validated where a unit saves it (shared/pdf/house-layout.ts, the settings API).
import { GBT9704_HOUSE_LAYOUT, type HouseLayoutValues } from '../../../shared/pdf/house-layout-defaults';

/** The house layout's fields (margins, type grid and sizes: shared/pdf/house-layout.ts), then the rest. */
export interface PdfLayoutSettings extends HouseLayoutValues {
  /** The page number's 一字线 sits this far below the 版心. */
  pageNumberGapMm: number;
  /** 附件 tables: 小四 (12 pt) when portrait, 五号 (10.5 pt) for a wide table on a landscape page. */
  tableFontPt: number;
  wideTableFontPt: number;
  /**
   * The smallest sizes a table may be set in so that an attachment spilling a few rows ends on its first page:
   * 五号 (10.5 pt) portrait, 小五 (9 pt) landscape; at most 1.5 pt below the sizes above. Equal to them: never shrink.
   */
  tableMinFontPt: number;
  wideTableMinFontPt: number;
  /** A table with at least this many columns is printed on landscape pages. */
  landscapeFromColumns: number;
  /** Generation limits: a report that needs more is refused rather than freezing the computer. */
  timeLimitMs: number;
  heapLimitMb: number;
}

export const GBT9704_DEFAULTS: PdfLayoutSettings = {
  // The part a unit may change in settings (shared/pdf/house-layout.ts), then the rest of the standard.
  ...GBT9704_HOUSE_LAYOUT,
  pageNumberGapMm: 7,
  tableFontPt: 12,
  wideTableFontPt: 10.5,
  tableMinFontPt: 10.5,
  wideTableMinFontPt: 9,
  landscapeFromColumns: 6,
  timeLimitMs: 120_000,
  heapLimitMb: 1024,
};

/** The layout a unit has chosen: its house values over the standard (GB/T 9704 when it has none). */
export function withHouseLayout(house: HouseLayoutValues | null): PdfLayoutSettings {
  return house ? { ...GBT9704_DEFAULTS, ...house, marginsMm: { ...house.marginsMm } } : GBT9704_DEFAULTS;
}

export const A4_PT = { width: 595.28, height: 841.89 } as const;

export const mmToPt = (mm: number): number => (mm * 72) / 25.4;

/** Margins in points, pdfmake order: [left, top, right, bottom]. */
export type Margins = [number, number, number, number];

export interface PageGeometry {
  /** Portrait pages: the text column, widened a little past the 版心 so that a full line holds charsPerLine. */
  portraitMargins: Margins;
  /** The 版心 itself (page numbers are placed relative to it). */
  portraitBlock: Margins;
  /** Landscape pages: the portrait sheet turned, so the 订口 (left) edge becomes the top. */
  landscapeMargins: Margins;
  bodyLineHeightPt: number;
  /** One character of body text (indents are counted in characters). */
  charPt: number;
  textWidthPt: number;
}

/**
 * GB/T 9704 asks for 28 characters of 3号 (28 × 16 pt = 158 mm) in a 156 mm 版心; Word users tighten the character
 * spacing to get there. pdfmake cannot tighten the spacing between single-character words, so the text column is
 * widened by those 2 mm instead: at most 1 mm into the 订口 (its tolerance is ±1 mm), the rest into the 切口.
 */
export function pageGeometry(settings: PdfLayoutSettings): PageGeometry {
  const m = settings.marginsMm;
  const left = mmToPt(m.left);
  const right = mmToPt(m.right);
  const top = mmToPt(m.top);
  const bottom = mmToPt(m.bottom);
  const blockWidth = A4_PT.width - left - right;
  const gridWidth = settings.charsPerLine * settings.bodyFontPt;
  const extra = Math.max(0, gridWidth - blockWidth + 0.01);
  const intoLeft = Math.min(extra / 2, mmToPt(1) - 0.01);
  const blockHeight = A4_PT.height - top - bottom;
  return {
    portraitMargins: [left - intoLeft, top, right - (extra - intoLeft), bottom],
    portraitBlock: [left, top, right, bottom],
    landscapeMargins: [bottom, left, top, right],
    // A hair under the exact division, so rounding never pushes the last line of the grid to the next page.
    bodyLineHeightPt: (blockHeight - 0.05) / settings.linesPerPage,
    charPt: settings.bodyFontPt,
    textWidthPt: blockWidth + extra,
  };
}
