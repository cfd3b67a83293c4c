/**
 * The toolbar popup in Firefox for a tab showing the seed article: its verdict and every entity the matching
 * core finds there, with its mentions. As in Chromium (tests/browser/popup.test.ts), the popup is opened as
 * a page, popup.html?tab=<tabId>, which is what it shows for that tab.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  expectedHighlights,
  HIGHLIGHT_WAIT_MS,
  loadGlossary,
  orderedHighlights,
  seedArticleBlockTexts,
} from '../browser/harness';
import { FIREFOX_TIMEOUT_MS, probed, tabIdOf, useFirefox } from './harness';

const started = useFirefox();

describe('the popup in Firefox for a tab showing the seed article', () => {
  it(
    "says it is Arabic news and lists the page's entities with their mentions",
    async () => {
      const { firefox, server } = started();
      const expected = new Map<string, number>();
      for (const match of expectedHighlights(seedArticleBlockTexts(), loadGlossary())) {
        expected.set(match.en, (expected.get(match.en) ?? 0) + 1);
      }
      const ranges = [...expected.values()].reduce((sum, count) => sum + count, 0);

      const article = await firefox.browser.newPage();
      await article.goto(server.url('/article'));
      await vi.waitFor(async () => expect((await orderedHighlights(probed(article))).length).toBe(ranges), {
        timeout: HIGHLIGHT_WAIT_MS,
        interval: 250,
      });

      const helper = await firefox.openExtensionPage('options.html');
      const tabId = await tabIdOf(helper, server.url('/article'));
      await helper.close();
      const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`);
      const read = () =>
        popup.evaluate(() => ({
          verdict: document.querySelector('.verdict-line')?.textContent ?? null,
          rows: [...document.querySelectorAll('.entity-row')].map((row) => [
            row.querySelector('.en')?.textContent ?? '',
            // The number shown (the words after it are for screen readers).
            Number.parseInt(row.querySelector('.count [aria-hidden="true"]')?.textContent ?? '', 10),
          ]),
        }));
      await vi.waitFor(
        async () => {
          const shown = await read();
          expect(shown.verdict).toBe('Arabic news — highlighting on');
          expect(shown.rows.length).toBe(expected.size);
        },
        { timeout: HIGHLIGHT_WAIT_MS, interval: 100 },
      );
      const { rows } = await read();
      expect(new Map(rows as Array<[string, number]>)).toEqual(expected);
      await popup.close();
      await article.close();
    },
    FIREFOX_TIMEOUT_MS,
  );
});
