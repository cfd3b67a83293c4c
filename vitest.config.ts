import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The repository root, which WXT's `~` alias names in the code the tests import. */
const ROOT = fileURLToPath(new URL('.', import.meta.url));

/**
 * Two projects, as 10ten Japanese Reader splits its tests (https://github.com/birchill/10ten-ja-reader):
 * `core` is pure code, happy-dom components and the fake-indexeddb store, run without WXT's vitest plugin
 * (its set-up, repeated per file, was half the unit suite's time and none of it needed); `browser` is the
 * built extension in Chromium, so it needs `npm run build` first; `firefox` is the Firefox build in Firefox
 * ESR (`npm run build:firefox`); `packages` unpacks the store packages of `npm run zip`. `npm test` zips (which
 * builds both) and runs them all.
 */
export default defineConfig({
  resolve: { alias: { '~': ROOT } },
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: { name: 'core', include: ['tests/unit/**/*.test.{ts,tsx}'], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        // After core, so Chromium does not share the machine's cores with the unit tests.
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], sequence: { groupOrder: 1 } },
      },
      {
        extends: true,
        // The store packages of `npm run zip`, unpacked: files only, no browser, so beside Chromium.
        test: { name: 'packages', include: ['tests/packages/**/*.test.ts'], sequence: { groupOrder: 1 } },
      },
      {
        extends: true,
        // The same checks in Firefox ESR (the Firefox build), after Chromium has finished, for the same reason.
        test: { name: 'firefox', include: ['tests/firefox/**/*.test.ts'], sequence: { groupOrder: 2 } },
      },
    ],
  },
});
