import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, lineAndColumn } from '../../shared/format/json-syntax';
import { sampleFileText } from './report-helpers';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('findJsonSyntaxError', () => {
  it('agrees with JSON.parse on valid and damaged texts', () => {
    const text = sampleFileText();
    const samples = [text, '{}', '[]', '0', '-1.5e+3', '"\\u4e2d"', 'true', ' null '];
    for (let i = 0; i < text.length; i += 5) samples.push(text.slice(0, i) + text.slice(i + 1), text.slice(0, i));
    const odd = [
      '01',
      '1.',
      '.5',
      '-',
      '1e',
      '"\\x"',
      '"\\u12"',
      '[1 2]',
      '{"a" 1}',
      '{"a":1,}',
      'tru',
      'nul',
      '"a\nb"',
      '{"a":1}}',
      '\uFEFF{}',
      '+1',
    ];
    samples.push(...odd);
    for (const sample of samples) {
      const located = findJsonSyntaxError(sample);
      expect(located === null, JSON.stringify(sample.slice(0, 60))).toBe(parses(sample));
    }
  });

  it('locates the error by line and column and says what is wrong', () => {
    expect(findJsonSyntaxError('{\n  "a": 1\n  "b": 2\n}')).toMatchObject({
      line: 3,
      column: 3,
      truncated: false,
      reason: '缺少逗号或右花括号 }，却是「"」',
    });
    expect(findJsonSyntaxError('{"a": [1, 2')).toMatchObject({
      line: 1,
      column: 12,
      truncated: true,
      reason: '文件在列表中（缺少右方括号 ]）处意外结束',
    });
    expect(findJsonSyntaxError('{"a": "x\u0001"}')).toMatchObject({
      column: 9,
      reason: '字符串中有控制字符（U+0001），应写成转义形式',
    });
    expect(findJsonSyntaxError('{"a": 01}')).toMatchObject({ column: 8, reason: '数字格式不正确' });
    expect(findJsonSyntaxError('{"a": 年度}')).toMatchObject({
      column: 7,
      reason: '此处应有数值，却是「年」（文字须用英文双引号括起）',
    });
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
