/**
 * The 查找 bar of a long table (Ctrl+F in the table, or its 查找 button). The browser's own find sees only the rows
 * drawn; this one searches every row and brings each hit into view, the cursor staying in the search box.
 * Enter: next; Shift+Enter: previous; Esc: close and put the cursor in the cell found.
 */
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { Button, Input, type InputRef } from 'antd';
import { findCells, stepHit, type CellHit } from './find-cells';
import type { EditColumn } from './columns';

/** The table's side of 查找: whether it is open, the rows' texts, and showing a hit (its row drawn first). */
export function useGridFind<Row>(t: {
  rows: readonly Row[];
  editable: readonly EditColumn<Row>[];
  tableRef: RefObject<HTMLTableElement | null>;
  showRow: (index: number) => void;
  moveTo: (pos: CellHit) => void;
  /** The range of rows drawn: a hit's row may be drawn only on the next render. */
  drawn: readonly [number, number];
}) {
  const { rows, editable, tableRef, showRow, moveTo } = t;
  const [isOpen, setOpen] = useState(false);
  const [hit, setHit] = useState<CellHit | null>(null);
  const open = useCallback(() => setOpen(true), []);
  const cells = useMemo(
    () => (isOpen ? rows.map((row) => editable.map((c) => c.text(row))) : []),
    [isOpen, rows, editable],
  );
  const close = useCallback(
    (last: CellHit | null) => {
      setOpen(false);
      setHit(null);
      if (last) moveTo(last);
    },
    [moveTo],
  );
  // Brings the hit into view once (the clerk may then scroll on); marked until the next one.
  const scrolledTo = useRef<CellHit | null>(null);
  const [from, to] = t.drawn;
  useLayoutEffect(() => {
    if (!hit) return;
    const el = tableRef.current?.querySelector<HTMLElement>(`[data-row="${hit.row}"][data-col="${hit.col}"]`);
    if (!el) {
      showRow(hit.row);
      return;
    }
    if (scrolledTo.current !== hit) el.scrollIntoView({ block: 'center' });
    scrolledTo.current = hit;
    el.classList.add('find-hit');
    return () => el.classList.remove('find-hit');
  }, [hit, from, to, showRow, tableRef]);
  return { isOpen, open, close, cells, show: setHit };
}

interface GridFindProps {
  /** Each row's cell texts, as shown. */
  cells: readonly (readonly string[])[];
  /** "二（二）项目支出": named in the box's label. */
  tableLabel: string;
  show: (hit: CellHit | null) => void;
  onClose: (hit: CellHit | null) => void;
}

export function GridFind({ cells, tableLabel, show, onClose }: GridFindProps) {
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState<number | null>(null);
  const input = useRef<InputRef>(null);
  const hits = useMemo(() => findCells(cells, query), [cells, query]);
  const hit = current === null ? null : (hits[current] ?? null);

  useEffect(() => input.current?.focus({ cursor: 'all' }), []);
  useEffect(() => show(hit), [hit, show]);

  const step = (by: 1 | -1) => setCurrent((c) => stepHit(hits.length, c, by));
  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Enter') {
      e.preventDefault();
      step(e.shiftKey ? -1 : 1);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onClose(hit);
    } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
      // Already searching: keep the browser's own find (which misses rows not drawn) out of the way.
      e.preventDefault();
      input.current?.focus({ cursor: 'all' });
    }
  }

  const status = !query.trim()
    ? `在全部${cells.length}行中查找`
    : hits.length === 0
      ? '没有找到'
      : `第${(current ?? 0) + 1}/${hits.length}处（第${(hit ?? hits[0]!).row + 1}行）`;
  return (
    <div className="grid-find" role="search">
      <Input
        ref={input}
        size="small"
        value={query}
        aria-label={`在${tableLabel}中查找`}
        placeholder="输入要查找的文字，回车查找下一处"
        onChange={(e) => {
          setQuery(e.target.value);
          setCurrent(0);
        }}
        onKeyDown={onKeyDown}
        style={{ width: 260 }}
      />
      <span className="grid-find-status" aria-live="polite" data-testid="grid-find-status">
        {status}
      </span>
      <Button size="small" disabled={hits.length === 0} onClick={() => step(-1)}>
        上一处
      </Button>
      <Button size="small" disabled={hits.length === 0} onClick={() => step(1)}>
        下一处
      </Button>
      <Button size="small" onClick={() => onClose(hit)}>
        关闭
      </Button>
    </div>
  );
}
