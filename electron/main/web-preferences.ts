/**
 * The renderer's privileges, in one place. Each line is an Electron security checklist item:
 * #2 no Node.js integration, #3 context isolation, #4 process sandboxing, #6 webSecurity stays on,
 * #8 no insecure content, #9 no experimental features, #10 no enableBlinkFeatures, #12 no <webview>.
 */
import type { WebPreferences } from 'electron';

export function secureWebPreferences(preloadPath: string, options: { devTools: boolean }): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    // Middle-click (auxclick) could otherwise open links outside the window-open handler's reach (Electronegativity
    // AUXCLICK_JS_CHECK); the app has no use for it.
    disableBlinkFeatures: 'Auxclick',
    // A dropped file would otherwise navigate the window to file://; files come in through the import button.
    navigateOnDragDrop: false,
    // Chromium's spellchecker downloads dictionaries from the internet; the app works offline.
    spellcheck: false,
    safeDialogs: true,
    devTools: options.devTools,
  };
}
