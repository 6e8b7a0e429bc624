/**
 * Text widths without loading a font. The office fonts the document names (仿宋_GB2312, 楷体_GB2312, 黑体) set every
 * Chinese character and full-width form one em wide and ASCII half an em, so counting is measuring. The PDF's
 * column-width and title-breaking code takes these metrics through its BuildContext.
 */
import { BuildContext } from '../pdf/build-context';
import type { FaceMetrics, FontMetrics } from '../pdf/font-faces';
import type { PdfLayoutSettings } from '../pdf/layout-settings';

/**
 * Ems of a string: one em for Chinese and full-width forms, half an em for ASCII and Latin-1; capitals and "%"
 * wider, since table and body text set them in Times New Roman (docx-fonts.ts), whose "%" is 0.83 em.
 */
export function widthEm(text: string): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    em += code >= 0x100 ? 1 : ch === '%' ? 0.85 : /[A-Z@&]/.test(ch) ? 0.72 : 0.5;
  }
  return em;
}

const OFFICE_FACE: FaceMetrics = { lineHeightEm: 1.3, ascenderEm: 1, widthEm };

const OFFICE_METRICS: FontMetrics = {
  body: OFFICE_FACE,
  bodyBold: OFFICE_FACE,
  title: OFFICE_FACE,
  hei: OFFICE_FACE,
  kai: OFFICE_FACE,
};

/** A BuildContext measuring with the office fonts' metrics (for columnWidths and titleLines). */
export function officeMeasureContext(settings: PdfLayoutSettings): BuildContext {
  return new BuildContext(settings, OFFICE_METRICS);
}
