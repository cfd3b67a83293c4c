/**
 * The boot script and what it loads, in Chromium: the page reader only where the title leaves Arabic
 * possible, the gloss card only on the first hover, and a reader the boot left out started on demand, by
 * the popup and on a site set to "always".
 */
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import {
  articleToHtml,
  BROWSER_TIMEOUT_MS,
  type ExtensionApi,
  HIGHLIGHT_WAIT_MS,
  highlightRect,
  orderedHighlights,
  readCard,
  seedArticleText,
  testRoutes,
  useExtensionBrowser,
} from './harness';

declare const chrome: ExtensionApi;

/** The seed article as a page the boot rules out: an English title, no right-to-left markup. */
const ENGLISH_TITLE = 'Coalition ministers meet in Paris to widen the campaign';
const englishTitled = () =>
  articleToHtml(seedArticleText(), ENGLISH_TITLE).replace('<html lang="ar" dir="rtl">', '<html lang="en">');

const started = useExtensionBrowser(() => ({ ...testRoutes(), '/english-title': { body: englishTitled() } }));

/** A new page whose parsed scripts are recorded (isolated worlds included), by file name. */
async function pageWithScriptLog(): Promise<{ page: Page; scripts: () => string[] }> {
  const page = await started().browser.context.newPage();
  const cdp = await page.context().newCDPSession(page);
  const urls: string[] = [];
  cdp.on('Debugger.scriptParsed', (event) => urls.push(event.url));
  await cdp.send('Debugger.enable');
  const ours = () =>
    urls.filter((url) => url.startsWith('chrome-extension://')).map((url) => new URL(url).pathname.slice(1));
  return { page, scripts: ours };
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
      const { page, scripts } = await pageWithScriptLog();
      await page.goto(server.url('/article'));
      await waitForHighlights(page);
      expect(scripts()).toContain('page-boot.js');
      expect(scripts()).toContain('page-reader.js');
      expect(scripts()).not.toContain('page-card.js');

      const rect = await highlightRect(page, { name: 'dalil-person' });
      if (rect === null) throw new Error('no person highlighted');
      await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
      await vi.waitFor(async () => expect(await readCard(page)).not.toBeNull(), {
        timeout: 10_000,
        interval: 100,
      });
      expect(scripts()).toContain('page-card.js');
      await page.close();
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'stops at the title of an English page, and of an Arabic article under an English title',
    async () => {
      const { server } = started();
      // The control: the reader of an Arabic article loads and paints within this time.
      const control = await pageWithScriptLog();
      const start = Date.now();
      await control.page.goto(server.url('/article'));
      await waitForHighlights(control.page);
      const settle = Math.max(2000, 3 * (Date.now() - start));
      await control.page.close();

      for (const path of ['/english', '/english-title']) {
        const { page, scripts } = await pageWithScriptLog();
        await page.goto(server.url(path));
        await page.waitForTimeout(settle);
        expect({ path, scripts: scripts() }).toEqual({ path, scripts: ['page-boot.js'] });
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
      const { page, scripts } = await pageWithScriptLog();
      await page.goto(server.url('/english-title'));
      await page.waitForTimeout(500);
      expect(scripts()).not.toContain('page-reader.js');

      const popup = await openPopup(await lastTabId());
      // Woken, the reader detects the Arabic text under the English title and highlights it.
      await expect.poll(() => popup.locator('.verdict-line').textContent()).toBe('Arabic news');
      expect(await waitForHighlights(page)).toBeGreaterThan(10);
      expect(scripts()).toContain('page-reader.js');
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
      const setMode = (mode: string) =>
        options.evaluate(
          async ([host, mode]) => chrome.runtime.sendMessage({ type: 'site/set', host, mode }),
          [host, mode] as const,
        );
      const registered = () =>
        browser.serviceWorker.evaluate(async () =>
          (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.matches),
        );

      expect((await setMode('always'))?.ok).toBe(true);
      await expect.poll(registered).toEqual([[`http://${host}/*`, `https://${host}/*`]]);
      const page = await browser.context.newPage();
      await page.goto(server.url('/english-title'));
      expect(await waitForHighlights(page)).toBeGreaterThan(10);
      await page.close();

      expect((await setMode('auto'))?.ok).toBe(true);
      await expect.poll(registered).toEqual([]);
      const after = await pageWithScriptLog();
      await after.page.goto(server.url('/english-title'));
      await after.page.waitForTimeout(1000);
      expect(after.scripts()).toEqual(['page-boot.js']);
      await after.page.close();
      await options.close();
    },
    BROWSER_TIMEOUT_MS,
  );
});
