/**
 * One project's 项目支出绩效自评表: who runs it, the 项目资金 block (its 年度资金总额 line is the project row of
 * 二（二）, shown read-only; only the split by source is typed here), 执行率 and its score, the year's goal, and the same
 * indicator grid as 附件2. 执行率, scores and grade are derived as the clerk types (deriveProjectTable). Every edit is
 * an edit of the report at projects.items.N.table…, so autosave, undo and the checks' paths work as everywhere else.
 */
import { memo, useMemo, type ReactNode } from 'react';
import { App, Button, Empty, Result } from 'antd';
import type { Indicator } from '../../../shared/model/indicator';
import type { Project } from '../../../shared/model/report';
import type { ProjectTable } from '../../../shared/model/project-table';
import type { RulePack } from '../../../shared/checks/rule-pack';
import { deriveProjectTable } from '../../../shared/calc/project-table';
import { formatScore } from '../../../shared/calc/score';
import { emptyProjectTable } from '../../../shared/model/empty';
import { binder } from '../editor/fields/bind';
import { DerivedField, FormBlock } from '../editor/fields/FormField';
import { BUDGET_COLUMNS, FigureTable, type BudgetColumn, type FigureRow } from '../editor/fields/FigureTable';
import { longText, score, shortText } from '../editor/fields/codecs';
import { columnsDifference, pct, pts } from '../editor/fields/money-text';
import { IndicatorsBlock } from '../editor/sections/IndicatorsBlock';
import { LockedFields } from '../editor/shell/LockedBanner';
import { setProp, updateAt } from '../editor/state/immutable';
import { useListUpdate, type ListLens } from '../editor/state/list-update';
import type { FieldPath } from '../editor/state/field-path';
import type { Recipe, SectionUpdate, UpdateOptions } from '../editor/state/updaters';
import { tableView } from '../editor/screens';
import { TABLE_STATE_LABEL, tableState } from './table-state';

type TableUpdate = (path: FieldPath, recipe: Recipe<ProjectTable>, options?: UpdateOptions) => void;

const INDICATORS: ListLens<ProjectTable, Indicator> = {
  get: (t) => t.indicators,
  set: (t, indicators) => ({ ...t, indicators: [...indicators] }),
};

/** Edits of one project's table, as edits of the 二（二） slice (a project without a table is left as it is). */
function useTableUpdate(update: SectionUpdate<'projects'>, index: number): TableUpdate {
  return useMemo(
    () => (path, recipe, options) =>
      update(
        path,
        (p) => {
          const items = updateAt(p.items, index, (item) =>
            item.table === null ? item : setProp(item, 'table', recipe(item.table)),
          );
          return items === p.items ? p : { ...p, items };
        },
        options,
      ),
    [update, index],
  );
}

/** Sets or removes a project's table: one undo step of its own. */
function setTable(update: SectionUpdate<'projects'>, index: number, table: ProjectTable | null) {
  update(
    ['projects', 'items', index, 'table'],
    (p) => ({ ...p, items: updateAt(p.items, index, (item) => setProp(item, 'table', table)) }),
    { merge: false },
  );
}

export interface ProjectTableScreenProps {
  index: number;
  /** undefined when the list has no such row (deleted meanwhile, or an old address). */
  project: Project | undefined;
  projectCount: number;
  pack: RulePack;
  unitName: string;
  locked: boolean;
  update: SectionUpdate<'projects'>;
  /** Takes the clerk to a field anywhere in the report (the project's row in 二（二）). */
  onReveal: (path: string) => void;
  onOpenTable: (index: number) => void;
  onSummary: () => void;
}

export const ProjectTableScreen = memo(function ProjectTableScreen(props: ProjectTableScreenProps) {
  const { index, project, pack, locked, update } = props;
  const layout = pack.attachments.projectTable;
  const { message, modal } = App.useApp();
  const rowPath = `projects.items.${index}`;

  if (!project) {
    return (
      <div className="screen project-table-screen" data-screen={tableView(index)}>
        <Result
          status="warning"
          title={`项目清单中没有第${index + 1}行`}
          subTitle="这个项目可能已被删除或移动。"
          extra={
            <Button type="primary" onClick={props.onSummary}>
              查看项目自评汇总
            </Button>
          }
        />
      </div>
    );
  }

  const create = () => setTable(update, index, emptyProjectTable(pack));
  const remove = () =>
    modal.confirm({
      title: `删除“${project.name}”的${layout.title}？`,
      content: '表中的资金来源、目标和全部指标将一并删除（可按 Ctrl+Z 撤销）。项目清单中的这一行不受影响。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => {
        setTable(update, index, null);
        message.info(`已删除“${project.name}”的${layout.title}（可按 Ctrl+Z 撤销）`);
      },
    });

  return (
    <div className="screen project-table-screen" data-screen={tableView(index)}>
      <div className="project-table-nav">
        <Button size="small" onClick={() => props.onReveal(`${rowPath}.name`)}>
          ‹ 返回项目清单
        </Button>
        <Button size="small" onClick={props.onSummary}>
          项目自评汇总
        </Button>
        <span className="project-table-nav-gap" />
        <Button size="small" disabled={index <= 0} onClick={() => props.onOpenTable(index - 1)}>
          上一个项目
        </Button>
        <Button size="small" disabled={index >= props.projectCount - 1} onClick={() => props.onOpenTable(index + 1)}>
          下一个项目
        </Button>
      </div>
      <h2 className="screen-title">
        {layout.title}
        <span className="screen-title-sub">
          {project.name || `第${index + 1}行项目`}（项目清单第{index + 1}行，共{props.projectCount}行）
        </span>
      </h2>
      {project.table === null ? (
        <Empty
          className="project-table-none"
          description={
            <>
              <div>这个项目还没有{layout.title}。</div>
              <div className="form-hint">
                按规则包的框架建立：执行率{formatScore(layout.framework.rateWeightCenti)}分
                {layout.framework.level1.map((l) =>
                  l.weightCenti === null ? `，${l.name}` : `，${l.name}${formatScore(l.weightCenti)}分`,
                )}
                ；年度资金总额取自项目清单，不必再填。
              </div>
            </>
          }
        >
          <LockedFields locked={locked}>
            <Button type="primary" onClick={create}>
              建立{layout.title}
            </Button>
          </LockedFields>
        </Empty>
      ) : (
        <LockedFields locked={locked}>
          <TableForm {...props} project={project} table={project.table} />
          <div className="project-table-delete">
            <Button danger size="small" onClick={remove}>
              删除此{layout.title}
            </Button>
          </div>
        </LockedFields>
      )}
    </div>
  );
});

