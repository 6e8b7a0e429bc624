/**
 * A small fixed table of amounts (三公 by item × 上年/预算/决算, 附件1 公用经费, 附件2 income by source): editable
 * rows typed in 万元, computed rows (subtotals, totals) shown read-only in the same columns.
 */
import type { ReactNode } from 'react';
import { describeField } from '../../../../shared/model/field-labels';
import { CodecInput } from './CodecInput';
import { signedWanyuan, wanyuan } from './codecs';
import { wanPlain } from './money-text';
import { pathKey, type FieldPath } from '../state/field-path';

export interface FigureColumn<C extends string> {
  key: C;
  title: string;
}

export type BudgetColumn = 'initialFen' | 'annualFen' | 'spentFen';

/** 年初预算数 / 全年预算数 / 全年执行数: 附件2's income by source and a 项目支出绩效自评表's 项目资金 block. */
export const BUDGET_COLUMNS: readonly FigureColumn<BudgetColumn>[] = [
  { key: 'initialFen', title: '年初预算数' },
  { key: 'annualFen', title: '全年预算数' },
  { key: 'spentFen', title: '全年执行数' },
];

export type FigureRow<C extends string> =
  | {
      kind: 'edit';
      label: ReactNode;
      path: FieldPath;
      values: Readonly<Record<C, number | null>>;
      onCommit: (column: C, fen: number | null) => void;
      indent?: number;
      /** Amounts that may be negative (预算调整). */
      signed?: boolean;
    }
  | {
      kind: 'derived';
      label: ReactNode;
      values: Readonly<Record<C, number | null>>;
      /** Tooltip of the figures. */
      note?: string;
      indent?: number;
      /** Where the figures come from, beside the label ('自动计算' unless said). */
      source?: string;
    };

export function FigureTable<C extends string>({
  columns,
  rows,
  caption,
  path,
}: {
  columns: readonly FigureColumn<C>[];
  rows: readonly FigureRow<C>[];
  caption?: ReactNode;
  path?: FieldPath;
}) {
  // In a table of computed rows only, one note says so; in a mixed table each computed row is marked.
  const mixed = rows.some((r) => r.kind === 'edit');
  return (
    <div className="figure-table-wrap" data-field-path={path ? pathKey(path) : undefined}>
      <table className="figure-table">
        {caption ? <caption>{caption}</caption> : null}
        {!mixed ? <caption className="figure-note">以下数字均自动计算，不能在此修改</caption> : null}
        <thead>
          <tr>
            <th scope="col">项目</th>
            {columns.map((c) => (
              <th key={c.key} scope="col">
                {c.title}
                <span className="grid-unit">（万元）</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i} className={row.kind === 'derived' ? 'derived-row' : undefined}>
              <th scope="row" style={{ paddingLeft: 8 + (row.indent ?? 0) * 16 }}>
                {row.label}
                {row.kind === 'derived' && mixed ? <span className="grid-unit">{row.source ?? '自动计算'}</span> : null}
              </th>
              {columns.map((c) =>
                row.kind === 'edit' ? (
                  <td key={c.key} className="grid-cell numeric">
                    <CodecInput
                      value={row.values[c.key]}
                      codec={row.signed ? signedWanyuan : wanyuan}
                      onCommit={(v) => row.onCommit(c.key, v)}
                      path={pathKey([...row.path, c.key])}
                      label={describeField([...row.path, c.key])}
                      className="cell-input"
                    />
                  </td>
                ) : (
                  <td key={c.key} className="grid-derived numeric" title={row.note ?? '自动计算'}>
                    {wanPlain(row.values[c.key])}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
