/**
 * Pages that are not Arabic are left alone in Firefox too: the Persian news page (whose names the glossary
 * would match if it were taken for Arabic) and the English news page of tests/browser/other-languages.test.ts.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it, vi } from 'vitest';
import { type ExtensionApi, readHighlights } from '../browser/harness';
import { askReader, FIREFOX_TIMEOUT_MS, probed, tabIdOf, useFirefox } from './harness';

const started = useFirefox();

async function open(path: string): Promise<Page> {
  const { firefox, server } = started();
  const page = await firefox.browser.newPage();
  await page.goto(server.url(path));
  return page;
}

/** What the extension left on a page: its highlights and its host elements. */
async function traces(page: Page): Promise<{ highlights: Record<string, string[]>; hosts: number }> {
  return {
    highlights: await readHighlights(probed(page)),
    // Elements under <html> besides <head> and <body>: where the card's host would go.
    hosts: await page.evaluate(
      () =>
        [...document.documentElement.children].filter(
          (child) => child.localName !== 'head' && child.localName !== 'body',
        ).length,
    ),
  };
}

describe('pages that are not Arabic, in Firefox with the extension', () => {
  it(
    'leaves a Persian news page and an English news page alone',
    async () => {
      const { firefox, server } = started();
      const extensionPage = await firefox.openExtensionPage('options.html');

      // The Persian title is in Arabic script, so the boot loads the reader. Its answer to the popup's status
      // question is the sign that it has decided (it answers after its first decision), and against.
      const persian = await open('/persian');
      const persianTab = await tabIdOf(extensionPage, server.url('/persian'));
      // The reader may not listen yet when the tab is found: ask until it answers.
      const status = await vi.waitFor(() => askReader(extensionPage, persianTab, { type: 'page/status' }), {
        timeout: 20_000,
        interval: 200,
      });
      expect({ verdict: status.detection.verdict, active: status.active }).toEqual({
        verdict: 'persian',
        active: false,
      });
      expect(await traces(persian)).toEqual({ highlights: {}, hosts: 0 });
      await persian.close();

      // The English title rules Arabic out, so the boot stops and no reader ever listens in the tab. A script
      // the extension injects at document_idle runs after the boot (Firefox runs an extension's idle-time
      // scripts in turn), so once it has, the boot has had its turn.
      const english = await open('/english');
      const englishTab = await tabIdOf(extensionPage, server.url('/english'));
      const injected = await extensionPage.evaluate(async (tabId) => {
        const { browser } = globalThis as unknown as { browser: ExtensionApi };
        const [frame] = await browser.scripting.executeScript({
          target: { tabId },
          func: () => document.readyState,
        });
        return frame?.result;
      }, englishTab);
      expect(injected).toBe('complete');
      await expect(askReader(extensionPage, englishTab, { type: 'page/status' })).rejects.toThrow(
        /Receiving end does not exist/,
      );
      expect(await traces(english)).toEqual({ highlights: {}, hosts: 0 });
      await english.close();
      await extensionPage.close();
    },
    FIREFOX_TIMEOUT_MS,
  );
});
