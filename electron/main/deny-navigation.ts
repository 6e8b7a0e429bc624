/**
 * The app is one page: it never navigates, opens windows or embeds webviews. Applied to every web contents as it
 * is created. Electron security checklist #13 "Disable or limit navigation", #14 "Disable or limit creation of
 * new windows", #12 "Verify WebView options before creation" (here: refuse every webview).
 */
import { app, type Event, type WebContents } from 'electron';

export function denyNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event: Event) => event.preventDefault());
  contents.on('will-redirect', (event: Event) => event.preventDefault());
  contents.on('will-attach-webview', (event: Event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function denyNavigationEverywhere(): void {
  app.on('web-contents-created', (_event, contents) => denyNavigation(contents));
}
