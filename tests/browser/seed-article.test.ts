/**
 * The seed article served as a news page, in Chromium with the built extension: every entity the core
 * finds is highlighted, hovering one shows its card, paragraphs added later are painted, and the page's
 * DOM is left as it was (acceptance items 1, 2, 4 and 5).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import { englishReasons } from '../../lib/page/say-reason';
import {
  askReader,
  BROWSER_TIMEOUT_MS,
  domSnapshot,
  englishFor,
  expectedHighlights,
  HIGHLIGHT_WAIT_MS,
  highlightRect,
  highlightText,
  inCardRoot,
  launchWithoutExtension,
  loadGlossary,
  OWN_PAINT_MARKER,
  orderedHighlights,
  type Rect,
  readCard,
  seedArticleBlockTexts,
  tabIdOf,
  useExtensionBrowser,
} from './harness';

const started = useExtensionBrowser();
let entries: GlossaryEntry[] = [];
beforeAll(() => {
  entries = loadGlossary();
});

async function openArticle(): Promise<Page> {
  const { browser, server } = started();
  const page = await browser.context.newPage();
  await page.goto(server.url('/article'));
  return page;
}

/** Waits until the page's highlights, in document order, are exactly `expected`. */
async function waitForHighlightTexts(page: Page, expected: readonly string[]): Promise<void> {
  await vi.waitFor(
    async () => {
      const texts = (await orderedHighlights(page)).map((range) => range.text);
      expect(texts).toEqual(expected);
    },
    { timeout: HIGHLIGHT_WAIT_MS, interval: 250 },
  );
}

const centre = (rect: Rect) => ({ x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 });

