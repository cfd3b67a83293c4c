/**
 * Adding a name from a text selection, in Chromium with the built extension: "Add to Dalil…" opens
 * add.html#request=<a token> (the selection, which the page asks the background for, is never in an address the
 * profile's history keeps); the form there is prefilled, and a saved name is highlighted as a glossary
 * person in an article tab that was already open, without a reload. A selection that cannot be a name
 * (empty, 5,000 characters, no Arabic) gets a clear message and nothing is saved.
 *
 * Headless Chromium shows no context menu to click, so the tests dispatch the item's click to the
 * background's listener, and check that the item exists. Set DALIL_SCREENSHOTS=<dir> to keep screenshots
 * of the add page.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createMatcher } from '../../lib/glossary/matcher';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import {
  articleToHtml,
  askBackgroundFrom,
  BROWSER_TIMEOUT_MS,
  type ExtensionApi,
  type ExtensionBrowser,
  HIGHLIGHT_WAIT_MS,
  launchWithExtension,
  loadGlossary,
  ownPaintOf,
  readHighlights,
  seedArticleText,
  tabIdOf,
  testRoutes,
  useExtensionBrowser,
} from './harness';

declare const chrome: ExtensionApi;

const SCREENSHOTS = process.env.DALIL_SCREENSHOTS;

/** People the bundled glossary does not know, in sentences added to the seed article. */
const NAME = 'سليم بوزيدي';
const NAME_SENTENCE = `وقال المتحدث باسم الوفد ${NAME} إن الاجتماع المقبل سيعقد في العاصمة.`;
const LOOKED_UP = 'نبيل بوعزة';
const LOOKED_UP_SENTENCE = `وأضاف الخبير ${LOOKED_UP} أن الحملة ستستمر.`;
const ARTICLE_WITH_NAMES = `${seedArticleText().trimEnd()}\n\n${NAME_SENTENCE}\n\n${LOOKED_UP_SENTENCE}\n`;

const started = useExtensionBrowser(() => ({
  ...testRoutes(),
  '/named': { body: articleToHtml(ARTICLE_WITH_NAMES) },
  '/named-too': { body: articleToHtml(ARTICLE_WITH_NAMES, 'The same story elsewhere') },
}));
let entries: GlossaryEntry[] = [];
beforeAll(() => {
  entries = loadGlossary();
});

/**
 * The add page as "Add to Dalil…" opens it for a selection: the menu item's click is dispatched in the
 * service worker, to the background's own listener, as the browser dispatches it (headless Chromium shows
 * no menu to click), and the window it opens is the page.
 */
