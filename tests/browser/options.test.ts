/**
 * The options page in Chromium with the built extension: an entry added there is highlighted in a tab that
 * is already open, without a reload (the background tells every tab the glossary changed, and the content
 * script highlights again with the new glossary); deleting it takes the highlight away again; and the
 * card's "Edit entry" address (#entry=<id>) opens that entry's form.
 *
 * Set DALIL_SCREENSHOTS=<dir> to keep screenshots of the page.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import {
  BROWSER_TIMEOUT_MS,
  HIGHLIGHT_WAIT_MS,
  loadGlossary,
  ownPaintOf,
  readHighlights,
  unmarkedWord,
  useExtensionBrowser,
} from './harness';

const SCREENSHOTS = process.env.DALIL_SCREENSHOTS;

const started = useExtensionBrowser();
let entries: GlossaryEntry[] = [];
beforeAll(() => {
  entries = loadGlossary();
});

async function highlightedTexts(page: Page): Promise<string[]> {
  return Object.values(await readHighlights(page)).flat();
}

async function openOptions(hash = ''): Promise<Page> {
  const { browser } = started();
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/options.html${hash}`);
  await page.getByRole('table').waitFor();
  return page;
}

describe('the options page', () => {
  it(
    'an entry added there is highlighted in an already open tab without a reload, and goes when deleted',
    async () => {
      const { browser, server } = started();
      const word = unmarkedWord(entries);
      const article = await browser.context.newPage();
      await article.goto(server.url('/article'));
      await vi.waitFor(async () => expect((await highlightedTexts(article)).length).toBeGreaterThan(0), {
        timeout: HIGHLIGHT_WAIT_MS,
        interval: 250,
      });
      expect(await highlightedTexts(article)).not.toContain(word);
      // Survives only if the page is never reloaded.
      await article.evaluate(() => {
        (window as { dalilTestMarker?: string }).dalilTestMarker = 'still here';
      });

      const options = await openOptions();
      await options.getByRole('button', { name: 'Add an entry' }).click();
      const form = options.getByRole('form', { name: 'Add an entry' });
      await form.locator('[name="ar"]').fill(word);
      await form.locator('[name="en"]').fill('Added in the test');
      await form.locator('[name="type"]').selectOption('term');
      await form.getByRole('button', { name: 'Add' }).click();
      await expect
        .poll(() => options.getByRole('status').textContent(), { timeout: 10_000 })
        .toMatch(`Added ${word} (Added in the test)`);
      if (SCREENSHOTS !== undefined) {
        mkdirSync(SCREENSHOTS, { recursive: true });
        await options.locator('[name="query"]').fill(word.slice(0, 3));
        await options.screenshot({ path: join(SCREENSHOTS, 'options-search.png'), fullPage: true });
        await options.locator('[name="query"]').fill('');
      }

      // Painted as the reader's own term, out of the page's sight (not in the highlight registry).
      await vi.waitFor(async () => expect(await ownPaintOf(article, word)).toEqual(['term']), {
        timeout: HIGHLIGHT_WAIT_MS,
        interval: 250,
      });
      expect(await article.evaluate(() => (window as { dalilTestMarker?: string }).dalilTestMarker)).toBe(
        'still here',
      );
      expect(await highlightedTexts(article)).not.toContain(word);

      // Deleting it takes the highlight away, still without a reload; the rest stays.
      await options.locator('[name="query"]').fill(word);
      await options.getByRole('button', { name: 'Delete Added in the test' }).click();
      // Both at once: the page read anew without the entry, its other highlights painted again.
      await vi.waitFor(
        async () => {
          expect(await ownPaintOf(article, word)).toEqual([]);
          expect((await highlightedTexts(article)).length).toBeGreaterThan(0);
        },
        { timeout: HIGHLIGHT_WAIT_MS, interval: 250 },
      );
      expect(await article.evaluate(() => (window as { dalilTestMarker?: string }).dalilTestMarker)).toBe(
        'still here',
      );
      await article.close();
      await options.close();
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    "sets its base text on body, over Chromium's body { font-size: 75% }, with no gloss smaller than its note",
    async () => {
      const options = await openOptions();
      const sizes = await options.evaluate(() => {
        const px = (node: Element | null) =>
          node === null ? 0 : Number.parseFloat(getComputedStyle(node).fontSize);
        const row = [...document.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('td.en .note'));
        return {
          body: px(document.body),
          cell: px(row?.querySelector('td.ar') ?? null),
          en: px(row?.querySelector('td.en > span') ?? null),
          note: px(row?.querySelector('td.en .note') ?? null),
        };
      });
      expect(sizes.body).toBe(14);
      expect(sizes.en).toBe(14);
      expect(sizes.note).toBeGreaterThanOrEqual(12);
      expect(sizes.cell).toBeGreaterThanOrEqual(14);
      await options.close();
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    "opens the form of the entry in #entry=<id> (the card's Edit entry button)",
    async () => {
      const paris = entries.find((entry) => entry.en === 'Paris');
      if (paris === undefined) throw new Error('the bundled glossary has no Paris');
      const options = await openOptions(`#entry=${encodeURIComponent(paris.id)}`);
      const form = options.getByRole('form', { name: 'Edit entry' });
      await expect.poll(() => form.locator('[name="en"]').inputValue()).toBe('Paris');
      expect(await form.locator('[name="ar"]').inputValue()).toBe(paris.ar);
      if (SCREENSHOTS !== undefined) {
        await options.screenshot({ path: join(SCREENSHOTS, 'options-edit.png'), fullPage: true });
      }
      await options.close();
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'reads a 10,000-row import in a worker, showing its progress, then previews it',
    async () => {
      const options = await openOptions();
      const workers: string[] = [];
      options.on('worker', (worker) => workers.push(worker.url()));
      await options.getByRole('button', { name: 'Import, export, reset' }).click();
      const rows = Array.from({ length: 10_000 }, (_, i) => `كلمة${i},word ${i},term,a note for row ${i}`);
      // Watched from inside the page, so a worker that finishes between two polls still counts as shown.
      await options.evaluate(() => {
        const seen = { progress: false };
        (window as unknown as { importProgressSeen: typeof seen }).importProgressSeen = seen;
        new MutationObserver(() => {
          if (document.querySelector('.import-panel .progress progress')) seen.progress = true;
        }).observe(document.body, { childList: true, subtree: true });
      });
      await options.locator('input[type="file"]').setInputFiles({
        name: 'big.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(['arabic,english,type,note', ...rows].join('\n')),
      });
      await expect
        .poll(() => options.locator('.import-panel .summary').textContent(), { timeout: 30_000 })
        .toBe('10,000 entries in the file: 10,000 to add, 0 to change, 0 unchanged, 0 rejected.');
      // The progress line is there from the moment the file is chosen until the preview replaces it.
      expect(
        await options.evaluate(
          () =>
            (window as unknown as { importProgressSeen: { progress: boolean } }).importProgressSeen.progress,
        ),
      ).toBe(true);
      expect(await options.locator('.import-panel .progress').count()).toBe(0);
      expect(workers).toEqual([expect.stringMatching(/\/assets\/preview-worker-[\w-]+\.js$/)]);
      await options.close();
    },
    BROWSER_TIMEOUT_MS,
  );
});
