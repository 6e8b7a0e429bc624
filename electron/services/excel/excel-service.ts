/**
 * The Excel slice of the backend (shared/api/excel-api.ts). Import is read (worker) → map (pure) → preview; apply
 * recomputes the preview against the report's current revision and saves the result in one transaction through
 * `saveReport`, with a history line such as "导入Excel：附件1 基础数据表（12项）". Nothing is written when the
 * workbook cannot be read, has a blocking problem, or the report changed since the preview.
 */
import type { z } from 'zod';
import type { SliceHandlers } from '../../../shared/api/contract';
import type { excelApi, ImportPreviewSchema } from '../../../shared/api/excel-api';
import { UserFacingError } from '../../../shared/api/result';
import {
  PREVIEW_CHANGES_SHOWN,
  previewImport,
  type ImportOptions,
  type ImportResult,
} from '../../../shared/import/import-workbook';
import { formatProblem, type ImportProblem } from '../../../shared/import/problems';
import { emptyReport } from '../../../shared/model/empty';
import type { Report } from '../../../shared/model/report';
import type { WorkbookData } from '../../../shared/import/workbook-data';
import { readWorkbook } from './read-workbook';
import { WorkbookReadError } from './read-errors';
import { ALL_TABLES, writeReportWorkbook, writeTemplateWorkbook, type ExportTable } from './write-workbook';
import { safeFileName } from '../report-naming';

export interface ExcelServiceDeps {
  getReport(id: string): { report: Report; revision: number };
  /** Saves in one transaction if the report is still at `baseRevision`; records `summary` in the history. */
  saveReport(id: string, baseRevision: number, report: Report, summary: string): void;
}

/** At most this many problems and changes travel to the page; the rest are counted. */
export const PREVIEW_LIST_MAX = { problems: 200, changes: PREVIEW_CHANGES_SHOWN } as const;

export function xlsxFileName(base: string): string {
  return safeFileName(base, '附表', 'xlsx');
}

function decodeBase64(data: string): Buffer {
  return Buffer.from(data, 'base64');
}

/** Reads a clerk's workbook (in the worker); an unreadable file is refused with its message. */
export async function readUploadedWorkbook(bytes: Uint8Array, signal?: AbortSignal): Promise<WorkbookData> {
  try {
    return await readWorkbook(bytes, signal ? { signal } : {});
  } catch (error) {
    if (error instanceof WorkbookReadError) {
      throw new UserFacingError(error.code === 'cancelled' ? 'cancelled' : 'bad-file', error.message);
    }
    throw error;
  }
}

/** Reads and maps a workbook; an unreadable file or one without any known table is refused with its message. */
export async function previewWorkbook(
  bytes: Uint8Array,
  report: Report,
  options: ImportOptions = {},
  signal?: AbortSignal,
): Promise<ImportResult> {
  const workbook = await readUploadedWorkbook(bytes, signal);
  const result = previewImport(workbook, report, options);
  if (result.tables.length === 0) {
    throw new UserFacingError(
      'wrong-table',
      result.problems.find((p) => p.severity === 'error')?.reason ?? '没有找到可导入的表格',
    );
  }
  return result;
}

/** The report as stored, if it is still at the revision the preview was computed against. */
export function currentAt(deps: ExcelServiceDeps, id: string, baseRevision: number) {
  const current = deps.getReport(id);
  if (current.revision !== baseRevision) {
    throw new UserFacingError(
      'conflict',
      `报告在预览之后已被修改（当前为第${current.revision}版），请重新预览后再导入`,
    );
  }
  return current;
}

/** An import with any blocking problem changes nothing: all or nothing. */
export function refuseErrors(problems: readonly ImportProblem[]): void {
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new UserFacingError(
      'invalid-input',
      `工作簿中有${errors.length}处错误，未作任何修改；请改正后重新导入`,
      errors.slice(0, 50).map(formatProblem),
    );
  }
}

