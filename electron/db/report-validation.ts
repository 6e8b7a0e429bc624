/**
 * The report is validated with zod on the way into the database and again on the way out, using the one shared
 * validator (shared/model/validate.ts) so a problem reads the same here as in an import or an API call.
 */
import type { Report } from '../../shared/model/report';
import { UserFacingError } from '../../shared/api/result';
import { validateReport as check } from '../../shared/model/validate';

/** Validates a report before it is written; throws with one line per problem, naming the field. */
export function validateReport(value: unknown): Report {
  const result = check(value);
  if (!result.ok) {
    throw new UserFacingError('invalid-input', `报告数据有${result.issueCount}处问题，未保存`, result.details);
  }
  return result.report;
}

/** Reads a stored report back; a row that no longer validates is reported, not passed on half-broken. */
export function readStoredReport(json: string, where: string): Report {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new UserFacingError('corrupt-data', `${where}的数据已损坏，无法读取`);
  }
  const result = check(value);
  if (!result.ok) throw new UserFacingError('corrupt-data', `${where}的数据不符合报告格式，无法读取`, result.details);
  return result.report;
}
