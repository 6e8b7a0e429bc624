/**
 * One function assembles the whole report (title, sections 一–九, 附件说明, 落款, both attachments) as structured
 * content. The UI preview, the PDF and `selfeval text` all render its result.
 */
import type { Report } from '../model/report';
import type { RulePack, SectionKey } from '../checks/rule-pack';
import type { Derived } from '../calc/derive';
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

function sectionContent(key: SectionKey, report: Report, d: Derived): Block[] {
  switch (key) {
    case 'basicInfo':
      return basicInfoBlocks(report);
    case 'expenditure':
      return expenditureBlocks(report, d);
    case 'govFund':
      return otherBudgetBlocks(report, report.govFund, '政府性基金');
    case 'stateCapital':
      return otherBudgetBlocks(report, report.stateCapital, '国有资本经营');
    case 'socialInsurance':
      return otherBudgetBlocks(report, report.socialInsurance, '社会保险基金');
    case 'performance':
      return performanceBlocks(report, d);
    case 'problems':
      return narrativeBlocks(report.problems);
    case 'measures':
      return narrativeBlocks(report.measures);
    case 'other':
      return narrativeBlocks(report.other);
  }
}

/** The sections in the pack's order, numbered 一、二、… as they are printed. */
export function assembleReport(report: Report, pack: RulePack): ReportDocument {
  const d = derive(report, pack);
  const blocks: Block[] = [{ kind: 'title', text: reportTitle(report) }];
  pack.outline.forEach(({ key, title }, i) => {
    blocks.push(
      { kind: 'heading', level: 1, text: `${chineseNumber(i + 1)}、${title}` },
      ...sectionContent(key, report, d),
    );
  });
  const title1 = pack.attachments.baseData.title;
  const title2 = pack.attachments.selfEval.title;
  blocks.push(
    { kind: 'attachmentNote', items: [title1, title2] },
    {
      kind: 'signature',
      unitName: report.signature.unitName || report.unitName,
      date: chineseDate(report.signature.date),
    },
    { kind: 'attachment', number: 1, title: `${report.year}年度${title1}`, table: baseDataTable(report, d, pack) },
    { kind: 'attachment', number: 2, title: `${report.year}年度${title2}`, table: selfEvalTable(report, d) },
  );
  return { blocks };
}
