// Real-browser tests: the built extension in Chromium and Firefox ESR. One file at a time
// (2 cores, real browsers); long timeouts because browsers start slowly, never fixed sleeps.
import { defineConfig } from 'vitest/config';
import { knownTestServerRace } from './tests/sync-server/known-race';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
    reporters: ['default'],
    onUnhandledError: knownTestServerRace,
  },
});
