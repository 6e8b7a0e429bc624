/**
 * Where a key press moves in a grid. Inside a cell the arrow keys first move the caret, and only leave the cell at
 * its edge (or when the whole text is selected, as it is right after arriving), like editing in Excel or WPS.
 */

export interface CellPos {
  row: number;
  col: number;
}

interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

interface CaretLike {
  value: string;
  selectionStart: number | null;
  selectionEnd: number | null;
  type?: string;
  tagName?: string;
  dataset?: DOMStringMap;
}

function caret(el: CaretLike) {
  const len = el.value.length;
  // Checkboxes have no caret: they are always "at the edge".
  const start = el.type === 'checkbox' ? 0 : (el.selectionStart ?? 0);
  const end = el.type === 'checkbox' ? len : (el.selectionEnd ?? len);
  const all = start === 0 && end === len;
  return { len, start, end, all };
}

export function moveTarget(
  e: KeyLike,
  el: CaretLike,
  pos: CellPos,
  size: { rows: number; cols: number },
): CellPos | 'append' | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const c = caret(el);
  // A wrapping single-line cell (data-single-line) moves like an input.
  const multiline = el.tagName === 'TEXTAREA' && el.dataset?.singleLine === undefined;
  const isCheckbox = el.type === 'checkbox';
  switch (e.key) {
    case 'ArrowUp': {
      if (pos.row === 0) return null;
      const firstLine = !el.value.slice(0, c.start).includes('\n');
      return c.all || !multiline || firstLine ? { row: pos.row - 1, col: pos.col } : null;
    }
    case 'ArrowDown': {
      if (pos.row >= size.rows - 1) return null;
      const lastLine = !el.value.slice(c.end).includes('\n');
      return c.all || !multiline || lastLine ? { row: pos.row + 1, col: pos.col } : null;
    }
    case 'ArrowLeft':
      if (pos.col === 0 || e.shiftKey) return null;
      return c.all || (c.start === 0 && c.end === 0) ? { row: pos.row, col: pos.col - 1 } : null;
    case 'ArrowRight':
      if (pos.col >= size.cols - 1 || e.shiftKey) return null;
      return c.all || (c.start === c.len && c.end === c.len) ? { row: pos.row, col: pos.col + 1 } : null;
    case 'Tab': {
      // Leaving the first or last cell, Tab goes on to the next control on the page.
      if (e.shiftKey) {
        if (pos.col > 0) return { row: pos.row, col: pos.col - 1 };
        return pos.row > 0 ? { row: pos.row - 1, col: size.cols - 1 } : null;
      }
      if (pos.col < size.cols - 1) return { row: pos.row, col: pos.col + 1 };
      return pos.row < size.rows - 1 ? { row: pos.row + 1, col: 0 } : null;
    }
    case 'Enter': {
      // Shift+Enter writes a line break in a text cell; elsewhere it moves up, as in Excel.
      if (e.shiftKey) {
        if (multiline) return null;
        return pos.row > 0 ? { row: pos.row - 1, col: pos.col } : null;
      }
      if (isCheckbox || pos.row < size.rows - 1) {
        return pos.row < size.rows - 1 ? { row: pos.row + 1, col: pos.col } : 'append';
      }
      return 'append';
    }
    default:
      return null;
  }
}
