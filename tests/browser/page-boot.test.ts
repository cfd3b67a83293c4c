/**
 * The boot script and what it loads, in Chromium: the page reader only where the title leaves Arabic
 * possible, the gloss card only on the first hover, and a reader the boot left out started on demand, by
 * the popup and on a site set to "always".
 */
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import type { SiteMode } from '../../lib/messages/protocol';
import {
  articleToHtml,
  askBackgroundFrom,
  BROWSER_TIMEOUT_MS,
  type ExtensionApi,
  type ExtensionLoads,
  HIGHLIGHT_WAIT_MS,
  highlightRect,
  orderedHighlights,
  readCard,
  seedArticleText,
  testRoutes,
  useExtensionBrowser,
  watchExtensionLoads,
} from './harness';

declare const chrome: ExtensionApi;

/** The seed article as a page the boot rules out: an English title, no right-to-left markup. */
const ENGLISH_TITLE = 'Coalition ministers meet in Paris to widen the campaign';
const englishTitled = () =>
  articleToHtml(seedArticleText(), ENGLISH_TITLE).replace('<html lang="ar" dir="rtl">', '<html lang="en">');

const started = useExtensionBrowser(() => ({ ...testRoutes(), '/english-title': { body: englishTitled() } }));

/** A new page with the extension's loads into it watched from the start. */
async function watchedPage(): Promise<{ page: Page; loads: ExtensionLoads }> {
  const page = await started().browser.context.newPage();
  return { page, loads: await watchExtensionLoads(page) };
}

async function waitForHighlights(page: Page): Promise<number> {
  let count = 0;
  await vi.waitFor(
    async () => {
      count = (await orderedHighlights(page)).length;
      expect(count).toBeGreaterThan(0);
    },
    { timeout: HIGHLIGHT_WAIT_MS, interval: 100 },
  );
  return count;
}

async function openPopup(tabId: number): Promise<Page> {
  const { browser } = started();
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** The id of the last tab opened (tabs.query gives ids without the tabs permission). */
async function lastTabId(): Promise<number> {
  return started().browser.serviceWorker.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    return Math.max(...tabs.map((tab) => tab.id ?? -1));
  });
}

describe('the boot script', () => {
  it(
    'loads the page reader on an Arabic article, and the card only when an entity is hovered',
    async () => {
      const { server } = started();
      const { page, loads } = await watchedPage();
      await page.goto(server.url('/article'));
      await waitForHighlights(page);
      expect(loads.scripts()).toContain('page-boot.js');
      expect(loads.scripts()).toContain('page-reader.js');
      // The reader read the page's text, loaded its highlighting and the name finder (which it does not wait
      // for): the card was not even asked for.
      await vi.waitFor(() => expect(loads.requested()).toContain('page-names.js'), { timeout: 10_000 });
      expect([...loads.requested()].sort()).toEqual([
        'page-article.js',
        'page-highlight.js',
        'page-names.js',
        'page-reader.js',
      ]);

      const rect = await highlightRect(page, { name: 'dalil-person' });
      if (rect === null) throw new Error('no person highlighted');
      await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
      await vi.waitFor(async () => expect(await readCard(page)).not.toBeNull(), {
        timeout: 10_000,
        interval: 100,
      });
      expect(loads.scripts()).toContain('page-card.js');
      await page.close();
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'stops at the title of an English page, and of an Arabic article under an English title',
    async () => {
      const { server } = started();
      for (const path of ['/english', '/english-title']) {
        const { page, loads } = await watchedPage();
        await page.goto(server.url(path));
        // Once the boot has run, a reader it meant to load would already have been asked for.
        await loads.booted();
        expect({ path, scripts: loads.scripts(), requested: loads.requested() }).toEqual({
          path,
          scripts: ['page-boot.js'],
          requested: [],
        });
        expect(await orderedHighlights(page)).toEqual([]);
        await page.close();
      }
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'gets the reader started by the popup where the boot stopped',
    async () => {
      const { server } = started();
      const { page, loads } = await watchedPage();
      await page.goto(server.url('/english-title'));
      await loads.booted();
      expect(loads.requested()).toEqual([]);

      const popup = await openPopup(await lastTabId());
      // Woken, the reader detects the Arabic text under the English title and highlights it.
      await expect
        .poll(() => popup.locator('.verdict-line').textContent())
        .toBe('Arabic news — highlighting on');
      expect(await waitForHighlights(page)).toBeGreaterThan(10);
      expect(loads.scripts()).toContain('page-reader.js');
      await popup.close();
      await page.close();
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'starts the reader on a site set to "always" even where the title rules Arabic out, until set back',
    async () => {
      const { browser, server } = started();
      const host = new URL(server.url('/')).host;
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      const setMode = (mode: SiteMode) => askBackgroundFrom(options, { type: 'sites/set', host, mode });
      const registered = () =>
        browser.serviceWorker.evaluate(async () =>
          (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.matches),
        );

      expect(await setMode('always')).toEqual({ mode: 'always' });
      await expect.poll(registered).toEqual([[`http://${host}/*`, `https://${host}/*`]]);
      const always = await watchedPage();
      await always.page.goto(server.url('/english-title'));
      // The registered wake-up runs in the same injection as the boot: by the time the boot has run, so
      // has it, and it has asked for the reader.
      await always.loads.booted();
      expect(always.loads.scripts()).toEqual(expect.arrayContaining(['page-boot.js', 'page-wake.js']));
      expect(always.loads.requested()).toContain('page-reader.js');
      expect(always.loads.requested()).not.toContain('page-card.js');
      expect(await waitForHighlights(always.page)).toBeGreaterThan(10);
      await always.page.close();

      expect(await setMode('auto')).toEqual({ mode: 'auto' });
      await expect.poll(registered).toEqual([]);
      const after = await watchedPage();
      await after.page.goto(server.url('/english-title'));
      await after.loads.booted();
      expect(after.loads.scripts()).toEqual(['page-boot.js']);
      expect(after.loads.requested()).toEqual([]);
      await after.page.close();
      await options.close();
    },
    BROWSER_TIMEOUT_MS,
  );
});
