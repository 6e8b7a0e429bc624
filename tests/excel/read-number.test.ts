import { describe, expect, it } from 'vitest';
import {
  decimalFromNumber,
  readAmount,
  readArea,
  readCount,
  readPercent,
  readScore,
  readText,
  readYesNo,
  type Read,
} from '../../shared/import/read-number';

function value<T>(r: Read<T>): T {
  if (r.kind !== 'value') throw new Error(`expected a value, got ${JSON.stringify(r)}`);
  return r.value;
}

describe('decimalFromNumber: what Excel shows, not the float', () => {
  it.each([
    [1251.4, '1251.4'],
    [0.1 + 0.2, '0.3'],
    [6304.13, '6304.13'],
    [1e-7, '0.0000001'],
    [123456789012345, '123456789012345'],
    [-21.83, '-21.83'],
    [0, '0'],
  ])('%s → %s', (n, text) => {
    expect(decimalFromNumber(n)).toBe(text);
  });

  it('refuses NaN and Infinity', () => {
    expect(decimalFromNumber(Number.NaN)).toBeNull();
    expect(decimalFromNumber(Infinity)).toBeNull();
  });
});

describe('readAmount in 万元', () => {
  it.each<[string | number, number]>([
    [5521.28, 5_521_280_000],
    ['5521.28', 5_521_280_000],
    ['6,304.13', 6_304_130_000],
    ['６，３０４．１３', 6_304_130_000],
    ['５５２１．２８', 5_521_280_000],
    ['  1 251.40 ', 1_251_400_000],
    ['￥12.5', 12_500_000],
    ['12。5', 12_500_000],
    ['.5', 500_000],
    ['1.234567', 1_234_567],
    ['0', 0],
    ['1.2E+3', 1_200_000_000],
    [0.1 + 0.2, 300_000],
  ])('%s → %i 分', (cell, fen) => {
    expect(value(readAmount(cell, 'wan'))).toBe(fen);
  });

  it.each(['', '-', '—', '——', '－', '–', '/', '无', '   '])('"%s" means none', (cell) => {
    expect(readAmount(cell, 'wan').kind).toBe('none');
  });

  it('an empty cell means none', () => {
    expect(readAmount(null, 'wan').kind).toBe('none');
  });

  it('amounts in 元 become 分 exactly (1,234,567.89 元 = 123.456789 万元)', () => {
    expect(value(readAmount('1,234,567.89', 'yuan'))).toBe(123_456_789);
    expect(value(readAmount(1234567.89, 'yuan'))).toBe(123_456_789);
    expect(value(readAmount(3729999.99, 'yuan'))).toBe(372_999_999);
  });

  it('a unit written in the cell wins over the table unit', () => {
    expect(value(readAmount('12345元', 'wan'))).toBe(1_234_500);
    expect(value(readAmount('1.5万元', 'yuan'))).toBe(1_500_000);
  });

  it('rounds below the 分 half-up and says so', () => {
    const r = readAmount('1.2345675', 'wan');
    expect(r).toEqual({ kind: 'value', value: 1_234_568, note: expect.stringContaining('四舍五入') as unknown });
    expect(readAmount('0.005', 'yuan')).toMatchObject({ kind: 'value', value: 1 });
  });

  it.each([
    ['12,34', '千分位'],
    ['1,2345.00', '千分位'],
    ['abc', '不是数字'],
    ['12.3.4', '不是数字'],
    ['-5', '负数'],
    ['(5.00)', '负数'],
    ['95%', '百分比'],
    ['#DIV/0!', '错误值'],
    ['99999999999', '超出合理范围'],
  ])('refuses "%s" (%s)', (cell, words) => {
    const r = readAmount(cell, 'wan');
    expect(r.kind).toBe('error');
    expect(r.kind === 'error' ? r.reason : '').toContain(words);
  });

  it('refuses TRUE/FALSE', () => {
    expect(readAmount(true, 'wan').kind).toBe('error');
  });

  it('reads a negative zero as zero', () => {
    expect(value(readAmount('-0.00', 'wan'))).toBe(0);
  });
});

describe('scores, counts, areas, rates', () => {
  it('scores in hundredths: "10", "９.５分", 9.485 rounds to 9.49', () => {
    expect(value(readScore('10'))).toBe(1000);
    expect(value(readScore('９.５分'))).toBe(950);
    expect(readScore(9.485)).toMatchObject({ kind: 'value', value: 949 });
    expect(readScore('100.01').kind).toBe('error');
  });

  it('counts are whole numbers; "152人" is accepted', () => {
    expect(value(readCount('152人'))).toBe(152);
    expect(value(readCount('１５２'))).toBe(152);
    expect(readCount('15.5').kind).toBe('error');
    expect(value(readCount('15.0'))).toBe(15);
  });

  it('areas in hundredths of a square metre', () => {
    expect(value(readArea('1,180.5㎡'))).toBe(118_050);
    expect(value(readArea(1200))).toBe(120_000);
    expect(readArea('无').kind).toBe('none');
  });

  it('percentages as 0.95, "95%" or 95', () => {
    expect(value(readPercent(0.9737))).toBe(9737);
    expect(value(readPercent('97.37%'))).toBe(9737);
    expect(value(readPercent('９７．３７％'))).toBe(9737);
    expect(value(readPercent(1.087))).toBe(10870);
    expect(value(readPercent(97.37))).toBe(9737);
    expect(value(readPercent('-21.83%'))).toBe(-2183);
  });

  it('yes/no columns', () => {
    expect(value(readYesNo('是'))).toBe(true);
    expect(value(readYesNo('√'))).toBe(true);
    expect(value(readYesNo('×'))).toBe(false);
    expect(readYesNo('也许').kind).toBe('error');
  });

  it('text: numbers in shortest form, escapes from our export removed', () => {
    expect(readText(95.4)).toBe('95.4');
    expect(readText("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(readText("'-21.83%")).toBe('-21.83%');
    expect(readText("it's")).toBe("it's");
  });
});

describe('ambiguous amounts in a workbook (issue 13)', () => {
  it('"1234，5" is refused with a question, never read as 12345', () => {
    expect(readAmount('1234，5', 'wan')).toEqual({
      kind: 'error',
      reason:
        '「1234，5」的千分位逗号位置不对，无法确定数值：如果逗号是小数点，请在表中改为 1234.5；千分位逗号应每三位一个（如 1,234.50）',
    });
  });

  it('"100万" is 100 万元 even in a table in 元', () => {
    expect(value(readAmount('100万', 'yuan'))).toBe(100_000_000);
    expect(value(readAmount('100万元', 'yuan'))).toBe(100_000_000);
    expect(value(readAmount('100', 'yuan'))).toBe(10_000);
  });
});
