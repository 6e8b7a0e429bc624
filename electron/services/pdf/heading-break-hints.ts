/**
 * pdfmake applies keepHeadingsWithNext only after laying the whole document out, and then lays all of it out
 * again for every heading it moves to the next page (LayoutBuilder.layoutDocument). Whether a top-level heading
 * moves depends on two things only, because layout runs from top to bottom:
 *   - where the writer stands when pdfmake starts the heading (page geometry, x, y, the space left), and
 *   - the heading and the top-level nodes after it, up to the first one with body content.
 * So each export remembers, for every heading that moved, that position and that content. When a later export
 * reaches a heading at the very same position with the very same content, the heading gets pageBreak 'before'
 * there and then, which is what pdfmake would decide, and no second layout is needed. This also holds after an
 * edit elsewhere in the report, as long as the edit leaves the heading's position unchanged. A heading nothing is
 * known about is decided by pdfmake as before, and should an earlier move shift a hinted heading's position in a
 * second layout, the hint is withdrawn for that layout and pdfmake decides.
 */
import { createHash } from 'node:crypto';
import { pdfmakeClass } from './pdfmake-internals';
import type { DocDefinition, PageBreakBefore } from './pdf-nodes';

interface TopLevelNode {
  text?: unknown;
  headlineLevel?: number;
  pageBreak?: string;
}

/** What pdfmake's writer context holds when it starts a node (only what is read). */
interface WriterContext {
  x: number;
  y: number;
  availableWidth: number;
  availableHeight: number;
  pageMargins: unknown;
  getCurrentPage(): { pageSize: { width: number; height: number; orientation: string } } | null;
}

interface Candidate {
  /** The heading and what follows it up to body content, with the document's page set-up and styles. */
  contentKey: string;
  /** contentKey plus the writer's position the last time pdfmake started this heading. */
  lastKey?: string;
  /** True while the pageBreak on the node is one this module set. */
  hinted: boolean;
  /** contentKey|position of the headings that moved, for this font registry and decision function. */
  moves: Set<string>;
}

/** Moves remembered per font registry and decision function; a few hundred headings' worth is plenty. */
const MAX_MOVES = 512;
const movesByFonts = new WeakMap<object, Map<PageBreakBefore, Set<string>>>();
const candidates = new WeakMap<object, Candidate>();

/** In the last export: headings moved from memory, and moves withdrawn because an earlier move shifted them. */
const lastExport = { hinted: 0, withdrawn: 0 };
export function headingHintsInLastExport(): Readonly<typeof lastExport> {
  return { ...lastExport };
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('base64');

/** Nodes pdfmake leaves out when it looks for what follows a heading on its page. */
const isEmptyText = (node: TopLevelNode): boolean => node.text === '';

function positionKey(context: WriterContext): string | null {
  const page = context.getCurrentPage();
  if (!page) return null;
  const { width, height, orientation } = page.pageSize;
  const margins = JSON.stringify(context.pageMargins);
  return [
    context.x,
    context.y,
    context.availableWidth,
    context.availableHeight,
    width,
    height,
    orientation,
    margins,
  ].join('|');
}

/** At the start of each node pdfmake lays out: moves a remembered heading, or withdraws a move that no longer applies. */
function atNodeStart(node: unknown, context: WriterContext): void {
  const candidate = candidates.get(node as object);
  if (!candidate) return;
  const heading = node as TopLevelNode;
  const position = positionKey(context);
  candidate.lastKey = position === null ? undefined : `${candidate.contentKey}|${position}`;
  if (candidate.lastKey !== undefined && candidate.moves.has(candidate.lastKey)) {
    if (heading.pageBreak !== 'before') {
      heading.pageBreak = 'before';
      candidate.hinted = true;
      lastExport.hinted += 1;
    }
  } else if (candidate.hinted) {
    delete heading.pageBreak;
    candidate.hinted = false;
    lastExport.hinted -= 1;
    lastExport.withdrawn += 1;
  }
}

let installed = false;

/** Wraps pdfmake's LayoutBuilder.processNode (idempotent); steps aside if pdfmake's internals differ. */
export function installHeadingBreakHints(): void {
  if (installed) return;
  installed = true;
  type ProcessNode = (
    this: { writer?: { context?: () => WriterContext } },
    node: unknown,
    ...rest: unknown[]
  ) => unknown;
  const builder = pdfmakeClass<{ prototype: { processNode?: ProcessNode } }>('./LayoutBuilder');
  const processNode = builder?.prototype.processNode;
  if (!builder || typeof processNode !== 'function') return;
  builder.prototype.processNode = function processNodeWithHints(node, ...rest) {
    const context = this.writer?.context?.();
    if (context) atNodeStart(node, context);
    return processNode.call(this, node, ...rest);
  };
}

export interface HeadingBreaks {
  /** Call after pdfmake has laid the definition out: remembers the headings that moved, and where. */
  remember(): void;
}

/**
 * Before pdfmake sees the definition (it annotates the nodes): marks its top-level headings for atNodeStart.
 * `fonts` is the font registry in use; the same content with other fonts lays out differently.
 */
export function prepareHeadingBreaks(definition: DocDefinition, fonts: object): HeadingBreaks {
  lastExport.hinted = 0;
  lastExport.withdrawn = 0;
  const decide = definition.pageBreakBefore;
  if (!decide || !installed) return { remember: () => undefined };
  let byDecision = movesByFonts.get(fonts);
  if (!byDecision) movesByFonts.set(fonts, (byDecision = new Map()));
  let moves = byDecision.get(decide);
  if (!moves) byDecision.set(decide, (moves = new Set()));

  const { pageSize, pageOrientation, pageMargins, defaultStyle } = definition;
  const setUp = JSON.stringify([pageSize, pageOrientation, pageMargins, defaultStyle]);
  const nodes = definition.content as TopLevelNode[];
  const headings: TopLevelNode[] = [];
  nodes.forEach((node, index) => {
    if (node.headlineLevel === undefined || node.pageBreak !== undefined) return;
    // The heading, the headings and empty paragraphs right after it, and the first node with content.
    const following: TopLevelNode[] = [node];
    for (let next = index + 1; next < nodes.length; next++) {
      const after = nodes[next] as TopLevelNode;
      following.push(after);
      if (after.headlineLevel === undefined && !isEmptyText(after)) break;
    }
    const contentKey = sha256(setUp + JSON.stringify(following));
    candidates.set(node, { contentKey, hinted: false, moves: moves as Set<string> });
    headings.push(node);
  });
  const store = moves;
  return {
    remember() {
      for (const heading of headings) {
        const candidate = candidates.get(heading);
        candidates.delete(heading);
        if (!candidate?.lastKey || heading.pageBreak !== 'before') continue;
        store.delete(candidate.lastKey);
        store.add(candidate.lastKey);
        if (store.size > MAX_MOVES) store.delete(store.values().next().value as string);
      }
    },
  };
}
