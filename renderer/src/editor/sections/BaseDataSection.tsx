/**
 * 附件1 基础数据表: 人员 and 三公 come from the report's own sections (shown here read-only, so they cannot
 * disagree), the 项目支出 rows, 公用经费, 政府采购, 预算调整, 楼堂馆所 and 厉行节约 are entered here.
 */
import { memo } from 'react';
import { App, Button } from 'antd';
import type { Report, ThreeColumns } from '../../../../shared/model/report';
import { sumStated } from '../../../../shared/calc/money';
import { binder, nested } from '../fields/bind';
import { DerivedField, FormBlock } from '../fields/FormField';
import { FigureTable, type FigureRow } from '../fields/FigureTable';
import { area, longText, shortText, wanyuan } from '../fields/codecs';
import { difference, pct, wan, wanPlain } from '../fields/money-text';
import { Grid } from '../grid/Grid';
import { valueColumn, type GridColumn } from '../grid/columns';
import { setProp } from '../state/immutable';
import { useListUpdate, type ListLens } from '../state/list-update';
import type { FieldPath } from '../state/field-path';
import { isBlankBaseRow } from '../../../../shared/model/blank-rows';
import type { DerivedProps, GoToProps, SectionProps } from './section-props';
import { THREE_COLUMNS } from './ThreePublicSection';

type Row = Report['baseData']['projectRows'][number];
type BaseData = Report['baseData'];
type Col = keyof ThreeColumns;

const money = (id: Col, title: string) =>
  valueColumn<Row, number | null>({
    id,
    title,
    width: 130,
    unit: '万元',
    codec: wanyuan,
    get: (r) => r[id],
    set: (r, v) => setProp(r, id, v),
  });

const COLUMNS: readonly GridColumn<Row>[] = [
  valueColumn<Row, string>({
    id: 'label',
    title: '行名称',
    width: 300,
    codec: shortText,
    wrap: true,
    get: (r) => r.label,
    set: (r, v) => setProp(r, 'label', v),
  }),
  money('prevFinalFen', '上年决算数'),
  money('budgetFen', '本年预算数'),
  money('finalFen', '本年决算数'),
];
const PATH: FieldPath = ['baseData', 'projectRows'];
const LENS: ListLens<BaseData, Row> = {
  get: (b) => b.projectRows,
  set: (b, projectRows) => ({ ...b, projectRows: [...projectRows] }),
};
const newRow = (): Row => ({ label: '', prevFinalFen: null, budgetFen: null, finalFen: null });
const totals = (rows: readonly Row[]) => ({
  label: '项目支出合计',
  prevFinalFen: wanPlain(sumStated(rows.map((r) => r.prevFinalFen))),
  budgetFen: wanPlain(sumStated(rows.map((r) => r.budgetFen))),
  finalFen: wanPlain(sumStated(rows.map((r) => r.finalFen))),
});

type FundKey =
  | 'publicFunds'
  | 'publicFundsOffice'
  | 'publicFundsUtilitiesTravel'
  | 'publicFundsMeetingTraining'
  | 'procurement'
  | 'basicAdjustment';

