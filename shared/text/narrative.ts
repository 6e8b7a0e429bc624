/** Free-text sections kept as written; a paragraph with a heading becomes a numbered sub-point. */
import type { Paragraph } from '../model/report';
import type { Block } from './document';
import { bold, compact, gen, typed } from './runs';

export function narrativeBlocks(paragraphs: readonly Paragraph[]): Block[] {
  let number = 0;
  return paragraphs
    .filter((p) => p.heading.trim() || p.text.trim())
    .map((p): Block => {
      if (!p.heading.trim()) return { kind: 'paragraph', runs: [typed(p.text)] };
      number += 1;
      return { kind: 'paragraph', runs: compact([gen(`${number}. `), bold(p.heading), typed(p.text)]) };
    });
}
