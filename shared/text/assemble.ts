/**
 * One function assembles the whole report (title, sections 一–九, 附件说明, 落款, both attachments) as structured
 * content. The UI preview, the PDF and `selfeval text` all render its result.
 */
import type { Report } from '../model/report';
import type { RulePack } from '../checks/rule-pack';
import { derive } from '../calc/derive';
import type { Block, ReportDocument } from './document';
import { chineseDate, chineseNumber } from './chinese';
import { basicInfoBlocks } from './section-basic-info';
import { expenditureBlocks } from './section-expenditure';
import { otherBudgetBlocks, performanceBlocks } from './section-other';
import { narrativeBlocks } from './narrative';
import { baseDataTable, selfEvalTable } from './attachment-tables';

export function reportTitle(report: Report): string {
  return `${report.unitName}部门整体支出绩效自评报告`;
}

export function assembleReport(report: Report, pack: RulePack): ReportDocument {
  const d = derive(report, pack);
  const sections: Block[][] = [
    basicInfoBlocks(report),
    expenditureBlocks(report, d),
    otherBudgetBlocks(report, report.govFund, '政府性基金'),
    otherBudgetBlocks(report, report.stateCapital, '国有资本经营'),
    otherBudgetBlocks(report, report.socialInsurance, '社会保险基金'),
    performanceBlocks(report, d),
    narrativeBlocks(report.problems),
    narrativeBlocks(report.measures),
    narrativeBlocks(report.other),
  ];
  const blocks: Block[] = [{ kind: 'title', text: reportTitle(report) }];
  sections.forEach((content, i) => {
    const title = pack.sectionTitles[i] ?? '';
    blocks.push({ kind: 'heading', level: 1, text: `${chineseNumber(i + 1)}、${title}` }, ...content);
  });
  const [title1, title2] = pack.attachmentTitles;
  blocks.push(
    { kind: 'attachmentNote', items: [title1, title2] },
    {
      kind: 'signature',
      unitName: report.signature.unitName || report.unitName,
      date: chineseDate(report.signature.date),
    },
    { kind: 'attachment', number: 1, title: `${report.year}年度${title1}`, table: baseDataTable(report, d) },
    { kind: 'attachment', number: 2, title: `${report.year}年度${title2}`, table: selfEvalTable(report, d) },
  );
  return { blocks };
}