function TableForm({
  index,
  project,
  table,
  pack,
  unitName,
  update,
  onReveal,
}: ProjectTableScreenProps & { project: Project; table: ProjectTable }) {
  const layout = pack.attachments.projectTable;
  const base: FieldPath = useMemo(() => ['projects', 'items', index, 'table'], [index]);
  const indicatorsPath: FieldPath = useMemo(() => [...base, 'indicators'], [base]);
  const up = useTableUpdate(update, index);
  const onIndicators = useListUpdate(up, INDICATORS);
  const f = binder(base, table, up);
  const figures = useMemo(() => deriveProjectTable(project, table, pack), [project, table, pack]);
  const s = figures.score;
  const rowPath = `projects.items.${index}`;
  const unitHint = unitName.trim() ? `留空时按单位名称“${unitName}”打印。` : '留空时按单位名称打印。';
  const fromList = (field: string, text: ReactNode) => (
    <Button size="small" type="link" className="inline-link" onClick={() => onReveal(`${rowPath}.${field}`)}>
      {text}
    </Button>
  );

  const money: FigureRow<BudgetColumn>[] = [
    {
      kind: 'derived',
      label: layout.totalLabel,
      values: figures.total,
      source: '来自项目清单',
      note: '即二（二）项目清单中本项目的年初预算、全年预算和支出，请在项目清单中修改',
    },
    ...layout.fundLines.map((line): FigureRow<BudgetColumn> => ({
      kind: 'edit',
      label: line.label,
      indent: 1,
      path: [...base, 'funds', line.key],
      values: table.funds[line.key],
      onCommit: (col, fen) =>
        up([...base, 'funds', line.key, col], (t) =>
          setProp(t, 'funds', setProp(t.funds, line.key, setProp(t.funds[line.key], col, fen))),
        ),
    })),
  ];
  const anyLine = layout.fundLines.some((l) => Object.values(table.funds[l.key]).some((v) => v !== null));
  const { linesSum, total } = figures;
  const frame = layout.framework;

  return (
    <>
      <FormBlock title="基本情况">
        <DerivedField
          label="项目名称"
          source="来自项目清单"
          value={project.name}
          hint={fromList('name', '在项目清单中修改项目名称')}
        />
        {f.field('department', shortText, { placeholder: unitName || '单位名称', hint: unitHint })}
        {f.field('implementer', shortText, { placeholder: unitName || '单位名称', hint: unitHint })}
        <DerivedField label="填写状态" value={TABLE_STATE_LABEL[tableState(table, figures)]} />
      </FormBlock>
      <FormBlock
        title="项目资金"
        path={[...base, 'funds']}
        extra={
          <span className="form-hint-inline">
            “{layout.totalLabel}”一行就是项目清单中本项目的数，只读；{fromList('annualFen', '在项目清单中修改')}。
            下面各行按资金来源填写；没有的填 0 或留空（留空的打印为空白，各来源就无法与总额核对）。
          </span>
        }
      >
        <div className="wide">
          <FigureTable columns={BUDGET_COLUMNS} rows={money} />
        </div>
        {anyLine ? (
          <DerivedField label={`各来源合计与${layout.totalLabel}核对`} value={columnsDifference(linesSum, total)} />
        ) : null}
        <DerivedField label="执行率" value={pct(figures.rate)} hint="＝全年执行数 ÷ 全年预算数" />
        {f.field('rateWeightCenti', score, {
          unit: '分',
          hint: `本规则包为${formatScore(frame.rateWeightCenti)}分。`,
        })}
        <DerivedField label="执行率得分" value={pts(s.rateLineCenti)} hint="＝分值 × 执行率（最高为满分）" />
      </FormBlock>
      <FormBlock title="年度总体目标">
        {f.field('goalExpected', longText, { multiline: true })}
        {f.field('goalActual', longText, { multiline: true })}
      </FormBlock>
      <IndicatorsBlock
        path={indicatorsPath}
        rowLabelPrefix={layout.title}
        rows={table.indicators}
        onChange={onIndicators}
        score={s}
        weightsHint={`应为${formatScore(frame.totalWeightCenti)}分（${[
          `执行率${formatScore(frame.rateWeightCenti)}分`,
          ...frame.level1.flatMap((l) => (l.weightCenti === null ? [] : [`${l.name}${formatScore(l.weightCenti)}分`])),
        ].join('，')}）。`}
        maxRows={500}
      />
    </>
  );
}
