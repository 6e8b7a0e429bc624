/**
 * The typefaces of an official document, by role. GB/T 9704 names 仿宋 (body), 小标宋 (title), 黑体 ("一、"),
 * 楷体 ("（一）"); the bundled open fonts stand in for them (assets/fonts/README.md), or the computer's own fonts
 * when it has them (system-fonts.ts).
 */

export type FaceId = 'body' | 'bodyBold' | 'title' | 'hei' | 'kai';

export const FACE_IDS: readonly FaceId[] = ['body', 'bodyBold', 'title', 'hei', 'kai'];

/** Names in messages to the clerk. */
export const FACE_LABELS: Readonly<Record<FaceId, string>> = {
  body: '正文字体（仿宋/宋体）',
  bodyBold: '正文加粗字体',
  title: '标题字体（小标宋）',
  hei: '黑体',
  kai: '楷体',
};

/** How a face is named inside a pdfmake document: a family, and bold for the bold body face. */
export const FACE_STYLE: Readonly<Record<FaceId, { font: string; bold?: true }>> = {
  body: { font: 'Body' },
  bodyBold: { font: 'Body', bold: true },
  title: { font: 'Title' },
  hei: { font: 'Hei' },
  kai: { font: 'Kai' },
};

/** What the layout needs to know about a face, in em units of the font size. */
export interface FaceMetrics {
  /** pdfkit's line height (ascender − descender) as a multiple of the font size. */
  lineHeightEm: number;
  /** Baseline below the top of a line, as a multiple of the font size. */
  ascenderEm: number;
  /** Width of a string set in this face, in em; characters the face lacks count as 1 em. */
  widthEm(text: string): number;
}

export type FontMetrics = Readonly<Record<FaceId, FaceMetrics>>;
