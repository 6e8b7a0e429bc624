/** One row of a Grid. Memoised: typing in one row re-renders that row only, however long the list. */
import { memo } from 'react';
import type { GridColumn } from './columns';

export type RowAction = 'up' | 'down' | 'delete' | 'insert';

export interface GridRowProps<Row> {
  row: Row;
  index: number;
  columns: readonly GridColumn<Row>[];
  /** "projects.items" */
  basePath: string;
  /** "二（二）项目支出" */
  rowLabelPrefix: string;
  commitRow: (index: number, field: string, recipe: (row: Row) => Row) => void;
  rowAction: (action: RowAction, index: number) => void;
}

function GridRowInner<Row>({ row, index, columns, basePath, rowLabelPrefix, commitRow, rowAction }: GridRowProps<Row>) {
  const rowLabel = `${rowLabelPrefix} 第${index + 1}行`;
  const rowPath = `${basePath}.${index}`;
  let col = 0;
  return (
    <tr data-row-path={rowPath}>
      <th scope="row" className="grid-rownum">
        <span className="grid-rownum-text">{index + 1}</span>
        <button
          type="button"
          tabIndex={-1}
          className="grid-row-delete"
          title="删除此行（Ctrl+Delete，可撤销）"
          aria-label={`删除${rowLabel}`}
          onClick={() => rowAction('delete', index)}
        >
          ✕
        </button>
      </th>
      {columns.map((column) => {
        if (column.kind === 'derived') {
          return (
            <td key={column.id} className="grid-derived" title="自动计算">
              {column.text(row, index)}
            </td>
          );
        }
        const ctx = {
          row: index,
          col: col++,
          rowPath,
          rowLabel,
          commit: (field: string, recipe: (r: Row) => Row) => commitRow(index, field, recipe),
        };
        return (
          <td key={column.id || 'value'} className={column.numeric ? 'grid-cell numeric' : 'grid-cell'}>
            {column.render(row, ctx)}
          </td>
        );
      })}
    </tr>
  );
}

export const GridRow = memo(GridRowInner) as typeof GridRowInner;
