/**
 * The backend behind every call in shared/api/contract.ts. It takes an open database handle and runs the same in
 * Electron, behind the loopback HTTP adapter, in the CLI and in benchmarks. Expected failures throw
 * UserFacingError with a Chinese message; the transport turns them into `{ ok: false }`.
 */
import type { Output, reportApi, SliceHandlers } from '../../shared/api/contract';
import { UserFacingError } from '../../shared/api/result';
import { findRulePack, rulePackFor } from '../../shared/packs/registry';
import type { RulePack } from '../../shared/checks/rule-pack';
import { runChecks } from '../../shared/checks/run-checks';
import { assembleReport } from '../../shared/text/assemble';
import { emptyReport } from '../../shared/model/empty';
import { copyForward } from '../../shared/model/copy-forward';
import type { Report } from '../../shared/model/report';
import { LIMITS } from '../../shared/model/primitives';
import { parseReportFile, serializeReportFile } from '../../shared/format/report-file';
import type { Db } from '../db/db-handle';
import * as store from '../db/report-store';
import { defaultTitle, exportFileName, localToday } from './report-naming';

export const APP_NAME = '绩效自评助手';

export interface ReportServiceOptions {
  appVersion: string;
  /** Who the audit log names for these changes. */
  actor?: string;
  /** Today's date (YYYY-MM-DD) for date checks; injectable so tests do not depend on the calendar. */
  today?: () => string;
}

function toStored(r: store.ReportRecord): Output<'report.get'> {
  return {
    id: r.id,
    title: r.title,
    status: r.status,
    revision: r.revision,
    version: r.version,
    updatedAt: r.updatedAt,
    report: r.report,
  };
}

export function createReportService(db: Db, options: ReportServiceOptions): SliceHandlers<typeof reportApi> {
  const today = options.today ?? localToday;
  const actor = options.actor ?? store.DEFAULT_ACTOR;
  /** The report's rule pack; a report naming one this program does not have is refused with the reason. */
  const packOf = (report: Report): RulePack => rulePackFor(report.rulePackId);
  const findings = (report: Report) => runChecks(report, packOf(report), { today: today() });

  /** copyForward must not create a second live report for the same unit and year. */
  function refuseDuplicate(unitName: string, year: number): void {
    const existing = store.findActiveReport(db, unitName, year);
    if (existing) {
      throw new UserFacingError(
        'conflict',
        `${unitName}的${year}年度报告已存在（“${existing.title}”），请在报告列表中打开它`,
      );
    }
  }

  return {
    'app.info': () => ({ name: APP_NAME, version: options.appVersion }),

    'report.list': ({ deleted }) =>
      store.listReports(db, { deleted: deleted ?? false }).map((r) => {
        const found = r.report && findRulePack(r.report.rulePackId) ? findings(r.report) : null;
        return {
          id: r.id,
          unitName: r.unitName,
          year: r.year,
          title: r.title,
          status: r.status,
          revision: r.revision,
          updatedAt: r.updatedAt,
          // Unreadable stored data (or an unknown rule pack) counts as one error so the row stands out.
          errorCount: found ? found.filter((f) => f.severity === 'error').length : 1,
          warningCount: found ? found.filter((f) => f.severity === 'warning').length : 0,
        };
      }),

    'report.get': ({ id }) => toStored(store.getReport(db, id)),

    'report.create': ({ unitName, year }) =>
      toStored(
        store.createReport(db, {
          title: defaultTitle(unitName, year),
          report: emptyReport(unitName, year),
          summary: '新建',
          actor,
        }),
      ),

    'report.save': ({ id, baseRevision, report, coalesce }) => {
      packOf(report as Report);
      return store.saveReport(db, id, baseRevision, report, { coalesce: coalesce ?? false, actor });
    },

    'report.rename': ({ id, title }) => {
      store.renameReport(db, id, title, actor);
      return {};
    },

    'report.delete': ({ id }) => {
      store.deleteReport(db, id, actor);
      return {};
    },

    'report.restore': ({ id }) => {
      store.restoreReport(db, id, actor);
      return {};
    },

    'report.copyForward': ({ id, year }) => {
      const source = store.getReport(db, id);
      if (year <= source.report.year) {
        throw new UserFacingError('invalid-input', `新年度必须晚于原报告的年度（${source.report.year}年）`);
      }
      const { unitName } = source.report;
      refuseDuplicate(unitName, year);
      return toStored(
        store.createReport(db, {
          title: defaultTitle(unitName, year),
          report: copyForward(source.report, year),
          summary: `由${source.report.year}年度报告结转`,
          actor,
        }),
      );
    },

    'report.revisions': ({ id }) => store.listRevisions(db, id),

    'report.revision': ({ id, revision }) => store.getRevision(db, id, revision),

    'report.check': ({ id }) =>
      findings(store.getReport(db, id).report).map((f) => ({ ...f, paths: f.paths.map((p) => [...p]) })),

    'report.assemble': ({ id }) => {
      const { report } = store.getReport(db, id);
      return assembleReport(report, packOf(report));
    },

    'report.exportFile': ({ id }) => {
      const r = store.getReport(db, id);
      const content = serializeReportFile(r.report, {
        title: r.title,
        generator: `${APP_NAME} ${options.appVersion}`,
        exportedAt: new Date().toISOString(),
      });
      return { fileName: exportFileName(r.title), content };
    },

    'report.importFile': ({ content }) => {
      const parsed = parseReportFile(content);
      if (!parsed.ok) throw new UserFacingError('bad-file', parsed.message, parsed.details);
      const { report } = parsed;
      packOf(report);
      const given = parsed.title.trim().slice(0, LIMITS.shortText);
      const title = given || defaultTitle(report.unitName, report.year);
      return toStored(store.createReport(db, { title, report, summary: '从文件导入', actor }));
    },
  };
}
