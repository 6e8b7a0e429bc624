/**
 * Before exporting, every character of the report must exist in the face that prints it: a missing glyph would
 * print as a blank or a box without anyone noticing (rare name characters such as 𠮷). The export is refused with
 * the list of missing characters and where each occurs.
 */
import type { TextUsage } from './build-context';
import { FACE_LABELS, type FaceId } from './font-faces';

export interface MissingGlyph {
  char: string;
  /** "U+20BB7". */
  codePoint: string;
  faces: string[];
  /** Up to MAX_PLACES places, in document order. */
  places: string[];
  occurrences: number;
}

const MAX_PLACES = 5;
/** Line breaks and tabs are layout, not glyphs. */
const LAYOUT_CHARS = new Set([0x0a, 0x0d, 0x09]);

export function findMissingGlyphs(
  texts: readonly TextUsage[],
  hasGlyph: (face: FaceId, codePoint: number) => boolean,
): MissingGlyph[] {
  const missing = new Map<string, MissingGlyph & { faceIds: Set<FaceId>; placeSet: Set<string> }>();
  for (const usage of texts) {
    for (const char of usage.text) {
      const cp = char.codePointAt(0) ?? 0;
      if (LAYOUT_CHARS.has(cp) || hasGlyph(usage.face, cp)) continue;
      let entry = missing.get(char);
      if (!entry) {
        entry = {
          char,
          codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`,
          faces: [],
          places: [],
          occurrences: 0,
          faceIds: new Set(),
          placeSet: new Set(),
        };
        missing.set(char, entry);
      }
      entry.occurrences += 1;
      if (!entry.faceIds.has(usage.face)) {
        entry.faceIds.add(usage.face);
        entry.faces.push(FACE_LABELS[usage.face]);
      }
      if (usage.where && !entry.placeSet.has(usage.where) && entry.places.length < MAX_PLACES) {
        entry.placeSet.add(usage.where);
        entry.places.push(usage.where);
      }
    }
  }
  return [...missing.values()].map(({ char, codePoint, faces, places, occurrences }) => ({
    char,
    codePoint,
    faces,
    places,
    occurrences,
  }));
}

/** Invisible or control characters are named by code point, the rest shown as themselves. */
function shown(m: MissingGlyph): string {
  const cp = m.char.codePointAt(0) ?? 0;
  const invisible = cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfeff;
  return invisible ? `不可见字符${m.codePoint}` : `“${m.char}”（${m.codePoint}）`;
}

/** One line per character: "“𠮷”（U+20BB7）缺于正文字体，出现在：附件2第12行第3列；…". */
export function describeMissingGlyphs(missing: readonly MissingGlyph[]): string[] {
  return missing.map((m) => {
    const more = m.occurrences > m.places.length ? `等${m.occurrences}处` : '';
    const where = m.places.length > 0 ? `，出现在：${m.places.join('；')}${more}` : '';
    return `${shown(m)}缺于${m.faces.join('、')}${where}`;
  });
}

export const MISSING_GLYPHS_MESSAGE =
  '以下字符在当前字体中缺失，导出会印成空白或方框，已停止导出。请改用常用字写法，或在设置中改用含有这些字的字体。';
