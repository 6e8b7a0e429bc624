import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The electron module cannot run here (its binary is not downloadable): tests mock it explicitly.
    alias: { electron: new URL('./tests/mocks/electron.ts', import.meta.url).pathname },
  },
});
