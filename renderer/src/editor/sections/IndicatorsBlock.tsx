/**
 * The indicator table of an indicator sheet — 附件2 and every 项目支出绩效自评表 (the same columns in the national
 * layout): the spreadsheet-like grid at a path of the report, with 分值合计, 总分 and 等级 beside it, computed by the
 * one scoring both share (shared/calc/score-sheet.ts), never typed.
 */
import { memo } from 'react';
import { blankIndicator, type Indicator } from '../../../../shared/model/indicator';
import type { SheetScore } from '../../../../shared/calc/score-sheet';
import { sumStated } from '../../../../shared/calc/money';
import { DerivedField, FormBlock } from '../fields/FormField';
import { longText, nature, score, shortText } from '../fields/codecs';
import { pts } from '../fields/money-text';
import { Grid, type ListUpdate } from '../grid/Grid';
import { valueColumn, type GridColumn } from '../grid/columns';
import { setProp } from '../state/immutable';
import type { FieldPath } from '../state/field-path';
import { isBlankIndicator } from '../../../../shared/model/blank-rows';

const text = (
  id: 'level1' | 'level2' | 'name' | 'target' | 'unit' | 'actual',
  title: string,
  width: number,
  wrap = false,
) =>
  valueColumn<Indicator, string>({
    id,
    title,
    width,
    codec: shortText,
    wrap,
    get: (r) => r[id],
    set: (r, v) => setProp(r, id, v),
  });
const points = (id: 'weightCenti' | 'scoreCenti', title: string) =>
  valueColumn<Indicator, number | null>({
    id,
    title,
    width: 48,
    unit: '分',
    codec: score,
    get: (r) => r[id],
    set: (r, v) => setProp(r, id, v),
  });

export const INDICATOR_COLUMNS: readonly GridColumn<Indicator>[] = [
  text('level1', '一级指标', 64, true),
  text('level2', '二级指标', 64, true),
  text('name', '三级指标', 140, true),
  valueColumn<Indicator, Indicator['nature']>({
    id: 'nature',
    title: '性质',
    width: 44,
    codec: nature,
    get: (r) => r.nature,
    set: (r, v) => setProp(r, 'nature', v),
  }),
  text('target', '年度指标值', 60, true),
  text('unit', '单位', 44),
  text('actual', '实际完成值', 64, true),
  points('weightCenti', '分值'),
  points('scoreCenti', '得分'),
  valueColumn<Indicator, string>({
    id: 'deviation',
    title: '偏差原因分析及改进措施',
    width: 150,
    codec: longText,
    multiline: true,
    get: (r) => r.deviation,
    set: (r, v) => setProp(r, 'deviation', v),
  }),
];

export const newIndicator = (): Indicator => blankIndicator();

const totals = (rows: readonly Indicator[]) => ({
  name: `${rows.length}项指标`,
  weightCenti: pts(sumStated(rows.map((r) => r.weightCenti))),
  scoreCenti: pts(sumStated(rows.map((r) => r.scoreCenti))),
});

export const IndicatorsBlock = memo(function IndicatorsBlock({
  path,
  rowLabelPrefix,
  rows,
  onChange,
  score: s,
  weightsHint,
  maxRows,
}: {
  /** Where the list is in the report: ['selfEval','indicators'] or ['projects','items',3,'table','indicators']. */
  path: FieldPath;
  /** "附件2 绩效指标": names a row in messages and accessible labels. */
  rowLabelPrefix: string;
  rows: readonly Indicator[];
  onChange: ListUpdate<Indicator>;
  score: SheetScore;
  /** What the weights should add up to ("应为100分。"). */
  weightsHint: string;
  /** The schema's limit for this list. */
  maxRows: number;
}) {
  return (
    <FormBlock
      title="绩效指标"
      extra={
        <span className="form-hint-inline">
          性质填 =、≥（可输入 &gt;=）、≤（可输入 &lt;=）或“定性”。扣分的指标须写偏差原因。
        </span>
      }
    >
      <div className="wide">
        <Grid<Indicator>
          path={path}
          rowLabelPrefix={rowLabelPrefix}
          rows={rows}
          columns={INDICATOR_COLUMNS}
          onChange={onChange}
          newRow={newIndicator}
          maxRows={maxRows}
          totals={totals}
          isBlank={isBlankIndicator}
          emptyText="还没有指标。点“添加一行”，或从 Excel/WPS 复制指标表（一级指标至偏差原因共10列）后在此粘贴。"
        />
      </div>
      <DerivedField label="分值合计（含执行率）" value={pts(s.weightsCenti)} hint={weightsHint} />
      <DerivedField label="自评总分" value={<span className="score-big">{pts(s.totalCenti)}</span>} />
      <DerivedField label="评价等级" value={<span className="score-big">{s.grade ?? '未定（有未填写的得分）'}</span>} />
    </FormBlock>
  );
});
