/**
 * The toolbar popup in Chromium with the built extension, for a tab showing the seed article: its verdict,
 * every entity the matching core finds there, an entity's history from an earlier visit, the look-up, the
 * CSV, and "highlight anyway" on a page that is not Arabic news.
 *
 * Headless Chromium has no toolbar to click and chrome.action.openPopup() wants a focused window, so the
 * popup is opened as a page, chrome-extension://<id>/popup.html?tab=<tabId>, which is what it shows for
 * that tab (see entrypoints/popup/tab.ts). Set DALIL_SCREENSHOTS=<dir> to keep screenshots of it, light
 * and dark.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import {
  articleToHtml,
  askBackgroundFrom,
  BROWSER_TIMEOUT_MS,
  type ExtensionApi,
  expectedHighlights,
  HIGHLIGHT_WAIT_MS,
  loadGlossary,
  orderedHighlights,
  seedArticleBlockTexts,
  seedArticleText,
  tabIdOf,
  testRoutes,
  useExtensionBrowser,
} from './harness';

declare const chrome: ExtensionApi;

/** The popup's width in the toolbar (its stylesheet sets it). */
const POPUP_SIZE = { width: 380, height: 600 };
const EARLIER_TITLE = 'An earlier visit to the same story';
const SCREENSHOTS = process.env.DALIL_SCREENSHOTS;
const LONG_NAMES =
  'وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن الجبهة الشعبية لتحرير فلسطين ' +
  'واللجنة الدولية للصليب الأحمر تحدثتا في هونغ كونغ الصينية (منطقة إدارية خاصة).';

const started = useExtensionBrowser(() => ({
  ...testRoutes(),
  // The same article under another address and title: the visit the history must remember.
  '/earlier': { body: articleToHtml(seedArticleText(), EARLIER_TITLE) },
  // Long names, the kind that once set a row one letter per line.
  '/long-names': { body: articleToHtml(`${seedArticleText()}\n\n${LONG_NAMES}`) },
}));
let entries: GlossaryEntry[] = [];
beforeAll(() => {
  entries = loadGlossary();
});

/** Opens a page and waits until the extension has highlighted `count` ranges on it. */
async function openHighlighted(path: string, count: number): Promise<Page> {
  const page = await started().browser.context.newPage();
  await page.goto(started().server.url(path));
  await vi.waitFor(async () => expect((await orderedHighlights(page)).length).toBe(count), {
    timeout: HIGHLIGHT_WAIT_MS,
    interval: 250,
  });
  return page;
}

async function openPopup(tabId: number): Promise<Page> {
  const { browser } = started();
  const popup = await browser.context.newPage();
  await popup.setViewportSize(POPUP_SIZE);
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** Screenshots of what the popup shows (its 380×600 window), light and dark, when DALIL_SCREENSHOTS is set. */
async function screenshot(popup: Page, name: string, scrolledTo?: Locator): Promise<void> {
  if (SCREENSHOTS === undefined) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  if (scrolledTo !== undefined) await scrolledTo.evaluate((element) => element.scrollIntoView());
  else await popup.evaluate(() => window.scrollTo(0, 0));
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme });
    await popup.screenshot({ path: join(SCREENSHOTS, `${name}-${colorScheme}.png`) });
  }
  await popup.emulateMedia({ colorScheme: null });
}

/** The entities the matching core finds in the seed article: English → mentions. */
function expectedEntities(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of expectedHighlights(seedArticleBlockTexts(), entries)) {
    counts.set(match.en, (counts.get(match.en) ?? 0) + 1);
  }
  return counts;
}

