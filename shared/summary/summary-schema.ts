/**
 * The 汇总 (summary across departments) as data: one row per readable report file, one entry per file that could
 * not be read. The same shapes cross the API (zod-checked) and feed the CLI's table and the workbook.
 */
import { z } from 'zod';

const stated = z.number().int().nullable();

/** A report's headline figures, from derive(); null = the report does not state it (shown as 未填写, never 0). */
export const SummaryFigures = z.object({
  initialFen: stated,
  annualFen: stated,
  spentFen: stated,
  /** 执行率 in basis units (9385 = 93.85%). */
  rateBasis: stated,
  /** Projects listed in 二（二）; null when the report lists none. */
  projectCount: stated,
  /** 三公 本年决算 and 上年决算 (附件1), and the change between them in basis units. */
  threePublicFen: stated,
  threePublicPrevFen: stated,
  threePublicChangeBasis: stated,
  scoreCenti: stated,
  grade: z.string().nullable(),
});
export type SummaryFigures = z.infer<typeof SummaryFigures>;

export const PDF_STATES = ['none', 'verified', 'unsigned', 'notApproved', 'failed'] as const;

/** The signed PDF given beside a report (same base name), checked offline. */
export const PdfCheck = z.object({
  state: z.enum(PDF_STATES),
  /** The Chinese sentence shown in the table. */
  text: z.string().max(2000),
  fileName: z.string().max(500).nullable(),
});
export type PdfCheck = z.infer<typeof PdfCheck>;

export const SummaryRow = z.object({
  file: z.string().max(500),
  unitName: z.string().max(500),
  year: z.number().int(),
  pack: z.object({ id: z.string().max(200), name: z.string().max(500), version: z.string().max(100) }),
  figures: SummaryFigures,
  errors: z.number().int().min(0),
  warnings: z.number().int().min(0),
  /** 提示 without an explanation or acknowledgement. */
  openWarnings: z.number().int().min(0),
  pdf: PdfCheck,
});
export type SummaryRow = z.infer<typeof SummaryRow>;

export const UnreadableFile = z.object({
  file: z.string().max(500),
  reason: z.string().max(2000),
  details: z.array(z.string().max(2000)).max(60),
});
export type UnreadableFile = z.infer<typeof UnreadableFile>;

/** What reading one file gave. */
export const FileSummary = z.union([
  z.object({ kind: z.literal('row'), row: SummaryRow }),
  z.object({ kind: z.literal('unreadable'), unreadable: UnreadableFile }),
]);
export type FileSummary = z.infer<typeof FileSummary>;
