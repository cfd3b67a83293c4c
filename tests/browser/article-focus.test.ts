/**
 * The article first, in Chromium with the built extension: on a news page with menus, a ticker, a "read also"
 * list, a sidebar, comments and a footer, only the article is highlighted; the popup's "Whole page" marks the
 * rest too, and the site keeps the choice.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it, vi } from 'vitest';
import { outsideArticle } from '../../lib/page/article-scope';
import { findMainContent } from '../../lib/page/main-content';
import { collectTextBlocks } from '../../lib/page/text-blocks';
import {
  askReader,
  BROWSER_TIMEOUT_MS,
  expectedHighlights,
  HIGHLIGHT_WAIT_MS,
  loadGlossary,
  orderedHighlights,
  tabIdOf,
  useExtensionBrowser,
} from './harness';

const PAGE = readFileSync(new URL('../fixtures/pages/ar-news-furniture.html', import.meta.url), 'utf8');

const started = useExtensionBrowser(() => ({ '/furniture': { body: PAGE } }));

/** The texts the matching core highlights in the page's article, and in the whole page (happy-dom). */
async function expectedTexts(): Promise<{ article: string[]; whole: string[] }> {
  const window = new Window();
  window.document.write(PAGE);
  const body = window.document.body as unknown as HTMLElement;
  const scope = await findMainContent(body);
  const entries = loadGlossary();
  const texts = (blocks: { text: string }[]) =>
    expectedHighlights(
      blocks.map((block) => block.text),
      entries,
    ).map((match) => match.text);
  const article = texts(collectTextBlocks(body, { skipElement: (el) => outsideArticle(scope, el) }));
  const whole = texts(collectTextBlocks(body));
  await window.happyDOM.close();
  return { article, whole };
}

describe('the article first', () => {
  it(
    'highlights the article only; "Whole page" marks the menus too, and the site remembers it',
    async () => {
      const { article, whole } = await expectedTexts();
      expect(article.length).toBeGreaterThan(5);
      expect(whole.length).toBeGreaterThan(article.length);
      const { browser, server } = started();
      const glossaryTexts = async (page: import('playwright-core').Page) =>
        (await orderedHighlights(page))
          .filter((range) => range.name !== 'dalil-suggested')
          .map((range) => range.text);

      const page = await browser.context.newPage();
      await page.goto(server.url('/furniture'));
      await vi.waitFor(async () => expect(await glossaryTexts(page)).toEqual(article), {
        timeout: HIGHLIGHT_WAIT_MS,
        interval: 250,
      });
      const tabId = await tabIdOf(browser, page.url());
      expect(await askReader(browser, tabId, { type: 'page/status' })).toMatchObject({
        reading: 'article',
        wholePage: false,
      });

      const status = await askReader(browser, tabId, { type: 'page/whole-page', on: true });
      expect(status).toMatchObject({ reading: 'whole-page', wholePage: true });
      await vi.waitFor(async () => expect(await glossaryTexts(page)).toEqual(whole), {
        timeout: HIGHLIGHT_WAIT_MS,
        interval: 250,
      });

      // Another page of the site starts whole; set back, the article again.
      const again = await browser.context.newPage();
      await again.goto(`${server.url('/furniture')}?again`);
      await vi.waitFor(async () => expect(await glossaryTexts(again)).toEqual(whole), {
        timeout: HIGHLIGHT_WAIT_MS,
        interval: 250,
      });
      await askReader(browser, await tabIdOf(browser, again.url()), { type: 'page/whole-page', on: false });
      await vi.waitFor(async () => expect(await glossaryTexts(again)).toEqual(article), {
        timeout: HIGHLIGHT_WAIT_MS,
        interval: 250,
      });
      await page.close();
      await again.close();
    },
    BROWSER_TIMEOUT_MS,
  );
});
