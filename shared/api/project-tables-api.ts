/**
 * The project-table slice of the API (issue 16): import 项目支出绩效自评表 from a workbook (preview with the matching of
 * tables to projects, then apply with the clerk's choices) and export them (all tables, or blank templates). Bytes
 * travel as base64 and the page never names a path; electron/services/excel/project-tables-service.ts implements it.
 */
import { z } from 'zod';
import { base64Bytes } from './base64-bytes';
import { MAX_WORKBOOK_BYTES } from '../import/workbook-data';
import { ImportProblemSchema } from './excel-api';

const id = z.string().min(1).max(64);
const fileName = z.string().max(260);
const workbookData = base64Bytes(MAX_WORKBOOK_BYTES, {
  tooLarge: `文件过大（超过${MAX_WORKBOOK_BYTES / 1024 / 1024} MB），无法导入`,
});

/** The clerk's choice per table (its key from the preview): a project's row index, or null to skip the table. */
const assignments = z
  .array(z.object({ key: z.string().min(1).max(300), project: z.number().int().min(0).nullable() }))
  .max(1_000)
  .optional();

const FieldPath = z.array(z.union([z.string().max(64), z.number().int().min(0)])).max(12);

export const ProjectTablePreviewItemSchema = z.object({
  key: z.string(),
  sheet: z.string(),
  row: z.number().int(),
  name: z.string(),
  department: z.string(),
  implementer: z.string(),
  match: z
    .object({ index: z.number().int(), projectName: z.string(), how: z.enum(['exact', 'similar', 'chosen']) })
    .nullable(),
  skipped: z.boolean(),
  empty: z.boolean(),
  indicatorCount: z.number().int(),
  moneyDifferences: z.array(z.object({ column: z.string(), table: z.string(), list: z.string() })),
  changeCount: z.number().int(),
});

export const ProjectTablesPreviewSchema = z.object({
  /** The report revision the preview was computed against: apply refuses if the report has changed since. */
  revision: z.number().int(),
  fileName: z.string(),
  tables: z.array(ProjectTablePreviewItemSchema),
  projectsWithoutTable: z.array(z.object({ index: z.number().int(), name: z.string(), hasTable: z.boolean() })),
  changes: z.array(z.object({ path: FieldPath, label: z.string(), oldValue: z.string(), newValue: z.string() })),
  moreChanges: z.number().int(),
  problems: z.array(ImportProblemSchema),
  moreProblems: z.number().int(),
  emptyTemplate: z.boolean(),
  canApply: z.boolean(),
  summary: z.string(),
});

const savedFile = z.object({ fileName: z.string(), data: z.string() });

export const projectTablesApi = {
  'projectTables.preview': {
    input: z.object({ id, fileName, data: workbookData, assignments }),
    output: ProjectTablesPreviewSchema,
  },
  'projectTables.apply': {
    input: z.object({ id, baseRevision: z.number().int(), fileName, data: workbookData, assignments }),
    output: z.object({ revision: z.number().int(), summary: z.string(), changeCount: z.number().int() }),
  },
  /** Every project table of the report, one sheet each, in the official layout. */
  'projectTables.export': { input: z.object({ id }), output: savedFile },
  /** Blank tables: one per project of the list (names and the row's figures filled in), or `single` bare sheet. */
  'projectTables.template': { input: z.object({ id, single: z.boolean().optional() }), output: savedFile },
} as const;

export type ProjectTablesApi = typeof projectTablesApi;
