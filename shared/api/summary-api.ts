/**
 * The 汇总 screen's slice of the API. `summary.file` reads one report file (and the signed PDF that came with it)
 * and returns its row or why it cannot be read; the page sends one file per call, so a bureau's hundred files never
 * make one huge request and one bad file never fails the others. `summary.export` turns the rows into the workbook
 * and the chart (bytes out, never a path).
 */
import { z } from 'zod';
import { base64Bytes } from './base64-bytes';
import { FileSummary } from '../summary/summary-schema';
import { MAX_REPORT_FILE_CHARS } from '../format/report-file';

export const MAX_SUMMARY_FILES = 1000;
export const MAX_SUMMARY_PDF_BYTES = 15 * 1024 * 1024;

export const summaryApi = {
  'summary.file': {
    input: z.object({
      name: z.string().min(1).max(300),
      content: z.string().max(MAX_REPORT_FILE_CHARS, { error: '文件过大（超过20MB）' }),
      pdf: z
        .object({
          name: z.string().min(1).max(300),
          data: base64Bytes(MAX_SUMMARY_PDF_BYTES, { tooLarge: 'PDF文件过大（超过15 MB）' }),
        })
        .optional(),
      /** A built-in rule pack to check every report with, instead of each report's own. */
      packId: z.string().min(1).max(64).optional(),
    }),
    output: FileSummary,
  },
  'summary.export': {
    input: z.object({ files: z.array(FileSummary).max(MAX_SUMMARY_FILES) }),
    output: z.object({
      xlsx: z.object({ fileName: z.string(), base64: z.string() }),
      png: z.object({ fileName: z.string(), base64: z.string() }),
      svg: z.object({ fileName: z.string(), content: z.string() }),
    }),
  },
} as const;

export type SummaryApi = typeof summaryApi;
