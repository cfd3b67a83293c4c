/**
 * What a page can tell of Dalil, in Chromium with the built extension. Where Dalil does nothing (an English
 * page, where the boot stops at the title) nothing of it is there: no highlight styles, names, marks or
 * element. Where it highlights, its names are not fixed strings a page could look for, paint into or take
 * over: a page's own `dalil-person` highlight is not styled, and a page that defines a `dalil-root` custom
 * element does not break the card.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import {
  articleToHtml,
  BROWSER_TIMEOUT_MS,
  HIGHLIGHT_WAIT_MS,
  highlightRect,
  readCard,
  readHighlights,
  seedArticleText,
  testRoutes,
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

/** Everything a page can read that would name Dalil. */
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
      sheets: document.adoptedStyleSheets.length + document.styleSheets.length,
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
        sheets: await page.evaluate(() => document.styleSheets.length),
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
