/** 一（二）人员编制: authorised and actual headcounts, with the 控制率 computed beside them. */
import { memo } from 'react';
import { formatPercent } from '../../../../shared/calc/percent';
import { binder } from '../fields/bind';
import { DerivedField, FormBlock } from '../fields/FormField';
import { headcount, shortText } from '../fields/codecs';
import type { DerivedProps, SectionProps } from './section-props';

/** A total of counts not yet typed reads "—" (as a rate does), never "null 名". */
const count = (n: number | null, unit: string) => (n === null ? '—' : `${n} ${unit}`);

export const StaffingSection = memo(function StaffingSection({
  value,
  update,
  derived,
}: SectionProps<'staffing'> & DerivedProps) {
  const f = binder(['staffing'], value, update);
  const d = derived.staffing;
  return (
    <>
      <FormBlock title="编制内人员（年底数）">
        {f.field('adminAuthorized', headcount, { unit: '名' })}
        {f.field('adminActual', headcount, { unit: '人' })}
        {f.field('institutionAuthorized', headcount, { unit: '名', hint: '没有事业编制填 0 或留空，正文不写这一句。' })}
        {f.field('institutionActual', headcount, { unit: '人' })}
        <DerivedField label="编制数合计" value={count(d.authorized, '名')} />
        <DerivedField label="实有人数合计" value={count(d.actual, '人')} />
        <DerivedField
          label="在职人员控制率"
          value={formatPercent(d.controlRate)}
          hint="＝实有人数 ÷ 编制数，超过100%会提示。"
        />
      </FormBlock>
      <FormBlock title="编外人员与退休人员">
        {f.field('auxiliaryLabel', shortText, { hint: '正文中的称呼，如“编外聘用人员”“辅警”“临聘人员”。' })}
        {f.field('auxiliaryAuthorized', headcount, { unit: '人' })}
        {f.field('auxiliaryActual', headcount, { unit: '人' })}
        <DerivedField label={`${value.auxiliaryLabel || '编外'}控制率`} value={formatPercent(d.auxiliaryControlRate)} />
        {f.field('retired', headcount, { unit: '人', hint: '退休人员不计入编制人数。' })}
      </FormBlock>
    </>
  );
});
