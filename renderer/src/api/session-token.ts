/**
 * The browser build learns the loopback server's secret token from the address's #token=… fragment (never sent
 * to the server or written to its logs), keeps it in sessionStorage for reloads of this tab, and removes it from
 * the address bar so it does not end up in a screenshot or a bookmark.
 */
const STORAGE_KEY = 'selfeval.token';

export function takeTokenFromLocation(): void {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const token = params.get('token');
  if (!token) return;
  sessionStorage.setItem(STORAGE_KEY, token);
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
}

export function sessionToken(): string | null {
  return sessionStorage.getItem(STORAGE_KEY);
}
