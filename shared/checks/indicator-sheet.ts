/**
 * An indicator sheet as the checks see it: 附件2 自评表 or one project's 项目支出绩效自评表. Both have the same rows
 * (一级/二级/三级指标 … 得分, 偏差原因) and are scored the same way (calc/score-sheet.ts), so one set of indicator
 * checks runs over either; only where a row lives (its field path) and how a message names it differ.
 */
import type { Indicator } from '../model/indicator';
import type { Project } from '../model/report';
import type { ProjectTable } from '../model/project-table';
import type { RulePack } from './rule-pack';
import type { FieldPath } from './finding';

export interface IndicatorSheet {
  /** The sheet as a message names it: "附件2", "项目（3）“…”项目支出绩效自评表". */
  name: string;
  indicators: readonly Indicator[];
  /** Path of the sheet itself; its rows are at [...base, 'indicators', i]. */
  base: FieldPath;
  rateWeightCenti: number | null;
}

export const selfEvalSheet = (selfEval: { indicators: readonly Indicator[]; rateWeightCenti: number | null }) => ({
  name: '附件2',
  indicators: selfEval.indicators,
  base: ['selfEval'],
  rateWeightCenti: selfEval.rateWeightCenti,
});

export function projectSheet(project: Project, index: number, table: ProjectTable, pack: RulePack): IndicatorSheet {
  return {
    name: `项目（${index + 1}）“${project.name}”${pack.attachments.projectTable.title}`,
    indicators: table.indicators,
    base: ['projects', 'items', index, 'table'],
    rateWeightCenti: table.rateWeightCenti,
  };
}

/** "附件2 第3行“在押人员疾病及时诊治率”": where a clerk finds the row on the printed sheet. */
export const sheetRow = (sheet: IndicatorSheet, i: number, ind: Indicator) =>
  `${sheet.name} 第${i + 1}行“${ind.name || '（未命名指标）'}”`;

/** Path of one cell of a row: [...base, 'indicators', i, column]. */
export const cellPath = (sheet: IndicatorSheet, i: number, column: keyof Indicator): FieldPath => [
  ...sheet.base,
  'indicators',
  i,
  column,
];
