/**
 * Adding a name from a text selection, in Chromium with the built extension: "Add to Dalil…" opens
 * add.html#text=<the selection>; the form there is prefilled, and a saved name is highlighted as a glossary
 * person in an article tab that was already open, without a reload. A selection that cannot be a name
 * (empty, 5,000 characters, no Arabic) gets a clear message and nothing is saved.
 *
 * Headless Chromium shows no context menu to click, so the test opens the page the menu item opens, and
 * checks that the item exists. Set DALIL_SCREENSHOTS=<dir> to keep screenshots of the add page.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createMatcher } from '../../lib/glossary/matcher';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import {
  articleToHtml,
  askBackgroundFrom,
  BROWSER_TIMEOUT_MS,
  type ExtensionApi,
  HIGHLIGHT_WAIT_MS,
  loadGlossary,
  readHighlights,
  seedArticleText,
  testRoutes,
  useExtensionBrowser,
} from './harness';

declare const chrome: ExtensionApi;

const SCREENSHOTS = process.env.DALIL_SCREENSHOTS;

/** A person the bundled glossary does not know, in a sentence added to the seed article. */
const NAME = 'سليم بوزيدي';
const NAME_SENTENCE = `وقال المتحدث باسم الوفد ${NAME} إن الاجتماع المقبل سيعقد في العاصمة.`;
const ARTICLE_WITH_NAME = `${seedArticleText().trimEnd()}\n\n${NAME_SENTENCE}\n`;

const started = useExtensionBrowser(() => ({
  ...testRoutes(),
  '/named': { body: articleToHtml(ARTICLE_WITH_NAME) },
}));
let entries: GlossaryEntry[] = [];
beforeAll(() => {
  entries = loadGlossary();
});

/** The add page as the context menu opens it for a selection. */
async function openAddPage(selection: string): Promise<Page> {
  const { browser } = started();
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 460, height: 620 });
  await page.goto(`chrome-extension://${browser.extensionId}/add.html#text=${encodeURIComponent(selection)}`);
  await page.getByRole('heading', { name: /Add to Dalil/ }).waitFor();
  return page;
}

async function screenshot(page: Page, name: string): Promise<void> {
  if (SCREENSHOTS === undefined) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

async function storedCount(extensionPage: Page): Promise<number> {
  return (await askBackgroundFrom(extensionPage, { type: 'entries/list' })).entries.length;
}

describe('Add to Dalil… from a text selection', () => {
  it(
    'has its context-menu item and its permission',
    async () => {
      const { browser } = started();
      const found = await browser.serviceWorker.evaluate(async () => {
        // update() fails for an item that does not exist: there is no API that lists a menu's items.
        const exists = await chrome.contextMenus.update('add-to-dalil', {}).then(
          () => true,
          () => false,
        );
        return { exists, permissions: chrome.runtime.getManifest().permissions ?? [] };
      });
      expect(found.exists).toBe(true);
      expect(found.permissions).toContain('contextMenus');
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'saves the selected name, and an already open article highlights it as a glossary person',
    async () => {
      const { browser, server } = started();
      // The oracle: the bundled glossary does not mark the name in the article.
      expect(
        createMatcher(entries)
          .match(NAME_SENTENCE)
          .map((match) => NAME_SENTENCE.slice(match.start, match.end)),
      ).not.toContain(NAME);
      const article = await browser.context.newPage();
      await article.goto(server.url('/named'));
      await vi.waitFor(
        async () => expect(Object.keys(await readHighlights(article)).length).toBeGreaterThan(0),
        {
          timeout: HIGHLIGHT_WAIT_MS,
          interval: 250,
        },
      );
      expect(Object.values(await readHighlights(article)).flat()).not.toContain(NAME);
      // Survives only if the page is never reloaded.
      await article.evaluate(() => {
        (window as { dalilTestMarker?: string }).dalilTestMarker = 'still here';
      });

      // As selected on a page: the spaces and guillemets around the name are not part of it.
      const add = await openAddPage(` «${NAME}» `);
      expect(await add.title()).toBe('Add to Dalil');
      const form = add.getByRole('form', { name: 'Add to glossary' });
      await expect.poll(() => form.locator('[name="ar"]').inputValue()).toBe(NAME);
      expect(await form.locator('[name="type"]').inputValue()).toBe('person');
      await form.locator('[name="en"]').fill('Salim Bouzidi');
      await form.locator('[name="context"]').fill(NAME_SENTENCE);
      await screenshot(add, 'add-page-form');
      await form.getByRole('button', { name: 'Save' }).click();
      await expect
        .poll(() => add.getByRole('status').textContent(), { timeout: 10_000 })
        .toBe(`Added ${NAME} (Salim Bouzidi) to your glossary.`);
      await screenshot(add, 'add-page-saved');

      const stored = (await askBackgroundFrom(add, { type: 'entries/list' })).entries.find(
        (entry) => entry.ar === NAME,
      );
      expect(stored).toMatchObject({
        en: 'Salim Bouzidi',
        type: 'person',
        origin: 'user',
        contexts: [NAME_SENTENCE],
      });

      await vi.waitFor(async () => expect((await readHighlights(article))['dalil-person']).toContain(NAME), {
        timeout: HIGHLIGHT_WAIT_MS,
        interval: 250,
      });
      expect(await article.evaluate(() => (window as { dalilTestMarker?: string }).dalilTestMarker)).toBe(
        'still here',
      );
      // A glossary person now: nothing of it is painted as a suggestion.
      expect((await readHighlights(article))['dalil-suggested'] ?? []).not.toContain(NAME);

      // Adding it again is refused with the reason, and changes nothing.
      const again = await openAddPage(NAME);
      const count = await storedCount(again);
      await again.locator('[name="en"]').fill('Someone else');
      await again.getByRole('button', { name: 'Save' }).click();
      await expect
        .poll(() => again.getByRole('alert').textContent(), { timeout: 10_000 })
        .toContain('Salim Bouzidi');
      expect(await storedCount(again)).toBe(count);
      await Promise.all([article.close(), add.close(), again.close()]);
    },
    BROWSER_TIMEOUT_MS,
  );

  it.each([
    // why, the selection, what the page says
    ['an empty selection', '', 'Nothing is selected: select a name on the page first.'],
    [
      'a selection of 5,000 characters',
      'ب'.repeat(5000),
      'The selection is 5,000 characters long: select only the name (at most 200 characters).',
    ],
    [
      'a selection with no Arabic',
      'Barack Obama',
      'The selection has no Arabic letters: select the name as written in Arabic.',
    ],
  ])(
    '%s: a clear message, no form, nothing saved',
    async (_why, selection, message) => {
      const page = await openAddPage(selection);
      const before = await storedCount(page);
      expect(await page.getByRole('alert').textContent()).toBe(message);
      expect(await page.getByRole('form').count()).toBe(0);
      expect(await page.locator('input, textarea').count()).toBe(0);
      await page.getByRole('button', { name: 'Close' }).waitFor();
      if (selection.length > 1000) await screenshot(page, 'add-page-too-long');
      expect(await storedCount(page)).toBe(before);
      await page.close();
    },
    BROWSER_TIMEOUT_MS,
  );
});
