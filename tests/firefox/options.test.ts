/**
 * The options page in Firefox: an entry added there is highlighted in a tab that is already open, without a
 * reload, as tests/browser/options.test.ts checks in Chromium (the background tells every tab the glossary
 * changed, and the page reader highlights again with the new glossary); its About links to the NOTICE the
 * package ships.
 */
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import {
  HIGHLIGHT_WAIT_MS,
  loadGlossary,
  ownPaintOf,
  readHighlights,
  unmarkedWord,
} from '../browser/harness';
import { FIREFOX_TIMEOUT_MS, probed, useFirefox } from './harness';

const started = useFirefox();
let entries: GlossaryEntry[] = [];
beforeAll(() => {
  entries = loadGlossary();
});

async function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  return readHighlights(probed(page));
}

describe('the options page in Firefox', () => {
  it(
    'an entry added there is highlighted in an already open tab without a reload',
    async () => {
      const { firefox, server } = started();
      const word = unmarkedWord(entries);
      const article = await firefox.browser.newPage();
      await article.goto(server.url('/article'));
      await vi.waitFor(
        async () => expect(Object.values(await highlightedTexts(article)).flat().length).toBeGreaterThan(0),
        { timeout: HIGHLIGHT_WAIT_MS, interval: 250 },
      );
      expect(Object.values(await highlightedTexts(article)).flat()).not.toContain(word);
      // Survives only if the page is never reloaded.
      await article.evaluate(() => {
        (window as { dalilTestMarker?: string }).dalilTestMarker = 'still here';
      });

      const options = await firefox.openExtensionPage('options.html');
      await options.locator('button::-p-text(Add an entry)').click();
      const form = 'form[aria-label="Add an entry"]';
      await options.locator(`${form} [name="ar"]`).fill(word);
      await options.locator(`${form} [name="en"]`).fill('Added in the test');
      await options.locator(`${form} [name="type"]`).fill('term');
      await options.locator(`${form} button[type="submit"]`).click();
      await vi.waitFor(
        async () =>
          expect(
            await options.evaluate(() => document.querySelector('[role="status"]')?.textContent),
          ).toMatch('Added in the test'),
        { timeout: 10_000, interval: 100 },
      );

      // Painted as the reader's own term, out of the page's sight (not in the highlight registry).
      await vi.waitFor(async () => expect(await ownPaintOf(probed(article), word)).toEqual(['term']), {
        timeout: HIGHLIGHT_WAIT_MS,
        interval: 250,
      });
      expect(Object.values(await highlightedTexts(article)).flat()).not.toContain(word);
      expect(await article.evaluate(() => (window as { dalilTestMarker?: string }).dalilTestMarker)).toBe(
        'still here',
      );
      await options.close();
      await article.close();
    },
    FIREFOX_TIMEOUT_MS,
  );

  it(
    "links its About to the package's licences and credits",
    async () => {
      const { firefox } = started();
      const options = await firefox.openExtensionPage('options.html');
      const link = await options.waitForSelector('footer a::-p-text(licences and credits)');
      const notice = await link?.evaluate(async (anchor) => {
        const { href } = anchor as HTMLAnchorElement;
        return { href, text: await (await fetch(href)).text() };
      });
      expect(notice?.href).toBe(`${firefox.extensionOrigin}/NOTICE.txt`);
      expect(notice?.text).toContain('ANERcorp');
      expect(notice?.text).toMatch(/name model .* — CC BY-SA 4\.0/);
      await options.close();
    },
    FIREFOX_TIMEOUT_MS,
  );
});
