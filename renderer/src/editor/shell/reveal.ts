/**
 * Takes the clerk to a field: scrolls it into view, focuses it and makes it flash. A path that names a whole list
 * or block ("selfEval.indicators") finds that block; a path deeper than the page shows finds its nearest parent.
 */

import { showRowOf } from '../grid/row-window';

const FOCUSABLE = 'input, textarea, select, button, [tabindex]';

export function findField(key: string, root: ParentNode = document, exactOnly = false): HTMLElement | null {
  const parts = key.split('.');
  for (let n = parts.length; n > (exactOnly ? parts.length - 1 : 0); n--) {
    const k = parts.slice(0, n).join('.');
    const value = CSS.escape(k);
    const el = root.querySelector<HTMLElement>(`[data-field-path="${value}"], [data-row-path="${value}"]`);
    if (el) return el;
  }
  return null;
}

/**
 * A long table draws a row only once asked (or scrolled to): wait up to about a second for the exact field before
 * settling for its nearest parent.
 */
export function revealField(key: string, framesLeft = 60): void {
  const exact = findField(key, document, true);
  if (!exact && framesLeft > 0) {
    // A long table draws only the rows near the visible part: ask it for this one.
    showRowOf(key);
    requestAnimationFrame(() => revealField(key, framesLeft - 1));
    return;
  }
  showField(exact ?? findField(key));
}

function showField(el: HTMLElement | null): void {
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  if (el.matches(FOCUSABLE)) {
    el.focus({ preventScroll: true });
  } else {
    el.tabIndex = -1;
    el.focus({ preventScroll: true });
  }
  el.classList.remove('flash');
  // Restart the animation when the same field is revealed twice in a row.
  void el.offsetWidth;
  el.classList.add('flash');
  window.setTimeout(() => el.classList.remove('flash'), 2400);
}
