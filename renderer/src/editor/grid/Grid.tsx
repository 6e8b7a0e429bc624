/**
 * A list edited like a spreadsheet: arrow keys, Tab and Enter move between cells, a block copied from Excel or WPS
 * is pasted across cells and rows, rows are added, deleted and moved by keyboard or button, and the totals row is
 * computed. Each row is memoised, and a long list draws only the rows near the visible part of the page (the rest
 * are drawn as the clerk scrolls, moves there by keyboard or is taken there from a finding), so typing and switching
 * screens stay immediate in a list of hundreds.
 */
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
} from 'react';
import { App } from 'antd';
import type { FieldPath } from '../state/field-path';
import { pathKey } from '../state/field-path';
import type { UpdateOptions } from '../state/updaters';
import { insertAt, moveItem, removeAt, updateAt } from '../state/immutable';
import type { EditColumn, GridColumn } from './columns';
import { GridRow, type RowAction } from './GridRow';
import { GridToolbar } from './GridToolbar';
import { GridFind, useGridFind } from './GridFind';
import { isCellBlock, parseTsv } from './tsv';
import { pasteBlock } from './paste-block';
import { moveTarget, type CellPos } from './grid-keys';
import {
  RowHeights,
  WINDOW_FROM,
  drawnSegments,
  rangeFor,
  rangeWith,
  registerTable,
  type RowRange,
} from './row-window';

export type ListUpdate<Row> = (
  path: FieldPath,
  recipe: (rows: readonly Row[]) => readonly Row[],
  options?: UpdateOptions,
) => void;

export interface GridProps<Row> {
  path: FieldPath;
  /** What one row is, for messages and accessible names: "二（二）项目支出". */
  rowLabelPrefix: string;
  rows: readonly Row[];
  /** Must be stable (module-level or memoised): rows re-render when it changes. */
  columns: readonly GridColumn<Row>[];
  onChange: ListUpdate<Row>;
  newRow: () => Row;
  maxRows: number;
  totals?: (rows: readonly Row[]) => Readonly<Record<string, string>>;
  emptyText: string;
  addLabel?: string;
  /** A blank last row is not followed by another when Enter is pressed in it. */
  isBlank?: (row: Row) => boolean;
}

const NO_ROWS: ReadonlySet<number> = new Set();

/** Rows drawn in the first frame of a long list, before the page has been measured. */
const FIRST_ROWS = 20;

