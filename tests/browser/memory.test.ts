import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  askBackgroundFrom,
  BROWSER_TIMEOUT_MS,
  type ExtensionBrowser,
  HIGHLIGHT_WAIT_MS,
  launchWithExtension,
  type PageServer,
  readHighlights,
  requireBuild,
  startServer,
  testRoutes,
} from './harness';

let server: PageServer | undefined;
let profile: string | undefined;

beforeAll(async () => {
  requireBuild();
  server = await startServer(testRoutes());
}, BROWSER_TIMEOUT_MS);

afterAll(async () => {
  await server?.close();
  if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
}, BROWSER_TIMEOUT_MS);

/** One of the extension's own pages, from which to ask the background as the popup does. */
async function extensionPage(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return page;
}

describe('memory survives a browser restart', () => {
  it(
    'keeps the sightings of a visited article and a user edit in IndexedDB on the same profile',
    async () => {
      if (server === undefined) throw new Error('the server did not start');
      const first = await launchWithExtension();
      profile = first.userDataDir;
      const page = await first.context.newPage();
      await page.goto(server.url('/article'));
      const firstAsker = await extensionPage(first);
      await expect
        .poll(async () => Object.keys(await readHighlights(page)).length, { timeout: HIGHLIGHT_WAIT_MS })
        .toBeGreaterThan(0);
      // The sightings are sent once the first scan is painted; wait until the store has them.
      await expect
        .poll(
          async () =>
            (await askBackgroundFrom(firstAsker, { type: 'entry/history', entryId: 'باريس', limit: 5 }))
              .count,
          {
            timeout: HIGHLIGHT_WAIT_MS,
          },
        )
        .toBe(1);
      // A user edit of a bundled entry, made as the options page makes it.
      const edited = await askBackgroundFrom(firstAsker, {
        type: 'entry/put',
        entry: { id: 'باريس', ar: 'باريس', en: 'Paris (my note)', type: 'place', variants: ['باريز'] },
      });
      expect(edited).toMatchObject({ ok: true });
      await first.close({ keepProfile: true });

      const second = await launchWithExtension({ userDataDir: profile });
      try {
        const secondAsker = await extensionPage(second);
        const history = await askBackgroundFrom(secondAsker, {
          type: 'entry/history',
          entryId: 'باريس',
          limit: 5,
        });
        expect(history.count).toBe(1);
        expect(history.sightings[0]).toMatchObject({
          url: server.url('/article'),
          sentence: 'التحالف يبحث بباريس تكثيف حملته ضد تنظيم الدولة',
        });
        const { entries } = await askBackgroundFrom(secondAsker, { type: 'glossary/get' });
        expect(entries.find((entry) => entry.id === 'باريس')).toMatchObject({
          en: 'Paris (my note)',
          variants: ['باريز'],
        });
        const stats = await askBackgroundFrom(secondAsker, { type: 'history/stats' });
        expect(stats.total).toBeGreaterThan(30);
      } finally {
        await second.close({ keepProfile: true });
      }
    },
    BROWSER_TIMEOUT_MS * 2,
  );
});
