/**
 * The project-table slice of the backend (shared/api/project-tables-api.ts). Import: read (worker) → find and match
 * the tables (pure, shared/import/project-tables) → preview; apply recomputes the preview with the clerk's choices
 * against the report's current revision and saves it in one transaction, with the history line "导入项目支出绩效自评表：
 * 「…」". Nothing is written when the workbook has a blocking problem, is a blank template, or the report changed.
 */
import type { z } from 'zod';
import type { SliceHandlers } from '../../../shared/api/contract';
import type { projectTablesApi, ProjectTablesPreviewSchema } from '../../../shared/api/project-tables-api';
import { UserFacingError } from '../../../shared/api/result';
import {
  previewProjectTables,
  type ProjectTablesResult,
  type TableAssignments,
} from '../../../shared/import/project-tables/preview-project-tables';
import type { Report } from '../../../shared/model/report';
import {
  currentAt,
  previewLists,
  readUploadedWorkbook,
  refuseErrors,
  xlsxFileName,
  type ExcelServiceDeps,
} from './excel-service';
import { writeProjectTablesWorkbook, writeProjectTemplateWorkbook } from './write-workbook';

export type Assignment = { key: string; project: number | null };

export function toAssignments(list: readonly Assignment[] | undefined): TableAssignments {
  const out: Record<string, number | null> = {};
  for (const a of list ?? []) out[a.key] = a.project;
  return out;
}

export async function previewProjectTablesFile(
  bytes: Uint8Array,
  report: Report,
  assignments: TableAssignments = {},
): Promise<ProjectTablesResult> {
  return previewProjectTables(await readUploadedWorkbook(bytes), report, assignments);
}

function toPreview(
  result: ProjectTablesResult,
  revision: number,
  fileName: string,
): z.output<typeof ProjectTablesPreviewSchema> {
  return {
    revision,
    fileName,
    tables: result.tables,
    projectsWithoutTable: result.projectsWithoutTable,
    ...previewLists(result),
    emptyTemplate: result.emptyTemplate,
    canApply: result.canApply,
    summary: result.summary,
  };
}

export function createProjectTablesService(deps: ExcelServiceDeps): SliceHandlers<typeof projectTablesApi> {
  return {
    'projectTables.preview': async ({ id, fileName, data, assignments }) => {
      const { report, revision } = deps.getReport(id);
      const result = await previewProjectTablesFile(Buffer.from(data, 'base64'), report, toAssignments(assignments));
      return toPreview(result, revision, fileName);
    },

    'projectTables.apply': async ({ id, baseRevision, data, assignments }) => {
      const current = currentAt(deps, id, baseRevision);
      const result = await previewProjectTablesFile(
        Buffer.from(data, 'base64'),
        current.report,
        toAssignments(assignments),
      );
      refuseErrors(result.problems);
      if (result.emptyTemplate)
        throw new UserFacingError('invalid-input', '这是空白模板：表中一项也没有填写，未作任何修改');
      if (result.changes.length === 0)
        return { revision: current.revision, summary: '导入项目支出绩效自评表：没有需要修改的内容', changeCount: 0 };
      deps.saveReport(id, baseRevision, result.next, result.summary);
      return { revision: deps.getReport(id).revision, summary: result.summary, changeCount: result.changes.length };
    },

    'projectTables.export': async ({ id }) => {
      const { report } = deps.getReport(id);
      if (!report.projects.items.some((p) => p.table !== null))
        throw new UserFacingError('invalid-input', '报告中还没有项目支出绩效自评表：请先填写，或下载空白模板');
      return {
        fileName: xlsxFileName(`${report.unitName}${report.year}年度项目支出绩效自评表`),
        data: (await writeProjectTablesWorkbook(report)).toString('base64'),
      };
    },

    'projectTables.template': async ({ id, single }) => {
      const { report } = deps.getReport(id);
      return {
        fileName: xlsxFileName(`${report.year}年度项目支出绩效自评表（空白模板）`),
        data: (await writeProjectTemplateWorkbook(report, single === true)).toString('base64'),
      };
    },
  };
}
