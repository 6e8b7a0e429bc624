/** 二（二）1. 基本支出: budget and execution, the four economic categories, and the reasons for any excess. */
import { memo } from 'react';
import { binder } from '../fields/bind';
import { DerivedField, FormBlock } from '../fields/FormField';
import { longText, wanyuan } from '../fields/codecs';
import { difference, pct, wan } from '../fields/money-text';
import type { DerivedProps, SectionProps } from './section-props';

export const BasicSection = memo(function BasicSection({
  value,
  update,
  derived,
}: SectionProps<'basic'> & DerivedProps) {
  const f = binder(['basic'], value, update);
  return (
    <>
      <FormBlock title="基本支出预算与执行">
        {f.field('initialFen', wanyuan, { unit: '万元' })}
        {f.field('annualFen', wanyuan, { unit: '万元' })}
        {f.field('spentFen', wanyuan, { unit: '万元' })}
        <DerivedField label="基本支出执行率" value={pct(derived.basicRate)} hint="＝全年执行 ÷ 全年预算" />
      </FormBlock>
      <FormBlock title="按经济分类（全年执行）">
        {f.field('wagesFen', wanyuan, { unit: '万元' })}
        {f.field('goodsServicesFen', wanyuan, { unit: '万元' })}
        {f.field('householdFen', wanyuan, { unit: '万元' })}
        {f.field('capitalFen', wanyuan, { unit: '万元' })}
        <DerivedField
          label="四类合计"
          value={wan(derived.basicCategoriesFen)}
          hint={`与全年执行 ${wan(value.spentFen)}：${difference(derived.basicCategoriesFen, value.spentFen)}`}
        />
      </FormBlock>
      <FormBlock title="说明文字">
        {f.field('scope', longText, { multiline: true, hint: '基本支出范围和主要用途。' })}
        {f.field('varianceReason', longText, {
          multiline: true,
          hint: '全年执行超过年初预算时必须说明，如“超出部分主要用于人员工资及五险部分调增。”',
        })}
      </FormBlock>
    </>
  );
});
