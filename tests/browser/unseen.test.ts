/**
 * What a page can tell of Dalil, in Chromium with the built extension. Where Dalil does nothing (an English
 * page, where the boot stops at the title) nothing of it is there: no highlight styles, names, marks or
 * element. Where it highlights, its names are not fixed strings a page could look for or style by name: a
 * page's own `dalil-person` highlight is not styled, and a page that defines a `dalil-root` custom element
 * does not break the card. The registry itself is the page's too (it can list the highlights and add a
 * range, which is then painted like Dalil's), so what a card shows never comes from it: a range a page
 * added opens no card.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import {
  articleToHtml,
  BROWSER_TIMEOUT_MS,
  HIGHLIGHT_WAIT_MS,
  highlightRect,
  loadGlossary,
  readCard,
  readHighlights,
  seedArticleText,
  testRoutes,
  unmarkedWord,
  useExtensionBrowser,
  watchExtensionLoads,
} from './harness';

/** Run before the page's other scripts: the traps a page would set for a known Dalil. */
const TRAPS = `
<script>
  customElements.define('dalil-root', class extends HTMLElement {
    connectedCallback() { this.remove(); }
  });
</script>`;

const started = useExtensionBrowser(() => ({
  ...testRoutes(),
  '/trapped': { body: articleToHtml(seedArticleText()).replace('<head>', `<head>${TRAPS}`) },
}));

async function open(path: string): Promise<Page> {
  const { browser, server } = started();
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  return page;
}

/**
 * Everything a page can read that would name Dalil: the styles of the names it once had, the highlights,
 * performance marks, elements under <html> and constructed stylesheets. (Styles `scripting.insertCSS`
 * injects are in no list a page can read; that none was asked for is `watchExtensionLoads`'s to say.)
 */
function traces(page: Page) {
  return page.evaluate(() => {
    const paint = document.createElement('p');
    document.body.append(paint);
    const styled = ['person', 'place', 'focus'].map(
      (kind) => getComputedStyle(paint, `::highlight(dalil-${kind})`).backgroundColor,
    );
    paint.remove();
    return {
      styled,
      names: [...CSS.highlights.keys()],
      marks: performance
        .getEntries()
        .map((entry) => entry.name)
        .filter((name) => name.toLowerCase().includes('dalil')),
      hosts: [...document.documentElement.children]
        .map((child) => child.localName)
        .filter((name) => name !== 'head' && name !== 'body'),
      adopted: document.adoptedStyleSheets.length,
    };
  });
}

const UNSTYLED = 'rgba(0, 0, 0, 0)';

describe('what a page can tell of Dalil', () => {
  it(
    'finds nothing of it on a page where it does nothing',
    async () => {
      const { browser, server } = started();
      const page = await browser.context.newPage();
      const loads = await watchExtensionLoads(page);
      await page.goto(server.url('/english'));
      // Once the boot has run, it has asked for every other part it meant to load: here none, so nothing
      // of Dalil can come later.
      await loads.booted();
      expect(loads.requested()).toEqual([]);
      expect(await traces(page)).toEqual({
        styled: [UNSTYLED, UNSTYLED, UNSTYLED],
        names: [],
        marks: [],
        hosts: [],
        adopted: 0,
      });
      await page.close();
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'highlights under names a page cannot know, so its own dalil-person highlight is painted by nothing',
    async () => {
      const first = await open('/article');
      await vi.waitFor(
        async () => expect((await readHighlights(first))['dalil-person']?.length).toBeGreaterThan(0),
        {
          timeout: HIGHLIGHT_WAIT_MS,
          interval: 250,
        },
      );
      const seen = await traces(first);
      expect(seen.styled).toEqual([UNSTYLED, UNSTYLED, UNSTYLED]);
      expect(seen.names.length).toBeGreaterThan(0);
      expect(seen.names.filter((name) => name.includes('dalil'))).toEqual([]);
      expect(seen.marks).toEqual([]);
      // A page's own highlight under the old fixed name paints nothing.
      const fake = await first.evaluate(() => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector('p') as Node);
        CSS.highlights.set('dalil-person', new Highlight(range));
        return getComputedStyle(document.body, '::highlight(dalil-person)').backgroundColor;
      });
      expect(fake).toBe(UNSTYLED);

      const second = await open('/article');
      await vi.waitFor(async () => expect((await traces(second)).names.length).toBe(seen.names.length), {
        timeout: HIGHLIGHT_WAIT_MS,
        interval: 250,
      });
      const again = (await traces(second)).names;
      expect(again.filter((name) => seen.names.includes(name))).toEqual([]);
      await first.close();
      await second.close();
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    "opens no card over a range a page adds to Dalil's highlight",
    async () => {
      const page = await open('/article');
      await page.setViewportSize({ width: 1100, height: 900 });
      await vi.waitFor(
        async () => expect(await highlightRect(page, { name: 'dalil-person' })).not.toBeNull(),
        { timeout: HIGHLIGHT_WAIT_MS, interval: 250 },
      );
      // The control: the reader's hover over a person Dalil found opens its card, then closes it.
      const person = await highlightRect(page, { name: 'dalil-person' });
      if (person === null) throw new Error('no person on screen');
      await page.mouse.move(person.x + person.width / 2, person.y + person.height / 2);
      await vi.waitFor(async () => expect(await readCard(page)).not.toBeNull(), {
        timeout: 10_000,
        interval: 100,
      });
      await page.mouse.move(2, 2);
      await vi.waitFor(async () => expect(await readCard(page)).toBeNull(), {
        timeout: 10_000,
        interval: 100,
      });

      // The page lists the registry and adds a word Dalil does not mark to the first highlight it finds.
      const fake = await page.evaluate((word) => {
        const alone = new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u');
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const at = (node.textContent ?? '').search(alone);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + word.length);
          const [first] = [...CSS.highlights.values()];
          first?.add(range);
          node.parentElement?.scrollIntoView({ block: 'center' });
          const rect = range.getClientRects()[0];
          if (rect === undefined || first?.has(range) !== true) return null;
          return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
        }
        return null;
      }, unmarkedWord(loadGlossary()));
      if (fake === null) throw new Error('the word is not on the page, or the page could not add it');
      await page.mouse.move(fake.x + fake.width / 2, fake.y + fake.height / 2);
      // Held there ten times the hover delay the control's card needed less than: no card comes.
      for (let waited = 0; waited < 1500; waited += 100) {
        expect(await readCard(page)).toBeNull();
        await page.waitForTimeout(100);
      }
      await page.close();
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'shows the card on a page that defined the old host element to remove it',
    async () => {
      const page = await open('/trapped');
      await vi.waitFor(
        async () => expect(await highlightRect(page, { name: 'dalil-person' })).not.toBeNull(),
        {
          timeout: HIGHLIGHT_WAIT_MS,
          interval: 250,
        },
      );
      const rect = await highlightRect(page, { name: 'dalil-person' });
      if (rect === null) throw new Error('no person on screen');
      await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
      await vi.waitFor(async () => expect(await readCard(page)).not.toBeNull(), {
        timeout: 10_000,
        interval: 100,
      });
      await page.close();
    },
    BROWSER_TIMEOUT_MS,
  );
});
