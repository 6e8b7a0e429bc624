/**
 * When a clerk's answer to a 提示 counts. An acknowledgement (确认无误) always does; a 说明 only when it is a real
 * sentence: a stray keystroke ("2", "因") or a word does not explain anything to the 财政局 reviewer.
 * The minimum is one named constant so a rule pack can set its own later.
 */
import type { Report } from '../model/report';

type Response = Report['responses'][number];

/** Characters (not counting spaces) a 说明 needs before it counts as an explanation. */
export const MIN_EXPLANATION_CHARS = 10;

/** Characters of a 说明 as the clerk counts them: every Chinese character, letter, digit or mark, no spaces. */
export function explanationChars(text: string): number {
  return [...text.replace(/\s+/g, '')].length;
}

export function isRealExplanation(text: string): boolean {
  return explanationChars(text) >= MIN_EXPLANATION_CHARS;
}

export function isAnswered(response: Pick<Response, 'explanation' | 'acknowledged'>): boolean {
  return response.acknowledged || isRealExplanation(response.explanation);
}

/** Keys of the 提示 findings the clerk has acknowledged or explained in a real sentence. */
export function answeredKeys(responses: readonly Response[]): Set<string> {
  return new Set(responses.filter(isAnswered).map((r) => r.key));
}
