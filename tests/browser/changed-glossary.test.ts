/**
 * A page that pries into how the reader changed the bundled glossary, in Chromium with the built extension:
 * the reader deleted one bundled entry, added a spelling to another and made a third another type. The page
 * writes all three into its text and reads the highlight registry it shares with the content script: it
 * must read just what it reads on a fresh install. The reader meanwhile sees their own glossary: the added
 * spelling and the new type painted apart, in the closed shadow root, and the deleted entry struck through.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import {
  articleToHtml,
  askBackgroundFrom,
  BROWSER_TIMEOUT_MS,
  HIGHLIGHT_WAIT_MS,
  loadGlossary,
  ownPaintOf,
  readHighlights,
  registryAsThePageReadsIt,
  seedArticleText,
  useExtensionBrowser,
} from './harness';

/** The bundled entries the reader changes: one deleted, one given a spelling, one made an organisation. */
const DELETED = 'بغداد';
const SPELLED = 'باراك اوباما';
const ADDED_SPELLING = 'باراك حسين أوباما';
const RETYPED = 'دمشق';
const BAIT = `وقال الرئيس ${ADDED_SPELLING} إن الوفد وصل إلى ${DELETED} أمس قادما من ${RETYPED}.`;

const started = useExtensionBrowser(() => ({
  '/prying': { body: articleToHtml(seedArticleText()) },
}));

/** Opens the page, waits for its highlights, writes the bait into its article and waits for it to be read. */
async function pryingPage(): Promise<Page> {
  const { browser, server } = started();
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(server.url('/prying'));
  await vi.waitFor(
    async () => expect((await readHighlights(page))['dalil-place']?.length).toBeGreaterThan(0),
    { timeout: HIGHLIGHT_WAIT_MS, interval: 250 },
  );
  await page.evaluate((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    document.querySelector('article')?.prepend(p);
    p.scrollIntoView({ block: 'center' });
  }, BAIT);
  await vi.waitFor(async () => expect((await readHighlights(page))['dalil-place']).toContain(DELETED), {
    timeout: HIGHLIGHT_WAIT_MS,
    interval: 100,
  });
  return page;
}

describe('a page that pries into the reader’s changes to the bundled glossary', () => {
  it(
    'reads the registry of a fresh install; the reader sees their own glossary',
    async () => {
      const fresh = await pryingPage();
      const toldFresh = await registryAsThePageReadsIt(fresh);
      // The fresh install's reading of the bait: Obama by his short form, Baghdad and Damascus as places.
      expect(toldFresh.flat()).toEqual(expect.arrayContaining(['أوباما', DELETED, RETYPED]));
      expect(toldFresh.flat()).not.toContain(ADDED_SPELLING);
      await fresh.close();

      const { browser } = started();
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      const bundled = new Map(loadGlossary().map((entry) => [entry.id, entry]));
      const shipped = (id: string): GlossaryEntry => {
        const entry = bundled.get(id);
        if (entry === undefined) throw new Error(`${id} is not bundled`);
        return entry;
      };
      const obama = shipped(SPELLED);
      for (const entry of [
        { ...obama, variants: [...obama.variants, ADDED_SPELLING] },
        { ...shipped(RETYPED), type: 'organisation' as const },
      ]) {
        const put = await askBackgroundFrom(options, { type: 'entry/put', entry });
        if (!put.ok) throw new Error(`the change to ${entry.id} was refused`);
      }
      expect(
        (await askBackgroundFrom(options, { type: 'entry/delete', id: DELETED })).deleted,
      ).not.toBeNull();

      const page = await pryingPage();
      // The reader: the added spelling is Obama, Damascus an organisation, Baghdad struck through.
      await vi.waitFor(async () => expect(await ownPaintOf(page, ADDED_SPELLING)).toEqual(['person']), {
        timeout: HIGHLIGHT_WAIT_MS,
        interval: 100,
      });
      expect(await ownPaintOf(page, RETYPED)).toEqual(['organisation']);
      expect(await ownPaintOf(page, DELETED)).toEqual(['covered']);
      // The page: what a fresh install shows, none of the changes.
      expect(await registryAsThePageReadsIt(page)).toEqual(toldFresh);
      await page.close();
      await options.close();
    },
    BROWSER_TIMEOUT_MS,
  );
});
