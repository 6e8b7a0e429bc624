/**
 * Every limit the workbook reader enforces, in one place (reliability.md §3.4 X3). Each has a test at both sides.
 * Why these numbers: a real 附件 or project list is a few hundred rows and well under 1 MB. exceljs loads a whole
 * workbook into objects (about 1 KB per cell) and a fresh worker needs up to 1 s to start and load exceljs, so
 * 200,000 cells (10,000 rows × 20 columns) stay far inside the heap limit and take 3–4 s on a 2-core machine:
 * half the time limit, which leaves room for a slower office PC.
 */
import { MAX_WORKBOOK_BYTES } from '../../../shared/import/workbook-data';

export const EXCEL_LIMITS = {
  /** The .xlsx file itself. */
  maxFileBytes: MAX_WORKBOOK_BYTES,
  /** Sum of the declared uncompressed sizes of all entries. */
  maxUncompressedBytes: 200 * 1024 * 1024,
  /** Entries in the archive (a normal workbook has 10–40). */
  maxEntries: 1_000,
  /** Uncompressed ÷ compressed for one entry; checked only for entries larger than ratioCheckMinBytes. */
  maxCompressionRatio: 100,
  /** Small entries compress extremely well (a 1 KB run of spaces) without being a threat. */
  ratioCheckMinBytes: 1024 * 1024,
  /** Rows in one sheet (counted in the sheet XML before parsing). */
  maxRowsPerSheet: 20_000,
  /** Cells in the whole workbook (counted in the sheet XML before parsing). */
  maxCells: 200_000,
  /** Columns in one sheet (200 is far more than any of the tables has). */
  maxColumns: 200,
  /** Characters in one cell: Excel's own maximum. */
  maxCellChars: 32_767,
  /** Worker heap (MB): a bad file fails inside the worker, not in the app. */
  workerHeapMb: 768,
  /** Wall-clock limit for parsing one workbook in the worker; the worker is terminated after it. */
  parseTimeLimitMs: 8_000,
} as const;

export type ExcelLimits = { readonly [K in keyof typeof EXCEL_LIMITS]: number };
