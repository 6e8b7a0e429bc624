/** Building blocks of the report schema: bounded text, money in 分, counts, scores. */
import { z } from 'zod';
import { MAX_FEN } from '../calc/money';
import { MAX_SCORE_CENTI } from '../calc/score';

/** Limits keep a pasted novel or a 10 MB string out of the database and the PDF. */
export const LIMITS = {
  shortText: 200,
  paragraph: 20_000,
  listItems: 2_000,
  paragraphs: 500,
  maxHeadcount: 1_000_000,
} as const;

export const shortText = z.string().max(LIMITS.shortText, { error: `不能超过${LIMITS.shortText}字` });
export const longText = z.string().max(LIMITS.paragraph, { error: `不能超过${LIMITS.paragraph}字` });

/** An amount in 分: a whole number, never negative, never absurd. */
export const fen = z
  .number({ error: '必须是金额数字' })
  // Range first and final: zod's integer check also rejects 1e20, which would add a misleading "精确到分".
  .min(0, { error: '金额不能为负数', abort: true })
  .max(MAX_FEN, { error: '金额超出合理范围（超过1000亿元）', abort: true })
  .int({ error: '金额必须精确到分（整数分）' });

/**
 * A figure the report may leave unstated: null means "not stated" (未填写), which is not 0. Text never prints it,
 * tables leave its cell blank, and checks compare it only where the rule pack requires it (report format v2).
 */
export const statedFen = fen.nullable();

/** An amount that may be negative where real tables print one (预算调整: 调减 is printed as −50.00). */
export const signedFen = z
  .number({ error: '必须是金额数字' })
  .min(-MAX_FEN, { error: '金额超出合理范围（超过1000亿元）', abort: true })
  .max(MAX_FEN, { error: '金额超出合理范围（超过1000亿元）', abort: true })
  .int({ error: '金额必须精确到分（整数分）' })
  .nullable();

export const headcount = z
  .number({ error: '必须是人数' })
  .int({ error: '人数必须是整数' })
  .min(0, { error: '人数不能为负数' })
  .max(LIMITS.maxHeadcount, { error: '人数超出合理范围' });

export const statedHeadcount = headcount.nullable();

/** A score in hundredths of a point (96.9 分 = 9690). */
export const centi = z
  .number({ error: '必须是分值' })
  .int({ error: '分值最多两位小数' })
  .min(0, { error: '分值不能为负数' })
  .max(MAX_SCORE_CENTI, { error: '分值不能超过100分' });

export const statedCenti = centi.nullable();

export function list<T extends z.ZodType>(item: T, max: number = LIMITS.listItems) {
  return z.array(item).max(max, { error: `最多${max}项` });
}

/** ISO date "2025-05-29" that exists in the calendar. */
export const isoDate = z.string().refine(
  (s) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m) return false;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return (
      d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
    );
  },
  { error: '日期格式应为“年-月-日”，如 2025-05-29' },
);
