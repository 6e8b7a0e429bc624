/**
 * 附件2 自评表: the 执行率 line (its score computed), income by source, the year's goals, and the indicator table
 * with weights and scores; the total score and the grade are computed, never typed.
 */
import { memo } from 'react';
import type { Indicator, Report } from '../../../../shared/model/report';
import { binder } from '../fields/bind';
import { DerivedField, FormBlock } from '../fields/FormField';
import { BUDGET_COLUMNS, FigureTable, type BudgetColumn, type FigureRow } from '../fields/FigureTable';
import { longText, score } from '../fields/codecs';
import { columnsDifference, pct, pts, wan } from '../fields/money-text';
import { setProp } from '../state/immutable';
import { useListUpdate, type ListLens } from '../state/list-update';
import type { FieldPath } from '../state/field-path';
import { IndicatorsBlock } from './IndicatorsBlock';
import type { DerivedProps, SectionProps } from './section-props';

type SelfEval = Report['selfEval'];
type Source = keyof SelfEval['income'];
type Col = BudgetColumn;

const PATH: FieldPath = ['selfEval', 'indicators'];
const LENS: ListLens<SelfEval, Indicator> = {
  get: (s) => s.indicators,
  set: (s, indicators) => ({ ...s, indicators: [...indicators] }),
};

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
          <FigureTable columns={BUDGET_COLUMNS} rows={rows} />
        </div>
        {income.filled ? <DerivedField label="与二（一）核对" value={columnsDifference(income, budget)} /> : null}
      </FormBlock>
      <FormBlock title="年度总体目标">
        {f.field('goalExpected', longText, { multiline: true })}
        {f.field('goalActual', longText, { multiline: true })}
      </FormBlock>
      <IndicatorsBlock
        path={PATH}
        rowLabelPrefix="附件2 绩效指标"
        rows={value.indicators}
        onChange={onIndicators}
        score={s}
        weightsHint="应为100分。"
        maxRows={1000}
      />
    </>
  );
});
