// Which rows of a long table are drawn: the visible ones found from measured heights, a margin around them, and a
// row asked for by a finding or the keyboard.
import { describe, expect, it } from 'vitest';
import {
  OVERSCAN,
  RowHeights,
  drawnSegments,
  rangeFor,
  rangeWith,
  registerTable,
  showRowOf,
} from '../../renderer/src/editor/grid/row-window';

describe('row window', () => {
  it('finds the visible rows from measured heights, estimating the rows never measured by their average', () => {
    const h = new RowHeights();
    expect(h.span(0, 10)).toBe(340); // nothing measured: one-line rows
    h.set(0, 50);
    h.set(1, 30);
    h.set(1, 30); // measuring a row again replaces its height
    expect(h.get(5)).toBe(40);
    expect(h.span(0, 4)).toBe(50 + 30 + 40 + 40);
    // Rows 0..1 cover 0..80 px, then 40 px each: 100..300 px shows rows 2 (80..120) to 7 (280..320).
    expect(h.visible(100, 300, 200)).toEqual({ start: 2, end: 8 });
    // The table below the visible part, and scrolled past.
    expect(h.visible(-900, -100, 200)).toEqual({ start: 0, end: 0 });
    expect(h.visible(99_000, 99_900, 200)).toEqual({ start: 200, end: 200 });
  });

  it('keeps the drawn rows while they cover the visible ones with a margin, else draws around them', () => {
    const current = { start: 0, end: 30 };
    expect(rangeFor(current, { start: 5, end: 20 }, 200)).toBe(current);
    expect(rangeFor(current, { start: 25, end: 40 }, 200)).toEqual({ start: 25 - OVERSCAN, end: 40 + OVERSCAN });
    expect(rangeFor(current, { start: 200, end: 200 }, 200)).toEqual({ start: 200 - OVERSCAN, end: 200 });
  });

  it('draws a row asked for, and leaves the range alone when it is already drawn', () => {
    const current = { start: 0, end: 30 };
    expect(rangeWith(current, 12, 200)).toBe(current);
    expect(rangeWith(current, 150, 200)).toEqual({ start: 150 - OVERSCAN, end: 151 + OVERSCAN });
    expect(rangeWith(current, 199, 200)).toEqual({ start: 199 - OVERSCAN, end: 200 });
  });

  it('hands a field path to the table holding it, with the row number', () => {
    const asked: number[] = [];
    const other: number[] = [];
    const off = registerTable('projects.items', (i) => asked.push(i));
    const offOther = registerTable('selfEval.indicators', (i) => other.push(i));
    showRowOf('projects.items.150.spentFen');
    showRowOf('projects.itemsX.3');
    showRowOf('projects.declaredCount');
    expect(asked).toEqual([150]);
    expect(other).toEqual([]);
    off();
    showRowOf('projects.items.7.name');
    expect(asked).toEqual([150]);
    offOther();
  });

  it('lays out the body: the drawn range, pinned rows outside it, and gaps of the rest', () => {
    const gap = (start: number, end: number) => ({ kind: 'gap', start, end });
    const rows = (start: number, end: number) => ({ kind: 'rows', start, end });
    expect(drawnSegments(0, 30, new Set(), 200)).toEqual([rows(0, 30), gap(30, 200)]);
    // The focused row 5 stays drawn while rows 100..130 are shown; row 150 (an entry that does not read) too.
    expect(drawnSegments(100, 130, new Set([150, 5, 110]), 200)).toEqual([
      gap(0, 5),
      rows(5, 6),
      gap(6, 100),
      rows(100, 130),
      gap(130, 150),
      rows(150, 151),
      gap(151, 200),
    ]);
    // A pinned row next to the range, rows deleted since it was pinned, a list drawn whole, an empty list.
    expect(drawnSegments(10, 20, new Set([20, 999]), 40)).toEqual([
      gap(0, 10),
      rows(10, 20),
      rows(20, 21),
      gap(21, 40),
    ]);
    expect(drawnSegments(0, 12, new Set([3]), 12)).toEqual([rows(0, 12)]);
    expect(drawnSegments(0, 0, new Set(), 0)).toEqual([]);
  });
});
