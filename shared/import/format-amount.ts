/** Amounts in messages and in the preview: 万元 with at least two decimals and every digit down to the 分. */
import { formatScaled } from '../calc/money';

/** 5_521_280_000 → "5521.28万元"; 3_729_999_999 → "372.9999999"… never rounded, so two different figures never look alike. */
export function exactWanyuan(fen: number): string {
  const text = formatScaled(BigInt(fen), 6, true);
  const [whole, frac = ''] = text.split('.');
  return `${whole}.${frac.padEnd(2, '0')}万元`;
}
