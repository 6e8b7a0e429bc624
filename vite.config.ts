// The renderer build: everything bundled into dist/renderer (no CDN, works offline), relative URLs so the same
// files load from app://selfeval/ in Electron and from the loopback server in a browser.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // Never inline assets as data: URLs: the CSP allows fonts only from 'self'.
    assetsInlineLimit: 0,
    // Loaded from local disk, not a network: one large antd chunk costs nothing worth a warning.
    chunkSizeWarningLimit: 2500,
  },
});
