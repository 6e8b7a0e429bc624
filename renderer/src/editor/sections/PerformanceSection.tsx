/** 六、部门整体支出绩效情况: the lead sentence, the score and grade (from 附件2, never typed), and the achievements. */
import { memo } from 'react';
import type { Paragraph, Report } from '../../../../shared/model/report';
import { pts } from '../fields/money-text';
import { Button } from 'antd';
import { binder } from '../fields/bind';
import { DerivedField, FormBlock } from '../fields/FormField';
import { longText } from '../fields/codecs';
import { NarrativeEditor } from '../narrative/NarrativeEditor';
import { useListUpdate, type ListLens } from '../state/list-update';
import type { FieldPath } from '../state/field-path';
import type { DerivedProps, GoToProps, SectionProps } from './section-props';

const PATH: FieldPath = ['performance', 'achievements'];
const LENS: ListLens<Report['performance'], Paragraph> = {
  get: (p) => p.achievements,
  set: (p, achievements) => ({ ...p, achievements: [...achievements] }),
};

export const PerformanceSection = memo(function PerformanceSection({
  value,
  update,
  derived,
  goTo,
}: SectionProps<'performance'> & DerivedProps & GoToProps) {
  const f = binder(['performance'], value, update);
  const onAchievements = useListUpdate(update, LENS);
  const s = derived.score;
  return (
    <>
      <FormBlock title="总体评价">
        {f.field('lead', longText, {
          multiline: true,
          hint: '写在自评得分之前的一段，如“通过各项绩效指标评价结果，……”。',
        })}
        <DerivedField
          label="自评总分"
          value={<span className="score-big">{pts(s.totalCenti)}</span>}
          hint={
            <>
              由附件2自评表计算：执行率得分 {pts(s.rateLineCenti)} ＋ 指标得分 {pts(s.indicatorsCenti)}。{' '}
              <Button type="link" size="small" onClick={() => goTo('selfEval')}>
                去附件2修改
              </Button>
            </>
          }
        />
        <DerivedField
          label="评价等级"
          value={<span className="score-big">{s.grade}</span>}
          hint="优≥90，良≥80，中≥60，其余为差。"
        />
      </FormBlock>
      <FormBlock
        title="主要成效"
        extra={<span className="form-hint-inline">按产出、效益、满意度分段写；有小标题的段落自动编号。</span>}
      >
        <div className="wide">
          <NarrativeEditor
            path={PATH}
            paragraphs={value.achievements}
            onChange={onAchievements}
            emptyText="还没有内容。点“添加段落”，或粘贴 Word 中的文字。"
          />
        </div>
      </FormBlock>
    </>
  );
});
