// 查找 in a long table: every row searched in reading order, stepping round the hits.
import { describe, expect, it } from 'vitest';
import { findCells, stepHit } from '../../renderer/src/editor/grid/find-cells';

describe('find in a table', () => {
  const cells = [
    ['第1号项目', '100.00', 'ABC 合同'],
    ['第2号项目', '', '部分合同年底尚未结算'],
    ['其他', '1,000.00', ''],
  ];

  it('lists every cell holding the text, row by row, Latin letters in any case, spaces around ignored', () => {
    expect(findCells(cells, '号项目')).toEqual([
      { row: 0, col: 0 },
      { row: 1, col: 0 },
    ]);
    expect(findCells(cells, ' 合同 ')).toEqual([
      { row: 0, col: 2 },
      { row: 1, col: 2 },
    ]);
    expect(findCells(cells, 'abc')).toEqual([{ row: 0, col: 2 }]);
    expect(findCells(cells, '1,000')).toEqual([{ row: 2, col: 1 }]);
    expect(findCells(cells, '  ')).toEqual([]);
    expect(findCells(cells, '没有')).toEqual([]);
  });

  it('steps to the next and previous hit, wrapping round', () => {
    expect(stepHit(3, null, 1)).toBe(0);
    expect(stepHit(3, null, -1)).toBe(2);
    expect(stepHit(3, 2, 1)).toBe(0);
    expect(stepHit(3, 0, -1)).toBe(2);
    expect(stepHit(0, null, 1)).toBeNull();
  });
});
