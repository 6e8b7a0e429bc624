/** 一（三）主要职能职责: one duty per row; the report numbers them "1、2、…" itself. */
import { memo } from 'react';
import type { ParseResult } from '../../../../shared/calc/money';
import { LIMITS } from '../../../../shared/model/primitives';
import { FormBlock } from '../fields/FormField';
import { longText, type Codec } from '../fields/codecs';
import { Grid } from '../grid/Grid';
import { valueColumn, type GridColumn } from '../grid/columns';
import { selfLens, useListUpdate } from '../state/list-update';
import type { FieldPath } from '../state/field-path';
import type { SectionProps } from './section-props';

/** A duty copied from a numbered list ("3、组织侦办…") loses its number: the report numbers duties itself. */
const dutyText: Codec<string> = {
  ...longText,
  parse(text): ParseResult<string> {
    return longText.parse(text.replace(/^\s*(?:\d{1,2}[、.．]|[（(]\d{1,2}[）)][、.．]?)\s*(?=\S)/, ''));
  },
};

const COLUMNS: readonly GridColumn<string>[] = [
  valueColumn<string, string>({
    id: '',
    title: '职责内容',
    width: 600,
    codec: dutyText,
    get: (r) => r,
    set: (_r, v) => v,
    multiline: true,
  }),
];
const PATH: FieldPath = ['duties'];
const LENS = selfLens<string>();
const newDuty = () => '';
const isBlankDuty = (d: string) => !d.trim();

export const DutiesSection = memo(function DutiesSection({ value, update }: SectionProps<'duties'>) {
  const onChange = useListUpdate(update, LENS);
  return (
    <FormBlock
      title="职能职责清单"
      extra={<span className="form-hint-inline">每行一条。从“三定”方案复制整段后粘贴，自动按行拆分、去掉原编号。</span>}
    >
      <div className="wide">
        <Grid<string>
          path={PATH}
          rowLabelPrefix="一（三）主要职能职责"
          rows={value}
          columns={COLUMNS}
          onChange={onChange}
          newRow={newDuty}
          maxRows={LIMITS.listItems}
          emptyText="还没有职责。点“添加一行”填写，或把复制的多行文字粘贴到第一行。"
          isBlank={isBlankDuty}
        />
      </div>
    </FormBlock>
  );
});
