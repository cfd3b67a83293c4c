/**
 * Hostile pages in Chromium with the built extension: a 5 MB article, a page that adds a node every 10 ms
 * for 10 s, 10,000 nested elements, and text in an open shadow root and in a same-origin iframe (the
 * content script runs in every frame). Behaviour only: how fast is `npm run bench`'s business.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import {
  articleBlocks,
  articleToHtml,
  askReader,
  BROWSER_TIMEOUT_MS,
  expectedHighlights,
  HIGHLIGHT_LABELS,
  loadGlossary,
  orderedHighlights,
  registeredRanges,
  seedArticleText,
  tabIdOf,
  useExtensionBrowser,
} from './harness';

const FIVE_MB = 5 * 1024 * 1024;

/** The seed article's text, repeated (whole copies) until it holds `bytes` of UTF-8. */
function repeatedArticle(bytes: number): string {
  const text = seedArticleText();
  const copies = Math.ceil(bytes / Buffer.byteLength(text, 'utf8'));
  return Array.from({ length: copies }, () => text).join('\n\n');
}

/** Sentences of the seed article that hold an entity, and one that holds none. */
const WITH_ENTITY = ['وصل وزير الدفاع البريطاني مايكل فالون إلى بغداد', 'التقى آشتون كارتر نظيره في باريس'];
const WITHOUT = 'وقال إن الاجتماع استمر ساعات طويلة';

/**
 * Adds a paragraph every 10 ms for 10 s, one in 50 with an entity, and drops the oldest one every 25. (Few
 * entities, so that every one of them is registered at once and the page's highlights can be compared
 * whole; the registration of far entities near the viewport is the 5 MB test's.)
 */
const LIVE_SCRIPT = `
<script>
  const withEntity = ${JSON.stringify(WITH_ENTITY)};
  const started = performance.now();
  let added = 0;
  const timer = setInterval(() => {
    const p = document.createElement('p');
    p.className = 'live';
    p.textContent = added % 50 === 0 ? withEntity[(added / 50) % withEntity.length] : ${JSON.stringify(WITHOUT)} + ' ' + added;
    document.querySelector('article').append(p);
    added++;
    if (added % 25 === 0) document.querySelector('p.live')?.remove();
    if (performance.now() - started > 10000) {
      clearInterval(timer);
      document.body.dataset.added = String(added);
    }
  }, 10);
</script>`;

/**
 * 10,000 nested elements, and 5,000 nested spans holding a sentence with a name. Chromium 156 crashes its
 * own renderer laying out 3,000 nested divs (without the extension too), so the 10,000 levels are in a
 * display:none subtree: in the document for the walk, never laid out.
 */
const DEEP_SCRIPT = `
<div id="unrendered" style="display:none"></div>
<script>
  const nest = (from, depth, tag) => {
    let node = from;
    for (let level = 0; level < depth; level++) {
      const child = document.createElement(tag);
      node.append(child);
      node = child;
    }
    return node;
  };
  nest(document.getElementById('unrendered'), 10000, 'div').textContent = ${JSON.stringify(WITHOUT)};
  const deepest = nest(document.querySelector('article'), 5000, 'span');
  deepest.id = 'deepest';
  deepest.textContent = ${JSON.stringify(WITH_ENTITY[0])};
</script>`;

/** An open shadow root holding a paragraph, and a same-origin iframe with a short article, in the article. */
const SHADOW_AND_FRAME = `
<div id="host"></div>
<iframe id="frame" src="/frame" width="600" height="400"></iframe>
<script>
  const root = document.getElementById('host').attachShadow({ mode: 'open' });
  root.innerHTML = '<p id="shadowed">${WITH_ENTITY[1]}</p>';
</script>`;

const FRAME_ARTICLE = `اجتماع في باريس\n\n${WITH_ENTITY.join('. ')}.`;

const withBeforeBodyEnd = (html: string, extra: string) => html.replace('</body>', `${extra}\n</body>`);

const started = useExtensionBrowser(() => ({
  '/five-mb': { body: articleToHtml(repeatedArticle(FIVE_MB)) },
  '/live': { body: withBeforeBodyEnd(articleToHtml(FRAME_ARTICLE), LIVE_SCRIPT) },
  '/deep': { body: withBeforeBodyEnd(articleToHtml(seedArticleText()), DEEP_SCRIPT) },
  '/shadow': {
    body: articleToHtml(seedArticleText()).replace('</article>', `${SHADOW_AND_FRAME}\n</article>`),
  },
  '/frame': { body: articleToHtml(FRAME_ARTICLE) },
}));

let glossary: GlossaryEntry[] | undefined;
const entries = () => {
  glossary ??= loadGlossary();
  return glossary;
};

async function open(path: string): Promise<Page> {
  const { browser, server } = started();
  const page = await browser.context.newPage();
  await page.goto(server.url(path), { waitUntil: 'domcontentloaded' });
  return page;
}

