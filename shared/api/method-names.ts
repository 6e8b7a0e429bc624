/**
 * Every API method's name, without the schemas: the preload's allow-list. Importing the contract itself would pull
 * zod and every schema into the preload bundle (460 KB for a list of names). The type below fails to compile when
 * the contract gains or loses a method this list does not.
 */
import type { MethodName } from './contract';

export const METHOD_NAME_LIST = [
  'app.info',
  'report.list',
  'report.get',
  'report.create',
  'report.save',
  'report.rename',
  'report.delete',
  'report.restore',
  'report.copyForward',
  'report.revisions',
  'report.revision',
  'report.check',
  'report.assemble',
  'report.exportFile',
  'report.importFile',
  'export.pdf',
  'export.docx',
  'import.preview',
  'import.cancel',
  'import.apply',
  'export.xlsx',
  'export.template',
  'projectTables.preview',
  'projectTables.apply',
  'projectTables.export',
  'projectTables.template',
  'backup.list',
  'backup.create',
  'backup.restore',
  'backup.restoreFile',
  'backup.export',
  'signoff.state',
  'signoff.submit',
  'signoff.return',
  'signoff.preparePdf',
  'signoff.approve',
  'signoff.setPolicy',
  'signoff.reopen',
  'signoff.approvedPdf',
  'signoff.receipt',
  'verify.pdf',
  'audit.list',
  'audit.verify',
  'audit.export',
  'settings.pdfLayout',
  'settings.setPdfLayout',
  'settings.rulePacks',
  'settings.importRulePack',
  'settings.removeRulePack',
  'operator.get',
  'operator.set',
  'summary.file',
  'summary.export',
] as const satisfies readonly MethodName[];

type Listed = (typeof METHOD_NAME_LIST)[number];
/** `true` only when every method of the contract is listed. */
export const METHOD_NAME_LIST_IS_COMPLETE: [MethodName] extends [Listed] ? true : never = true;
