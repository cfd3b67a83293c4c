/**
 * The navigation keys in Chromium with the built extension: they are the page's wherever the reader types
 * (a text field, a contenteditable editor), and between entities they go on from the last one shown, both
 * ways, after Escape too.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import {
  articleToHtml,
  BROWSER_TIMEOUT_MS,
  HIGHLIGHT_LABELS,
  HIGHLIGHT_WAIT_MS,
  orderedHighlights,
  readCard,
  seedArticleText,
  useExtensionBrowser,
} from './harness';

const EDITORS = `
<textarea id="field" rows="2" cols="40"></textarea>
<div id="editor" contenteditable="true" style="min-height: 2em; border: 1px solid">x</div>`;

const started = useExtensionBrowser(() => ({
  '/typing': { body: articleToHtml(seedArticleText()).replace('<body>', `<body>${EDITORS}`) },
}));

async function openArticle(): Promise<Page> {
  const { browser, server } = started();
  const page = await browser.context.newPage();
  await page.goto(server.url('/typing'));
  await vi.waitFor(async () => expect((await orderedHighlights(page)).length).toBeGreaterThan(5), {
    timeout: HIGHLIGHT_WAIT_MS,
    interval: 250,
  });
  return page;
}

/** Where the keyboard's current entity stands among the painted ones (document order), or null. */
function focusedIndex(page: Page): Promise<number | null> {
  return page.evaluate((count) => {
    // The extension's highlights, in the order registered: the kinds, then the keyboard's current entity.
    const ours = [...CSS.highlights.values()].slice(0, count);
    const [current] = [...(ours.at(-1) ?? [])];
    if (current === undefined) return null;
    const ranges = ours.slice(0, -1).flatMap((highlight) => [...highlight]);
    const live = (abstract: AbstractRange) => {
      const range = document.createRange();
      range.setStart(abstract.startContainer, abstract.startOffset);
      range.setEnd(abstract.endContainer, abstract.endOffset);
      return range;
    };
    const before = live(current);
    return ranges.filter((other) => live(other).compareBoundaryPoints(Range.START_TO_START, before) < 0)
      .length;
  }, HIGHLIGHT_LABELS.length);
}

describe('the navigation keys', () => {
  it(
    'type into a field and an editor as they would without Dalil, and leave focus there',
    async () => {
      const page = await openArticle();
      await page.click('#field');
      await page.keyboard.type('abc');
      await page.keyboard.press('Alt+Shift+N');
      await page.keyboard.type('def');
      expect(await page.inputValue('#field')).toBe('abcdef');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('field');

      await page.click('#editor');
      await page.keyboard.press('End');
      await page.keyboard.press('Alt+Shift+P');
      await page.keyboard.type('yz');
      expect(await page.evaluate(() => document.getElementById('editor')?.textContent)).toBe('xyz');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');
      expect(await readCard(page)).toBeNull();
      expect(await focusedIndex(page)).toBeNull();
      await page.close();
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'go on from the last entity shown, both ways, after Escape too',
    async () => {
      const page = await openArticle();
      const total = (await orderedHighlights(page)).length;
      const press = async (key: string, expected: number | null) => {
        await page.keyboard.press(key);
        await vi.waitFor(async () => expect(await focusedIndex(page)).toBe(expected), {
          timeout: 5000,
          interval: 50,
        });
      };
      // Focus is on the page (nothing typed into): the keys are Dalil's.
      await page.mouse.click(2, 2);
      await press('Alt+Shift+N', 0);
      await vi.waitFor(async () => expect(await readCard(page)).not.toBeNull(), { timeout: 10_000 });
      await press('Alt+Shift+N', 1);
      await press('Alt+Shift+N', 2);
      await press('Alt+Shift+P', 1);
      await page.keyboard.press('Escape');
      await vi.waitFor(async () => expect(await readCard(page)).toBeNull(), { timeout: 5000 });
      await press('Alt+Shift+N', 2);
      await page.keyboard.press('Escape');
      await press('Alt+Shift+P', 1);
      await press('Alt+Shift+P', 0);
      await press('Alt+Shift+P', total - 1);
      await page.close();
    },
    BROWSER_TIMEOUT_MS,
  );
});
