/**
 * Pages that are not Arabic are left alone (acceptance item 3): a Persian news page, whose names the
 * glossary would match if the page were taken for Arabic, and an English news page with Arabic in a script
 * and a few Arabic words in its text.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  askReader,
  BROWSER_TIMEOUT_MS,
  readHighlights,
  tabIdOf,
  useExtensionBrowser,
  watchExtensionLoads,
} from './harness';

const started = useExtensionBrowser();

/** What the extension left on a page: its highlights and its host elements. */
async function traces(page: Page): Promise<{ highlights: Record<string, string[]>; hosts: number }> {
  return {
    highlights: await readHighlights(page),
    // Elements under <html> besides <head> and <body>: where the card's host would go.
    hosts: await page.evaluate(
      () =>
        [...document.documentElement.children].filter(
          (child) => child.localName !== 'head' && child.localName !== 'body',
        ).length,
    ),
  };
}

describe('pages that are not Arabic, in Chromium with the extension', () => {
  it(
    'leaves a Persian news page and an English news page alone',
    async () => {
      const { browser, server } = started();
      // The Persian title is in Arabic script, so the boot loads the reader. Its answer to the popup's status
      // question is the sign that it has decided (it answers after its first decision), and against.
      const persian = await browser.context.newPage();
      const persianLoads = await watchExtensionLoads(persian);
      await persian.goto(server.url('/persian'));
      const tabId = await tabIdOf(browser, server.url('/persian'));
      const status = await askReader(browser, tabId, { type: 'page/status' });
      expect({ verdict: status.detection.verdict, active: status.active }).toEqual({
        verdict: 'persian',
        active: false,
      });
      expect(await traces(persian)).toEqual({ highlights: {}, hosts: 0 });
      // Detection alone: the highlighting code was never loaded.
      expect(persianLoads.requested()).toEqual(['page-reader.js']);
      await persian.close();

      // The English title rules Arabic out: once the boot has run, it has asked for nothing more.
      const english = await browser.context.newPage();
      const loads = await watchExtensionLoads(english);
      await english.goto(server.url('/english'));
      await loads.booted();
      expect(loads.requested()).toEqual([]);
      expect(await traces(english)).toEqual({ highlights: {}, hosts: 0 });
      await english.close();
    },
    BROWSER_TIMEOUT_MS,
  );
});
