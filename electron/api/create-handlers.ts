/**
 * Builds the full handler table for one database; both transports (Electron IPC and the loopback HTTP adapter) serve
 * exactly this. Each domain's service implements its slice of the contract.
 */
import type { Handlers } from '../../shared/api/contract';
import type { DatabaseHolder } from '../db/database-holder';
import type { Report } from '../../shared/model/report';
import * as store from '../db/report-store';
import { createReportService } from '../services/report-service';
import { createPdfService } from '../services/pdf/pdf-service';
import { defaultPdfAssets, type PdfAssets } from '../services/pdf/pdf-assets';
import { PdfWorkerClient } from '../services/pdf/pdf-worker-client';
import { exportReportPdf } from '../services/pdf/export-report-pdf';
import { createDocxService } from '../services/docx/docx-service';
import { createSignoffService } from '../services/signoff/signoff-service';
import { osUserName } from './os-user';
import { createSettingsService, pdfLayout } from '../services/settings/settings-service';
import { createOperatorService, operatorFileFor } from '../services/settings/operator-service';
import { createExcelService } from '../services/excel/excel-service';
import { createProjectTablesService } from '../services/excel/project-tables-service';
import { createBackupService } from '../services/backup/backup-service';
import { backupNow } from '../services/backup/backup-now';
import { APP_VERSION } from './app-version';
import { createSummaryService } from '../services/summary/summary-service';

export interface HandlerOptions {
  /** Tests fix "today" so date checks do not depend on the calendar. */
  today?: () => string;
  /** Where the PDF worker and fonts are (Electron passes its app path); found from the app root otherwise. */
  pdfAssets?: PdfAssets;
  /** Start the PDF worker and load the fonts in the background, so the first export is quick. */
  warmUpPdf?: boolean;
  /**
   * Who the audit log names for the clerk's changes. By default the name the clerk gave (operator.set), kept
   * beside the database; until then the computer's login name.
   */
  actor?: string;
  /** Folder for the PDF worker's compiled-code cache (the app's data folder); beside the bundle when not given. */
  codeCacheDir?: string;
}

export function createHandlers(holder: DatabaseHolder, options: HandlerOptions = {}): Handlers {
  const db = holder.handle;
  const operator = createOperatorService(operatorFileFor(holder.file));
  const loginName = osUserName();
  // Asked at each change: the clerk may give a name while the program runs.
  const actor = () => options.actor ?? operator.current() ?? loginName;
  const today = options.today ? { today: options.today } : {};
  const getReport = (id: string) => store.getReport(db, id);
  const excelDeps = {
    getReport,
    saveReport: (id: string, baseRevision: number, report: Report, summary: string) => {
      store.saveReport(db, id, baseRevision, report, { summary, actor: actor(), action: 'import' });
    },
  };
  const excel = createExcelService(excelDeps);
  const projectTables = createProjectTablesService(excelDeps);
  // One PDF worker serves the plain export and the approved PDF.
  const assets = options.pdfAssets ?? defaultPdfAssets();
  const pdfRenderer = new PdfWorkerClient(
    assets.workerScript,
    options.codeCacheDir ? { cacheDir: options.codeCacheDir } : {},
  );
  return {
    ...createReportService(db, { appVersion: APP_VERSION, actor, ...today }),
    ...createPdfService({
      getReport: (id) => getReport(id).report,
      assets,
      renderer: pdfRenderer,
      layout: () => pdfLayout(db),
      warmUp: options.warmUpPdf ?? false,
      ...today,
    }),
    ...createDocxService({ getReport: (id) => getReport(id).report, layout: () => pdfLayout(db) }),
    ...createSignoffService(db, {
      get actor() {
        return actor();
      },
      ...today,
      exportPdf: (report, pdfOptions) =>
        exportReportPdf(report, { renderer: pdfRenderer, assets, layout: pdfLayout(db), ...pdfOptions }),
    }),
    ...excel,
    // Every import that changes a report is preceded by a verified backup (issue 7), so it can always be undone.
    'import.apply': async (input) => {
      await backupNow(db, 'before-import');
      return excel['import.apply'](input);
    },
    ...projectTables,
    'projectTables.apply': async (input) => {
      await backupNow(db, 'before-import');
      return projectTables['projectTables.apply'](input);
    },
    ...createBackupService({
      holder,
      get actor() {
        return actor();
      },
    }),
    ...createSettingsService(db),
    ...operator.handlers,
    ...createSummaryService({
      fontDir: assets.fontDir,
      // In the PDF worker (under the PDF's limits, so the same worker serves both): a chart of 150 units took
      // 0.45–0.75 s, which the main process would spend frozen.
      drawChart: (scene, fontDir) => {
        const { timeLimitMs, heapLimitMb } = pdfLayout(db);
        return pdfRenderer.drawChart({ scene, fontDir }, { timeLimitMs, heapLimitMb });
      },
      ...today,
    }),
  };
}
