/**
 * Where a field is, numbered as the report's own pack prints it. The field names (shared/model/field-labels.ts)
 * carry the Hunan numbering ("二（一）年初预算收入"); under a pack that orders the outline differently the leading
 * section number is replaced by the pack's ("三（一）…"), and a section the pack leaves out is named without one.
 */
import { describeField, type FieldPathSegment } from '../model/field-labels';
import { SECTION_KEYS, type RulePack, type SectionKey } from './rule-pack';

/** The report's top-level parts and the outline section they are printed in. */
const SECTION_OF: Readonly<Record<string, SectionKey>> = {
  organisation: 'basicInfo',
  staffing: 'basicInfo',
  duties: 'basicInfo',
  goals: 'basicInfo',
  budget: 'expenditure',
  basic: 'expenditure',
  projects: 'expenditure',
  threePublic: 'expenditure',
  govFund: 'govFund',
  stateCapital: 'stateCapital',
  socialInsurance: 'socialInsurance',
  performance: 'performance',
  problems: 'problems',
  measures: 'measures',
  other: 'other',
};

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function describeFieldFor(path: readonly FieldPathSegment[], pack: RulePack): string {
  const text = describeField(path);
  const top = path[0];
  const section = typeof top === 'string' ? SECTION_OF[top] : undefined;
  if (!section) return text;
  const defaultNumeral = NUMERALS[SECTION_KEYS.indexOf(section)] ?? '';
  if (!defaultNumeral || !text.startsWith(defaultNumeral)) return text;
  const part = pack.outline.findIndex((s) => s.key === section);
  const rest = text.slice(defaultNumeral.length);
  if (part < 0) return rest.replace(/^、/, '');
  return `${NUMERALS[part] ?? String(part + 1)}${rest}`;
}
