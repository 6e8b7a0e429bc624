/**
 * Marks the inputs a finding concerns (red for 强制, orange for an open 提示) with one generated style sheet keyed
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
  const css = [
    error.size ? `${sel(error)} { outline: 2px solid #e5484d; outline-offset: -2px; }` : '',
    warning.size ? `${sel(warning)} { outline: 2px solid #f5a524; outline-offset: -2px; }` : '',
  ].join('\n');
  return <style data-testid="field-flags">{css}</style>;
}
