/**
 * A unit's house variant of the official layout: the page margins and the type grid that differ between units
 * (e.g. 上3.5 下3.3 左右2.7 cm). The standard GB/T 9704-2012 values are the default; the PDF exporter merges a house
 * layout over them. Field names carry their units; every bound is a sane print value, refused in Chinese otherwise.
 */
import { z } from 'zod';
import type { HouseLayoutValues } from './house-layout-defaults';

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

export { GBT9704_HOUSE_LAYOUT } from './house-layout-defaults';

/** The schema and the plain values type describe the same object (a mismatch does not compile). */
export const HOUSE_LAYOUT_TYPES_AGREE: [HouseLayout, HouseLayoutValues] extends [HouseLayoutValues, HouseLayout]
  ? true
  : never = true;