describe('hostile pages in Chromium with the extension', () => {
  it(
    'reads a 5 MB article whole, and registers the far entities as they come near the viewport',
    async () => {
      const text = repeatedArticle(FIVE_MB);
      const { headline, paragraphs } = articleBlocks(text);
      const blocks = [headline, ...paragraphs.map((block) => block.text)];
      const expected = expectedHighlights(blocks, entries());
      const lastParagraph = expectedHighlights([blocks.at(-1) ?? ''], entries()).map((match) => match.text);
      expect(lastParagraph.length).toBeGreaterThan(0);

      const page = await open('/five-mb');
      const { browser, server } = started();
      const tab = await tabIdOf(browser, server.url('/five-mb'));
      // Every entity found, as the page reader counts them (the popup's list), once the scan is through.
      await vi.waitFor(
        async () => {
          const { entities } = await askReader(browser, tab, { type: 'page/entities' });
          expect(entities.reduce((sum, entity) => sum + entity.count, 0)).toBe(expected.length);
        },
        { timeout: 45_000, interval: 500 },
      );
      // Only what is near the viewport is registered with the page's highlights.
      const near = await registeredRanges(page);
      expect(near.length).toBeGreaterThan(0);
      expect(near.length).toBeLessThan(expected.length / 10);

      await page.evaluate(() => document.querySelector('article > p:last-of-type')?.scrollIntoView());
      await vi.waitFor(
        async () => {
          const texts = await page.evaluate((count) => {
            const last = document.querySelector('article > p:last-of-type');
            const inLast: string[] = [];
            for (const highlight of [...CSS.highlights.values()].slice(0, count)) {
              for (const range of highlight) {
                if (last?.contains(range.startContainer)) {
                  inLast.push(
                    (range.startContainer.textContent ?? '').slice(range.startOffset, range.endOffset),
                  );
                }
              }
            }
            return inLast;
          }, HIGHLIGHT_LABELS.length);
          expect(texts.sort()).toEqual([...lastParagraph].sort());
        },
        { timeout: 10_000, interval: 250 },
      );
      await page.close();
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'keeps up with a page that adds a node every 10 ms for 10 s and removes some',
    async () => {
      const page = await open('/live');
      await page.waitForFunction(() => document.body.dataset.added !== undefined, null, { timeout: 20_000 });
      expect(expectedHighlights([WITHOUT], entries())).toEqual([]);
      const blocks = await page.evaluate(() =>
        [...document.querySelectorAll('article > h1, article > p')].map((el) => el.textContent ?? ''),
      );
      expect(blocks.length).toBeGreaterThan(500);
      const expected = expectedHighlights(blocks, entries()).map((match) => match.text);
      await vi.waitFor(
        async () => expect((await orderedHighlights(page)).map((range) => range.text)).toEqual(expected),
        { timeout: 15_000, interval: 250 },
      );
      const stale = (await orderedHighlights(page)).filter((range) => !range.connected);
      expect(stale).toEqual([]);
      await page.close();
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'reads through 10,000 nested elements and finds the name at the bottom of 5,000 more',
    async () => {
      const page = await open('/deep');
      await vi.waitFor(
        async () => {
          const inDeepest = await page.evaluate((count) => {
            const deepest = document.getElementById('deepest')?.firstChild;
            const texts: string[] = [];
            for (const highlight of [...CSS.highlights.values()].slice(0, count)) {
              for (const range of highlight) {
                if (range.startContainer === deepest) {
                  texts.push((deepest.textContent ?? '').slice(range.startOffset, range.endOffset));
                }
              }
            }
            return texts;
          }, HIGHLIGHT_LABELS.length);
          const expected = expectedHighlights([WITH_ENTITY[0] ?? ''], entries()).map((match) => match.text);
          expect(inDeepest.sort()).toEqual(expected.sort());
        },
        { timeout: 20_000, interval: 250 },
      );
      await page.close();
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'highlights text in an open shadow root and in a same-origin iframe',
    async () => {
      const page = await open('/shadow');
      const inShadow = expectedHighlights([WITH_ENTITY[1] ?? ''], entries()).map((match) => match.text);
      expect(inShadow.length).toBeGreaterThan(0);
      await vi.waitFor(
        async () => {
          const shadowed = (await registeredRanges(page)).filter((range) => range.inShadow);
          expect(shadowed.map((range) => range.text)).toEqual(inShadow);
        },
        { timeout: 20_000, interval: 250 },
      );

      const { headline, paragraphs } = articleBlocks(FRAME_ARTICLE);
      const inFrame = expectedHighlights([headline, ...paragraphs.map((block) => block.text)], entries());
      await vi.waitFor(
        async () => {
          const frame = page.frames().find((candidate) => candidate.url().endsWith('/frame'));
          expect(frame).toBeDefined();
          const texts = (await registeredRanges(frame as Frame)).map((range) => range.text);
          expect(texts.sort()).toEqual(inFrame.map((match) => match.text).sort());
        },
        { timeout: 20_000, interval: 250 },
      );
      await page.close();
    },
    BROWSER_TIMEOUT_MS,
  );
});
