/**
 * The whole API, declared once. Each call has a zod input and output; `Handlers` is a mapped type over the names,
 * so a missing or mistyped handler does not compile. Electron IPC and the loopback HTTP adapter serve the same table.
 */
import { z } from 'zod';
import { Report } from '../model/report';
import { shortText } from '../model/primitives';
import { REPORT_STATUSES } from '../signoff/workflow';
import { pdfApi } from './pdf-api';
import { docxApi } from './docx-api';
import { excelApi } from './excel-api';
import { projectTablesApi } from './project-tables-api';
import { backupApi } from './backup-api';
import { signoffApi } from './signoff-api';
import { settingsApi } from './settings-api';
import { operatorApi } from './operator-api';
import { summaryApi } from './summary-api';

const id = z.string().min(1).max(64);
const year = Report.shape.year;

export const ReportStatus = z.enum(REPORT_STATUSES);

export const ReportSummary = z.object({
  id,
  unitName: z.string(),
  year: z.number(),
  title: z.string(),
  status: ReportStatus,
  revision: z.number().int(),
  updatedAt: z.string(),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
});

export const StoredReport = z.object({
  id,
  title: z.string(),
  status: ReportStatus,
  revision: z.number().int(),
  /** 1 at first; reopening an approved report starts the next version. */
  version: z.number().int(),
  updatedAt: z.string(),
  report: Report,
});

export const RevisionInfo = z.object({
  revision: z.number().int(),
  savedAt: z.string(),
  summary: z.string(),
});

const FieldPathSchema = z.array(z.union([z.string().max(64), z.number().int().min(0)])).max(12);

const FindingSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  paths: z.array(FieldPathSchema),
  key: z.string(),
});

const RunSchema = z.object({ text: z.string(), generated: z.boolean().optional(), bold: z.boolean().optional() });
const CellSchema = z.object({
  text: z.string(),
  colSpan: z.number().optional(),
  rowSpan: z.number().optional(),
  align: z.enum(['left', 'center', 'right']).optional(),
  bold: z.boolean().optional(),
});
const BlockSchema = z.union([
  z.object({ kind: z.literal('title'), text: z.string() }),
  z.object({
    kind: z.literal('heading'),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    text: z.string(),
  }),
  z.object({ kind: z.literal('paragraph'), runs: z.array(RunSchema) }),
  z.object({ kind: z.literal('attachmentNote'), items: z.array(z.string()) }),
  z.object({ kind: z.literal('signature'), unitName: z.string(), date: z.string() }),
  z.object({
    kind: z.literal('attachment'),
    number: z.string(),
    source: z.union([z.literal('baseData'), z.literal('selfEval'), z.object({ project: z.number().int().min(0) })]),
    title: z.string(),
    table: z.object({
      captionLeft: z.string(),
      captionRight: z.string(),
      headerRows: z.array(z.array(CellSchema)),
      bodyRows: z.array(z.array(CellSchema)),
      widths: z.array(z.number()),
    }),
  }),
]);

/** Report files travel as text (bytes in, bytes out: the page never names a path). */
const MAX_FILE_CHARS = 20_000_000;

/** The report slice: list, open, save, history, checks, text and the one-file format. */
export const reportApi = {
  'app.info': { input: z.object({}), output: z.object({ name: z.string(), version: z.string() }) },
  'report.list': { input: z.object({ deleted: z.boolean().optional() }), output: z.array(ReportSummary) },
  'report.get': { input: z.object({ id }), output: StoredReport },
  'report.create': { input: z.object({ unitName: shortText.min(1), year }), output: StoredReport },
  'report.save': {
    input: z.object({
      id,
      baseRevision: z.number().int(),
      report: Report,
      /** The editor's autosave: replace its own revision of a moment ago instead of adding one (report-store.ts). */
      coalesce: z.boolean().optional(),
    }),
    output: z.object({ revision: z.number().int(), updatedAt: z.string() }),
  },
  'report.rename': { input: z.object({ id, title: shortText.min(1) }), output: z.object({}) },
  'report.delete': { input: z.object({ id }), output: z.object({}) },
  'report.restore': { input: z.object({ id }), output: z.object({}) },
  'report.copyForward': { input: z.object({ id, year }), output: StoredReport },
  'report.revisions': { input: z.object({ id }), output: z.array(RevisionInfo) },
  'report.revision': { input: z.object({ id, revision: z.number().int() }), output: Report },
  'report.check': { input: z.object({ id }), output: z.array(FindingSchema) },
  'report.assemble': { input: z.object({ id }), output: z.object({ blocks: z.array(BlockSchema) }) },
  'report.exportFile': {
    input: z.object({ id }),
    output: z.object({ fileName: z.string(), content: z.string() }),
  },
  'report.importFile': {
    input: z.object({ content: z.string().max(MAX_FILE_CHARS, { error: '文件过大（超过20MB）' }) }),
    output: StoredReport,
  },
} as const;

/** The whole API: each domain declares its slice next to its code; this is their union. */
export const contract = {
  ...reportApi,
  ...pdfApi,
  ...docxApi,
  ...excelApi,
  ...projectTablesApi,
  ...backupApi,
  ...signoffApi,
  ...settingsApi,
  ...operatorApi,
  ...summaryApi,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
export type Output<M extends MethodName> = z.output<Contract[M]['output']>;

export interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
}

/** Handlers for one slice of the API (each domain declares its slice next to its code). */
export type SliceHandlers<S extends Record<string, MethodSpec>> = {
  [M in keyof S]: (input: z.output<S[M]['input']>) => z.output<S[M]['output']> | Promise<z.output<S[M]['output']>>;
};

export type Handlers = SliceHandlers<Contract>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
