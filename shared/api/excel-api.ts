/**
 * The Excel slice of the API: import a workbook (preview, then apply) and export the attachment tables or blank
 * templates. Bytes travel as base64 strings and the page never names a path (architecture.md "One contract").
 * The lead merges this slice into contract.ts; electron/services/excel/excel-service.ts implements it.
 */
import { z } from 'zod';
import { base64Bytes } from './base64-bytes';
import { Report } from '../model/report';
import { shortText } from '../model/primitives';
import { MAX_WORKBOOK_BYTES } from '../import/workbook-data';

const id = z.string().min(1).max(64);

const workbookData = base64Bytes(MAX_WORKBOOK_BYTES, {
  tooLarge: `文件过大（超过${MAX_WORKBOOK_BYTES / 1024 / 1024} MB），无法导入`,
});
const fileName = z.string().max(260);

export const ExcelTable = z.enum(['baseData', 'selfEval', 'projects']);
const tables = z.array(ExcelTable).min(1).max(3).optional();

const FieldPath = z.array(z.union([z.string().max(64), z.number().int().min(0)])).max(12);

export const ImportProblemSchema = z.object({
  severity: z.enum(['error', 'warning']),
  sheet: z.string(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  reason: z.string(),
});

export const FieldChangeSchema = z.object({
  path: FieldPath,
  label: z.string(),
  oldValue: z.string(),
  newValue: z.string(),
  table: ExcelTable,
  /** One figure of a new row, shown under the row (not counted as a change of its own). */
  detail: z.literal(true).optional(),
});

export const ImportPreviewSchema = z.object({
  /** The report revision the preview was computed against: apply refuses if the report has changed since. */
  revision: z.number().int(),
  fileName: z.string(),
  tables: z.array(z.object({ kind: ExcelTable, title: z.string(), sheet: z.string(), changeCount: z.number().int() })),
  changes: z.array(FieldChangeSchema),
  /** Changes not listed (the list is capped); they are applied all the same. */
  moreChanges: z.number().int(),
  problems: z.array(ImportProblemSchema),
  /** Problems not listed (the list is capped). */
  moreProblems: z.number().int(),
  /** Rows of the report the workbook does not have (deleted only when the clerk confirms, see deleteMissingRows). */
  deletions: z.array(FieldChangeSchema),
  deletionsApplied: z.boolean(),
  /** Every figure cell is blank: nothing is applied. */
  emptyTemplate: z.boolean(),
  canApply: z.boolean(),
  summary: z.string(),
});

/** The clerk's two explicit choices; without them a blank cell and a missing row change nothing. */
const importChoices = {
  /** "清空报告中有而表中没有的数". */
  clearMissing: z.boolean().optional(),
  /** Deleting the rows listed in `deletions`, confirmed separately. */
  deleteMissingRows: z.boolean().optional(),
};

const savedFile = z.object({ fileName: z.string(), data: z.string() });

export const excelApi = {
  'import.preview': {
    input: z.object({
      id,
      fileName,
      data: workbookData,
      /** Names this reading so that `import.cancel` can stop it (the page makes one per file it reads). */
      requestId: z.string().min(1).max(64).optional(),
      ...importChoices,
    }),
    output: ImportPreviewSchema,
  },
  /** Stops a preview still being read (the clerk pressed 取消): its worker is terminated, nothing was written. */
  'import.cancel': {
    input: z.object({ requestId: z.string().min(1).max(64) }),
    output: z.object({ cancelled: z.boolean() }),
  },
  'import.apply': {
    input: z.object({ id, baseRevision: z.number().int(), fileName, data: workbookData, ...importChoices }),
    output: z.object({ revision: z.number().int(), summary: z.string(), changeCount: z.number().int() }),
  },
  'export.xlsx': {
    input: z.object({ id, tables }),
    output: savedFile,
  },
  'export.template': {
    input: z.object({ year: Report.shape.year, unitName: shortText.optional(), tables }),
    output: savedFile,
  },
} as const;

export type ExcelApi = typeof excelApi;