/**
 * The changes and problems a preview shows, capped (the counts of the rest given). Errors first: the clerk must see
 * what blocks the import even when there are hundreds of warnings. Shared by both kinds of import preview.
 */
export function previewLists<C, P extends { severity: 'error' | 'warning' }>(result: {
  changes: readonly C[];
  problems: readonly P[];
}) {
  const ordered = [
    ...result.problems.filter((p) => p.severity === 'error'),
    ...result.problems.filter((p) => p.severity === 'warning'),
  ];
  return {
    changes: result.changes.slice(0, PREVIEW_LIST_MAX.changes),
    moreChanges: Math.max(0, result.changes.length - PREVIEW_LIST_MAX.changes),
    problems: ordered.slice(0, PREVIEW_LIST_MAX.problems),
    moreProblems: Math.max(0, ordered.length - PREVIEW_LIST_MAX.problems),
  };
}

function toPreview(result: ImportResult, revision: number, fileName: string): z.output<typeof ImportPreviewSchema> {
  return {
    revision,
    fileName,
    tables: result.tables,
    ...previewLists(result),
    deletions: result.deletions.slice(0, PREVIEW_LIST_MAX.changes),
    deletionsApplied: result.deletionsApplied,
    emptyTemplate: result.emptyTemplate,
    canApply: result.canApply,
    summary: result.summary,
  };
}

function tablesOrAll(tables: readonly ExportTable[] | undefined): readonly ExportTable[] {
  return tables && tables.length > 0 ? tables : ALL_TABLES;
}

export function createExcelService(deps: ExcelServiceDeps): SliceHandlers<typeof excelApi> {
  // Previews being read, by the page's request id, so that 取消 can stop the worker.
  const reading = new Map<string, AbortController>();
  return {
    'import.preview': async ({ id, fileName, data, requestId, clearMissing, deleteMissingRows }) => {
      const { report, revision } = deps.getReport(id);
      const controller = new AbortController();
      if (requestId) reading.set(requestId, controller);
      try {
        const result = await previewWorkbook(
          decodeBase64(data),
          report,
          { clearMissing, deleteMissingRows, detailLimit: PREVIEW_CHANGES_SHOWN },
          controller.signal,
        );
        return toPreview(result, revision, fileName);
      } finally {
        if (requestId && reading.get(requestId) === controller) reading.delete(requestId);
      }
    },

    'import.cancel': ({ requestId }) => {
      const controller = reading.get(requestId);
      controller?.abort();
      return { cancelled: controller !== undefined };
    },

    'import.apply': async ({ id, baseRevision, data, clearMissing, deleteMissingRows }) => {
      const current = currentAt(deps, id, baseRevision);
      const result = await previewWorkbook(decodeBase64(data), current.report, { clearMissing, deleteMissingRows });
      refuseErrors(result.problems);
      if (result.emptyTemplate)
        throw new UserFacingError('invalid-input', '这是空白模板：表中一个数也没有填写，未作任何修改');
      if (result.changes.length === 0)
        return { revision: current.revision, summary: '导入Excel：没有需要修改的内容', changeCount: 0 };
      deps.saveReport(id, baseRevision, result.next, result.summary);
      const changeCount = result.changes.filter((c) => !c.detail).length;
      return { revision: deps.getReport(id).revision, summary: result.summary, changeCount };
    },

    'export.xlsx': async ({ id, tables }) => {
      const { report } = deps.getReport(id);
      const bytes = await writeReportWorkbook(report, tablesOrAll(tables));
      return {
        fileName: xlsxFileName(`${report.unitName}${report.year}年度绩效自评附表`),
        data: bytes.toString('base64'),
      };
    },

    'export.template': async ({ year, unitName, tables }) => {
      const bytes = await writeTemplateWorkbook(emptyReport(unitName ?? '', year), tablesOrAll(tables));
      return { fileName: xlsxFileName(`${year}年度绩效自评附表（空白模板）`), data: bytes.toString('base64') };
    },
  };
}
