/** The free-text parts (一（四）, 七, 八, 九): a list of paragraphs with optional sub-headings. */
import { memo } from 'react';
import type { Paragraph } from '../../../../shared/model/report';
import { FormBlock } from '../fields/FormField';
import { NarrativeEditor } from '../narrative/NarrativeEditor';
import { selfLens, useListUpdate } from '../state/list-update';
import type { FieldPath } from '../state/field-path';
import type { Recipe, UpdateOptions } from '../state/updaters';

type NarrativeKey = 'goals' | 'problems' | 'measures' | 'other';

const PATHS: Record<NarrativeKey, FieldPath> = {
  goals: ['goals'],
  problems: ['problems'],
  measures: ['measures'],
  other: ['other'],
};

const HINTS: Record<NarrativeKey, string> = {
  goals: '写明年度绩效目标，如“围绕本部门年度重点工作，……”。',
  problems: '每个问题一段，小标题写问题本身（如“财政紧张局面难以缓解。”），正文写原因。',
  measures: '与“存在的问题”逐条对应，每条措施一段。',
  other: '没有需要说明的情况时保留“无。”。',
};

const LENS = selfLens<Paragraph>();

export const NarrativeSection = memo(function NarrativeSection({
  sectionKey,
  value,
  update,
}: {
  sectionKey: NarrativeKey;
  value: Paragraph[];
  /** Any of the four sections' updaters: each holds a Paragraph[]. */
  update: (path: FieldPath, recipe: Recipe<Paragraph[]>, options?: UpdateOptions) => void;
}) {
  const onChange = useListUpdate(update, LENS);
  return (
    <FormBlock title="正文段落" extra={<span className="form-hint-inline">{HINTS[sectionKey]}</span>}>
      <div className="wide">
        <NarrativeEditor
          path={PATHS[sectionKey]}
          paragraphs={value}
          onChange={onChange}
          emptyText="还没有内容。点“添加段落”，或把 Word 中的文字复制后粘贴到段落里。"
        />
      </div>
    </FormBlock>
  );
});
