/**
 * The figures a 项目支出绩效自评表 prints but nobody types: its 年度资金总额 line (the project row's figures), 执行率,
 * the 执行率 line's score, the total score and the grade — one function for the editor, checks, text, PDF and Excel.
 */
import type { Project } from '../model/report';
import type { FundLine, ProjectTable } from '../model/project-table';
import type { RulePack } from '../checks/rule-pack';
import { sumStated, type Stated } from './money';
import { rateBasis, type Basis } from './percent';
import { scoreSheet, type SheetScore } from './score-sheet';

export interface ProjectTableFigures {
  /** The 年度资金总额 line: the project row's own figures. */
  total: FundLine;
  /** Σ of the source lines the pack prints, per column; null unless every one of them states that column. */
  linesSum: { initialFen: Stated; annualFen: Stated; spentFen: Stated };
  rate: Basis | null;
  score: SheetScore;
}

export function deriveProjectTable(project: Project, table: ProjectTable, pack: RulePack): ProjectTableFigures {
  const lines = pack.attachments.projectTable.fundLines.map((l) => table.funds[l.key]);
  const sum = (column: keyof FundLine) => (lines.length === 0 ? null : sumStated(lines.map((l) => l[column])));
  return {
    total: { initialFen: project.initialFen, annualFen: project.annualFen, spentFen: project.spentFen },
    linesSum: { initialFen: sum('initialFen'), annualFen: sum('annualFen'), spentFen: sum('spentFen') },
    rate: rateBasis(project.spentFen, project.annualFen),
    score: scoreSheet(table, project.spentFen, project.annualFen, pack),
  };
}

/** Every project that has a table, with its figures: the 项目自评汇总 screen, the text's 附件 list and the PDF. */
export function projectTables(projects: readonly Project[], pack: RulePack) {
  return projects.flatMap((project, index) =>
    project.table === null
      ? []
      : [{ index, project, table: project.table, figures: deriveProjectTable(project, project.table, pack) }],
  );
}
