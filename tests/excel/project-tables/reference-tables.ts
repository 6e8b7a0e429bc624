/** The reference report with its nine constructed 项目支出绩效自评表 (tests/fixtures/README.md), and without them. */
import fs from 'node:fs';
import { parseReportFile } from '../../../shared/format/report-file';
import type { Report } from '../../../shared/model/report';

export function referenceWithTables(): Report {
  const text = fs.readFileSync(
    new URL('../../fixtures/reference-2024-projects.selfeval.json', import.meta.url),
    'utf8',
  );
  const parsed = parseReportFile(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.report;
}

export function withoutTables(report: Report): Report {
  const copy = structuredClone(report);
  for (const p of copy.projects.items) p.table = null;
  return copy;
}
