/** Small helpers for building paragraphs out of typed text and generated figures. */
import type { Run } from './document';

export const gen = (text: string): Run => ({ text, generated: true });
export const typed = (text: string): Run => ({ text });
export const bold = (text: string): Run => ({ text, bold: true });

/** Drop empty runs and merge neighbours of the same kind, so the preview marks whole phrases. */
export function compact(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    if (!run.text) continue;
    const last = out[out.length - 1];
    if (last && !!last.generated === !!run.generated && !!last.bold === !!run.bold) {
      last.text += run.text;
    } else {
      out.push({ ...run });
    }
  }
  return out;
}
