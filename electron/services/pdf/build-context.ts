/**
 * What the doc-definition builder's parts share: the settings, the page geometry, the faces' metrics, and the
 * record of every string placed in the document with its face and place, which the glyph-coverage check reads
 * (so the check and the layout can never disagree on which face sets which text).
 */
import { FACE_STYLE, type FaceId, type FontMetrics } from './font-faces';
import { pageGeometry, type PageGeometry, type PdfLayoutSettings } from './layout-settings';
import type { TextNode } from './pdf-nodes';

export interface TextUsage {
  face: FaceId;
  text: string;
  /** Where the text is, for the clerk: "“六、部门整体支出绩效情况”第2段", "附件2第12行第3列". */
  where: string;
}

export class BuildContext {
  readonly geometry: PageGeometry;
  readonly texts: TextUsage[] = [];

  constructor(
    readonly settings: PdfLayoutSettings,
    readonly metrics: FontMetrics,
  ) {
    this.geometry = pageGeometry(settings);
  }

  /** Records user or generated text and returns it as a plain string: the only way text enters a node. */
  use(face: FaceId, value: unknown, where: string): string {
    const text = String(value);
    if (text) this.texts.push({ face, text, where });
    return text;
  }

  /** pdfmake's lineHeight multiplier that makes a line of this face and size exactly `linePt` tall. */
  lineHeightFor(face: FaceId, fontPt: number, linePt = this.geometry.bodyLineHeightPt): number {
    return linePt / (this.metrics[face].lineHeightEm * fontPt);
  }

  widthPt(face: FaceId, text: string, fontPt: number): number {
    return this.metrics[face].widthEm(text) * fontPt;
  }

  /**
   * A body-grid line of text in the given face (headings and body share the 22-line grid). pdfmake puts the
   * baseline one ascender below the top of the line, and ascenders differ between faces (楷体 is shorter), so a
   * face with a smaller ascender is moved down by the difference and its line shortened by as much: every face's
   * baseline then falls on the same grid position.
   */
  gridText(face: FaceId, text: string, extra: Partial<TextNode> = {}): TextNode {
    const size = this.settings.bodyFontPt;
    const shift = Math.max(0, (this.metrics.body.ascenderEm - this.metrics[face].ascenderEm) * size);
    const node: TextNode = {
      text,
      ...FACE_STYLE[face],
      fontSize: size,
      lineHeight: this.lineHeightFor(face, size, this.geometry.bodyLineHeightPt - shift),
      ...extra,
    };
    if (shift > 0) {
      const [l, t, r, b] = node.margin ?? [0, 0, 0, 0];
      node.margin = [l, t + shift, r, b];
    }
    return node;
  }
}
