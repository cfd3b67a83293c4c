/**
 * Pages that are not Arabic are left alone (acceptance item 3): a Persian news page, whose names the
 * glossary would match if the page were taken for Arabic, and an English news page with Arabic in a script
 * and a few Arabic words in its text.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import {
  BROWSER_TIMEOUT_MS,
  HIGHLIGHT_WAIT_MS,
  orderedHighlights,
  readHighlights,
  useExtensionBrowser,
} from './harness';

const started = useExtensionBrowser();

async function open(path: string): Promise<Page> {
  const { browser, server } = started();
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  return page;
}

/** What the extension left on a page: its highlights and its host elements. */
async function traces(page: Page): Promise<{ highlights: Record<string, string[]>; hosts: number }> {
  return {
    highlights: await readHighlights(page),
    hosts: await page.evaluate(() => document.querySelectorAll('dalil-root').length),
  };
}

describe('pages that are not Arabic, in Chromium with the extension', () => {
  it(
    'leaves a Persian news page and an English news page alone',
    async () => {
      // The Arabic article is the control: it shows that the extension runs in this browser, and how long it
      // takes to paint a page. Each other page then gets several times that long, alone in the foreground
      // (a background tab's timers may be throttled), before we look for traces.
      const started = Date.now();
      const arabic = await open('/article');
      await vi.waitFor(async () => expect((await orderedHighlights(arabic)).length).toBeGreaterThan(0), {
        timeout: HIGHLIGHT_WAIT_MS,
        interval: 100,
      });
      const settle = Math.min(10_000, Math.max(3000, 3 * (Date.now() - started)));
      await arabic.close();

      for (const path of ['/persian', '/english']) {
        const page = await open(path);
        await page.bringToFront();
        await page.waitForTimeout(settle);
        expect({ path, ...(await traces(page)) }).toEqual({ path, highlights: {}, hosts: 0 });
        await page.close();
      }
    },
    BROWSER_TIMEOUT_MS,
  );
});
