/**
 * pdfmake writes every word of a line as its own text object, with its own colour and opacity operators; for
 * Chinese, where every character is a word, that is one text object per character, the largest cost of a warm
 * export. This merges, just before a line is drawn, neighbouring single characters of the same style that sit
 * at an even step (the justified spacing pdfmake computed) into one text object drawn with that step as
 * character spacing: the glyphs land exactly where pdfmake placed them, with a fraction of the PDF operators.
 * Words of several characters (figures such as "5521.28") are drawn as pdfmake draws them.
 */
import { pdfmakeClass } from './pdfmake-internals';

export interface InlineLike {
  text: string;
  x: number;
  width: number;
  font: object;
  fontSize: number;
  characterSpacing?: number;
  color?: unknown;
  opacity?: unknown;
  [other: string]: unknown;
}

/** Properties that give an inline more than plain glyphs (links, decorations, page references…). */
const SPECIAL = [
  'link',
  'linkToPage',
  'linkToDestination',
  'decoration',
  'background',
  'sup',
  'sub',
  'fontFeatures',
  '_pageNodeRef',
  '_tocItemRef',
  '_pageRef',
] as const;

const TOLERANCE = 1e-6;

function isSingleCharacter(text: string): boolean {
  return text.length === 1 || (text.length === 2 && /^[\uD800-\uDBFF][\uDC00-\uDFFF]$/.test(text));
}

function isPlain(inline: InlineLike): boolean {
  return !inline.characterSpacing && SPECIAL.every((key) => !inline[key]) && isSingleCharacter(inline.text);
}

function sameStyle(a: InlineLike, b: InlineLike): boolean {
  return a.font === b.font && a.fontSize === b.fontSize && a.color === b.color && (a.opacity ?? 1) === (b.opacity ?? 1);
}

/** Merges runs of plain single characters at an even step; returns the same array when nothing merges. */
export function mergeTextRuns(inlines: readonly InlineLike[]): readonly InlineLike[] {
  const out: InlineLike[] = [];
  let run: { first: InlineLike; text: string; lastEnd: number; step: number | null } | null = null;
  let merged = false;
  const close = (): void => {
    if (!run) return;
    if (run.text === run.first.text) out.push(run.first);
    else {
      merged = true;
      out.push({ ...run.first, text: run.text, width: run.lastEnd - run.first.x, characterSpacing: run.step ?? 0 });
    }
    run = null;
  };
  for (const inline of inlines) {
    if (run && isPlain(inline) && sameStyle(run.first, inline)) {
      const gap = inline.x - run.lastEnd;
      const fits = run.step === null ? gap > -TOLERANCE && gap < inline.fontSize : Math.abs(gap - run.step) < TOLERANCE;
      if (fits) {
        run.step ??= gap;
        run.text += inline.text;
        run.lastEnd = inline.x + inline.width;
        continue;
      }
    }
    close();
    if (isPlain(inline)) run = { first: inline, text: inline.text, lastEnd: inline.x + inline.width, step: null };
    else out.push(inline);
  }
  close();
  return merged ? out : inlines;
}

interface LineLike {
  inlines?: InlineLike[];
}
type RenderLine = (this: unknown, line: LineLike, x: number, y: number) => unknown;

let installed = false;

/** Wraps pdfmake's Renderer.renderLine (the module pdfmake itself uses) once per process. */
export function mergeTextRunsWhenDrawing(): void {
  if (installed) return;
  installed = true;
  const renderer = pdfmakeClass<{ prototype: { renderLine: RenderLine } }>('./Renderer');
  const original = renderer?.prototype.renderLine;
  if (!renderer || typeof original !== 'function') return;
  renderer.prototype.renderLine = function renderLine(this: unknown, line: LineLike, x: number, y: number) {
    const inlines = line.inlines;
    const merged = inlines && inlines.length > 1 ? mergeTextRuns(inlines) : inlines;
    if (!inlines || merged === inlines) return original.call(this, line, x, y);
    const copy = Object.assign(Object.create(Object.getPrototypeOf(line) as object) as LineLike, line, {
      inlines: merged,
    });
    return original.call(this, copy, x, y);
  };
}
