/**
 * Where and why a text is not valid JSON, in Chinese, with line and column.
 * JSON.parse's messages differ between Node versions and sometimes give no position at all ("Unexpected token
 * ']'…"), so after JSON.parse has refused a text this small scanner walks it once to find the first error.
 * It only locates; it builds no values. Iterative (an explicit stack), so deep nesting cannot overflow.
 */

export interface JsonSyntaxError {
  /** 0-based offset into the text. */
  offset: number;
  /** 1-based line and column (column counted in characters). */
  line: number;
  column: number;
  /** What is wrong, in Chinese: "缺少逗号或右花括号 }". */
  reason: string;
  /** The text ended before the JSON did: the file was probably cut off. */
  truncated: boolean;
}

type Container = '{' | '[';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

function describeChar(ch: string): string {
  if (ch === '\uFEFF') return '字节顺序标记（BOM）';
  const code = ch.charCodeAt(0);
  if (code < 0x20) return `控制字符（U+${code.toString(16).toUpperCase().padStart(4, '0')}）`;
  return `「${ch}」`;
}

/** Returns null when the text is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const n = text.length;
  const stack: Container[] = [];

  const fail = (offset: number, reason: string, truncated = false): JsonSyntaxError => ({
    offset,
    ...lineAndColumn(text, offset),
    reason,
    truncated,
  });
  const skipSpace = () => {
    while (i < n && WHITESPACE.has(text[i] as string)) i++;
  };
  const endOfText = (what: string) => fail(n, `文件在${what}处意外结束`, true);

  /** Reads one string starting at the opening quote; returns an error or null. */
  const readString = (): JsonSyntaxError | null => {
    const start = i;
    i++;
    while (i < n) {
      const ch = text[i] as string;
      if (ch === '"') {
        i++;
        return null;
      }
      if (ch === '\\') {
        const next = text[i + 1];
        if (next === undefined) return endOfText('字符串中');
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            return i + 6 > n ? endOfText('字符串中') : fail(i, '“\\u”后应为4位十六进制数字');
          }
          i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(next)) return fail(i, `非法的转义字符“\\${next}”`);
        i += 2;
        continue;
      }
      if (ch.charCodeAt(0) < 0x20) return fail(i, `字符串中有${describeChar(ch)}，应写成转义形式`);
      i++;
    }
    return fail(n, `字符串（从第${lineAndColumn(text, start).line}行开始）没有结束的引号，文件可能被截断`, true);
  };

  const readNumber = (): JsonSyntaxError | null => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) return i + 1 >= n ? endOfText('数字中') : fail(i, '数字格式不正确');
    i += m[0].length;
    if (i < n && /[0-9.eE+-]/.test(text[i] as string)) return fail(i, '数字格式不正确');
    return null;
  };

  const readValue = (): JsonSyntaxError | null => {
    skipSpace();
    if (i >= n) return endOfText('应有数值');
    const ch = text[i] as string;
    if (ch === '{' || ch === '[') {
      stack.push(ch);
      i++;
      return null;
    }
    if (ch === '"') return readString();
    if (ch === '-' || (ch >= '0' && ch <= '9')) return readNumber();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return null;
      }
      if (word.startsWith(text.slice(i, n)) && i < n) return endOfText('关键字中');
    }
    if (ch === '}' || ch === ']') return fail(i, `此处应有数值，却是${describeChar(ch)}（可能多了一个逗号）`);
    return fail(i, `此处应有数值，却是${describeChar(ch)}（文字须用英文双引号括起）`);
  };

  const first = readValue();
  if (first) return first;
  // true right after "{" or "[": the next item needs no comma before it, and an immediate close is an empty container.
  let justOpened = stack.length > 0;

  while (stack.length > 0) {
    const top = stack[stack.length - 1] as Container;
    skipSpace();
    if (i >= n) return endOfText(top === '{' ? '对象中（缺少右花括号 }）' : '列表中（缺少右方括号 ]）');
    const ch = text[i] as string;
    const close = top === '{' ? '}' : ']';

    if (ch === close && justOpened) {
      stack.pop();
      i++;
      justOpened = false;
      continue;
    }
    if (!justOpened) {
      if (ch === close) {
        stack.pop();
        i++;
        continue;
      }
      if (ch !== ',') {
        return fail(
          i,
          top === '{'
            ? `缺少逗号或右花括号 }，却是${describeChar(ch)}`
            : `缺少逗号或右方括号 ]，却是${describeChar(ch)}`,
        );
      }
      i++;
      skipSpace();
      if (i >= n) return endOfText('逗号之后');
    }

    if (top === '{') {
      const keyChar = text[i] as string;
      if (keyChar !== '"') {
        return keyChar === '}'
          ? fail(i, '最后一项后面多了一个逗号')
          : fail(i, `此处应为用英文双引号括起的项名，却是${describeChar(keyChar)}`);
      }
      const keyError = readString();
      if (keyError) return keyError;
      skipSpace();
      if (i >= n) return endOfText('项名之后');
      if (text[i] !== ':') return fail(i, `项名之后应为冒号“:”，却是${describeChar(text[i] as string)}`);
      i++;
    } else if (text[i] === ']') {
      return fail(i, '最后一项后面多了一个逗号');
    }

    const depth = stack.length;
    const valueError = readValue();
    if (valueError) return valueError;
    justOpened = stack.length > depth;
  }

  skipSpace();
  if (i < n) return fail(i, `内容结束后还有多余的${describeChar(text[i] as string)}`);
  return null;
}
