/**
 * The browser build learns the loopback server's secret token from the address's #token=… fragment (never sent
 * to the server or written to its logs) and removes it from the address bar so it does not end up in a screenshot
 * or a bookmark. The token is kept in localStorage, which belongs to this server's origin (127.0.0.1 and its
 * random port): every tab of this server, and the address reopened later, work for the life of the server,
 * while no other site or server can read it. A restarted server has a new token (and usually a new port): its
 * printed address replaces the old token.
 */
const STORAGE_KEY = 'selfeval.token';

export function takeTokenFromLocation(): void {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const token = params.get('token');
  if (!token) return;
  localStorage.setItem(STORAGE_KEY, token);
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
}

export function sessionToken(): string | null {
  return localStorage.getItem(STORAGE_KEY);
}
