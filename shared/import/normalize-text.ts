/**
 * Clerks type the same label many ways: full-width letters and digits, spaces and line breaks inside a cell,
 * "（万元）" after the name, "1、" or "其中：" before it. These helpers reduce a label to one comparable form.
 */

/** Full-width ASCII (Ａ-ｚ, ０-９, （）：，．％ …) and the ideographic space → their ordinary forms. */
export function toHalfWidth(text: string): string {
  if (!/[\uff01-\uff5e\u3000￥]/.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else if (ch === '￥') out += '¥';
    else out += ch;
  }
  return out;
}

/** Every kind of space, including NBSP, zero-width characters and line breaks inside a cell. */
const SPACES = /[\s\u00a0\u2000-\u200d\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;

export function removeSpaces(text: string): string {
  return text.replace(SPACES, '');
}

/** Trims and collapses runs of spaces; keeps single spaces inside text (a project name may have them). */
export function cleanText(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

/**
 * A short label wrapped inside its cell ("基础信息\n完整性", "规划\n(15分)") is one line of text: the break is
 * dropped next to Chinese text and becomes a space only between two Latin letters or digits ("GDP\n growth").
 */
export function joinWrappedLines(text: string): string {
  const parts = text.split(/[ \t\u3000]*\r?\n\s*/);
  return parts.reduce((joined, part) =>
    /[A-Za-z0-9]$/.test(joined) && /^[A-Za-z0-9]/.test(part) ? `${joined} ${part}` : joined + part,
  );
}

export type AmountUnit = 'wan' | 'yuan';

/** Unit written inside a label: "年初预算金额（万元）" → 'wan'; "单位：元" → 'yuan'. */
export function unitInLabel(text: string): AmountUnit | null {
  const t = removeSpaces(toHalfWidth(text));
  if (/\(万元(?:\)|$)|单位:万元|^万元$/.test(t)) return 'wan';
  // "元" must stand alone: "单位：元宝区…" is a place name, not a unit.
  if (/\(元(?:\)|$)|单位:元(?![\u4e00-\u9fff])|^元$/.test(t)) return 'yuan';
  return null;
}

/** A line such as "单位：万元", "金额单位：元" or "填报单位：XX    单位：万元"; "填报单位：元宝区…" is not one. */
export function unitLine(text: string): AmountUnit | null {
  const t = removeSpaces(toHalfWidth(text));
  const m = /(?:^|[^报])单位:(万元|元)(?![\u4e00-\u9fff])/.exec(t);
  if (!m) return null;
  return m[1] === '万元' ? 'wan' : 'yuan';
}

/** "2024年度…" or "2023年决算数" → 2024 / 2023 (the first four-digit year followed by 年). */
export function yearInText(text: string): number | null {
  const m = /((?:19|20|21)\d{2})年/.exec(removeSpaces(toHalfWidth(text)));
  return m ? Number(m[1]) : null;
}

const LEADING_NUMBER =
  /^(?:\d{1,3}[、.)]|\(\d{1,3}\)|[一二三四五六七八九十]{1,3}[、.)]|\([一二三四五六七八九十]{1,3}\)|[①-⑳])/;
const SUB_ITEM_PREFIX = /^(?:其中|含|包括)[:：]?/;

/** Labels repeat (every row of a sheet is tried as a header); normalising is the costly part of matching. */
const NORMALIZED = new Map<string, string>();
const NORMALIZED_MAX = 50_000;

/**
 * The comparable form of a row or column label: half-width, no spaces, no quotes, no parenthesised notes
 * ("（万元）", "(A)", "(B/A)"), no leading "1、" / "（二）" / "①", no "其中：", no year ("2024年"), no trailing colon.
 */
export function normalizeLabel(text: string): string {
  const known = NORMALIZED.get(text);
  if (known !== undefined) return known;
  const normalized = normalizeUncached(text);
  if (NORMALIZED.size >= NORMALIZED_MAX) NORMALIZED.clear();
  NORMALIZED.set(text, normalized);
  return normalized;
}

function normalizeUncached(text: string): string {
  let t = removeSpaces(toHalfWidth(text));
  t = t.replace(/[“”"‘’'「」『』《》〈〉]/g, '');
  t = t.replace(/【/g, '(').replace(/】/g, ')').replace(/\[/g, '(').replace(/]/g, ')');
  // Parenthesised notes, innermost first, so "（其中：（万元））" goes too.
  for (let i = 0; i < 3 && /\([^()]*\)/.test(t); i++) t = t.replace(/\([^()]*\)/g, '');
  // A note whose closing bracket was lost in typing or copying ("经费控制情况(万元").
  t = t.replace(/\([^()]*$/, '');
  t = t.replace(/[:]+$/, '');
  for (let i = 0; i < 3; i++) {
    const before = t;
    t = t.replace(LEADING_NUMBER, '').replace(SUB_ITEM_PREFIX, '');
    if (t === before) break;
  }
  t = t.replace(/^(?:19|20|21)\d{2}年度?/, '');
  return t.replace(/[:]+$/, '');
}

/** Strips the leading numbering a printed list carries ("1、业务工作经费" → "业务工作经费"), keeps the rest as typed. */
export function stripNumbering(text: string): string {
  let t = cleanText(text);
  // Numbering starts with a digit, a bracket, a Chinese numeral or a circled number: anything else is kept as is.
  if (!/^[\d(（一二三四五六七八九十①-⑳０-９]/.test(t)) return t;
  for (let i = 0; i < 2; i++) {
    const half = toHalfWidth(t);
    const m = LEADING_NUMBER.exec(half);
    if (!m) break;
    t = cleanText(t.slice(m[0].length));
  }
  return t;
}

/** A row that is a sum the template prints, not data: 合计, 总计, 小计. */
export function isTotalLabel(normalized: string): boolean {
  return /^(?:合计|总计|小计|总合计|项目合计|合计数)$/.test(normalized);
}

/** Notes and signature lines under a table end it: "注：…", "说明：…", "填表人：…", "联系电话：…". */
export function isNoteLine(text: string): boolean {
  // Cheap first look: every note below starts with one of these characters (after spaces or a bracket).
  if (!/^[\s\u3000(（]*[注说备填审复联单财分制盖]/.test(text)) return false;
  const t = removeSpaces(toHalfWidth(text));
  if (/^(?:注|说明|备注|填表说明|填报说明)(?:[:\d]|$)/.test(t)) return true;
  return /^(?:填表人|填报人|审核人|复核人|联系人|联系电话|单位负责人|财务负责人|分管领导|制表人|制表|填报日期|填表日期|单位盖章|\(盖章\))/.test(
    t,
  );
}
