/** Writing a block of cells pasted from Excel/WPS into a list of rows, starting at the cell the clerk is in. */
import type { EditColumn } from './columns';

export interface PasteResult<Row> {
  rows: Row[];
  /** "第3行「支出」：「12a」不是数字" — cells left as they were. */
  errors: string[];
  /** How many pasted columns fell beyond the table's last column. */
  droppedColumns: number;
  /** How many pasted rows fell beyond the list's limit. */
  droppedRows: number;
}

export function pasteBlock<Row>(
  rows: readonly Row[],
  block: readonly (readonly string[])[],
  at: { row: number; col: number },
  columns: readonly EditColumn<Row>[],
  newRow: () => Row,
  maxRows: number,
): PasteResult<Row> {
  const next = rows.slice();
  const errors: string[] = [];
  let droppedColumns = 0;
  let droppedRows = 0;
  block.forEach((cells, i) => {
    const index = at.row + i;
    if (index >= maxRows) {
      droppedRows += 1;
      return;
    }
    while (next.length <= index) next.push(newRow());
    let row = next[index] as Row;
    cells.forEach((text, j) => {
      const column = columns[at.col + j];
      if (!column) {
        droppedColumns = Math.max(droppedColumns, at.col + j - columns.length + 1);
        return;
      }
      const r = column.paste(row, text);
      if (r.ok) row = r.value;
      else errors.push(`第${index + 1}行「${column.title}」：${r.error}`);
    });
    next[index] = row;
  });
  return { rows: next, errors, droppedColumns, droppedRows };
}
