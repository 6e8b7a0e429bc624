/**
 * Checks a document definition against an allow-list before pdfmake sees it. pdfmake resolves images, SVG
 * (whose <image href> pdfmake 0.3.11 reads without applying the local-access policy: fixed only in 0.3.12),
 * attachments, embedded files, QR codes and links from the definition; none of these may appear, whatever
 * built the definition. Every key not listed here is refused, so a future pdfmake feature is off until allowed.
 * verticalAlignment is left out on purpose: in 0.3.11 a table row split across pages with it writes more "Q"
 * (restore) than "q" operators into the next page (poppler: "Restoring state when no valid states to pop").
 */
import { FACE_STYLE } from './font-faces';
import { TABLE_LAYOUT_NAME } from './pdf-nodes';

const TOP_LEVEL_KEYS = new Set([
  'pageSize',
  'pageOrientation',
  'pageMargins',
  'content',
  'defaultStyle',
  'info',
  'footer',
  'header',
  'watermark',
  'pageBreakBefore',
  'language',
  'version',
  'displayTitle',
]);
/** Top-level keys that may hold code (built by this app's own modules, never from data). */
const FUNCTION_KEYS = new Set(['footer', 'header', 'pageBreakBefore']);
/** The 草稿 watermark: text in one of the app's fonts, nothing else. */
const WATERMARK_KEYS = new Set(['text', 'font', 'fontSize', 'color', 'opacity', 'angle']);

const NODE_KEYS = new Set([
  'text',
  'stack',
  'columns',
  'table',
  'layout',
  'font',
  'bold',
  'fontSize',
  'lineHeight',
  'alignment',
  'margin',
  'leadingIndent',
  'characterSpacing',
  'preserveLeadingSpaces',
  'headlineLevel',
  'pageBreak',
  'pageOrientation',
  'colSpan',
  'rowSpan',
  'width',
  'columnGap',
  'unbreakable',
]);
const RUN_KEYS = new Set(['text', 'font', 'bold', 'fontSize']);
const TABLE_KEYS = new Set(['headerRows', 'keepWithHeaderRows', 'widths', 'body', 'dontBreakRows']);
const STYLE_KEYS = new Set(['font', 'fontSize', 'lineHeight']);
/** The font families the renderer registers (font-registry.ts); any other name is refused. */
const FONT_FAMILIES = new Set(Object.values(FACE_STYLE).map((s) => s.font));
const INFO_KEY = /^(title|author|subject|keywords|creator|producer|creationDate|Selfeval[A-Za-z0-9]{1,40})$/;
const MAX_DEPTH = 40;

export class UnsafeDefinitionError extends Error {}

