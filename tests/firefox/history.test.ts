/**
 * A single-page app's next article in Firefox: an app that puts its next article in first and changes the
 * address after, with nothing changing after it, gets a new visit at the new address, as in Chromium
 * (tests/browser/history.test.ts). Firefox ESR 140 has no Navigation API, and there `history.pushState`
 * fires nothing a content script hears, so the page reader looks at the address itself; the ESR installed
 * here (153) has the API (`typeof navigation` is "object" in its pages), so this holds the browser to the
 * behaviour, and tests/unit/page-session.test.ts the fallback, in a window without the API.
 */
import { describe, expect, it, vi } from 'vitest';
import { articleToHtml, HIGHLIGHT_WAIT_MS } from '../browser/harness';
import { askBackgroundFrom, FIREFOX_TIMEOUT_MS, useFirefox } from './harness';

const started = useFirefox(() => ({
  '/app/story-1': { body: articleToHtml('اجتماع في القاهرة\n\nوصل الوفد إلى باريس أمس لبحث الاتفاق.') },
}));

describe('a single-page app in Firefox', () => {
  it(
    'starts a new visit at the address change, when nothing on the page changes after it',
    async () => {
      const { firefox, server } = started();
      const options = await firefox.openExtensionPage('options.html');
      const urls = async (entryId: string) =>
        (await askBackgroundFrom(options, { type: 'entry/history', entryId, limit: 10 })).sightings.map(
          (sighting) => sighting.url,
        );
      const page = await firefox.browser.newPage();
      await page.goto(server.url('/app/story-1'));
      await vi.waitFor(async () => expect(await urls('باريس')).toEqual([server.url('/app/story-1')]), {
        timeout: HIGHLIGHT_WAIT_MS,
        interval: 250,
      });
      await page.evaluate(() => {
        const article = document.querySelector('article');
        if (article !== null) article.innerHTML = '<h1>خبر آخر</h1><p>وصل الوفد إلى دمشق أمس.</p>';
      });
      await vi.waitFor(async () => expect(await urls('دمشق')).toEqual([server.url('/app/story-1')]), {
        timeout: HIGHLIGHT_WAIT_MS,
        interval: 250,
      });
      await page.evaluate(() => history.pushState({}, '', '/app/story-2'));
      await vi.waitFor(
        async () =>
          expect(await urls('دمشق')).toEqual([server.url('/app/story-2'), server.url('/app/story-1')]),
        { timeout: HIGHLIGHT_WAIT_MS, interval: 250 },
      );
      await page.close();
      await options.close();
    },
    FIREFOX_TIMEOUT_MS,
  );
});
