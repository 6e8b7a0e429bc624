/** The part of the assembled document a screen produces, so each screen can show the sentences built from it. */
import type { Block } from '../../report/DocumentView';
import { partOf, type ScreenDef } from '../screens';
import type { RulePack } from '../../../../shared/checks/rule-pack';

/** Sub-heading prefix and, inside it, the numbered paragraph ("1. 基本支出情况") a screen writes. */
const SUB: Partial<Record<ScreenDef['id'], { heading: string; paragraph?: string }>> = {
  org: { heading: '（一）' },
  staffing: { heading: '（二）' },
  duties: { heading: '（三）' },
  goals: { heading: '（四）' },
  budget: { heading: '（一）' },
  basic: { heading: '（二）', paragraph: '1.' },
  projects: { heading: '（二）', paragraph: '2.' },
  threePublic: { heading: '（三）' },
};

function partBlocks(blocks: readonly Block[], part: number): Block[] {
  let index = -1;
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading' && b.level === 1) index += 1;
    else if (b.kind === 'attachmentNote' || b.kind === 'signature' || b.kind === 'attachment') index = 99;
    else if (index === part) out.push(b);
  }
  return out;
}

export function blocksForScreen(blocks: readonly Block[], def: ScreenDef, pack: RulePack): Block[] {
  if (def.id === 'signature') return blocks.filter((b) => b.kind === 'signature' || b.kind === 'attachmentNote');
  if (def.id === 'baseData') return blocks.filter((b) => b.kind === 'attachment' && b.source === 'baseData');
  if (def.id === 'selfEval') return blocks.filter((b) => b.kind === 'attachment' && b.source === 'selfEval');
  const part = partOf(def, pack);
  if (part === null) return [];
  const inPart = partBlocks(blocks, part);
  const sub = SUB[def.id];
  if (!sub) return inPart;
  const out: Block[] = [];
  let inside = false;
  for (const b of inPart) {
    if (b.kind === 'heading' && b.level === 2) {
      inside = b.text.startsWith(sub.heading);
      if (inside && !sub.paragraph) out.push(b);
      continue;
    }
    if (!inside) continue;
    if (sub.paragraph) {
      if (b.kind === 'paragraph' && (b.runs[0]?.text ?? '').startsWith(sub.paragraph)) out.push(b);
    } else {
      out.push(b);
    }
  }
  return out;
}
