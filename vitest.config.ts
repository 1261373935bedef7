// Unit tests: WXT's Vitest plugin (fakeBrowser, auto-imports), fake-indexeddb for Dexie.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { knownTestServerRace } from './tests/sync-server/known-race';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'utils/**/*.test.ts',
      'utils/**/*.test.tsx',
      'components/**/*.test.tsx',
      'entrypoints/**/*.test.ts',
      'scripts/**/*.test.ts',
      'tests/unit/**/*.test.ts',
    ],
    setupFiles: ['fake-indexeddb/auto'],
    testTimeout: 30000,
    onUnhandledError: knownTestServerRace,
  },
});
