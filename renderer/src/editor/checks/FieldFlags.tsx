/**
 * Marks the fields a finding concerns (red for 强制, orange for an open 提示) with one generated style sheet keyed
 * on data-field-path, so no row of a long table has to re-render when the findings change.
 */
import type { Finding } from '../../../../shared/checks/finding';
import { pathKey } from '../state/field-path';

export function FieldFlags({ findings, answered }: { findings: readonly Finding[]; answered: ReadonlySet<string> }) {
  const error = new Set<string>();
  const warning = new Set<string>();
  for (const f of findings) {
    if (f.severity === 'warning' && answered.has(f.key)) continue;
    for (const p of f.paths) (f.severity === 'error' ? error : warning).add(pathKey(p));
  }
  for (const key of error) warning.delete(key);
  const sel = (keys: Set<string>) => [...keys].map((k) => `[data-field-path="${CSS.escape(k)}"]`).join(',\n');
  // An input gets a coloured outline; a whole table or list (a finding about all its rows) gets a bar at its left
  // edge instead, since a frame round a whole table reads as a focus frame or as "this table is broken".
  const rule = (keys: Set<string>, color: string) =>
    keys.size
      ? `:is(${sel(keys)}):is(input, textarea, select) { outline: 2px solid ${color}; outline-offset: -2px; }\n` +
        `:is(${sel(keys)}):not(input, textarea, select) { box-shadow: -4px 0 0 ${color}; }`
      : '';
  const css = [rule(error, '#e5484d'), rule(warning, '#f5a524')].join('\n');
  return <style data-testid="field-flags">{css}</style>;
}
