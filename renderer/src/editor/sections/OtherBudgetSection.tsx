/** 三、四、五: the other three budgets. Most units have none and keep the one sentence saying so. */
import { memo } from 'react';
import type { OtherBudget } from '../../../../shared/model/report';
import { rateBasis } from '../../../../shared/calc/percent';
import { binder } from '../fields/bind';
import { DerivedField, FormBlock } from '../fields/FormField';
import { longText, wanyuan } from '../fields/codecs';
import { pct } from '../fields/money-text';
import type { FieldPath } from '../state/field-path';
import type { Recipe, UpdateOptions } from '../state/updaters';

type BudgetKey = 'govFund' | 'stateCapital' | 'socialInsurance';

const NAMES: Record<BudgetKey, string> = {
  govFund: '政府性基金预算支出',
  stateCapital: '国有资本经营预算支出',
  socialInsurance: '社会保险基金预算支出',
};

export const OtherBudgetSection = memo(function OtherBudgetSection({
  sectionKey,
  value,
  update,
}: {
  sectionKey: BudgetKey;
  value: OtherBudget;
  update: (path: FieldPath, recipe: Recipe<OtherBudget>, options?: UpdateOptions) => void;
}) {
  const f = binder([sectionKey], value, update);
  return (
    <FormBlock title={NAMES[sectionKey]}>
      {f.check('exists', { label: `本单位有${NAMES[sectionKey]}`, hint: '没有时，正文只写下面的说明文字。' })}
      {value.exists ? (
        <>
          {f.field('budgetFen', wanyuan, { unit: '万元' })}
          {f.field('spentFen', wanyuan, { unit: '万元' })}
          <DerivedField label="执行率" value={pct(rateBasis(value.spentFen, value.budgetFen))} />
        </>
      ) : null}
      {f.field('text', longText, {
        multiline: true,
        hint: value.exists ? '补充说明资金用途和管理情况。' : '如“我单位无政府性基金预算支出。”',
      })}
    </FormBlock>
  );
});