async function openAddPage(selection: string, browser: ExtensionBrowser = started().browser): Promise<Page> {
  const opened = browser.context.waitForEvent('page');
  await browser.serviceWorker.evaluate((text) => {
    const clicked = chrome.contextMenus.onClicked as unknown as { dispatch(info: object): void };
    clicked.dispatch({ menuItemId: 'add-to-dalil', selectionText: text, editable: false, pageUrl: '' });
  }, selection);
  const page = await opened;
  await page.waitForURL(/\/add\.html/);
  await page.getByRole('heading', { name: /Add to Dalil/ }).waitFor();
  // The selection never enters an address (the browser's history keeps addresses): a token does.
  expect(page.url()).toMatch(/add\.html#request=[0-9a-f-]{36}$/);
  return page;
}

/** Every file of a browser profile that holds any of these strings (as UTF-8), by its path in the profile. */
function filesHolding(dir: string, strings: readonly string[]): string[] {
  const wanted = strings.map((text) => Buffer.from(text, 'utf8'));
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((file) => file.isFile())
    .map((file) => join(file.parentPath, file.name))
    .filter((path) => {
      const bytes = readFileSync(path);
      return wanted.some((text) => bytes.includes(text));
    })
    .map((path) => relative(dir, path));
}

async function screenshot(page: Page, name: string): Promise<void> {
  if (SCREENSHOTS === undefined) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** An article tab with the extension's highlights painted, and a mark that a reload would wipe. */
async function openArticle(path: string, browser: ExtensionBrowser = started().browser): Promise<Page> {
  const { server } = started();
  const article = await browser.context.newPage();
  await article.goto(server.url(path));
  await vi.waitFor(async () => expect(Object.keys(await readHighlights(article)).length).toBeGreaterThan(0), {
    timeout: HIGHLIGHT_WAIT_MS,
    interval: 250,
  });
  await article.evaluate(() => {
    (window as { dalilTestMarker?: string }).dalilTestMarker = 'still here';
  });
  return article;
}

/**
 * Waits until the name is painted in the tab as the reader's own person (out of the page's sight: never in
 * the highlight registry as a glossary person), the tab never reloaded.
 */
async function expectPerson(article: Page, name: string): Promise<void> {
  await vi.waitFor(async () => expect(await ownPaintOf(article, name)).toEqual(['person']), {
    timeout: HIGHLIGHT_WAIT_MS,
    interval: 250,
  });
  expect((await readHighlights(article))['dalil-person'] ?? []).not.toContain(name);
  expect(await article.evaluate(() => (window as { dalilTestMarker?: string }).dalilTestMarker)).toBe(
    'still here',
  );
}

/** What the bundled glossary marks in a text (the oracle: it must not mark the names the tests add). */
function glossaryMarks(text: string): string[] {
  return createMatcher(entries)
    .match(text)
    .map((match) => text.slice(match.start, match.end));
}

async function storedCount(extensionPage: Page): Promise<number> {
  return (await askBackgroundFrom(extensionPage, { type: 'entries/list' })).entries.length;
}

/** The look-up's add, from the popup of an open article, in a browser of the caller's. */
async function lookUpAndAdd(browser: ExtensionBrowser): Promise<void> {
  expect(glossaryMarks(LOOKED_UP_SENTENCE)).not.toContain(LOOKED_UP);
  const article = await openArticle('/named', browser);
  const other = await openArticle('/named-too', browser);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  const tabId = await tabIdOf(browser, started().server.url('/named'));
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.getByRole('searchbox').fill(LOOKED_UP);
  const offer = popup.getByRole('button', { name: `Add “${LOOKED_UP}”…` });
  await offer.click();
  const form = popup.getByRole('form', { name: 'Add to glossary' });
  expect(await form.locator('[name="ar"]').inputValue()).toBe(LOOKED_UP);
  await form.locator('[name="en"]').fill('Nabil Bouazza');
  await screenshot(popup, 'popup-look-up-add');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(() => popup.locator('.search [role="status"]').textContent(), { timeout: 10_000 })
    .toBe(`Added ${LOOKED_UP} (Nabil Bouazza) to your glossary.`);
  await expectPerson(article, LOOKED_UP);
  await expectPerson(other, LOOKED_UP);
  // The popup read the page again after it highlighted anew: the name is among its entities.
  await expect
    .poll(() => popup.locator('.page-entities .entity-row .en').allTextContents(), { timeout: 10_000 })
    .toContain('Nabil Bouazza');
  await Promise.all([article.close(), other.close(), popup.close()]);
}

describe('Add to Dalil… from a text selection', () => {
  it(
    'has its context-menu item and its permission',
    async () => {
      const { browser } = started();
      const lookUp = () =>
        browser.serviceWorker.evaluate(async () => {
          // update() fails for an item that does not exist: there is no API that lists a menu's items.
          const exists = await chrome.contextMenus.update('add-to-dalil', {}).then(
            () => true,
            () => false,
          );
          return { exists, permissions: chrome.runtime.getManifest().permissions ?? [] };
        });
      // The item is created when the extension is installed, which may still be under way at the start.
      await vi.waitFor(async () => expect((await lookUp()).exists).toBe(true), {
        timeout: HIGHLIGHT_WAIT_MS,
        interval: 100,
      });
      expect((await lookUp()).permissions).toContain('contextMenus');
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'keeps the selection out of the add page’s address, so the profile’s history and session never hold it',
    async () => {
      // A browser of its own, closed before its profile is read (the history is written out as it closes).
      const browser = await launchWithExtension();
      const selection = 'زياد الحمصي';
      try {
        await vi.waitFor(
          () =>
            browser.serviceWorker.evaluate(() =>
              chrome.contextMenus.update('add-to-dalil', {}).then(() => true),
            ),
          { timeout: HIGHLIGHT_WAIT_MS, interval: 100 },
        );
        const page = await openAddPage(selection, browser);
        expect(await page.locator('[name="ar"]').inputValue()).toBe(selection);
        expect(decodeURIComponent(page.url())).not.toContain(selection);
        await page.close();
      } finally {
        await browser.close({ keepProfile: true });
      }
      try {
        expect(filesHolding(browser.userDataDir, [selection, encodeURIComponent(selection)])).toEqual([]);
      } finally {
        rmSync(browser.userDataDir, { recursive: true, force: true });
      }
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'saves the selected name, and already open articles highlight it as a glossary person',
    async () => {
      expect(glossaryMarks(NAME_SENTENCE)).not.toContain(NAME);
      const article = await openArticle('/named');
      const other = await openArticle('/named-too');
      // Before it is added, the name is at most a suggestion (the name finder's), never a glossary person.
      const { 'dalil-suggested': _suggested, ...glossaryHighlights } = await readHighlights(article);
      expect(Object.values(glossaryHighlights).flat()).not.toContain(NAME);

      // As selected on a page: the spaces and guillemets around the name are not part of it.
      const add = await openAddPage(` «${NAME}» `);
      expect(await add.title()).toBe('Add to Dalil');
      const form = add.getByRole('form', { name: 'Add to glossary' });
      await expect.poll(() => form.locator('[name="ar"]').inputValue()).toBe(NAME);
      expect(await form.locator('[name="type"]').inputValue()).toBe('person');
      // The English starts with the name finder's guess, loaded from the extension's own origin.
      expect(await form.locator('[name="en"]').inputValue()).toMatch(/^S[a-z]+ Bo[a-z]+$/);
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

      await expectPerson(article, NAME);
      await expectPerson(other, NAME);
      // The reader's person now, and the page's registry shows what it showed before: the name finder's
      // suggestion, as it would for a reader without the name.
      expect((await readHighlights(article))['dalil-suggested']).toContain(NAME);

      // Adding it again is refused with the reason, and changes nothing.
      const again = await openAddPage(NAME);
      const count = await storedCount(again);
      await again.locator('[name="en"]').fill('Someone else');
      await again.getByRole('button', { name: 'Save' }).click();
      await expect
        .poll(() => again.getByRole('alert').textContent(), { timeout: 10_000 })
        .toContain('Salim Bouzidi');
      expect(await storedCount(again)).toBe(count);
      await Promise.all([article.close(), other.close(), add.close(), again.close()]);
    },
    BROWSER_TIMEOUT_MS,
  );

  it("the popup's look-up adds a name it did not find, and every open article highlights it", {
    timeout: BROWSER_TIMEOUT_MS,
    retry: 1,
  }, async () => {
    // A browser of its own, so that a second attempt starts without the name. Once in about a dozen runs
    // (2026-12-04, a CI run on a fresh clone) this test stopped for its whole 60 s where it takes 2–3 s
    // otherwise, at a step that was not recorded; it has not been seen again in runs of the file alone,
    // under load or not, and of the browser project: hence one retry, in a fresh browser.
    const browser = await launchWithExtension();
    try {
      await lookUpAndAdd(browser);
    } finally {
      await browser.close();
    }
  });

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
