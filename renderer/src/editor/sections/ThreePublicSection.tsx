/** 二（三）“三公”经费: four items × 上年决算 / 本年预算 / 本年决算, with the 公车 subtotal, total and change computed. */
import { memo } from 'react';
import type { Report, ThreeColumns } from '../../../../shared/model/report';
import { binder } from '../fields/bind';
import { DerivedField, FormBlock } from '../fields/FormField';
import { FigureTable, type FigureColumn, type FigureRow } from '../fields/FigureTable';
import { longText } from '../fields/codecs';
import { pct, wan } from '../fields/money-text';
import { setProp } from '../state/immutable';
import type { DerivedProps, SectionProps } from './section-props';

type Col = keyof ThreeColumns;
export const THREE_COLUMNS: readonly FigureColumn<Col>[] = [
  { key: 'prevFinalFen', title: '上年决算数' },
  { key: 'budgetFen', title: '本年预算数' },
  { key: 'finalFen', title: '本年决算数' },
];

type Item = 'abroad' | 'reception' | 'vehiclePurchase' | 'vehicleOperation';

export const ThreePublicSection = memo(function ThreePublicSection({
  value,
  update,
  derived,
}: SectionProps<'threePublic'> & DerivedProps) {
  const f = binder(['threePublic'], value, update);
  const d = derived.threePublic;
  const row = (item: Item, label: string, indent = 0): FigureRow<Col> => ({
    kind: 'edit',
    label,
    indent,
    path: ['threePublic', item],
    values: value[item],
    onCommit: (col, fen) =>
      update(['threePublic', item, col], (t: Report['threePublic']) => setProp(t, item, setProp(t[item], col, fen))),
  });
  const rows: FigureRow<Col>[] = [
    row('abroad', '因公出国（境）费'),
    row('reception', '公务接待费'),
    { kind: 'derived', label: '公务用车购置及运行维护费', values: d.vehicle },
    row('vehiclePurchase', '其中：公务用车购置费', 1),
    row('vehicleOperation', '公务用车运行维护费', 1),
    { kind: 'derived', label: '“三公”经费合计', values: d.total },
  ];
  return (
    <>
      <FormBlock title="“三公”经费支出" path={['threePublic']}>
        <div className="wide">
          <FigureTable columns={THREE_COLUMNS} rows={rows} />
        </div>
        <DerivedField
          label="本年决算比上年增减"
          value={pct(d.change)}
          hint={`本年 ${wan(d.total.finalFen)}，上年 ${wan(d.total.prevFinalFen)}`}
        />
      </FormBlock>
      <FormBlock title="说明文字">
        {f.field('intro', longText, { multiline: true, hint: '如“严格按照……规章制度，”，后接自动生成的各项金额。' })}
        {f.field('changeReason', longText, { multiline: true, hint: '合计比上年增加时必须说明原因。' })}
      </FormBlock>
    </>
  );
});
