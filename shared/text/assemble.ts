/**
 * One function assembles the whole report (title, sections 一–九, 附件说明, 落款, 附件1, 附件2 and each project's
 * 项目支出绩效自评表) as structured content. The UI preview, the PDF, Word and `selfeval text` all render its result.
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
import { projectTableTable, projectTableTitle } from './project-table-attachment';
import { projectTables } from '../calc/project-table';

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

/**
 * Each project with a 项目支出绩效自评表 is an attachment after 附件2, numbered as the pack says: 'perProject' gives
 * 附件3, 附件4 … (one 附件说明 line each); 'grouped' gives 附件3-1, 附件3-2 … under one line "3.项目支出绩效自评表".
 */
function projectAttachments(report: Report, pack: RulePack): { noteItems: string[]; blocks: Block[] } {
  const layout = pack.attachments.projectTable;
  const tables = projectTables(report.projects.items, pack);
  if (tables.length === 0) return { noteItems: [], blocks: [] };
  const grouped = layout.numbering === 'grouped';
  const blocks = tables.map((t, n): Block => ({
    kind: 'attachment',
    number: grouped ? `3-${n + 1}` : String(3 + n),
    source: { project: t.index },
    title: projectTableTitle(report.year, t.project, pack),
    table: projectTableTable(report, t.project, t.table, t.figures, pack),
  }));
  const noteItems = grouped ? [layout.title] : tables.map((t) => `${layout.title}（${t.project.name}）`);
  return { noteItems, blocks };
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
  const projects = projectAttachments(report, pack);
  blocks.push(
    { kind: 'attachmentNote', items: [title1, title2, ...projects.noteItems] },
    {
      kind: 'signature',
      unitName: report.signature.unitName || report.unitName,
      date: chineseDate(report.signature.date),
    },
    {
      kind: 'attachment',
      number: '1',
      source: 'baseData',
      title: `${report.year}年度${title1}`,
      table: baseDataTable(report, d, pack),
    },
    {
      kind: 'attachment',
      number: '2',
      source: 'selfEval',
      title: `${report.year}年度${title2}`,
      table: selfEvalTable(report, d),
    },
    ...projects.blocks,
  );
  return { blocks };
}
