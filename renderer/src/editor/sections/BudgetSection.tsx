/** 二（一）预算执行总体情况: the year's budget and execution, with the rate and the split checks beside them. */
import { sumStated } from '../../../../shared/calc/money';
import { memo } from 'react';
import type { Report } from '../../../../shared/model/report';
import { binder } from '../fields/bind';
import { DerivedField, FormBlock } from '../fields/FormField';
import { longText, wanyuan } from '../fields/codecs';
import { difference, pct, wan } from '../fields/money-text';
import type { DerivedProps, SectionProps } from './section-props';

export const BudgetSection = memo(function BudgetSection({
  value,
  update,
  derived,
  basic,
}: SectionProps<'budget'> & DerivedProps & { basic: Report['basic'] }) {
  const f = binder(['budget'], value, update);
  const p = derived.projects;
  const split = (basicFen: number | null, projectFen: number | null, total: number | null) =>
    `基本支出 ${wan(basicFen)} ＋ 项目支出 ${wan(projectFen)}：${difference(sumStated([basicFen, projectFen]), total)}`;
  return (
    <>
      <FormBlock title="收入与执行">
        {f.field('initialFen', wanyuan, {
          unit: '万元',
          hint: split(basic.initialFen, p.initialFen, value.initialFen),
        })}
        {f.field('annualFen', wanyuan, { unit: '万元', hint: split(basic.annualFen, p.annualFen, value.annualFen) })}
        {f.field('spentFen', wanyuan, { unit: '万元', hint: split(basic.spentFen, p.spentFen, value.spentFen) })}
        <DerivedField label="预算执行率" value={pct(derived.rate)} hint="＝全年预算执行数 ÷ 全年预算收入" />
      </FormBlock>
      <FormBlock title="资金使用与管理">
        {f.field('usage', longText, { multiline: true, hint: '如“主要用于人员工资及津补贴发放、单位日常运行开支……”' })}
        {f.field('management', longText, { multiline: true, hint: '执行的财务制度、专项资金核算等。' })}
      </FormBlock>
    </>
  );
});
