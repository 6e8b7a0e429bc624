/**
 * The GB/T 9704-2012 values of a house layout, without its schema: the PDF worker needs the numbers, not zod
 * (750 KB of code it would otherwise load on every cold start). house-layout.ts checks that the two agree.
 */
export interface HouseLayoutValues {
  marginsMm: { top: number; bottom: number; left: number; right: number };
  bodyFontPt: number;
  linesPerPage: number;
  charsPerLine: number;
  titleFontPt: number;
  pageNumberFontPt: number;
}

/** GB/T 9704-2012: A4, 37/35/28/26 mm, 3号 body in a 22 × 28 grid, 2号 title, 4号 page numbers. */
export const GBT9704_HOUSE_LAYOUT: HouseLayoutValues = {
  marginsMm: { top: 37, bottom: 35, left: 28, right: 26 },
  bodyFontPt: 16,
  linesPerPage: 22,
  charsPerLine: 28,
  titleFontPt: 22,
  pageNumberFontPt: 14,
};
