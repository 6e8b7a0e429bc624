/**
 * Measuring text is most of a warm export's time in pdfmake 0.3: a text node is split into words (for Chinese,
 * one per character) and about twenty style properties are resolved for every word through the style stack
 * (font, bold, fontSize, color, lineHeight, …), each lookup walking the stack of enclosing nodes. Two wrappers,
 * neither changing what is measured:
 *
 * 1. Within one TextInlines.measure() call the stack does not change, so words whose own style properties are the
 *    same resolve to the same values: each property is looked up once per distinct set of own properties.
 *    A word with an object-valued property of its own is looked up as pdfmake does.
 * 2. A text node's measurement depends only on its own properties and text, the style names and enclosing nodes
 *    on the style stack, the named and default styles, and the fonts. It is kept under all of those (as copies:
 *    layout changes the words it places) for this export and the next. So a second layout of the same export
 *    (pdfmake lays everything out again when it moves a heading) measures nothing, and an export after an edit
 *    measures only the text nodes the edit changed.
 *
 * If pdfmake's internals differ from what these expect, the wrappers step aside.
 */
import { pdfmakeClass } from './pdfmake-internals';

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
type MeasureLeaf = (this: DocMeasureLike, node: LeafNode) => unknown;

interface DocMeasureLike {
  pdfDocument?: { fonts?: unknown; provideFont?: ProvideFont };
  styleStack?: { styleDictionary?: unknown; defaultStyle?: unknown; styleOverrides?: unknown[] };
}
type ProvideFont = (this: { fonts?: unknown }, family: string, bold: boolean, italics: boolean) => object;
type FontRequest = readonly [family: string, bold: boolean, italics: boolean];

interface LeafMeasure {
  /** The measured words as pdfmake made them, except their font, kept apart: layout changes the words it places. */
  inlines: Record<string, unknown>[];
  /**
   * The fonts pdfmake asked for while measuring, each once, in the order it first asked. They are asked for again
   * in that order on reuse: pdfkit numbers a document's fonts (/F1, /F2, …) by first request, and two requests can
   * give the same font object (a family's bold face may be the very file of another family).
   */
  requests: FontRequest[];
  /** Per word, the index in `requests` of a request that gave its font. */
  fontOf: number[];
  minWidth: number | undefined;
  maxWidth: number | undefined;
}

/** The fonts requested while pdfmake measures one text node (null when not measuring one). */
let recording: { request: FontRequest; font: object }[] | null = null;

/**
 * A document's font set-up (family → virtual file names, unique per font file path; see font-registry.ts),
 * written down before pdfmake's provideFont replaces a collection's file name by its bytes.
 */
const fontSetUps = new WeakMap<object, string>();
function fontSetUp(pdfDocument: { fonts?: unknown }): string {
  let setUp = fontSetUps.get(pdfDocument);
  if (setUp === undefined) fontSetUps.set(pdfDocument, (setUp = JSON.stringify(pdfDocument.fonts ?? null)));
  return setUp;
}

/** Properties pdfmake adds while laying out, and children: neither is a style the words inherit. */
const NOT_STYLE = new Set(['positions', 'nodeInfo', 'pageBreakCalculated', 'stack', 'columns', 'table', 'section']);

/**
 * A node's own properties as they bear on measuring its words (all of them except pdfmake's annotations and
 * children); null when one cannot be written down faithfully.
 */
function ownPropertiesKey(node: object): string | null {
  let key = '';
  for (const [name, value] of Object.entries(node)) {
    if (value === undefined || typeof value === 'function' || name.startsWith('_') || NOT_STYLE.has(name)) continue;
    if (typeof value === 'symbol' || typeof value === 'bigint') return null;
    key += `${name}\u0001${JSON.stringify(value)}\u0002`;
  }
  return key;
}

/**
 * Everything a leaf's measurement depends on besides the fonts: its own properties and text, and every style
 * name and enclosing node on the style stack. Enclosing nodes are written down once per document.
 */
function leafKey(node: LeafNode, stack: unknown[], enclosing: WeakMap<object, string | null>): string | null {
  let key = '';
  for (const item of stack) {
    if (item === node) continue;
    if (typeof item === 'string') {
      key += `s\u0001${item}\u0003`;
      continue;
    }
    if (item === null || typeof item !== 'object') return null;
    let own = enclosing.get(item);
    if (own === undefined) enclosing.set(item, (own = ownPropertiesKey(item)));
    if (own === null) return null;
    key += `${own}\u0003`;
  }
  const own = ownPropertiesKey(node);
  return own === null ? null : `${key}\u0004${own}`;
}

/**
 * Measurements of this export and the one before, per set-up (fonts, named styles, default style): what the
 * clerk did not change is not measured again, and a second layout of the same export measures nothing.
 */
let current = new Map<string, Map<string, LeafMeasure>>();
let previous = new Map<string, Map<string, LeafMeasure>>();
/** Marks a DocMeasure (one per export; pdfmake reuses it when it lays the document out again) with its state. */
const EXPORT_STATE = Symbol('selfevalMeasureState');
interface ExportState {
  measures: Map<string, LeafMeasure>;
  earlier: Map<string, LeafMeasure> | undefined;
  enclosing: WeakMap<object, string | null>;
}
/** Text nodes measured and reused in the current (or last) export, for tests. */
const lastExport = { measured: 0, reused: 0 };
export function measurementsInLastExport(): Readonly<typeof lastExport> {
  return { ...lastExport };
}
/** Words kept per set-up at most; a huge report beyond this is measured as pdfmake does. */
const MAX_KEPT_WORDS = 400_000;
let keptWords = 0;

