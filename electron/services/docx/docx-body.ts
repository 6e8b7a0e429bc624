/**
 * The report's body blocks (title, headings, paragraphs, 附件说明, 落款) as Word paragraphs, placed as the PDF places
 * them (electron/services/pdf/doc-definition.ts): on the 22-line grid, indented two characters, the title broken
 * before "部门整体支出绩效自评报告" when it does not fit one line.
 */
import type { Paragraph, TextRun } from 'docx';
import type { Block, Run } from '../../../shared/text/document';
import { titleLines } from '../pdf/title-lines';
import { gridSpacing, STYLE, type DocxContext } from './docx-styles';

const INDENT_CHARS = 2;

/** Text runs; a line break inside the text ("\n") becomes a Word line break, as it is one in the PDF. */
export function textRuns(
  ctx: DocxContext,
  text: string,
  options: { bold?: boolean; /** half-points */ size?: number } = {},
): TextRun[] {
  return text.split('\n').map(
    (line, i) =>
      new ctx.D.TextRun({
        text: line,
        ...(i > 0 ? { break: 1 } : {}),
        ...(options.bold ? { bold: true } : {}),
        ...(options.size ? { size: options.size } : {}),
      }),
  );
}

function runsOf(ctx: DocxContext, runs: readonly Run[]): TextRun[] {
  return runs.flatMap((run) => textRuns(ctx, run.text, { bold: run.bold === true }));
}

/** Width in twips of body text on the grid (condensed like every grid line). */
function gridWidth(ctx: DocxContext, text: string): number {
  return Math.round(
    (ctx.measure.widthPt('body', text, ctx.settings.bodyFontPt) / ctx.settings.bodyFontPt) * ctx.geometry.charWidth,
  );
}

/** A title's lines in `width` twips, broken where the meaning allows (title-lines.ts). */
export function titleLinesIn(ctx: DocxContext, title: string, width: number): string[] {
  const size = ctx.settings.titleFontPt;
  return titleLines(title, (line) => ctx.measure.widthPt('title', line, size) * 20 <= width);
}

/** The title, or an attachment's title (with the spacing around it that its page asks for). */
export function titleParagraph(
  ctx: DocxContext,
  lines: readonly string[],
  spacing?: { before: number; after: number },
) {
  return new ctx.D.Paragraph({
    style: STYLE.title,
    ...(spacing ? { spacing } : {}),
    children: textRuns(ctx, lines.join('\n')),
  });
}

function headingParagraph(ctx: DocxContext, level: 1 | 2 | 3, text: string): Paragraph {
  const style = level === 1 ? STYLE.heading1 : level === 2 ? STYLE.heading2 : STYLE.heading3;
  return new ctx.D.Paragraph({ style, children: textRuns(ctx, text) });
}

/** 附件说明: one blank line below the body, "附件：" two characters in, later names aligned with the first. */
function attachmentNoteParagraphs(ctx: DocxContext, items: readonly string[]): Paragraph[] {
  const label = '附件：';
  const indent = INDENT_CHARS * ctx.geometry.charWidth + gridWidth(ctx, label);
  const numbered = items.length > 1;
  return items.map(
    (item, i) =>
      new ctx.D.Paragraph({
        style: STYLE.body,
        alignment: ctx.D.AlignmentType.LEFT,
        spacing: gridSpacing(ctx, i === 0 ? ctx.geometry.linePitch : 0),
        indent:
          i === 0
            ? { left: indent, hanging: gridWidth(ctx, label), firstLineChars: 0 }
            : { left: indent, firstLine: 0, firstLineChars: 0 },
        keepNext: i < items.length - 1,
        children: textRuns(ctx, `${i === 0 ? label : ''}${numbered ? `${i + 1}.` : ''}${item}`),
      }),
  );
}

/**
 * 落款 without a seal (GB/T 9704 §7.3.5.2), as the PDF sets it: one blank line below, the unit's name two
 * characters in from the right, the date on the next line starting two characters right of the name's first
 * character; when the date is the longer, the date is two characters in and the name moves left to keep the step.
 * Both lines are right-aligned, with the right indent that puts them there.
 */
function signatureParagraphs(ctx: DocxContext, unitName: string, date: string): Paragraph[] {
  const char = ctx.geometry.charWidth;
  const lineWidth = ctx.geometry.portraitTextWidth;
  const nameWidth = gridWidth(ctx, unitName);
  const dateWidth = gridWidth(ctx, date);
  let nameStart = lineWidth - 2 * char - nameWidth;
  let dateStart = nameStart + 2 * char;
  if (dateStart + dateWidth > lineWidth - 2 * char) {
    dateStart = lineWidth - 2 * char - dateWidth;
    nameStart = dateStart - 2 * char;
  }
  // A name longer than the line: both right-aligned, two characters in.
  const nameRight = nameStart >= 0 ? lineWidth - nameStart - nameWidth : 2 * char;
  const dateRight = nameStart >= 0 ? lineWidth - dateStart - dateWidth : 2 * char;
  const line = (text: string, right: number, first: boolean) =>
    new ctx.D.Paragraph({
      style: STYLE.body,
      alignment: ctx.D.AlignmentType.RIGHT,
      spacing: gridSpacing(ctx, first ? ctx.geometry.linePitch : 0),
      indent: { right: Math.max(0, right), firstLine: 0, firstLineChars: 0 },
      keepNext: first && date !== '',
      keepLines: true,
      children: textRuns(ctx, text),
    });
  return date ? [line(unitName, nameRight, true), line(date, dateRight, false)] : [line(unitName, nameRight, true)];
}

/** The paragraphs of every block up to the attachments (which are sections of their own: docx-attachment.ts). */
export function bodyParagraphs(ctx: DocxContext, blocks: readonly Block[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        out.push(titleParagraph(ctx, titleLinesIn(ctx, block.text, ctx.geometry.portraitTextWidth)));
        break;
      case 'heading':
        out.push(headingParagraph(ctx, block.level, block.text));
        break;
      case 'paragraph':
        out.push(new ctx.D.Paragraph({ style: STYLE.body, children: runsOf(ctx, block.runs) }));
        break;
      case 'attachmentNote':
        out.push(...attachmentNoteParagraphs(ctx, block.items));
        break;
      case 'signature':
        out.push(...signatureParagraphs(ctx, block.unitName, block.date));
        break;
      case 'attachment':
        break;
    }
  }
  return out;
}
