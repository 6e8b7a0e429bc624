/**
 * pdfmake lays the whole document out again each time pageBreakBefore moves a heading to the next page
 * (LayoutBuilder.layoutDocument). Exporting the same definition again repeats the very same moves, so the nodes
 * that moved are remembered, keyed by everything that decides the layout, and the next export sets
 * pageBreak: 'before' on them up front and lays out once. pdfmake still asks pageBreakBefore about every node
 * after that layout, so a hint never hides a move it would make.
 */
import { createHash } from 'node:crypto';
import type { DocDefinition, PageBreakBefore } from './pdf-nodes';

interface Walkable {
  pageBreak?: string;
  stack?: unknown;
  columns?: unknown;
  table?: { body?: unknown };
}

/** Remembered exports per font registry; a few definitions each are plenty (the clerk re-exports one report). */
const MAX_HINTS = 8;
const hintsByFonts = new WeakMap<object, Map<string, Hint>>();

interface Hint {
  /** The pageBreakBefore that made the moves. */
  decide: PageBreakBefore;
  /** Indexes into blockNodes(content) of the nodes it moved. */
  moved: readonly number[];
}

/** Every block node of the content in pdfmake's order (containers before their children). */
function blockNodes(node: unknown, out: Walkable[] = []): Walkable[] {
  if (Array.isArray(node)) {
    for (const child of node) blockNodes(child, out);
  } else if (node !== null && typeof node === 'object') {
    const block = node as Walkable;
    out.push(block);
    if (block.stack) blockNodes(block.stack, out);
    if (block.columns) blockNodes(block.columns, out);
    if (block.table?.body) blockNodes(block.table.body, out);
  }
  return out;
}

/** What decides where things fall on the pages; the footer and the metadata do not. */
function layoutKey(definition: DocDefinition): string {
  const { pageSize, pageOrientation, pageMargins, defaultStyle, content } = definition;
  const json = JSON.stringify([pageSize, pageOrientation, pageMargins, defaultStyle, content]);
  return createHash('sha256').update(json).digest('base64');
}

export interface HeadingBreaks {
  /** pageBreakBefore to hand to pdfmake (counts the moves it makes). */
  pageBreakBefore: PageBreakBefore | undefined;
  /** True when the moves are known, so pdfmake is expected to lay the document out once. */
  known: boolean;
  /** Call after pdfmake has laid the definition out: remembers the nodes that moved. */
  remember(): void;
}

/**
 * Before pdfmake sees the definition (it annotates the nodes): applies the moves remembered for the same layout.
 * `fonts` is the font registry in use; the same definition with other fonts lays out differently.
 */
export function applyHeadingBreakHints(definition: DocDefinition, fonts: object): HeadingBreaks {
  const decide = definition.pageBreakBefore;
  if (!decide) return { pageBreakBefore: undefined, known: true, remember: () => undefined };
  const key = layoutKey(definition);
  let hints = hintsByFonts.get(fonts);
  if (!hints) {
    hints = new Map();
    hintsByFonts.set(fonts, hints);
  }
  const nodes = blockNodes(definition.content);
  const breakBefore = nodes.map((n) => n.pageBreak === 'before');
  const hint = hints.get(key);
  const hinted = hint?.decide === decide ? hint.moved : [];
  for (const index of hinted) {
    const node = nodes[index];
    if (node) node.pageBreak = 'before';
  }
  let moves = 0;
  const pageBreakBefore: PageBreakBefore = (node, following) => {
    const move = decide(node, following);
    if (move) moves += 1;
    return move;
  };
  const store = hints;
  return {
    pageBreakBefore,
    known: hint?.decide === decide,
    remember() {
      const moved = nodes.flatMap((n, i) => (n.pageBreak === 'before' && !breakBefore[i] ? [i] : []));
      store.delete(key);
      // A move onto a node this walk does not see cannot be replayed: then nothing is remembered.
      if (moved.length !== hinted.length + moves) return;
      store.set(key, { decide, moved });
      if (store.size > MAX_HINTS) store.delete(store.keys().next().value as string);
    },
  };
}
