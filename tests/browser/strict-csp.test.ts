/**
 * The seed article under a strict Content-Security-Policy (acceptance item 6): it is highlighted, the
 * extension's ::highlight() rules reach the screen, and the card renders styled.
 *
 * getComputedStyle(element, '::highlight(name)') reads a rule's styles (which is why the names change on
 * every page load: a fixed name would tell any page that Dalil is installed), but not whether a range is
 * painted with them, so the check is on pixels: a screenshot of a highlighted word differs from the same clip
 * with the highlights taken out of the registry, and equals it again once they are put back (so the
 * difference is the highlight, not rendering noise).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import {
  BROWSER_TIMEOUT_MS,
  expectedHighlights,
  HIGHLIGHT_WAIT_MS,
  highlightRect,
  loadGlossary,
  nextPaint,
  orderedHighlights,
  readCard,
  STRICT_CSP,
  seedArticleBlockTexts,
  useExtensionBrowser,
  withoutHighlights,
} from './harness';

const started = useExtensionBrowser();
let entries: GlossaryEntry[] = [];
beforeAll(() => {
  entries = loadGlossary();
});

async function openStrictPage(): Promise<Page> {
  const { browser, server } = started();
  const page = await browser.context.newPage();
  const response = await page.goto(server.url('/csp/article'));
  expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
  const expected = expectedHighlights(seedArticleBlockTexts(), entries).map((match) => match.text);
  await vi.waitFor(
    async () => expect((await orderedHighlights(page)).map((range) => range.text)).toEqual(expected),
    { timeout: HIGHLIGHT_WAIT_MS, interval: 250 },
  );
  return page;
}

describe('the seed article under a strict CSP, in Chromium with the extension', () => {
  it(
    'is highlighted, and the highlight styles are painted',
    async () => {
      const page = await openStrictPage();
      const [first] = await orderedHighlights(page);
      if (first === undefined) throw new Error('no highlight on the page');
      const rect = await highlightRect(page, { name: first.name });
      if (rect === null) throw new Error(`the first ${first.name} range has no box on screen`);
      // Park the pointer away from the text so that no card covers the clip.
      await page.mouse.move(2, 2);
      await nextPaint(page);

      const clip = { x: rect.x, y: rect.y, width: Math.max(rect.width, 1), height: Math.max(rect.height, 1) };
      const highlighted = await page.screenshot({ clip });
      const plain = await withoutHighlights(page, () => page.screenshot({ clip }));
      await nextPaint(page);
      const restored = await page.screenshot({ clip });

      expect(restored.equals(highlighted), 'the same clip, highlights restored, renders the same').toBe(true);
      expect(plain.equals(highlighted), 'the ::highlight() rule changes how the word is painted').toBe(false);
      await page.close();
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'renders the card styled',
    async () => {
      const page = await openStrictPage();
      const rect = await highlightRect(page, { name: 'dalil-person' });
      if (rect === null) throw new Error('the first dalil-person range has no box on screen');
      await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
      await vi.waitFor(async () => expect(await readCard(page)).not.toBeNull(), {
        timeout: 10_000,
        interval: 100,
      });

      const card = await readCard(page);
      expect(card?.width).toBeGreaterThan(0);
      expect(card?.height).toBeGreaterThan(0);
      expect(['transparent', 'rgba(0, 0, 0, 0)']).not.toContain(card?.backgroundColor);
      await page.close();
    },
    BROWSER_TIMEOUT_MS,
  );
});