export const BaseDataSection = memo(function BaseDataSection({
  value,
  update,
  derived,
  projects,
  threePublic,
  goTo,
  projectBudgetColumn,
}: SectionProps<'baseData'> &
  DerivedProps &
  GoToProps & {
    projects: Report['projects']['items'];
    threePublic: Report['threePublic'];
    /** Which budget the pack's 本年预算数 column holds for 项目支出 (年初 in the real Hunan tables, or 全年). */
    projectBudgetColumn: 'initial' | 'annual';
  }) {
  const { modal } = App.useApp();
  const onRows = useListUpdate(update, LENS);
  const building = nested(['baseData'], value, 'building', update);
  const f = binder(['baseData'], value, update);
  const st = derived.staffing;
  const tp = derived.threePublic;
  const rowsTotal = derived.baseData.projectRowsTotal;

  const fund = (key: FundKey, label: string, indent = 0): FigureRow<Col> => ({
    kind: 'edit',
    label,
    indent,
    path: ['baseData', key],
    values: value[key],
    signed: key === 'basicAdjustment',
    onCommit: (col, fen) => update(['baseData', key, col], (b: BaseData) => setProp(b, key, setProp(b[key], col, fen))),
  });

  const fillFromProjects = () => {
    const rows = projects
      .filter((p) => p.name.trim())
      // 上年决算数 is not in the project list: left 未填写, not 0.
      .map((p): Row => ({
        label: p.name,
        prevFinalFen: null,
        budgetFen: projectBudgetColumn === 'initial' ? p.initialFen : p.annualFen,
        finalFen: p.spentFen,
      }));
    const apply = () => update(PATH, (b) => ({ ...b, projectRows: rows }), { merge: false });
    if (value.projectRows.length === 0) apply();
    else
      modal.confirm({
        title: '用项目清单替换这里的行？',
        content: `将以二（二）的${rows.length}个项目替换现有${value.projectRows.length}行（可按 Ctrl+Z 撤销）。`,
        okText: '替换',
        cancelText: '取消',
        onOk: apply,
      });
  };

  return (
    <>
      <FormBlock
        title="财政供养人员情况（人）"
        extra={
          <Button size="small" type="link" onClick={() => goTo('staffing')}>
            在“一（二）人员编制”中修改
          </Button>
        }
      >
        <DerivedField label="编制数" value={st.authorized} />
        <DerivedField label="实际在职人数" value={st.actual} />
        <DerivedField label="控制率" value={pct(st.controlRate)} />
      </FormBlock>
      <FormBlock
        title="“三公”经费（来自二（三））"
        extra={
          <Button size="small" type="link" onClick={() => goTo('threePublic')}>
            在“二（三）三公经费”中修改
          </Button>
        }
      >
        <div className="wide">
          <FigureTable
            columns={THREE_COLUMNS}
            rows={[
              { kind: 'derived', label: '三公经费合计', values: tp.total },
              { kind: 'derived', label: '1、公务用车购置和维护经费', values: tp.vehicle, indent: 1 },
              { kind: 'derived', label: '其中：公车购置', values: threePublic.vehiclePurchase, indent: 2 },
              { kind: 'derived', label: '公车运行维护', values: threePublic.vehicleOperation, indent: 2 },
              { kind: 'derived', label: '2、出国经费', values: threePublic.abroad, indent: 1 },
              { kind: 'derived', label: '3、公务接待', values: threePublic.reception, indent: 1 },
            ]}
          />
        </div>
      </FormBlock>
      <FormBlock
        title="项目支出"
        path={PATH}
        extra={
          <Button size="small" onClick={fillFromProjects} disabled={projects.length === 0}>
            按二（二）项目清单生成各行
          </Button>
        }
      >
        <div className="wide">
          <Grid<Row>
            path={PATH}
            rowLabelPrefix="附件1 项目支出"
            rows={value.projectRows}
            columns={COLUMNS}
            onChange={onRows}
            newRow={newRow}
            maxRows={200}
            totals={totals}
            isBlank={isBlankBaseRow}
            emptyText="还没有行。按“业务工作经费、运行维护经费、省级专项……”分行填写，或按项目清单生成。"
          />
        </div>
        <DerivedField
          label="与项目清单核对"
          value={`预算数：${difference(rowsTotal.budgetFen, derived.baseData.projectsRow.budgetFen)}；决算数：${difference(rowsTotal.finalFen, derived.baseData.projectsRow.finalFen)}`}
          hint={`项目支出本年预算数（按规则包为年初或全年预算）${wan(derived.baseData.projectsRow.budgetFen)}，决算数 ${wan(derived.baseData.projectsRow.finalFen)}。表中没有行时不核对。`}
        />
      </FormBlock>
      <FormBlock title="公用经费、政府采购与预算调整">
        <div className="wide">
          <FigureTable
            columns={THREE_COLUMNS}
            rows={[
              fund('publicFunds', '公用经费'),
              fund('publicFundsOffice', '其中：办公经费', 1),
              fund('publicFundsUtilitiesTravel', '水费、电费、差旅费', 1),
              fund('publicFundsMeetingTraining', '会议费、培训费', 1),
              fund('procurement', '政府采购金额'),
              fund('basicAdjustment', '部门基本支出预算调整（调减填负数）'),
            ]}
          />
        </div>
      </FormBlock>
      <FormBlock title="楼堂馆所控制情况（本年完工项目）" path={['baseData', 'building']}>
        {building.check('exists', { hint: '没有本年完工的楼堂馆所项目时不勾选，表中显示为空。' })}
        {value.building.exists ? (
          <>
            {building.field('approvedAreaCenti', area, { label: '批复规模', unit: '平方米' })}
            {building.field('actualAreaCenti', area, { label: '实际规模', unit: '平方米' })}
            <DerivedField label="规模控制率" value={pct(derived.baseData.buildingAreaRate)} />
            {building.field('budgetInvestFen', wanyuan, { unit: '万元' })}
            {building.field('actualInvestFen', wanyuan, { unit: '万元' })}
            <DerivedField label="投资概算控制率" value={pct(derived.baseData.buildingInvestRate)} />
          </>
        ) : null}
      </FormBlock>
      <FormBlock title="厉行节约保障措施">{f.field('frugality', longText, { multiline: true })}</FormBlock>
    </>
  );
});
