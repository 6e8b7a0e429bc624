/**
 * 二（二）2. 项目支出: the project list as a spreadsheet, with each project's 执行率 and the totals computed, and on
 * each row the way into its 项目支出绩效自评表 (未建立, or its score and grade).
 */
import { memo, useMemo } from 'react';
import type { Project, Report } from '../../../../shared/model/report';
import { LIMITS } from '../../../../shared/model/primitives';
import { rateBasis } from '../../../../shared/calc/percent';
import { sumStated } from '../../../../shared/calc/money';
import { binder } from '../fields/bind';
import { DerivedField, FormBlock } from '../fields/FormField';
import { headcount, longText, shortText, wanyuan } from '../fields/codecs';
import { pct, wan, wanPlain } from '../fields/money-text';
import { Grid } from '../grid/Grid';
import { checkColumn, derivedColumn, linkColumn, valueColumn, type GridColumn } from '../grid/columns';
import type { RulePack } from '../../../../shared/checks/rule-pack';
import { TableLink } from '../../project-tables/TableLink';
import { setProp } from '../state/immutable';
import { useListUpdate, type ListLens } from '../state/list-update';
import type { FieldPath } from '../state/field-path';
import { isBlankProject } from '../../../../shared/model/blank-rows';
import type { DerivedProps, SectionProps } from './section-props';

const money = (id: 'initialFen' | 'annualFen' | 'spentFen', title: string) =>
  valueColumn<Project, number | null>({
    id,
    title,
    width: 90,
    unit: '万元',
    codec: wanyuan,
    get: (r) => r[id],
    set: (r, v) => setProp(r, id, v),
  });

export const PROJECT_COLUMNS: readonly GridColumn<Project>[] = [
  valueColumn<Project, string>({
    id: 'name',
    title: '项目名称',
    width: 160,
    codec: shortText,
    wrap: true,
    get: (r) => r.name,
    set: (r, v) => setProp(r, 'name', v),
  }),
  money('initialFen', '年初预算'),
  money('annualFen', '全年预算'),
  money('spentFen', '支出'),
  derivedColumn<Project>({
    id: 'rate',
    title: '执行率',
    width: 68,
    text: (r) => pct(rateBasis(r.spentFen, r.annualFen)),
  }),
  checkColumn<Project>({
    id: 'addedMidYear',
    title: '年中追加',
    width: 56,
    get: (r) => r.addedMidYear,
    set: (r, v) => setProp(r, 'addedMidYear', v),
  }),
  valueColumn<Project, string>({
    id: 'lowRateReason',
    title: '执行率偏低原因',
    width: 132,
    codec: longText,
    multiline: true,
    get: (r) => r.lowRateReason,
    set: (r, v) => setProp(r, 'lowRateReason', v),
  }),
];

const PATH: FieldPath = ['projects', 'items'];
const LENS: ListLens<Report['projects'], Project> = {
  get: (p) => p.items,
  set: (p, items) => ({ ...p, items: [...items] }),
};
/** A new row states nothing yet: its figures are 未填写 (null), not 0, until the clerk types them. */
export const newProject = (): Project => ({
  name: '',
  initialFen: null,
  annualFen: null,
  spentFen: null,
  addedMidYear: false,
  lowRateReason: '',
  table: null,
});

function totals(rows: readonly Project[]): Record<string, string> {
  // A row added and not yet filled is no project (it is not saved either).
  const filled = rows.filter((r) => !isBlankProject(r));
  const initial = sumStated(rows.map((r) => r.initialFen));
  const annual = sumStated(rows.map((r) => r.annualFen));
  const spent = sumStated(rows.map((r) => r.spentFen));
  return {
    name: `${filled.length}个项目`,
    initialFen: wanPlain(initial),
    annualFen: wanPlain(annual),
    spentFen: wanPlain(spent),
    rate: pct(rateBasis(spent, annual)),
    addedMidYear: `${rows.filter((r) => r.addedMidYear).length}个`,
  };
}

/**
 * The list's columns with the 自评表 column after 执行率. The widths are chosen so that the whole list fits a 1366×768
 * laptop's form beside the checks panel without scrolling sideways (tests/e2e/editor-project-tables.test.ts).
 */
function withTableColumn(pack: RulePack, openTable: (index: number) => void): readonly GridColumn<Project>[] {
  const column = linkColumn<Project>({
    id: 'table',
    title: '自评表',
    width: 64,
    render: (row, index) => <TableLink project={row} index={index} pack={pack} onOpen={openTable} />,
  });
  const at = PROJECT_COLUMNS.findIndex((c) => c.id === 'rate') + 1;
  return [...PROJECT_COLUMNS.slice(0, at), column, ...PROJECT_COLUMNS.slice(at)];
}

export const ProjectsSection = memo(function ProjectsSection({
  value,
  update,
  derived,
  pack,
  openTable,
}: SectionProps<'projects'> &
  DerivedProps & {
    pack: RulePack;
    /** Must be stable: the list's rows re-render when it changes. */
    openTable: (index: number) => void;
  }) {
  const f = binder(['projects'], value, update);
  const onItems = useListUpdate(update, LENS);
  const columns = useMemo(() => withTableColumn(pack, openTable), [pack, openTable]);
  const d = derived.projects;
  return (
    <>
      <FormBlock title="项目概况">
        {f.field('declaredCount', headcount, {
          unit: '个',
          hint: `清单中非年中追加的项目 ${d.declaredItems} 个；留空时按清单。正文写作“年初申报项目${value.declaredCount ?? d.declaredItems}个”。`,
        })}
        <DerivedField
          label="项目支出执行率"
          value={pct(d.rate)}
          hint={`全年预算 ${wan(d.annualFen)}，支出 ${wan(d.spentFen)}`}
        />
        {f.field('intro', longText, { multiline: true, hint: '项目支出的总体说明（列出项目清单之前的一段）。' })}
        {f.field('varianceReason', longText, { multiline: true, hint: '项目执行数超过年初预算的原因，如年中追加。' })}
      </FormBlock>
      <FormBlock
        title="项目明细"
        extra={<span className="form-hint-inline">金额单位：万元。执行率低于规定线的项目须填写原因。</span>}
      >
        <div className="wide">
          <Grid<Project>
            path={PATH}
            rowLabelPrefix="二（二）项目支出"
            rows={value.items}
            columns={columns}
            onChange={onItems}
            newRow={newProject}
            maxRows={LIMITS.listItems}
            totals={totals}
            isBlank={isBlankProject}
            emptyText="还没有项目。点“添加一行”，或在 Excel/WPS 中选中“项目名称、年初预算、全年预算、支出”几列复制，再点此处第一格粘贴。"
          />
        </div>
      </FormBlock>
    </>
  );
});