describe('the popup for a tab showing the seed article', () => {
  it(
    "lists the page's entities, and an entity's history names the page of an earlier visit",
    async () => {
      const { server } = started();
      const expected = expectedEntities();
      const ranges = [...expected.values()].reduce((sum, count) => sum + count, 0);
      const earlier = await openHighlighted('/earlier', ranges);
      const article = await openHighlighted('/article', ranges);
      await article.bringToFront();
      const popup = await openPopup(await tabIdOf(started().browser, server.url('/article')));

      await expect
        .poll(() => popup.locator('.verdict-line').textContent())
        .toBe('Arabic news — highlighting on');
      const rows = popup.locator('.entity-row');
      await expect.poll(() => rows.count()).toBe(expected.size);
      const shown = await rows.evaluateAll((buttons) =>
        buttons.map((button) => [
          button.querySelector('.en')?.textContent ?? '',
          // The number shown (the words after it are for screen readers).
          Number.parseInt(button.querySelector('.count [aria-hidden="true"]')?.textContent ?? '', 10),
        ]),
      );
      expect(new Map(shown as Array<[string, number]>)).toEqual(expected);
      // Within a type, most mentioned first.
      for (const group of await popup.locator('.group').all()) {
        const counts = await group
          .locator('.count [aria-hidden="true"]')
          .evaluateAll((spans) => spans.map((span) => Number.parseInt(span.textContent ?? '', 10)));
        expect(counts).toEqual([...counts].sort((a, b) => b - a));
      }

      // The earlier visit was recorded once its highlights were painted; wait until the store has it.
      const carter = entries.find((entry) => entry.en === 'Ashton Carter');
      if (carter === undefined) throw new Error('the glossary has no Ashton Carter');
      await vi.waitFor(
        async () => {
          const history = await askBackgroundFrom(popup, {
            type: 'entry/history',
            entryId: carter.id,
            limit: 10,
          });
          expect(history.sightings.map((sighting) => sighting.url)).toContain(server.url('/earlier'));
        },
        { timeout: 10_000, interval: 250 },
      );

      const row = popup.getByRole('button', { name: /Ashton Carter/ });
      await row.focus();
      await popup.keyboard.press('Enter');
      await expect.poll(() => row.getAttribute('aria-expanded')).toBe('true');
      const link = popup.locator('.sighting a', { hasText: EARLIER_TITLE });
      await expect.poll(() => link.count(), { timeout: 10_000 }).toBe(1);
      expect(await link.getAttribute('href')).toBe(server.url('/earlier'));
      expect(await popup.locator('.sighting-meta').first().textContent()).toContain(
        new URL(server.url('/')).host,
      );
      // This page's own visit is not "elsewhere".
      expect(await popup.locator('.sighting').count()).toBe(1);
      // The sentence from this page, with the name marked.
      expect(await popup.locator('.details .context mark').first().textContent()).toContain('كارتر');

      await popup.getByRole('button', { name: 'Show on page' }).click();
      await expect.poll(() => popup.locator('.live').textContent()).toBe('Shown on the page: Ashton Carter.');

      await screenshot(popup, 'popup-page');
      await screenshot(popup, 'popup-entity', row);
      await screenshot(popup, 'popup-history', popup.locator('.details .note'));
      await earlier.close();
      await article.close();
      await popup.close();
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'looks up the glossary under a prefix, and saves the entities as CSV',
    async () => {
      const { server } = started();
      const ranges = [...expectedEntities().values()].reduce((sum, count) => sum + count, 0);
      const article = await openHighlighted('/article', ranges);
      const popup = await openPopup(await tabIdOf(started().browser, server.url('/article')));

      await popup.getByRole('searchbox').fill('بباريس');
      const result = popup.locator('.result');
      await expect.poll(() => result.locator('.en').allTextContents()).toContain('Paris');
      const paris = result.filter({ hasText: 'Paris' }).first();
      expect((await paris.locator('.breakdown').textContent())?.replace(/\s+/g, ' ')).toBe(
        'بـ in, with, by + باريس Paris',
      );
      // Chromium's extension-page stylesheet sets body { font-size: 75% }: the popup's own base size wins,
      // and an English gloss is never smaller than its note.
      const sizes = await paris.evaluate((element) => {
        const px = (node: Element | null) =>
          node === null ? 0 : Number.parseFloat(getComputedStyle(node).fontSize);
        return {
          body: px(document.body),
          en: px(element.querySelector('.en')),
          note: px(element.querySelector('.note')),
        };
      });
      expect(sizes.body).toBe(14);
      expect(sizes.note).toBeGreaterThan(0);
      expect(sizes.en).toBeGreaterThanOrEqual(sizes.note);
      await screenshot(popup, 'popup-search');
      await popup.getByRole('searchbox').fill('');

      const [download] = await Promise.all([
        popup.waitForEvent('download'),
        popup.getByRole('link', { name: 'Save CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^dalil-127\.0\.0\.1_\d+-\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = readFileSync(await download.path(), 'utf8');
      const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0]).toBe('arabic,english,type,count,sentence');
      expect(lines.find((line) => line.startsWith('آشتون كارتر,Ashton Carter,person,'))).toBeDefined();
      await article.close();
      await popup.close();
    },
    BROWSER_TIMEOUT_MS,
  );
});

describe('the popup with long names', () => {
  it(
    'wraps a row by whole words, never a word across lines',
    async () => {
      const { browser, server } = started();
      const article = await browser.context.newPage();
      await article.goto(server.url('/long-names'));
      await vi.waitFor(async () => expect((await orderedHighlights(article)).length).toBeGreaterThan(0), {
        timeout: HIGHLIGHT_WAIT_MS,
        interval: 250,
      });
      const popup = await openPopup(await tabIdOf(browser, server.url('/long-names')));
      const row = popup.locator('.entity-row', { hasText: 'OCHA' });
      await row.waitFor();
      expect(await popup.locator('.entity-row', { hasText: 'Hong Kong' }).count()).toBe(1);
      // Every word of every row's English and Arabic lies on one line (one client rect per word).
      const broken = await popup.locator('.entity-row').evaluateAll((rows) => {
        const split: string[] = [];
        for (const row of rows) {
          for (const part of row.querySelectorAll('.en, .ar')) {
            const node = part.firstChild;
            if (node === null || node.nodeType !== Node.TEXT_NODE) continue;
            const text = node.textContent ?? '';
            for (const match of text.matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              if (range.getClientRects().length > 1) split.push(match[0]);
            }
          }
        }
        return split;
      });
      expect(broken).toEqual([]);
      await screenshot(popup, 'popup-long-names', row);
      await article.close();
      await popup.close();
    },
    BROWSER_TIMEOUT_MS,
  );
});

describe('the popup for a page that is not Arabic news', () => {
  it(
    'says so and why, and highlights the page anyway on request',
    async () => {
      const { browser, server } = started();
      const persian = await browser.context.newPage();
      await persian.goto(server.url('/persian'));
      const popup = await openPopup(await tabIdOf(browser, server.url('/persian')));

      await expect
        .poll(() => popup.locator('.verdict-line').textContent())
        .toBe('Not Arabic news · Persian — highlighting off');
      expect(await popup.locator('.reasons li').count()).toBeGreaterThan(0);
      expect(await popup.locator('.entity-row').count()).toBe(0);
      await screenshot(popup, 'popup-not-news');

      await popup.getByRole('button', { name: 'Highlight anyway' }).click();
      await expect
        .poll(() => popup.locator('.entity-row').count(), { timeout: HIGHLIGHT_WAIT_MS })
        .toBeGreaterThan(0);
      expect(await popup.getByRole('button', { name: 'Stop highlighting this page' }).count()).toBe(1);
      expect((await orderedHighlights(persian)).length).toBeGreaterThan(0);
      await persian.close();
      await popup.close();
    },
    BROWSER_TIMEOUT_MS,
  );
});