function GridInner<Row>(props: GridProps<Row>) {
  const { path, rows, columns, onChange, newRow, maxRows, totals, rowLabelPrefix } = props;
  const { message, modal } = App.useApp();
  const tableRef = useRef<HTMLTableElement>(null);
  const pendingFocus = useRef<CellPos | null>(null);
  const [currentRow, setCurrentRow] = useState<number | null>(null);
  const basePath = pathKey(path);
  const windowed = rows.length > WINDOW_FROM;
  const [range, setRange] = useState<RowRange>({ start: 0, end: FIRST_ROWS });
  const start = windowed ? Math.min(range.start, rows.length) : 0;
  const end = windowed ? Math.min(range.end, rows.length) : rows.length;
  // Rows kept drawn wherever the page is scrolled: the focused one, and any holding an entry that does not read
  // (shown with its message, not stored): unmounting them would lose what the clerk typed.
  const [pinned, setPinned] = useState<ReadonlySet<number>>(NO_ROWS);
  const segments = useMemo(() => drawnSegments(start, end, pinned, rows.length), [start, end, pinned, rows.length]);
  const tbodyRef = useRef<HTMLTableSectionElement>(null);
  // Mutable: measuring a row must not re-render the table.
  const [heights] = useState(() => new RowHeights());
  const editable = useMemo(() => columns.filter((c): c is EditColumn<Row> => c.kind === 'edit'), [columns]);
  const rowsRef = useRef(rows);
  useLayoutEffect(() => {
    rowsRef.current = rows;
  });
  const showRow = useCallback((index: number) => setRange((r) => rangeWith(r, index, rowsRef.current.length)), []);

  // Long lists: measure the drawn rows, and follow the page's scrolling (any scrolling ancestor: capture phase).
  useLayoutEffect(() => {
    const body = tbodyRef.current;
    if (!windowed || !body) return;
    for (const tr of body.querySelectorAll<HTMLTableRowElement>(':scope > tr[data-row-index]')) {
      heights.set(Number(tr.dataset.rowIndex), tr.getBoundingClientRect().height);
    }
  }, [windowed, start, end, rows.length, heights]);
  const follow = useCallback(() => {
    const body = tbodyRef.current;
    if (!body) return;
    const top = body.getBoundingClientRect().top;
    const count = rowsRef.current.length;
    const seen = heights.visible(-top, window.innerHeight - top, count);
    setRange((r) => rangeFor(r, seen, count));
  }, [heights]);
  // Rows deleted or added change what is visible too.
  useEffect(() => {
    if (windowed) follow();
  }, [windowed, follow, rows.length]);
  useEffect(() => {
    if (!windowed) return;
    document.addEventListener('scroll', follow, { capture: true, passive: true });
    window.addEventListener('resize', follow);
    return () => {
      document.removeEventListener('scroll', follow, { capture: true });
      window.removeEventListener('resize', follow);
    };
  }, [windowed, follow]);
  useLayoutEffect(() => registerTable(basePath, showRow), [basePath, showRow]);

  const focusCell = useCallback((pos: CellPos, select = true) => {
    const el = tableRef.current?.querySelector<HTMLInputElement | HTMLTextAreaElement>(
      `[data-row="${pos.row}"][data-col="${pos.col}"]`,
    );
    if (!el) return false;
    el.focus();
    if (select && el.type !== 'checkbox') el.select();
    return true;
  }, []);

  // After rows are added, moved or deleted, or a row not drawn is moved to, the cell to focus exists only once React
  // has rendered it.
  useLayoutEffect(() => {
    const pos = pendingFocus.current;
    if (!pos) return;
    if (focusCell(pos) || pos.row >= rows.length) pendingFocus.current = null;
    else showRow(pos.row);
  });

  /** Focuses a cell, drawing its row first when it is not drawn. */
  const moveTo = useCallback(
    (pos: CellPos) => {
      if (focusCell(pos)) return;
      pendingFocus.current = pos;
      showRow(pos.row);
    },
    [focusCell, showRow],
  );

  // 查找 (long tables only: a short one is drawn whole, and the browser's own find sees it all).
  const find = useGridFind({ rows, editable, tableRef, showRow, moveTo, drawn: [start, end] });

  const commitRow = useCallback(
    (index: number, field: string, recipe: (row: Row) => Row) =>
      onChange(field ? [...path, index, field] : [...path, index], (list) => updateAt(list, index, recipe)),
    [onChange, path],
  );

  const rowAction = useCallback(
    (action: RowAction, index: number, col = 0) => {
      const list = rowsRef.current;
      const where = [...path, index];
      switch (action) {
        case 'select':
          focusCell({ row: index, col: 0 });
          return;
        case 'insert':
          if (list.length >= maxRows) {
            message.warning(`最多${maxRows}行`);
            return;
          }
          onChange(where, (l) => insertAt(l, index + 1, newRow()), { merge: false });
          pendingFocus.current = { row: index + 1, col };
          return;
        case 'delete':
          if (index >= list.length) return;
          onChange(where, (l) => removeAt(l, index), { merge: false });
          message.info(`已删除第${index + 1}行（可按 Ctrl+Z 撤销）`);
          pendingFocus.current = list.length > 1 ? { row: Math.min(index, list.length - 2), col } : null;
          return;
        case 'up':
        case 'down': {
          const to = action === 'up' ? index - 1 : index + 1;
          if (to < 0 || to >= list.length) return;
          onChange(where, (l) => moveItem(l, index, to), { merge: false });
          pendingFocus.current = { row: to, col };
          return;
        }
      }
    },
    [focusCell, maxRows, message, newRow, onChange, path],
  );

  const append = useCallback(() => {
    const count = rowsRef.current.length;
    if (count >= maxRows) {
      message.warning(`最多${maxRows}行`);
      return;
    }
    onChange([...path, count], (l) => [...l, newRow()], { merge: false });
    pendingFocus.current = { row: count, col: 0 };
  }, [maxRows, message, newRow, onChange, path]);

  function cellOf(target: EventTarget): CellPos | null {
    if (!(target instanceof HTMLElement)) return null;
    const row = Number(target.dataset.row);
    const col = Number(target.dataset.col);
    return Number.isInteger(row) && Number.isInteger(col) ? { row, col } : null;
  }

  function onKeyDown(e: KeyboardEvent<HTMLTableElement>) {
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    const ctrl = e.ctrlKey || e.metaKey;
    if (ctrl && e.key.toLowerCase() === 'f' && windowed) {
      e.preventDefault();
      find.open();
      return;
    }
    const pos = cellOf(e.target);
    if (!pos || !(e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement)) return;
    const el = e.target;
    if (ctrl && e.key === 'Enter') {
      e.preventDefault();
      rowAction('insert', pos.row, pos.col);
      return;
    }
    if (ctrl && e.key === 'Delete') {
      e.preventDefault();
      rowAction('delete', pos.row, pos.col);
      return;
    }
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      rowAction(e.key === 'ArrowUp' ? 'up' : 'down', pos.row, pos.col);
      return;
    }
    const target = moveTarget(e, el, pos, { rows: rows.length, cols: editable.length });
    if (target === null) return;
    e.preventDefault();
    if (target === 'append') {
      const last = rows[rows.length - 1];
      if (rows.length >= maxRows || (last !== undefined && props.isBlank?.(last))) return;
      onChange([...path, rows.length], (l) => [...l, newRow()], { merge: false });
      // A new row starts at its first column, as the next item's name is typed first.
      pendingFocus.current = { row: rows.length, col: 0 };
      return;
    }
    moveTo(target);
  }

  function onPaste(e: ClipboardEvent<HTMLTableElement>) {
    const pos = cellOf(e.target);
    const text = e.clipboardData.getData('text/plain');
    const inCell = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
    if (!pos || !text || (inCell && !isCellBlock(text))) return;
    const block = parseTsv(text);
    const first = block[0];
    e.preventDefault();
    const target = e.target;
    if (
      block.length === 1 &&
      first &&
      first.length === 1 &&
      (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)
    ) {
      insertText(target, first[0] ?? '');
      return;
    }
    const result = pasteBlock(rows, block, pos, editable, newRow, maxRows);
    onChange(path, (l) => pasteBlock(l, block, pos, editable, newRow, maxRows).rows, { merge: false });
    const cols = Math.max(...block.map((r) => r.length));
    const notes: string[] = [];
    if (result.droppedColumns > 0) notes.push(`超出表格的${result.droppedColumns}列已忽略`);
    if (result.droppedRows > 0) notes.push(`超出${maxRows}行上限的${result.droppedRows}行已忽略`);
    if (result.errors.length === 0) {
      message.success(`已粘贴 ${block.length} 行 × ${cols} 列${notes.length ? `（${notes.join('，')}）` : ''}`);
    } else {
      modal.warning({
        title: `已粘贴 ${block.length} 行，其中 ${result.errors.length} 个单元格无法读取，保留原值`,
        width: 560,
        content: (
          <ul className="error-details">
            {[
              ...result.errors.slice(0, 30),
              ...(result.errors.length > 30 ? [`……另有${result.errors.length - 30}处`] : []),
              ...notes,
            ].map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        ),
      });
    }
  }

  const totalCells = totals ? totals(rows) : null;
  // The table fills the form's width and never shrinks below the columns' own widths (then it scrolls).
  const minWidth = 44 + columns.reduce((s, c) => s + c.width, 0);

  return (
    <div className="grid" data-field-path={basePath}>
      <GridToolbar
        count={rows.length}
        currentRow={currentRow}
        addLabel={props.addLabel ?? '添加一行'}
        onAppend={append}
        onRowAction={rowAction}
        onFind={windowed ? find.open : undefined}
      />
      {find.isOpen ? (
        <GridFind cells={find.cells} tableLabel={rowLabelPrefix} show={find.show} onClose={find.close} />
      ) : null}
      <div className="grid-scroll">
        <table
          ref={tableRef}
          className="grid-table"
          style={{ minWidth }}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          onFocus={(e) => {
            const pos = cellOf(e.target);
            if (pos && pos.row !== currentRow) setCurrentRow(pos.row);
            if (pos && windowed && !pinned.has(pos.row)) setPinned((p) => new Set(p).add(pos.row));
          }}
          onBlur={(e) => {
            const pos = cellOf(e.target);
            if (!pos || !windowed) return;
            const tr = e.target.closest('tr');
            if (!tr || tr.contains(e.relatedTarget as Node | null) || tr.querySelector('[aria-invalid="true"]')) return;
            setPinned((p) => {
              const next = new Set(p);
              next.delete(pos.row);
              return next;
            });
          }}
        >
          <colgroup>
            <col style={{ width: 44 }} />
            {columns.map((c) => (
              <col key={c.id || 'value'} style={{ width: c.width }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th scope="col">序号</th>
              {columns.map((c) => (
                <th
                  key={c.id || 'value'}
                  scope="col"
                  className={c.kind === 'derived' ? 'grid-derived-head' : undefined}
                >
                  {c.title}
                  {c.unit ? <span className="grid-unit">（{c.unit}）</span> : null}
                  {c.kind === 'derived' ? <span className="grid-unit">自动</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={tbodyRef}>
            {/* One flat keyed list: a row keeps its element (and its focus) when it moves out of the drawn range. */}
            {segments.flatMap((seg) =>
              seg.kind === 'gap'
                ? [
                    <Spacer
                      key={`gap-${seg.start}`}
                      height={heights.span(seg.start, seg.end)}
                      columns={columns.length + 1}
                    />,
                  ]
                : rows
                    .slice(seg.start, seg.end)
                    .map((row, i) => (
                      <GridRow<Row>
                        key={seg.start + i}
                        row={row}
                        index={seg.start + i}
                        columns={columns}
                        basePath={basePath}
                        rowLabelPrefix={rowLabelPrefix}
                        commitRow={commitRow}
                        rowAction={rowAction}
                      />
                    )),
            )}
            {rows.length === 0 ? (
              <tr>
                <td
                  colSpan={columns.length + 2}
                  className="grid-empty"
                  tabIndex={0}
                  data-row={0}
                  data-col={0}
                  aria-label={`${props.emptyText}（可在此粘贴）`}
                >
                  {props.emptyText}
                </td>
              </tr>
            ) : null}
          </tbody>
          {totalCells && rows.length > 0 ? (
            <tfoot>
              <tr>
                <th scope="row">合计</th>
                {columns.map((c) => (
                  <td
                    key={c.id || 'value'}
                    className={
                      c.kind === 'edit' && c.numeric ? 'numeric' : c.kind === 'derived' ? 'grid-derived' : undefined
                    }
                  >
                    {totalCells[c.id] ?? ''}
                  </td>
                ))}
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
    </div>
  );
}

export const Grid = memo(GridInner) as typeof GridInner;

/** Stands in for the rows not drawn, so the page keeps its full height and the scroll bar its place. */
function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tr className="grid-spacer" aria-hidden="true">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}

/** Puts text at the caret of an input as if typed, so the cell's own parsing and undo apply. */
function insertText(el: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  const value = el instanceof HTMLTextAreaElement ? text : text.replace(/\s*\n\s*/g, ' ');
  const start = el.selectionStart ?? el.value.length;
  const end = el.selectionEnd ?? el.value.length;
  el.setRangeText(value, start, end, 'end');
  el.dispatchEvent(new Event('input', { bubbles: true }));
}
