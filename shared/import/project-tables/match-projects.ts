/**
 * Which project of the report a table belongs to, by name. Names are compared in one form: half-width, simplified,
 * no spaces, quotes or brackets, no budget code ("51000021R000000019951-工资性支出"), no "2020年" in front and no
 * "项目支出绩效自评表" behind. Equal names match; otherwise a name that contains the other (or is contained in it)
 * matches when exactly one project does so — shown as 近似 in the preview for the clerk to confirm.
 */
import { removeSpaces, toHalfWidth } from '../normalize-text';
import { toSimplified } from '../traditional';

export type MatchHow = 'exact' | 'similar' | 'chosen';

export interface ProjectMatch {
  index: number;
  how: MatchHow;
}

export function projectNameKey(name: string): string {
  let t = removeSpaces(toSimplified(toHalfWidth(name)));
  t = t.replace(/^[\dA-Za-z]{6,}[-—－_]/, '');
  t = t.replace(/[“”"‘’'「」『』《》〈〉()（）[\]【】、，,.。:：;；]/g, '');
  t = t.replace(/^(?:19|20|21)\d{2}年度?/, '');
  t = t.replace(/(?:项目)?(?:支出)?绩效(?:目标)?自评表$/, '');
  return t;
}

/** The project each table name matches, or null (each project is taken by at most the first table naming it). */
export function matchByName(tableNames: readonly string[], projectNames: readonly string[]): (ProjectMatch | null)[] {
  const keys = projectNames.map(projectNameKey);
  const taken = new Set<number>();
  const result: (ProjectMatch | null)[] = tableNames.map(() => null);
  // Exact names first, so a similar name never takes a project another table names exactly.
  tableNames.forEach((name, t) => {
    const key = projectNameKey(name);
    if (key === '') return;
    const i = keys.findIndex((k, p) => k === key && !taken.has(p));
    if (i >= 0) {
      taken.add(i);
      result[t] = { index: i, how: 'exact' };
    }
  });
  tableNames.forEach((name, t) => {
    if (result[t]) return;
    const key = projectNameKey(name);
    if (key.length < 2) return;
    const candidates = keys
      .map((k, p) => ({ k, p }))
      .filter(({ k, p }) => !taken.has(p) && k.length >= 2 && (k.includes(key) || key.includes(k)));
    const only = candidates[0];
    if (candidates.length === 1 && only) {
      taken.add(only.p);
      result[t] = { index: only.p, how: 'similar' };
    }
  });
  return result;
}
