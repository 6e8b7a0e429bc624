/** Messages between read-workbook.ts and its worker: structured-clone-safe plain data only. */
import type { WorkbookData } from '../../../shared/import/workbook-data';
import type { ExcelLimits } from './limits';
import type { ReadErrorCode } from './read-errors';
import type { ZipEntry } from './zip-directory';

export interface WorkerInput {
  bytes: Uint8Array;
  entries: ZipEntry[];
  limits: ExcelLimits;
  /** exceljs's Workbook class (lib/doc/workbook.js): the whole-file loader, without the streaming parts. */
  exceljsPath: string;
  exceljsEnumsPath: string;
  /** The jszip module exceljs loads: its loadAsync is replaced in the worker (read-workbook.ts). */
  jszipPath: string;
}

export interface WorkerDetail {
  name?: string;
  count?: number;
  sheet?: string;
  row?: number;
  column?: string;
}

export type WorkerReply =
  { ok: true; workbook: WorkbookData } | { ok: false; code: ReadErrorCode; detail: WorkerDetail };
