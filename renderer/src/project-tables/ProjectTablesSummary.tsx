/**
 * 项目自评汇总: every project of 二（二） with its 项目支出绩效自评表's figures (全年预算, 全年执行, 执行率, 自评得分, 等级)
 * and how far its table is (未建立 / 填写中 / 已完成); a row opens the table. The totals are of the projects that have
 * a table, as the tables are what this screen sums up.
 */
import { memo, useMemo, type ReactNode } from 'react';
import type { Project } from '../../../shared/model/report';
import type { RulePack } from '../../../shared/checks/rule-pack';
import { sumStated } from '../../../shared/calc/money';
import { rateBasis } from '../../../shared/calc/percent';
import { formatScore } from '../../../shared/calc/score';
import { pct, wanPlain } from '../editor/fields/money-text';
import { FormBlock } from '../editor/fields/FormField';
import { projectTableStatus, TABLE_STATE_LABEL, type TableState } from './table-state';
import { onLinkKey } from './TableLink';
import './project-tables.css';

/** 序号, 项目名称 (the rest of the width), 全年预算数, 全年执行数, 执行率, 自评得分, 自评等级, 状态. */
const COLUMN_WIDTHS = [48, null, 112, 112, 80, 80, 72, 76] as const;

interface SummaryRow {
  index: number;
  project: Project;
  state: TableState;
  totalCenti: number | null;
  grade: string | null;
}

export function summaryRows(projects: readonly Project[], pack: RulePack): SummaryRow[] {
  return projects.map((project, index) => {
    const { figures, state } = projectTableStatus(project, pack);
    return {
      index,
      project,
      state,
      totalCenti: figures?.score.totalCenti ?? null,
      grade: figures?.score.grade ?? null,
    };
  });
}

/** Σ of the projects that have a table, and how many of them fall in each grade. */
export function summaryTotals(rows: readonly SummaryRow[], pack: RulePack) {
  const withTable = rows.filter((r) => r.state !== 'none');
  const annualFen = sumStated(withTable.map((r) => r.project.annualFen));
  const spentFen = sumStated(withTable.map((r) => r.project.spentFen));
  const grades = pack.grades
    .map((band) => ({ grade: band.grade, count: withTable.filter((r) => r.grade === band.grade).length }))
    .filter((g) => g.count > 0);
  return {
    count: withTable.length,
    done: withTable.filter((r) => r.state === 'done').length,
    annualFen: withTable.length ? annualFen : null,
    spentFen: withTable.length ? spentFen : null,
    rate: withTable.length ? rateBasis(spentFen, annualFen) : null,
    grades,
  };
}

export const ProjectTablesSummary = memo(function ProjectTablesSummary({
  projects,
  pack,
  onOpenTable,
  excel,
}: {
  projects: readonly Project[];
  pack: RulePack;
  onOpenTable: (index: number) => void;
  /** Slot for the Excel import/export of all tables (renderer/src/project-tables/excel/ProjectTablesExcel.tsx). */
  excel?: ReactNode;
}) {
  const rows = useMemo(() => summaryRows(projects, pack), [projects, pack]);
  const totals = useMemo(() => summaryTotals(rows, pack), [rows, pack]);
  const title = pack.attachments.projectTable.title;
  return (
    <>
      <p className="screen-intro">
        二（二）项目清单中的每个项目各有一张{title}。点击一行打开该项目的自评表；未建立的在打开后建立。
      </p>
      <FormBlock
        title={`各项目自评情况（共${rows.length}个项目，已建立${totals.count}个，已完成${totals.done}个）`}
        extra={<span className="form-hint-inline">金额单位：万元</span>}
      >
        <div className="wide">
          {rows.length === 0 ? (
            <div className="form-hint">项目清单中还没有项目：先在“二（二）2.项目支出”中填写项目清单。</div>
          ) : (
            <div className="figure-table-wrap">
              <table className="figure-table project-tables-summary">
                <colgroup>
                  {COLUMN_WIDTHS.map((w, i) => (
                    <col key={i} style={w ? { width: w } : undefined} />
                  ))}
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col">序号</th>
                    <th scope="col">项目名称</th>
                    <th scope="col">全年预算数</th>
                    <th scope="col">全年执行数</th>
                    <th scope="col">执行率</th>
                    <th scope="col">自评得分</th>
                    <th scope="col">自评等级</th>
                    <th scope="col">状态</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => {
                    const open = () => onOpenTable(r.index);
                    return (
                      <tr key={r.index} className="summary-row" data-summary-row={r.index} onClick={open}>
                        <td className="numeric">{r.index + 1}</td>
                        <th scope="row">
                          <span
                            role="link"
                            tabIndex={0}
                            className="table-link"
                            title={`打开“${r.project.name}”的${title}`}
                            onKeyDown={onLinkKey(open)}
                          >
                            {r.project.name || `第${r.index + 1}行项目（未填写名称）`}
                          </span>
                        </th>
                        <td className="numeric">{wanPlain(r.project.annualFen)}</td>
                        <td className="numeric">{wanPlain(r.project.spentFen)}</td>
                        <td className="numeric">{pct(rateBasis(r.project.spentFen, r.project.annualFen))}</td>
                        <td className="numeric">{r.totalCenti === null ? '' : formatScore(r.totalCenti, false)}</td>
                        <td className="center">{r.grade ?? ''}</td>
                        <td className={`center table-state ${r.state}`}>{TABLE_STATE_LABEL[r.state]}</td>
                      </tr>
                    );
                  })}
                </tbody>
                <tfoot>
                  <tr className="derived-row">
                    <td />
                    <th scope="row">已建立自评表的{totals.count}个项目合计</th>
                    <td className="numeric">{wanPlain(totals.annualFen)}</td>
                    <td className="numeric">{wanPlain(totals.spentFen)}</td>
                    <td className="numeric">{totals.rate === null ? '' : pct(totals.rate)}</td>
                    <td colSpan={3}>
                      {totals.grades.length ? totals.grades.map((g) => `${g.grade}${g.count}个`).join('，') : ''}
                    </td>
                  </tr>
                </tfoot>
              </table>
            </div>
          )}
        </div>
      </FormBlock>
      {excel ? (
        <section className="import-export" data-testid="project-tables-summary-excel">
          <h3>用Excel导入、导出项目支出绩效自评表</h3>
          {excel}
        </section>
      ) : null}
    </>
  );
});
