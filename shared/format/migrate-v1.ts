/**
 * Format v1 → v2 for the report itself. In v1 every figure was a number and 0 was also what an untouched field
 * held; v2 adds null for "not stated". A v1 number keeps its meaning: it was printed, so it stays (0 included).
 * The one exception is what v1 itself read as "not filled": the 附件2 按收入性质分 block left at all zeros
 * (v1 printed none of its rows), which becomes null. New v2 fields are added empty. Anything that is not a v1
 * report is passed through for the validator to refuse with its own messages.
 */

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const COLUMNS = ['initialFen', 'annualFen', 'spentFen'] as const;

function allZero(sources: Json): boolean {
  return Object.values(sources).every((s) => isObject(s) && COLUMNS.every((c) => s[c] === 0));
}

export function migrateReportV1(report: unknown): unknown {
  if (!isObject(report)) return report;
  const next: Json = { ...report, rulePackVersion: '' };
  const selfEval = report['selfEval'];
  const income = isObject(selfEval) ? selfEval['income'] : undefined;
  if (isObject(selfEval) && isObject(income) && allZero(income)) {
    const blank = Object.fromEntries(
      Object.keys(income).map((k) => [k, { initialFen: null, annualFen: null, spentFen: null }]),
    );
    next['selfEval'] = { ...selfEval, income: blank };
  }
  return next;
}
