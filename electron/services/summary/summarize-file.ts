/**
 * Reads one report file for the 汇总 (CLI and the 汇总 screen alike): parse, find its rule pack (or use the one
 * given), check, and, when its PDF came along, check that too. Every failure is this file's row in the list of
 * unreadable files; nothing here throws for a bad file, so one bad file never stops the rest.
 */
import { parseReportFile } from '../../../shared/format/report-file';
import type { RulePack } from '../../../shared/checks/rule-pack';
import { findRulePack, UnknownRulePackError } from '../../../shared/packs/registry';
import { summarizeReport } from '../../../shared/summary/summarize-report';
import type { FileSummary } from '../../../shared/summary/summary-schema';
import { checkReportPdf } from './check-report-pdf';

export interface SummaryInput {
  /** The name shown in the table (a path on the command line, the file's name in the UI). */
  name: string;
  text: string;
  pdf?: { name: string; bytes: Uint8Array };
}

export function summarizeFile(input: SummaryInput, options: { today: string; pack?: RulePack | null }): FileSummary {
  const parsed = parseReportFile(input.text);
  const unreadable = (reason: string, details: string[] = []): FileSummary => ({
    kind: 'unreadable',
    unreadable: { file: input.name, reason, details: details.slice(0, 50) },
  });
  if (!parsed.ok) return unreadable(parsed.message, parsed.details);
  const pack = options.pack ?? findRulePack(parsed.report.rulePackId);
  if (!pack) return unreadable(new UnknownRulePackError(parsed.report.rulePackId).message);
  const pdf = input.pdf ? checkReportPdf(input.pdf.name, input.pdf.bytes, parsed.report) : undefined;
  return {
    kind: 'row',
    row: summarizeReport(input.name, parsed.report, pack, { today: options.today, ...(pdf ? { pdf } : {}) }),
  };
}
