/**
 * One report's row of the 汇总: its headline figures as derive() gives them (a figure the report does not state
 * stays null), and its 强制/提示 counts under its rule pack.
 */
import { derive } from '../calc/derive';
import { runChecks, unansweredWarnings } from '../checks/run-checks';
import type { RulePack } from '../checks/rule-pack';
import type { Report } from '../model/report';
import type { PdfCheck, SummaryFigures, SummaryRow } from './summary-schema';

export function summaryFigures(report: Report, pack: RulePack): SummaryFigures {
  const d = derive(report, pack);
  const items = report.projects.items.length;
  return {
    initialFen: report.budget.initialFen,
    annualFen: report.budget.annualFen,
    spentFen: report.budget.spentFen,
    rateBasis: d.rate,
    projectCount: items > 0 ? items : null,
    threePublicFen: d.threePublic.total.finalFen,
    threePublicPrevFen: d.threePublic.total.prevFinalFen,
    threePublicChangeBasis: d.threePublic.change,
    scoreCenti: d.score.totalCenti,
    grade: d.score.grade,
  };
}

export const NO_PDF: PdfCheck = { state: 'none', text: '未提供PDF', fileName: null };

export function summarizeReport(
  file: string,
  report: Report,
  pack: RulePack,
  context: { today: string; pdf?: PdfCheck },
): SummaryRow {
  const findings = runChecks(report, pack, { today: context.today });
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    file,
    unitName: report.unitName,
    year: report.year,
    pack: { id: pack.id, name: pack.name, version: pack.version },
    figures: summaryFigures(report, pack),
    errors,
    warnings: findings.length - errors,
    openWarnings: unansweredWarnings(findings, report).length,
    pdf: context.pdf ?? NO_PDF,
  };
}
