/** 基本信息: the unit, how the text refers to it, the year, and which province's rules apply. */
import { memo, useId } from 'react';
import { Select } from 'antd';
import { BUILTIN_PACKS } from '../../../../shared/packs/registry';
import { FieldFrame, FormBlock, ValueField } from '../fields/FormField';
import { shortText, year } from '../fields/codecs';
import type { SectionUpdate } from '../state/updaters';

interface InfoProps {
  unitName: string;
  selfName: string;
  year: number;
  rulePackId: string;
  updateUnitName: SectionUpdate<'unitName'>;
  updateSelfName: SectionUpdate<'selfName'>;
  updateYear: SectionUpdate<'year'>;
  updateRulePack: SectionUpdate<'rulePackId'>;
}

export const InfoSection = memo(function InfoSection(p: InfoProps) {
  const packId = useId();
  return (
    <FormBlock title="报告基本信息">
      <ValueField
        path={['unitName']}
        value={p.unitName}
        codec={shortText}
        onCommit={(v) => p.updateUnitName(['unitName'], () => v)}
        hint="报告标题为“单位名称 + 部门整体支出绩效自评报告”。"
        wide
      />
      <ValueField
        path={['selfName']}
        value={p.selfName}
        codec={shortText}
        onCommit={(v) => p.updateSelfName(['selfName'], () => v)}
        hint="正文中自动生成的句子用它称呼本单位，如“我局”“我单位”。"
      />
      <ValueField
        path={['year']}
        value={p.year}
        codec={year}
        onCommit={(v) => p.updateYear(['year'], () => v)}
        hint="评价的预算年度（不是填报年度）。"
      />
      <FieldFrame label="适用规则" htmlFor={packId} hint="决定执行率说明线、得分上限和评价等级的划分。">
        <Select
          id={packId}
          value={p.rulePackId}
          onChange={(v) => p.updateRulePack(['rulePackId'], () => v)}
          options={BUILTIN_PACKS.map((pack) => ({ value: pack.id, label: pack.name }))}
          data-field-path="rulePackId"
          style={{ width: '100%' }}
        />
      </FieldFrame>
    </FormBlock>
  );
});
