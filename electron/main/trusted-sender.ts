/**
 * Only our own UI, loaded from app://selfeval, may call the API: a frame from any other origin (a page reached by
 * some navigation bug, an injected iframe) is refused. Electron security checklist #17 "Validate the sender of
 * all IPC messages".
 */
import { APP_HOST, APP_SCHEME } from './app-scheme';

export function isTrustedSenderUrl(frameUrl: string | undefined): boolean {
  if (!frameUrl) return false;
  let url: URL;
  try {
    url = new URL(frameUrl);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
}
