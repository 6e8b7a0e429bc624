/**
 * Response headers every page and asset carries, in the browser build and under Electron's app:// protocol alike
 * (Electron security checklist #7 "Define a Content Security Policy").
 */

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // antd 6 styles its components with CSS-in-JS (@ant-design/cssinjs): it inserts <style> elements at run time.
  // Checked in Chromium: without 'unsafe-inline' every one of them is blocked and the page is unstyled. A nonce
  // would mean rewriting index.html per response in both transports; not worth it while scripts stay 'self'-only:
  // an injected style can at worst change how the page looks, it cannot run code or send data anywhere
  // (connect-src, img-src and font-src stay closed to other origins).
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