function refuse(where: string, why: string): never {
  throw new UnsafeDefinitionError(`PDF文档定义被拒绝（${where}）：${why}`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function checkFont(value: unknown, where: string): void {
  if (typeof value !== 'string' || !FONT_FAMILIES.has(value)) refuse(where, '字体只能是程序内置的字体');
}

function checkScalar(value: unknown, where: string): void {
  const t = typeof value;
  if (t === 'string' || t === 'boolean' || (t === 'number' && Number.isFinite(value))) return;
  refuse(where, `不允许的值类型 ${t}`);
}

function checkMargin(value: unknown, where: string): void {
  if (typeof value === 'number' && Number.isFinite(value)) return;
  if (Array.isArray(value) && (value.length === 2 || value.length === 4)) {
    value.forEach((v, i) => checkScalar(v, `${where}[${i}]`));
    if (value.every((v) => typeof v === 'number')) return;
  }
  refuse(where, '边距格式不正确');
}

function checkText(value: unknown, where: string, depth: number): void {
  if (typeof value === 'string') return;
  if (!Array.isArray(value)) refuse(where, 'text 只能是文字或文字片段数组');
  value.forEach((run, i) => {
    const at = `${where}[${i}]`;
    if (typeof run === 'string') return;
    if (!isPlainObject(run)) refuse(at, '文字片段必须是普通对象');
    for (const [key, v] of Object.entries(run)) {
      if (!RUN_KEYS.has(key)) refuse(at, `不允许的属性 ${key}`);
      if (key === 'text') checkText(v, `${at}.text`, depth + 1);
      else if (key === 'font') checkFont(v, `${at}.font`);
      else checkScalar(v, `${at}.${key}`);
    }
  });
}

function checkTable(value: unknown, where: string, depth: number): void {
  if (!isPlainObject(value)) refuse(where, 'table 必须是普通对象');
  for (const [key, v] of Object.entries(value)) {
    if (!TABLE_KEYS.has(key)) refuse(where, `不允许的表格属性 ${key}`);
    if (key === 'widths') {
      if (!Array.isArray(v)) refuse(`${where}.widths`, '列宽必须是数组');
      v.forEach((w, i) => checkScalar(w, `${where}.widths[${i}]`));
    } else if (key === 'body') {
      if (!Array.isArray(v)) refuse(`${where}.body`, '表格内容必须是数组');
      v.forEach((row, r) => {
        if (!Array.isArray(row)) refuse(`${where}.body[${r}]`, '表格行必须是数组');
        row.forEach((cell, c) => checkNode(cell, `${where}.body[${r}][${c}]`, depth + 1, true));
      });
    } else {
      checkScalar(v, `${where}.${key}`);
    }
  }
}

function checkNode(node: unknown, where: string, depth: number, inTable = false): void {
  if (depth > MAX_DEPTH) refuse(where, '嵌套过深');
  if (!isPlainObject(node)) refuse(where, '节点必须是普通对象（不接受纯字符串、数组或函数）');
  if (inTable && Object.keys(node).length === 0) return; // span placeholder
  for (const [key, value] of Object.entries(node)) {
    const at = `${where}.${key}`;
    if (!NODE_KEYS.has(key)) refuse(where, `不允许的属性 ${key}`);
    switch (key) {
      case 'text':
        checkText(value, at, depth);
        break;
      case 'stack':
      case 'columns':
        if (!Array.isArray(value)) refuse(at, '必须是数组');
        value.forEach((child, i) => checkNode(child, `${at}[${i}]`, depth + 1));
        break;
      case 'table':
        checkTable(value, at, depth);
        break;
      case 'layout':
        if (value !== TABLE_LAYOUT_NAME) refuse(at, '表格样式只能是程序内置的样式');
        break;
      case 'margin':
        checkMargin(value, at);
        break;
      case 'font':
        checkFont(value, at);
        break;
      default:
        checkScalar(value, at);
    }
  }
  const kinds = ['text', 'stack', 'columns', 'table'].filter((k) => k in node);
  if (kinds.length !== 1) refuse(where, '节点必须恰好是文字、堆叠、分栏或表格之一');
}

function isSection(node: unknown): node is Record<string, unknown> {
  return isPlainObject(node) && 'section' in node;
}

/** A top-level section: new page with its own orientation and margins, holding one ordinary node. */
function checkSection(node: Record<string, unknown>, where: string): void {
  for (const [key, value] of Object.entries(node)) {
    if (key === 'section') checkNode(value, `${where}.section`, 2);
    else if (key === 'pageMargins') checkMargin(value, `${where}.pageMargins`);
    else if (key === 'pageOrientation') {
      if (value !== 'portrait' && value !== 'landscape') refuse(where, '页面方向只能是 portrait 或 landscape');
    } else refuse(where, `分节不允许的属性 ${key}`);
  }
}

/** Throws UnsafeDefinitionError unless `definition` uses only what this app's builder emits. */
export function assertSafeDefinition(definition: unknown): void {
  if (!isPlainObject(definition)) refuse('文档', '必须是普通对象');
  for (const [key, value] of Object.entries(definition)) {
    if (!TOP_LEVEL_KEYS.has(key)) refuse('文档', `不允许的属性 ${key}`);
    if (FUNCTION_KEYS.has(key)) {
      if (value !== undefined && typeof value !== 'function') refuse(key, '必须是函数');
    } else if (key === 'content') {
      if (!Array.isArray(value)) refuse('content', '必须是数组');
      value.forEach((node, i) =>
        isSection(node) ? checkSection(node, `content[${i}]`) : checkNode(node, `content[${i}]`, 1),
      );
    } else if (key === 'pageMargins') {
      checkMargin(value, key);
    } else if (key === 'watermark') {
      if (!isPlainObject(value)) refuse(key, '必须是普通对象');
      // Without a font pdfmake would look for its default font file: the font must be one of the app's.
      if (!('font' in value)) refuse(key, '必须指定程序内置的字体');
      for (const [k, v] of Object.entries(value)) {
        if (!WATERMARK_KEYS.has(k)) refuse(key, `不允许的属性 ${k}`);
        if (k === 'font') checkFont(v, `${key}.${k}`);
        else checkScalar(v, `${key}.${k}`);
      }
    } else if (key === 'defaultStyle') {
      if (!isPlainObject(value)) refuse(key, '必须是普通对象');
      for (const [k, v] of Object.entries(value)) {
        if (!STYLE_KEYS.has(k)) refuse(key, `不允许的属性 ${k}`);
        if (k === 'font') checkFont(v, `${key}.${k}`);
        else checkScalar(v, `${key}.${k}`);
      }
    } else if (key === 'info') {
      if (!isPlainObject(value)) refuse(key, '必须是普通对象');
      for (const [k, v] of Object.entries(value)) {
        if (!INFO_KEY.test(k)) refuse(key, `不允许的属性 ${k}`);
        if (!(typeof v === 'string' || v instanceof Date)) refuse(`${key}.${k}`, '必须是文字或日期');
      }
    } else {
      checkScalar(value, key);
    }
  }
}
