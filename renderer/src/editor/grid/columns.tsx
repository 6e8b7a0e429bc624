/**
 * Columns of the spreadsheet-like tables. Each column binds one field of a row to a codec; the table itself only
 * knows text in, text out, so one Grid serves projects, indicators, duties and the unit lists alike.
 */
import type { ReactNode } from 'react';
import type { ParseResult } from '../../../../shared/calc/money';
import { CodecInput } from '../fields/CodecInput';
import { parseYesNo, type Codec } from '../fields/codecs';

export interface CellContext<Row> {
  row: number;
  /** Index among the focusable columns. */
  col: number;
  /** "projects.items.3" */
  rowPath: string;
  /** "二（二）项目支出 第4行" */
  rowLabel: string;
  /** Stores a change to this row; `field` names the column for undo. */
  commit: (field: string, recipe: (row: Row) => Row) => void;
}

interface ColumnBase {
  /** Field name inside the row ('' when the row itself is the value, as in the list of duties). */
  id: string;
  title: string;
  /** Width in pixels. */
  width: number;
  unit?: string;
}

export interface EditColumn<Row> extends ColumnBase {
  kind: 'edit';
  numeric: boolean;
  render(row: Row, ctx: CellContext<Row>): ReactNode;
  /** The cell's text as shown, for 查找 in rows not drawn. */
  text(row: Row): string;
  /** Writes one pasted cell into the row; an error leaves the row as it was. */
  paste(row: Row, text: string): ParseResult<Row>;
}

export interface DerivedColumn<Row> extends ColumnBase {
  kind: 'derived';
  text(row: Row, index: number): string;
}

/**
 * A cell holding a button that leads elsewhere (a project's 自评表): not a value of the row, so keyboard moves and
 * pasted blocks pass it by, as they pass computed columns.
 */
export interface LinkColumn<Row> extends ColumnBase {
  kind: 'link';
  render(row: Row, index: number): ReactNode;
}

export type GridColumn<Row> = EditColumn<Row> | DerivedColumn<Row> | LinkColumn<Row>;

function cellPath(ctx: CellContext<unknown>, id: string): string {
  return id ? `${ctx.rowPath}.${id}` : ctx.rowPath;
}

export function valueColumn<Row, T>(spec: {
  id: string;
  title: string;
  width: number;
  unit?: string;
  codec: Codec<T>;
  get: (row: Row) => T;
  set: (row: Row, value: T) => Row;
  multiline?: boolean;
  /** Wraps on screen (a long project name), still one line of text. */
  wrap?: boolean;
}): EditColumn<Row> {
  const { codec } = spec;
  return {
    kind: 'edit',
    id: spec.id,
    title: spec.title,
    width: spec.width,
    unit: spec.unit,
    numeric: codec.numeric,
    text: (row) => codec.format(spec.get(row)),
    render: (row, ctx) => (
      <CodecInput<T>
        value={spec.get(row)}
        codec={codec}
        onCommit={(value) => ctx.commit(spec.id, (r) => spec.set(r, value))}
        path={cellPath(ctx as CellContext<unknown>, spec.id)}
        label={`${ctx.rowLabel} ${spec.title}`}
        multiline={spec.multiline}
        wrap={spec.wrap}
        className={spec.multiline || spec.wrap ? 'cell-input cell-textarea' : 'cell-input'}
        cellAttributes={{ 'data-row': ctx.row, 'data-col': ctx.col }}
      />
    ),
    paste(row, text) {
      const r = codec.parse(spec.multiline ? text.trim() : text.replace(/\s*\n\s*/g, ' ').trim());
      return r.ok ? { ok: true, value: spec.set(row, r.value) } : r;
    },
  };
}

export function checkColumn<Row>(spec: {
  id: string;
  title: string;
  width: number;
  get: (row: Row) => boolean;
  set: (row: Row, value: boolean) => Row;
}): EditColumn<Row> {
  return {
    kind: 'edit',
    id: spec.id,
    title: spec.title,
    width: spec.width,
    numeric: false,
    text: (row) => (spec.get(row) ? '是' : ''),
    render: (row, ctx) => (
      <span className="cell-check">
        <input
          type="checkbox"
          checked={spec.get(row)}
          onChange={(e) => ctx.commit(spec.id, (r) => spec.set(r, e.target.checked))}
          data-field-path={cellPath(ctx as CellContext<unknown>, spec.id)}
          data-row={ctx.row}
          data-col={ctx.col}
          aria-label={`${ctx.rowLabel} ${spec.title}`}
        />
      </span>
    ),
    paste(row, text) {
      const r = parseYesNo(text);
      return r.ok ? { ok: true, value: spec.set(row, r.value) } : r;
    },
  };
}

export function linkColumn<Row>(spec: {
  id: string;
  title: string;
  width: number;
  render: (row: Row, index: number) => ReactNode;
}): LinkColumn<Row> {
  return { kind: 'link', ...spec };
}

export function derivedColumn<Row>(spec: {
  id: string;
  title: string;
  width: number;
  unit?: string;
  text: (row: Row, index: number) => string;
}): DerivedColumn<Row> {
  return { kind: 'derived', ...spec };
}
