/**
 * The UI is served from the bundled renderer over our own app:// scheme, never file://
 * (Electron security checklist #18 "Avoid usage of the file:// protocol and prefer usage of custom protocols"):
 * file:// pages may read any local file the user can, and every file:// page shares one origin.
 */
import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../web/security-headers';
import { readStaticFile } from '../web/static-files';

export const APP_SCHEME = 'app';
export const APP_HOST = 'selfeval';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** Must run before the app is ready: a standard, secure scheme gets a real origin, so CSP 'self' and ES modules work. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Answers app://selfeval/<path> from the renderer folder; the same path guard as the HTTP adapter. */
export function serveRendererOverAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return plain(404, '找不到该页面');
    }
    const file = await readStaticFile(rendererDir, url.pathname);
    if (file.kind === 'bad-path') return plain(400, '路径无效');
    if (file.kind === 'not-found') return plain(404, '找不到该页面');
    return new Response(new Uint8Array(file.body), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': file.contentType },
    });
  });
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}
