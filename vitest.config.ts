import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The repository root, which WXT's `~` alias names in the code the tests import. */
const ROOT = fileURLToPath(new URL('.', import.meta.url));

/**
 * Two projects, as 10ten Japanese Reader splits its tests (https://github.com/birchill/10ten-ja-reader):
 * `core` is pure code, happy-dom components and the fake-indexeddb store, run without WXT's vitest plugin
 * (its set-up, repeated per file, was half the unit suite's time and none of it needed); `browser` is the
 * built extension in real browsers, so it needs `npm run build` first. `npm test` runs both.
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
    ],
  },
});
