/**
 * A unit's house variant of the official layout: the page margins and the type grid that differ between units
 * (e.g. 上3.5 下3.3 左右2.7 cm). The standard GB/T 9704-2012 values are the default; the PDF exporter merges a house
 * layout over them. Field names carry their units; every bound is a sane print value, refused in Chinese otherwise.
 */
import { z } from 'zod';

const between = (label: string, unit: string, min: number, max: number) =>
  z
    .number({ error: `${label}须是数字` })
    .min(min, { error: `${label}不能小于${min}${unit}` })
    .max(max, { error: `${label}不能大于${max}${unit}` });

export const HouseLayout = z.object({
  marginsMm: z.object({
    top: between('上边距（天头）', '毫米', 10, 60),
    bottom: between('下边距', '毫米', 10, 60),
    left: between('左边距（订口）', '毫米', 10, 60),
    right: between('右边距（切口）', '毫米', 10, 60),
  }),
  bodyFontPt: between('正文字号', '磅', 9, 22),
  linesPerPage: between('每页行数', '行', 10, 40).int({ error: '每页行数须是整数' }),
  charsPerLine: between('每行字数', '字', 15, 40).int({ error: '每行字数须是整数' }),
  titleFontPt: between('标题字号', '磅', 14, 30),
  pageNumberFontPt: between('页码字号', '磅', 9, 16),
});
export type HouseLayout = z.infer<typeof HouseLayout>;

/** GB/T 9704-2012: A4, 37/35/28/26 mm, 3号 body in a 22 × 28 grid, 2号 title, 4号 page numbers. */
export const GBT9704_HOUSE_LAYOUT: HouseLayout = {
  marginsMm: { top: 37, bottom: 35, left: 28, right: 26 },
  bodyFontPt: 16,
  linesPerPage: 22,
  charsPerLine: 28,
  titleFontPt: 22,
  pageNumberFontPt: 14,
};
