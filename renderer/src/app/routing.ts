/**
 * Where the clerk is, kept in the address's #fragment (#/report/<id>/projects), so a reload or a crash of the
 * page returns to the same report and screen. The token fragment (#token=…) is read and removed before this runs.
 */
import { useCallback, useEffect, useState } from 'react';

export type Route =
  | { page: 'home' }
  | { page: 'bin' }
  | { page: 'backup' }
  | { page: 'verify' }
  | { page: 'summary' }
  | { page: 'editor'; id: string; screen: string | null };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [first, id, screen] = parts;
  if (first === 'report' && id) return { page: 'editor', id, screen: screen ?? null };
  if (first === 'bin') return { page: 'bin' };
  if (first === 'backup') return { page: 'backup' };
  if (first === 'verify') return { page: 'verify' };
  if (first === 'summary') return { page: 'summary' };
  return { page: 'home' };
}

export function routeHash(route: Route): string {
  switch (route.page) {
    case 'home':
      return '#/';
    case 'bin':
      return '#/bin';
    case 'backup':
      return '#/backup';
    case 'verify':
      return '#/verify';
    case 'summary':
      return '#/summary';
    case 'editor':
      return `#/report/${encodeURIComponent(route.id)}${route.screen ? `/${encodeURIComponent(route.screen)}` : ''}`;
  }
}

/** The current route and a way to go elsewhere; `replace` keeps screen switches out of the back-button history. */
export function useRoute(): [Route, (route: Route, options?: { replace?: boolean }) => void] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((next: Route, options: { replace?: boolean } = {}) => {
    const hash = routeHash(next);
    if (window.location.hash !== hash) {
      const url = window.location.pathname + window.location.search + hash;
      if (options.replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
    setRoute(next);
  }, []);
  return [route, navigate];
}
