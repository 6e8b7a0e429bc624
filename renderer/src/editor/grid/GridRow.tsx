/**
 * One row of a Grid. Memoised: typing in one row re-renders that row only, however long the list. The row number
 * only selects the row: deleting takes the toolbar button or Ctrl+Delete (a stray click must not lose a project).
 */
import { memo } from 'react';
import type { GridColumn } from './columns';

/** 'select' only puts the cursor in the row: a click on the row number never changes the list. */
export type RowAction = 'up' | 'down' | 'delete' | 'insert' | 'select';

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
    <tr data-row-path={rowPath} data-row-index={index}>
      <th
        scope="row"
        className="grid-rownum"
        title="点击选中此行；删除请用上方“删除当前行”或 Ctrl+Delete"
        onClick={() => rowAction('select', index)}
      >
        {index + 1}
      </th>
      {columns.map((column) => {
        if (column.kind === 'derived') {
          return (
            <td key={column.id} className="grid-derived" title="自动计算">
              {column.text(row, index)}
            </td>
          );
        }
        if (column.kind === 'link') {
          return (
            <td key={column.id} className="grid-link">
              {column.render(row, index)}
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
