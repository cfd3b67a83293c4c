/**
 * Names the glossary lacks, in Chromium with the built extension: the page reader loads the name finder,
 * paints its names with the quieter suggestion highlight, the card says so and opens the add window for one
 * in a click (saved there, the name is a glossary person), the popup lists it apart, and the options switch
 * turns suggestions off.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import {
  articleToHtml,
  askBackgroundFrom,
  askReader,
  BROWSER_TIMEOUT_MS,
  clickCardButton,
  HIGHLIGHT_WAIT_MS,
  highlightRect,
  ownPaintOf,
  readCard,
  readHighlights,
  tabIdOf,
  testRoutes,
  UNKNOWN_NAME,
  unknownNameArticle,
  useExtensionBrowser,
} from './harness';

const NAME = UNKNOWN_NAME;

/** A name only the popup's test reads: the first test adds NAME to the glossary. */
const LISTED = 'خالد العطار';

const started = useExtensionBrowser(() => ({
  ...testRoutes(),
  '/unknown-name': { body: articleToHtml(unknownNameArticle()) },
  '/listed-name': {
    body: articleToHtml(`${unknownNameArticle().replaceAll(NAME, LISTED).replace('عبد العاطي', 'العطار')}`),
  },
}));

async function openArticle(path = '/unknown-name'): Promise<Page> {
  const { browser, server } = started();
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(server.url(path));
  await vi.waitFor(
    async () => expect((await readHighlights(page))['dalil-person']).toContain('عباس عراقجي'),
    {
      timeout: HIGHLIGHT_WAIT_MS,
      interval: 250,
    },
  );
  return page;
}

async function extensionPage(): Promise<Page> {
  const { browser } = started();
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  return page;
}

describe('name suggestions', () => {
  it(
    'paints a name the glossary lacks as a suggestion, and adds it from the card as a glossary person',
    async () => {
      const page = await openArticle();
      await vi.waitFor(async () => expect((await readHighlights(page))['dalil-suggested']).toContain(NAME), {
        timeout: HIGHLIGHT_WAIT_MS,
        interval: 250,
      });
      expect((await readHighlights(page))['dalil-person'] ?? []).not.toContain(NAME);

      const rect = await highlightRect(page, { name: 'dalil-suggested' });
      if (rect === null) throw new Error('the suggestion has no box on screen');
      await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
      await vi.waitFor(async () => expect((await readCard(page))?.text).toContain('Not in your glossary'), {
        timeout: 10_000,
        interval: 100,
      });
      expect((await readCard(page))?.text).toMatch(/Abdel|Abd/);
      // The card holds no form (keys typed in the page's document reach the page first): it opens the add
      // window, an extension page, prefilled with the name and the sentence it stands in.
      const [add] = await Promise.all([
        started().browser.context.waitForEvent('page'),
        clickCardButton(page, 'Add to glossary').then((clicked) => expect(clicked).toBe(true)),
      ]);
      expect(add.url()).toMatch(/^chrome-extension:\/\/[a-z]+\/add\.html#request=[0-9a-f-]{36}$/);
      const form = add.getByRole('form', { name: 'Add to glossary' });
      await expect.poll(() => form.locator('[name="ar"]').inputValue()).toBe(NAME);
      expect(await form.locator('[name="en"]').inputValue()).toMatch(/Abdel|Abd/);
      expect(await form.locator('[name="context"]').inputValue()).toContain(NAME);
      await form.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => add.getByRole('status').textContent()).toContain('to your glossary');
      await add.close();

      // Saved: an ordinary user entry, and the page paints it anew as the reader's own person, out of the
      // page's sight: the registry goes on showing what the name finder alone finds (the suggestion).
      await vi.waitFor(async () => expect(await ownPaintOf(page, NAME)).toEqual(['person']), {
        timeout: HIGHLIGHT_WAIT_MS,
        interval: 250,
      });
      expect((await readHighlights(page))['dalil-person'] ?? []).not.toContain(NAME);
      expect((await readHighlights(page))['dalil-suggested']).toContain(NAME);
      const options = await extensionPage();
      const { entries } = await askBackgroundFrom(options, { type: 'entries/list' });
      expect(entries.find((entry) => entry.ar === NAME)).toMatchObject({ type: 'person', origin: 'user' });
      await options.close();
      await page.close();
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    "lists the page's suggestion in the popup under its own heading, with the other spellings the page gave",
    async () => {
      const page = await openArticle('/listed-name');
      await vi.waitFor(
        async () => expect((await readHighlights(page))['dalil-suggested']).toContain(LISTED),
        {
          timeout: HIGHLIGHT_WAIT_MS,
          interval: 250,
        },
      );
      const { browser, server } = started();
      const tabId = await tabIdOf(browser, server.url('/listed-name'));
      const { entities } = await askReader(browser, tabId, { type: 'page/entities' });
      const suggested = entities.find((entity) => entity.entry.ar === LISTED)?.entry;
      const others =
        suggested?.suggestion?.alternatives.filter((spelling) => spelling !== suggested.en) ?? [];
      expect(others.length).toBeGreaterThan(0);

      // The popup reads the page's reply through its check (lib/messages/tab-reply.ts), which must keep what
      // only a suggestion has.
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
      const section = popup.getByRole('region', { name: 'Names not in your glossary' });
      const row = section.getByRole('button', { name: new RegExp(LISTED) });
      await row.click();
      await expect.poll(() => section.textContent()).toContain(others.join('; '));
      await section.getByRole('button', { name: 'Add to glossary' }).waitFor();
      await Promise.all([popup.close(), page.close()]);
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'suggests nothing once the options switch is off',
    async () => {
      const options = await extensionPage();
      await askBackgroundFrom(options, { type: 'settings/set', settings: { suggestNames: false } });
      const page = await openArticle();
      // The glossary's highlights are painted (the reader has run): no suggestion among them.
      expect((await readHighlights(page))['dalil-suggested'] ?? []).toEqual([]);
      await askBackgroundFrom(options, { type: 'settings/set', settings: { suggestNames: true } });
      await options.close();
      await page.close();
    },
    BROWSER_TIMEOUT_MS,
  );
});
