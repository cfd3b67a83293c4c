/**
 * The seed article in Firefox ESR with the built Firefox extension: the entities highlighted are those the
 * matching core finds, in the same highlights, which is what tests/browser/seed-article.test.ts holds
 * Chromium to, also under the strict Content-Security-Policy of tests/browser/strict-csp.test.ts (the policy
 * must not stop the boot script's import of the reader); hovering one shows its card, and
 * Escape closes it.
 */
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import {
  englishFor,
  expectedHighlights,
  HIGHLIGHT_WAIT_MS,
  highlightRect,
  highlightText,
  loadGlossary,
  orderedHighlights,
  readCard,
  seedArticleBlockTexts,
} from '../browser/harness';
import { FIREFOX_TIMEOUT_MS, probed, useFirefox } from './harness';

const started = useFirefox();
let entries: GlossaryEntry[] = [];
beforeAll(() => {
  entries = loadGlossary();
});

async function openArticle(path = '/article'): Promise<Page> {
  const { firefox, server } = started();
  const page = await firefox.browser.newPage();
  await page.goto(server.url(path));
  return page;
}

describe('the seed article in Firefox with the extension', () => {
  it.each([
    ['', '/article'],
    [' under a strict Content-Security-Policy', '/csp/article'],
  ])(
    'highlights every entity the matching core finds, in the highlight of its type%s',
    async (_, path) => {
      const expected = expectedHighlights(seedArticleBlockTexts(), entries);
      expect(expected.map((match) => match.text)).toEqual(expect.arrayContaining(['آشتون كارتر', 'بباريس']));

      const page = await openArticle(path);
      await vi.waitFor(
        async () => {
          const ranges = await orderedHighlights(probed(page));
          expect(ranges.map(({ name, text }) => ({ name, text }))).toEqual(
            expected.map(({ name, text }) => ({ name, text })),
          );
        },
        { timeout: HIGHLIGHT_WAIT_MS, interval: 250 },
      );
      await page.close();
    },
    FIREFOX_TIMEOUT_MS,
  );

  it(
    'shows the card with the English on hover; Escape closes it',
    async () => {
      const page = await openArticle();
      const probe = probed(page);
      const text = await vi.waitFor(
        async () => {
          const found = await highlightText(probe, { name: 'dalil-person' });
          expect(found).not.toBeNull();
          return found as string;
        },
        { timeout: HIGHLIGHT_WAIT_MS, interval: 250 },
      );
      const english = englishFor(text, entries);
      expect(['Ashton Carter', 'Jean-Yves Le Drian']).toContain(english);

      const rect = await highlightRect(probe, { name: 'dalil-person' });
      if (rect === null) throw new Error('the first dalil-person range has no box on screen');
      await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
      await vi.waitFor(async () => expect((await readCard(probe))?.text).toContain(english), {
        timeout: 10_000,
        interval: 100,
      });

      await page.keyboard.press('Escape');
      await vi.waitFor(async () => expect(await readCard(probe)).toBeNull(), {
        timeout: 5000,
        interval: 100,
      });
      await page.close();
    },
    FIREFOX_TIMEOUT_MS,
  );
});
