/** Chinese number words and date formats used by the outline and the signature. */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (enough for section and sub-section numbers). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  if (n < 20) return '十' + (n % 10 === 0 ? '' : DIGITS[n % 10]);
  if (n < 100) return (DIGITS[Math.floor(n / 10)] ?? '') + '十' + (n % 10 === 0 ? '' : DIGITS[n % 10]);
  return String(n);
}

/** "2025-05-29" → "2025年5月29日" (GB/T 9704: Arabic digits, no zero padding). Empty stays empty. */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}
