/**
 * What the history keeps of a visit, in Chromium with the built extension: the top frame's article under its
 * address without query and fragment (or its same-site canonical link), nothing of an embedded frame.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import {
  articleToHtml,
  askBackgroundFrom,
  BROWSER_TIMEOUT_MS,
  HIGHLIGHT_WAIT_MS,
  useExtensionBrowser,
} from './harness';

/** Two articles, each with one name the glossary has: the page's own, and the embedded frame's. */
const PAGE_ARTICLE = 'اجتماع في القاهرة\n\nوصل الوفد إلى باريس أمس لبحث الاتفاق.';
const FRAME_ARTICLE = 'خبر في إطار\n\nوقال الوزير في بغداد إن الاجتماع استمر ساعات.';

const started = useExtensionBrowser(() => ({
  '/story': {
    body: articleToHtml(PAGE_ARTICLE).replace(
      '</body>',
      '<iframe src="/embedded?click_id=abc" width="500" height="300"></iframe></body>',
    ),
  },
  '/canonical': {
    body: articleToHtml(PAGE_ARTICLE).replace('<head>', '<head><link rel="canonical" href="/articles/42">'),
  },
  '/embedded': { body: articleToHtml(FRAME_ARTICLE) },
  '/app/story-1': { body: articleToHtml(PAGE_ARTICLE) },
}));

async function extensionPage(): Promise<Page> {
  const { browser } = started();
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  return page;
}

describe('the history of a visit', () => {
  it(
    'keeps the article without its query and fragment, or by its canonical link, and nothing of a frame',
    async () => {
      const { browser, server } = started();
      const options = await extensionPage();
      const urls = async (entryId: string) =>
        (await askBackgroundFrom(options, { type: 'entry/history', entryId, limit: 10 })).sightings.map(
          (sighting) => sighting.url,
        );
      const page = await browser.context.newPage();
      await page.goto(`${server.url('/story')}?utm_source=newsletter&email=reader%40example.com#comments`);
      await vi.waitFor(async () => expect(await urls('باريس')).toEqual([server.url('/story')]), {
        timeout: HIGHLIGHT_WAIT_MS,
        interval: 250,
      });
      // The frame's article is highlighted in its frame (its own reader), but not kept.
      const frame = page.frames().find((candidate) => candidate.url().includes('/embedded'));
      await vi.waitFor(
        async () => expect(await frame?.evaluate(() => [...CSS.highlights.keys()].length)).toBeGreaterThan(0),
        { timeout: HIGHLIGHT_WAIT_MS, interval: 250 },
      );
      expect(await urls('بغداد')).toEqual([]);

      await page.goto(`${server.url('/canonical')}?ref=home`);
      await vi.waitFor(async () => expect(await urls('باريس')).toContain(server.url('/articles/42')), {
        timeout: HIGHLIGHT_WAIT_MS,
        interval: 250,
      });
      await page.close();
      await options.close();
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'starts a new visit when a single-page app moves to the next article (history.pushState)',
    async () => {
      const { browser, server } = started();
      const options = await extensionPage();
      const urls = async (entryId: string) =>
        (await askBackgroundFrom(options, { type: 'entry/history', entryId, limit: 10 })).sightings.map(
          (sighting) => sighting.url,
        );
      const before = await urls('باريس');
      const page = await browser.context.newPage();
      await page.goto(server.url('/app/story-1'));
      await vi.waitFor(async () => expect(await urls('باريس')).toHaveLength(before.length + 1), {
        timeout: HIGHLIGHT_WAIT_MS,
        interval: 250,
      });
      await page.evaluate(() => {
        history.pushState({}, '', '/app/story-2');
        const article = document.querySelector('article');
        if (article !== null) article.innerHTML = '<h1>خبر آخر</h1><p>عاد الوفد من باريس إلى بغداد.</p>';
      });
      await vi.waitFor(
        async () =>
          expect((await urls('باريس')).slice(0, 2)).toEqual([
            server.url('/app/story-2'),
            server.url('/app/story-1'),
          ]),
        { timeout: HIGHLIGHT_WAIT_MS, interval: 250 },
      );
      expect(await urls('بغداد')).toContain(server.url('/app/story-2'));

      // An app that puts the next article in first and changes the address after: the article is read again
      // at the address change, with nothing else changing, and is the new address's visit.
      await page.evaluate(() => {
        const article = document.querySelector('article');
        if (article !== null) article.innerHTML = '<h1>خبر ثالث</h1><p>وصل الوفد إلى دمشق أمس.</p>';
      });
      await vi.waitFor(async () => expect(await urls('دمشق')).toContain(server.url('/app/story-2')), {
        timeout: HIGHLIGHT_WAIT_MS,
        interval: 250,
      });
      await page.evaluate(() => history.pushState({}, '', '/app/story-3'));
      await vi.waitFor(async () => expect(await urls('دمشق')).toContain(server.url('/app/story-3')), {
        timeout: HIGHLIGHT_WAIT_MS,
        interval: 250,
      });
      await page.close();
      await options.close();
    },
    BROWSER_TIMEOUT_MS,
  );
});
