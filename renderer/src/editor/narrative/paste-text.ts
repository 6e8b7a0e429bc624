/**
 * Text pasted from Word or WPS, reduced to plain paragraphs: only the clipboard's plain text is read (never its
 * HTML, so no fonts, colours or hidden fields come along), Word's line and page breaks become paragraph breaks,
 * indentation made of spaces and invisible characters are dropped.
 */
import type { Paragraph } from '../../../../shared/model/report';

export function cleanPastedText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // Word's manual line break (vertical tab) and page/section breaks.
      .replace(/[\v\f\u2028\u2029]/g, '\n')
      .replace(/[\u00a0\u2002\u2003\u2009]/g, ' ')
      // Zero-width spaces and joiners, soft hyphens, byte-order marks, bidi marks.
      .replace(/[\u200b-\u200f\u00ad\ufeff\u202a-\u202e]/g, '')
      .replace(/\t/g, ' ')
      .split('\n')
      // A paragraph indented with spaces (两个全角空格) in Word: the report's layout indents it anyway.
      .map((line) => line.replace(/^[ \u3000]+/, '').replace(/[ \u3000]+$/, ''))
      .join('\n')
      .replace(/\n{2,}/g, '\n')
      .trim()
  );
}

const NUMBERED = /^(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)])\s*/;

/**
 * "1.全力保安保稳，守牢安全底线。一是…" → heading "全力保安保稳，守牢安全底线。", text "一是…". The number itself is
 * dropped: the report numbers headed paragraphs by itself.
 */
export function paragraphFromLine(line: string): Paragraph & { headingOnly: boolean } {
  const m = NUMBERED.exec(line);
  if (!m) return { heading: '', text: line, headingOnly: false };
  const rest = line.slice(m[0].length);
  const end = /[。：:！？]/.exec(rest);
  if (end && end.index < 40) {
    return { heading: rest.slice(0, end.index + 1), text: rest.slice(end.index + 1).trim(), headingOnly: false };
  }
  if (rest.length <= 40) return { heading: rest, text: '', headingOnly: true };
  return { heading: '', text: line, headingOnly: false };
}

/** Lines → paragraphs; a heading on a line of its own takes the following line as its text. */
export function paragraphsFromText(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let pendingHeading: string | null = null;
  for (const line of cleanPastedText(text).split('\n')) {
    if (!line) continue;
    const p = paragraphFromLine(line);
    if (pendingHeading !== null && !p.heading) {
      out.push({ heading: pendingHeading, text: p.text });
      pendingHeading = null;
      continue;
    }
    if (pendingHeading !== null) out.push({ heading: pendingHeading, text: '' });
    pendingHeading = null;
    if (p.headingOnly) pendingHeading = p.heading;
    else out.push({ heading: p.heading, text: p.text });
  }
  if (pendingHeading !== null) out.push({ heading: pendingHeading, text: '' });
  return out;
}