function exportState(docMeasure: DocMeasureLike): ExportState | null {
  const marked = docMeasure as DocMeasureLike & { [EXPORT_STATE]?: ExportState | null };
  const known = marked[EXPORT_STATE];
  if (known !== undefined) return known;
  const { pdfDocument, styleStack } = docMeasure;
  if (!pdfDocument?.fonts || !styleStack || typeof pdfDocument.provideFont !== 'function') {
    marked[EXPORT_STATE] = null;
    return null;
  }
  const styles = JSON.stringify([styleStack.styleDictionary ?? null, styleStack.defaultStyle ?? null]);
  const setUp = `${fontSetUp(pdfDocument)}\u0005${styles}`;
  previous = current;
  current = new Map();
  keptWords = 0;
  lastExport.measured = 0;
  lastExport.reused = 0;
  const measures = new Map<string, LeafMeasure>();
  current.set(setUp, measures);
  const state = { measures, earlier: previous.get(setUp), enclosing: new WeakMap<object, string | null>() };
  marked[EXPORT_STATE] = state;
  return state;
}

function keep(node: LeafNode, calls: { request: FontRequest; font: object }[]): LeafMeasure | null {
  const requests: FontRequest[] = [];
  const requested = new Set<string>();
  const requestOf = new Map<object, number>();
  for (const { request, font } of calls) {
    const name = request.join('\u0001');
    if (requested.has(name)) continue;
    requested.add(name);
    requests.push(request);
    if (!requestOf.has(font)) requestOf.set(font, requests.length - 1);
  }
  const fontOf: number[] = [];
  const inlines: Record<string, unknown>[] = [];
  for (const inline of node._inlines ?? []) {
    const { font, ...rest } = inline as { font?: object };
    const index = font ? requestOf.get(font) : undefined;
    if (index === undefined) return null;
    fontOf.push(index);
    inlines.push(rest);
  }
  return { inlines, requests, fontOf, minWidth: node._minWidth, maxWidth: node._maxWidth };
}

/** Gives the node copies of a kept measurement, with this document's font objects (provided in pdfmake's order). */
function reuse(node: LeafNode, kept: LeafMeasure, provideFont: (request: FontRequest) => object): void {
  const fonts = kept.requests.map(provideFont);
  node._inlines = kept.inlines.map((inline, i) => ({ ...inline, font: fonts[kept.fontOf[i] ?? 0] }));
  node._minWidth = kept.minWidth;
  node._maxWidth = kept.maxWidth;
}

function shareLeafMeasures(docMeasure: { prototype: { measureLeaf: MeasureLeaf } }, measureLeaf: MeasureLeaf): void {
  docMeasure.prototype.measureLeaf = function measureLeafOnce(this: DocMeasureLike, node: LeafNode) {
    const state = exportState(this);
    const stack = this.styleStack?.styleOverrides;
    // Page-reference text (_textRef) changes between layouts: always measured afresh.
    const key = state && Array.isArray(stack) && !node._textRef ? leafKey(node, stack, state.enclosing) : null;
    if (!state || key === null) return measureLeaf.call(this, node);
    const kept = state.measures.get(key) ?? state.earlier?.get(key);
    const pdfDocument = this.pdfDocument as { fonts?: unknown; provideFont: ProvideFont };
    if (kept) {
      reuse(node, kept, ([family, bold, italics]) => pdfDocument.provideFont(family, bold, italics));
      state.measures.set(key, kept);
      lastExport.reused += 1;
      return node;
    }
    const calls: { request: FontRequest; font: object }[] = [];
    recording = calls;
    let result: unknown;
    try {
      result = measureLeaf.call(this, node);
    } finally {
      recording = null;
    }
    lastExport.measured += 1;
    const measured = keptWords < MAX_KEPT_WORDS ? keep(node, calls) : null;
    if (measured) {
      keptWords += measured.inlines.length;
      state.measures.set(key, measured);
    }
    return result;
  };
}

/** Records the fonts requested while a text node is measured, so that reusing it can request them again. */
function recordFontRequests(pdfDocumentClass: { prototype: { provideFont: ProvideFont } }): void {
  const provideFont = pdfDocumentClass.prototype.provideFont;
  pdfDocumentClass.prototype.provideFont = function provideAndRecord(family, bold, italics) {
    fontSetUp(this);
    const font = provideFont.call(this, family, bold, italics);
    recording?.push({ request: [family, bold, italics], font });
    return font;
  };
}

let installed = false;

/** Installs both wrappers on the pdfmake modules pdfmake itself uses (idempotent). */
export function speedUpMeasuring(): void {
  if (installed) return;
  installed = true;
  const styles = pdfmakeClass<StyleContextStackClass>('./StyleContextStack');
  const inlines = pdfmakeClass<{ prototype: { measure: Measure } }>('./TextInlines');
  const docMeasure = pdfmakeClass<{ prototype: { measureLeaf: MeasureLeaf } }>('./DocMeasure');
  const pdfDocument = pdfmakeClass<{ prototype: { provideFont: ProvideFont } }>('./PDFDocument');
  const lookup = styles?.getStyleProperty;
  const measure = inlines?.prototype.measure;
  if (styles && inlines && typeof lookup === 'function' && typeof measure === 'function') {
    cacheStyleLookups(styles, inlines, lookup, measure);
  }
  const measureLeaf = docMeasure?.prototype.measureLeaf;
  const provideFont = pdfDocument?.prototype.provideFont;
  if (docMeasure && pdfDocument && typeof measureLeaf === 'function' && typeof provideFont === 'function') {
    recordFontRequests(pdfDocument);
    shareLeafMeasures(docMeasure, measureLeaf);
  }
}
