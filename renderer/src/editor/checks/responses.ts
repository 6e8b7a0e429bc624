/** The clerk's answers to 提示 findings (report.responses), keyed by finding.key. */
import type { Report } from '../../../../shared/model/report';

type Response = Report['responses'][number];

/** Sets an answer's explanation or acknowledgement; an answer left empty is removed. */
export function upsertResponse(
  responses: readonly Response[],
  key: string,
  patch: Partial<Pick<Response, 'explanation' | 'acknowledged'>>,
): Response[] {
  const index = responses.findIndex((r) => r.key === key);
  const current = responses[index] ?? { key, explanation: '', acknowledged: false };
  const next = { ...current, ...patch };
  const empty = !next.explanation.trim() && !next.acknowledged;
  if (index < 0) return empty ? [...responses] : [...responses, next];
  const copy = responses.slice();
  if (empty) copy.splice(index, 1);
  else copy[index] = next;
  return copy;
}