describe('the seed article in Chromium with the extension', () => {
  it(
    'highlights every entity the matching core finds, one highlight per entity type',
    async () => {
      const expected = expectedHighlights(seedArticleBlockTexts(), entries);
      const expectedTexts = expected.map((match) => match.text);
      expect(expectedTexts).toEqual(expect.arrayContaining(['آشتون كارتر', 'بباريس']));

      const page = await openArticle();
      await waitForHighlightTexts(page, expectedTexts);

      const ranges = await orderedHighlights(page);
      expect(ranges.map((range) => range.name)).toEqual(expected.map((match) => match.name));
      const names = new Set(ranges.map((range) => range.name));
      expect([...names].sort()).toEqual([...new Set(expected.map((match) => match.name))].sort());
      expect(names).toContain('dalil-person');
      expect(names).toContain('dalil-place');
      await page.close();
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'detects the seed article saved bare (no lang, no metadata) from its text, and highlights it all',
    async () => {
      const expected = expectedHighlights(seedArticleBlockTexts(), entries).map((match) => match.text);
      const { browser, server } = started();
      const page = await browser.context.newPage();
      await page.goto(server.url('/bare-article'));
      await waitForHighlightTexts(page, expected);
      const tabId = await tabIdOf(browser, page.url());
      const status = await askReader(browser, tabId, { type: 'page/status' });
      expect(status?.detection).toMatchObject({ verdict: 'arabic-news', score: 0 });
      expect(englishReasons(status?.detection.reasons ?? [])).toContainEqual(
        expect.stringMatching(/^news from the text \d+ ≥ 3$/),
      );
      await page.close();
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'shows the card with the English on hover, gone when the pointer leaves unless a click pinned it; Escape closes it',
    async () => {
      const page = await openArticle();
      await vi.waitFor(
        async () => expect(await highlightText(page, { name: 'dalil-person' })).not.toBeNull(),
        {
          timeout: HIGHLIGHT_WAIT_MS,
          interval: 250,
        },
      );
      const text = (await highlightText(page, { name: 'dalil-person' })) ?? '';
      const english = englishFor(text, entries);
      expect(['Ashton Carter', 'Jean-Yves Le Drian']).toContain(english);

      const rect = await highlightRect(page, { name: 'dalil-person' });
      if (rect === null) throw new Error('the first dalil-person range has no box on screen');
      const point = centre(rect);
      const hover = async () => {
        await page.mouse.move(point.x, point.y);
        await vi.waitFor(async () => expect((await readCard(page))?.text).toContain(english), {
          timeout: 10_000,
          interval: 100,
        });
      };
      await hover();

      // Unpinned, the card goes once the pointer has been away for the hover grace; how long that takes
      // here is what the pinned card must outlast below.
      const left = Date.now();
      await page.mouse.move(2, 2);
      await vi.waitFor(async () => expect(await readCard(page)).toBeNull(), { timeout: 5000, interval: 50 });
      const unpinnedGoneMs = Date.now() - left;

      // Pinned: the card stays after the pointer leaves the entity and the card.
      await hover();
      await page.mouse.click(point.x, point.y);
      await page.mouse.move(2, 2);
      await page.waitForTimeout(2 * unpinnedGoneMs);
      expect((await readCard(page))?.text).toContain(english);

      await page.keyboard.press('Escape');
      await vi.waitFor(async () => expect(await readCard(page)).toBeNull(), { timeout: 5000, interval: 100 });
      await page.close();
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'highlights a paragraph added after load, and drops its highlights when it is removed',
    async () => {
      const original = expectedHighlights(seedArticleBlockTexts(), entries).map((match) => match.text);
      const sentence = 'وصل وزير الدفاع البريطاني مايكل فالون إلى بغداد';
      const added = expectedHighlights([sentence], entries).map((match) => match.text);
      expect(added).toContain('مايكل فالون');

      const page = await openArticle();
      await waitForHighlightTexts(page, original);

      await page.evaluate((text) => {
        const paragraph = document.createElement('p');
        paragraph.textContent = text;
        document.querySelector('article')?.append(paragraph);
      }, sentence);
      // The new paragraph is last in the article, so its entities come last in document order.
      await waitForHighlightTexts(page, [...original, ...added]);

      await page.evaluate(() => document.querySelector('article > p:last-of-type')?.remove());
      // Exactly the original list: no range left behind, not even an empty one collapsed onto the article.
      await waitForHighlightTexts(page, original);
      await page.close();
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    "leaves the page's DOM as it was, apart from its two host elements (the card's, the reader's own entries')",
    async () => {
      const { server } = started();
      const plain = await launchWithoutExtension();
      let withoutExtension: string;
      try {
        const page = await plain.newPage();
        await page.goto(server.url('/article'));
        withoutExtension = await domSnapshot(page);
      } finally {
        await plain.close();
      }

      const page = await openArticle();
      await waitForHighlightTexts(
        page,
        expectedHighlights(seedArticleBlockTexts(), entries).map((match) => match.text),
      );
      expect(await domSnapshot(page)).toBe(withoutExtension);

      // With the card open too.
      const rect = await highlightRect(page, { name: 'dalil-person' });
      if (rect === null) throw new Error('the first dalil-person range has no box on screen');
      const point = centre(rect);
      await page.mouse.move(point.x, point.y);
      await vi.waitFor(async () => expect(await readCard(page)).not.toBeNull(), {
        timeout: 10_000,
        interval: 100,
      });
      expect(await domSnapshot(page)).toBe(withoutExtension);

      const hosts = await page.evaluate(() =>
        [...document.documentElement.children]
          .filter((child) => child.localName !== 'head' && child.localName !== 'body')
          .map((host) => ({ openShadow: host.shadowRoot !== null, children: host.childNodes.length })),
      );
      // Two hosts, whose shadow roots the page cannot open (the probes reach them through DevTools).
      expect(hosts).toEqual([
        { openShadow: false, children: 0 },
        { openShadow: false, children: 0 },
      ]);
      expect(await inCardRoot(page, (root) => root.mode, null)).toBe('closed');
      expect(await inCardRoot(page, (root) => root.mode, null, OWN_PAINT_MARKER)).toBe('closed');
      await page.close();
    },
    BROWSER_TIMEOUT_MS,
  );
});
