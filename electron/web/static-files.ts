/**
 * Reads a file of the built renderer for a request path, refusing anything that could leave the renderer folder.
 * Shared by the loopback HTTP server and Electron's app:// protocol, so both have the same guard.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export type StaticFile =
  { kind: 'file'; body: Buffer; contentType: string } | { kind: 'bad-path' } | { kind: 'not-found' };

/**
 * Maps a raw (still percent-encoded) URL path to a file inside `root`, or null when the path is not acceptable:
 * undecodable, containing "..", ".", backslashes, colons or NUL in any segment (before or after decoding), or
 * resolving outside the root. Checking segments first means "%2e%2e" and "..%2f" are refused, not normalised.
 */
export function resolveStaticPath(root: string, rawPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/')) return null;
  const segments = decoded.slice(1).split('/');
  for (const segment of segments) {
    if (segment === '..' || segment === '.' || /[\\:\0]/.test(segment)) return null;
  }
  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const base = path.resolve(root);
  const full = path.resolve(base, `.${relative}`);
  // Defence in depth: whatever the checks above missed, the result must still lie inside the root.
  if (!full.startsWith(base + path.sep)) return null;
  return full;
}

export async function readStaticFile(root: string, rawPath: string): Promise<StaticFile> {
  const file = resolveStaticPath(root, rawPath);
  if (file === null) return { kind: 'bad-path' };
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { kind: 'not-found' };
    const body = await fs.readFile(file);
    const contentType = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    return { kind: 'file', body, contentType };
  } catch {
    return { kind: 'not-found' };
  }
}
