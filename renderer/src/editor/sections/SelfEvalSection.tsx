/**
 * 附件2 自评表: the 执行率 line (its score computed), income by source, the year's goals, and the indicator table
 * with weights and scores; the total score and the grade are computed, never typed.
 */
import { memo } from 'react';
import type { Indicator, Report } from '../../../../shared/model/report';
import { sumStated } from '../../../../shared/calc/money';
import { binder } from '../fields/bind';
import { DerivedField, FormBlock } from '../fields/FormField';
import { FigureTable, type FigureColumn, type FigureRow } from '../fields/FigureTable';
import { longText, nature, score, shortText } from '../fields/codecs';
import { difference, pct, pts, wan } from '../fields/money-text';
import { Grid } from '../grid/Grid';
import { valueColumn, type GridColumn } from '../grid/columns';
import { setProp } from '../state/immutable';
import { useListUpdate, type ListLens } from '../state/list-update';
import type { FieldPath } from '../state/field-path';
import { isBlankIndicator } from '../state/prepare-save';
import type { DerivedProps, SectionProps } from './section-props';

type SelfEval = Report['selfEval'];
type Source = keyof SelfEval['income'];
type Col = 'initialFen' | 'annualFen' | 'spentFen';

const INCOME_COLUMNS: readonly FigureColumn<Col>[] = [
  { key: 'initialFen', title: '年初预算数' },
  { key: 'annualFen', title: '全年预算数' },
  { key: 'spentFen', title: '全年执行数' },
];

const text = (
  id: 'level1' | 'level2' | 'name' | 'target' | 'unit' | 'actual',
  title: string,
  width: number,
  wrap = false,
) =>
  valueColumn<Indicator, string>({
    id,
    title,
    width,
    codec: shortText,
    wrap,
    get: (r) => r[id],
    set: (r, v) => setProp(r, id, v),
  });
const points = (id: 'weightCenti' | 'scoreCenti', title: string) =>
  valueColumn<Indicator, number | null>({
    id,
    title,
    width: 48,
    unit: '分',
    codec: score,
    get: (r) => r[id],
    set: (r, v) => setProp(r, id, v),
  });

export const INDICATOR_COLUMNS: readonly GridColumn<Indicator>[] = [
  text('level1', '一级指标', 64, true),
  text('level2', '二级指标', 64, true),
  text('name', '三级指标', 140, true),
  valueColumn<Indicator, Indicator['nature']>({
    id: 'nature',
    title: '性质',
    width: 44,
    codec: nature,
    get: (r) => r.nature,
    set: (r, v) => setProp(r, 'nature', v),
  }),
  text('target', '年度指标值', 60, true),
  text('unit', '单位', 44),
  text('actual', '实际完成值', 64, true),
  points('weightCenti', '分值'),
  points('scoreCenti', '得分'),
  valueColumn<Indicator, string>({
    id: 'deviation',
    title: '偏差原因分析及改进措施',
    width: 150,
    codec: longText,
    multiline: true,
    get: (r) => r.deviation,
    set: (r, v) => setProp(r, 'deviation', v),
  }),
];

const PATH: FieldPath = ['selfEval', 'indicators'];
const LENS: ListLens<SelfEval, Indicator> = {
  get: (s) => s.indicators,
  set: (s, indicators) => ({ ...s, indicators: [...indicators] }),
};
export const newIndicator = (): Indicator => ({
  level1: '',
  level2: '',
  name: '',
  nature: '≥',
  target: '',
  unit: '',
  actual: '',
  weightCenti: null,
  scoreCenti: null,
  deviation: '',
});
const totals = (rows: readonly Indicator[]) => ({
  name: `${rows.length}项指标`,
  weightCenti: pts(sumStated(rows.map((r) => r.weightCenti))),
  scoreCenti: pts(sumStated(rows.map((r) => r.scoreCenti))),
});

const SOURCES: readonly [Source, string][] = [
  ['general', '一般公共预算'],
  ['govFund', '政府性基金拨款'],
  ['nonTax', '纳入专户管理的非税收入拨款'],
  ['other', '其他资金'],
];

export const SelfEvalSection = memo(function SelfEvalSection({
  value,
  update,
  derived,
  budget,
}: SectionProps<'selfEval'> & DerivedProps & { budget: Report['budget'] }) {
  const f = binder(['selfEval'], value, update);
  const onIndicators = useListUpdate(update, LENS);
  const s = derived.score;
  const income = derived.income;
  const rows: FigureRow<Col>[] = [
    ...SOURCES.map(([key, label]): FigureRow<Col> => ({
      kind: 'edit',
      label,
      path: ['selfEval', 'income', key],
      values: value.income[key],
      onCommit: (col, fen) =>
        update(['selfEval', 'income', key, col], (se) =>
          setProp(se, 'income', setProp(se.income, key, setProp(se.income[key], col, fen))),
        ),
    })),
    { kind: 'derived', label: '按收入性质分合计', values: income },
  ];
  return (
    <>
      <FormBlock title="年度资金总额与执行率得分">
        <DerivedField label="全年预算数" value={wan(budget.annualFen)} hint="来自二（一）" />
        <DerivedField label="全年执行数" value={wan(budget.spentFen)} hint="来自二（一）" />
        <DerivedField label="执行率" value={pct(derived.rate)} />
        {f.field('rateWeightCenti', score, { unit: '分', hint: '通常为10分。' })}
        <DerivedField label="执行率得分" value={pts(s.rateLineCenti)} hint="＝分值 × 执行率（最高为满分）" />
      </FormBlock>
      <FormBlock title="按收入性质分（可不填）" path={['selfEval', 'income']}>
        <div className="wide">
          <FigureTable columns={INCOME_COLUMNS} rows={rows} />
        </div>
        {income.filled ? (
          <DerivedField
            label="与二（一）核对"
            value={`年初：${difference(income.initialFen, budget.initialFen)}；全年：${difference(income.annualFen, budget.annualFen)}；执行：${difference(income.spentFen, budget.spentFen)}`}
          />
        ) : null}
      </FormBlock>
      <FormBlock title="年度总体目标">
        {f.field('goalExpected', longText, { multiline: true })}
        {f.field('goalActual', longText, { multiline: true })}
      </FormBlock>
      <FormBlock
        title="绩效指标"
        extra={
          <span className="form-hint-inline">
            性质填 =、≥（可输入 &gt;=）、≤（可输入 &lt;=）或“定性”。扣分的指标须写偏差原因。
          </span>
        }
      >
        <div className="wide">
          <Grid<Indicator>
            path={PATH}
            rowLabelPrefix="附件2 绩效指标"
            rows={value.indicators}
            columns={INDICATOR_COLUMNS}
            onChange={onIndicators}
            newRow={newIndicator}
            maxRows={1000}
            totals={totals}
            isBlank={isBlankIndicator}
            emptyText="还没有指标。点“添加一行”，或从 Excel/WPS 复制指标表（一级指标至偏差原因共10列）后在此粘贴。"
          />
        </div>
        <DerivedField label="分值合计（含执行率）" value={pts(s.weightsCenti)} hint="应为100分。" />
        <DerivedField label="自评总分" value={<span className="score-big">{pts(s.totalCenti)}</span>} />
        <DerivedField
          label="评价等级"
          value={<span className="score-big">{s.grade ?? '未定（有未填写的得分）'}</span>}
        />
      </FormBlock>
    </>
  );
});
