/**
 * Measuring text is most of a warm export's time in pdfmake 0.3: a text node is split into words (for Chinese,
 * one per character) and about twenty style properties are resolved for every word through the style stack
 * (font, bold, fontSize, color, lineHeight, …), each lookup walking the stack of enclosing nodes. Two wrappers,
 * neither changing what is measured:
 *
 * 1. Within one TextInlines.measure() call the stack does not change, so words whose own style properties are the
 *    same resolve to the same values: each property is looked up once per distinct set of own properties.
 *    A word with an object-valued property of its own is looked up as pdfmake does.
 * 2. When a heading is moved to the next page (keepHeadingsWithNext), pdfmake lays the whole document out again
 *    and measures every text node again, with the same styles and text. The first measurement of a node is kept
 *    (as copies: layout changes the words it places) and handed out again for the same node in the same document.
 *    Not kept when the caller expects one layout (keepMeasurementsForRelayout(false)): the copies cost time.
 *
 * If pdfmake's internals differ from what these expect, the wrappers step aside.
 */
import { createRequire } from 'node:module';

type GetStyleProperty = (item: unknown, stack: unknown, property: string, defaultValue: unknown) => unknown;
type Measure = (this: unknown, items: unknown, stack: unknown) => unknown;

interface Answer {
  defaultValue: unknown;
  value: unknown;
}

interface StyleContextStackClass {
  getStyleProperty: GetStyleProperty;
}

/** The word's own properties, except its text, as a key; null when one is not a plain value. */
function ownStyleKey(item: Record<string, unknown>): string | null {
  let key = '';
  for (const name of Object.keys(item)) {
    if (name === 'text') continue;
    const value = item[name];
    if (value !== null && typeof value === 'object') return null;
    if (typeof value === 'function' || typeof value === 'symbol') return null;
    key += `${name}\u0001${typeof value}\u0001${String(value)}\u0002`;
  }
  return key;
}

const isValue = (value: unknown): boolean => value !== undefined && value !== null;

function cacheStyleLookups(
  styles: StyleContextStackClass,
  inlines: { prototype: { measure: Measure } },
  lookup: GetStyleProperty,
  measure: Measure,
): void {
  inlines.prototype.measure = function measureWithCachedStyles(this: unknown, items: unknown, stack: unknown) {
    if (!Array.isArray(items) || items.length < 2) return measure.call(this, items, stack);
    const words = new Set<unknown>(items);
    // Per word, the answers shared by every word with the same own properties (null: look up as pdfmake does).
    // A word's group is chosen when it is first looked at, before measure() writes its results onto it.
    const groupOf = new Map<unknown, Map<string, Answer> | null>();
    const groups = new Map<string, Map<string, Answer>>();
    styles.getStyleProperty = (item, itemStack, property, defaultValue) => {
      if (itemStack !== stack) return lookup(item, itemStack, property, defaultValue);
      let group = groupOf.get(item);
      if (group === undefined) {
        if (!words.has(item) || typeof item !== 'object' || item === null) {
          return lookup(item, itemStack, property, defaultValue);
        }
        const key = ownStyleKey(item as Record<string, unknown>);
        group = key === null ? null : (groups.get(key) ?? new Map<string, Answer>());
        if (key !== null && group) groups.set(key, group);
        groupOf.set(item, group);
      }
      const own = (item as Record<string, unknown>)[property];
      if (isValue(own)) return own;
      if (group === null) return lookup(item, itemStack, property, defaultValue);
      const known = group.get(property);
      if (known && Object.is(known.defaultValue, defaultValue)) return known.value;
      const value = lookup(item, itemStack, property, defaultValue);
      group.set(property, { defaultValue, value });
      return value;
    };
    try {
      return measure.call(this, items, stack);
    } finally {
      styles.getStyleProperty = lookup;
    }
  };
}

interface LeafNode {
  text?: unknown;
  _textRef?: unknown;
  _inlines?: object[];
  _minWidth?: number;
  _maxWidth?: number;
}
type MeasureLeaf = (this: unknown, node: LeafNode) => unknown;

interface LeafMeasure {
  text: unknown;
  inlines: object[];
  minWidth: number | undefined;
  maxWidth: number | undefined;
}

/** Where a DocMeasure keeps its leaves' first measurements: it lives as long as that layout, no longer. */
const LEAF_MEASURES = Symbol('selfevalLeafMeasures');

function reuseLeafMeasures(docMeasure: { prototype: { measureLeaf: MeasureLeaf } }, measureLeaf: MeasureLeaf): void {
  docMeasure.prototype.measureLeaf = function measureLeafOnce(this: unknown, node: LeafNode) {
    // Kept on the DocMeasure of this layout (pdfmake makes one per document and reuses it when it lays the
    // document out again), not in a module-level WeakMap: nothing carries over between exports, and the copies
    // become garbage together with the layout instead of waiting for a full collection.
    const owner = this as { [LEAF_MEASURES]?: Map<object, LeafMeasure> };
    const measured = (owner[LEAF_MEASURES] ??= new Map<object, LeafMeasure>());
    // Page-reference text (_textRef) changes between passes; it is always measured afresh.
    const earlier = node._textRef ? undefined : measured.get(node);
    if (earlier && earlier.text === node.text) {
      node._inlines = earlier.inlines.map((inline) => ({ ...inline }));
      node._minWidth = earlier.minWidth;
      node._maxWidth = earlier.maxWidth;
      return node;
    }
    const result = measureLeaf.call(this, node);
    if (keepFirstMeasurements && !node._textRef && Array.isArray(node._inlines)) {
      measured.set(node, {
        text: node.text,
        inlines: node._inlines.map((inline) => ({ ...inline })),
        minWidth: node._minWidth,
        maxWidth: node._maxWidth,
      });
    }
    return result;
  };
}

let installed = false;
let keepFirstMeasurements = true;

/**
 * Whether the coming layouts keep their first measurements for a second layout (wrapper 2). Off when the layout
 * is expected to run once (heading-break-hints.ts knows the moves): the copies would be garbage unused. Should a
 * second layout come anyway, pdfmake measures again, as it does on its own.
 */
export function keepMeasurementsForRelayout(keep: boolean): void {
  keepFirstMeasurements = keep;
}

/** Installs both wrappers on the pdfmake modules pdfmake itself uses (idempotent). */
export function speedUpMeasuring(): void {
  if (installed) return;
  installed = true;
  const requireFromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
  const load = <T>(name: string): T | undefined => (requireFromPdfmake(name) as { default?: T }).default;
  const styles = load<StyleContextStackClass>('./StyleContextStack');
  const inlines = load<{ prototype: { measure: Measure } }>('./TextInlines');
  const docMeasure = load<{ prototype: { measureLeaf: MeasureLeaf } }>('./DocMeasure');
  const lookup = styles?.getStyleProperty;
  const measure = inlines?.prototype.measure;
  if (styles && inlines && typeof lookup === 'function' && typeof measure === 'function') {
    cacheStyleLookups(styles, inlines, lookup, measure);
  }
  const measureLeaf = docMeasure?.prototype.measureLeaf;
  if (docMeasure && typeof measureLeaf === 'function') reuseLeafMeasures(docMeasure, measureLeaf);
}
