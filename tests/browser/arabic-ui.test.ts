/**
 * The interface in Arabic, in Chromium with the built extension: with the language set to العربية (as the
 * options page sets it), the popup for the seed article and each view of the options page are right to left
 * from their root, and no English is left in them. English is only where it is marked so: the glossary's
 * English names and notes, hosts and column names, each in an element with lang="en" (or the romanisation,
 * lang="ar-Latn"). The detection's reasons are Arabic: Latin letters there are only what the page itself
 * wrote (lang="ar", og:type=article), shown as code.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { CATALOGUES } from '../../lib/i18n/catalogues';
import {
  askBackgroundFrom,
  BROWSER_TIMEOUT_MS,
  HIGHLIGHT_WAIT_MS,
  highlightRect,
  readCard,
  tabIdOf,
  useExtensionBrowser,
  watchExtensionLoads,
} from './harness';

const started = useExtensionBrowser();

/** Format and licence names an Arabic interface writes in Latin letters too. */
const LATIN_NAMES = ['CSV', 'JSON', 'TSV', 'MIT'];

/** English messages that are not the same in Arabic (the languages' own names are, and some punctuation). */
const ENGLISH_ONLY = new Set(
  Object.entries(CATALOGUES.en)
    .filter(([key, { message }]) => CATALOGUES.ar[key]?.message !== message)
    .map(([, { message }]) => message.trim())
    .filter((message) => message !== '' && !message.includes('$')),
);

interface PageText {
  dir: string;
  lang: string;
  /** Rendered text nodes with Latin letters outside any element marked as another language than Arabic. */
  latinInArabic: string[];
  /** Rendered text nodes that are a message of the English catalogue. */
  english: string[];
  /** Rendered text nodes with Latin letters inside what must be Arabic but for quoted code (the reasons). */
  latinInProse: string[];
}

/** Where Latin letters may stand only as what a page or a file wrote: in a <code>, or a host. */
const PROSE = '.reasons';
const QUOTED = 'code, .host';

/** What the page shows: its root's direction and language, and the text nodes the checks object to. */
async function readPage(
  page: Page,
  names: readonly string[],
  englishOnly: readonly string[],
): Promise<PageText> {
  return page.evaluate(
    ({ names, englishOnly, prose, quoted }) => {
      const latinInArabic: string[] = [];
      const latinInProse: string[] = [];
      const english: string[] = [];
      const messages = new Set(englishOnly);
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? '';
        const parent = node.parentElement;
        if (text === '' || parent === null || parent.closest('script, style')) continue;
        // Only what is on screen (a closed <details> or a hidden panel is not).
        if (!parent.checkVisibility({ checkVisibilityCSS: true })) continue;
        if (messages.has(text)) english.push(text);
        const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
        const latin = names.reduce((rest, name) => rest.replaceAll(name, ''), text);
        if (lang === 'ar' && /[A-Za-z]/.test(latin)) latinInArabic.push(text);
        if (parent.closest(prose) && !parent.closest(quoted) && /[A-Za-z]/.test(latin)) {
          latinInProse.push(text);
        }
      }
      return {
        dir: document.documentElement.dir,
        lang: document.documentElement.lang,
        latinInArabic,
        english,
        latinInProse,
      };
    },
    { names, englishOnly, prose: PROSE, quoted: QUOTED },
  );
}

async function expectArabic(page: Page): Promise<void> {
  const shown = await readPage(page, LATIN_NAMES, [...ENGLISH_ONLY]);
  expect(shown).toEqual({ dir: 'rtl', lang: 'ar', latinInArabic: [], english: [], latinInProse: [] });
}

/**
 * The import panel's problems, read without what the file wrote (kept apart, `.quoted`): how many say
 * something in Arabic letters, and any that hold Latin letters — an English sentence, marked as English or not.
 */
async function problemWords(page: Page): Promise<{ latin: string[]; arabic: number }> {
  return page.evaluate(() => {
    const said = [...document.querySelectorAll('.import-panel .problems li')].map((item) => {
      const words = item.cloneNode(true) as Element;
      for (const quoted of words.querySelectorAll('.quoted')) quoted.remove();
      return words.textContent ?? '';
    });
    return {
      latin: said.filter((words) => /[A-Za-z]/.test(words)),
      arabic: said.filter((words) => /[\u0621-\u064A]/.test(words)).length,
    };
  });
}

describe('the interface in Arabic', () => {
  it(
    'the popup and every view of the options page are right to left, with no English but what is marked so',
    async () => {
      const { browser, server } = started();
      const article = await browser.context.newPage();
      await article.goto(server.url('/article'));
      const tabId = await tabIdOf(browser, server.url('/article'));

      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await options.getByRole('table').waitFor();
      // As a reader does: the choice on the options page, which turns the page at once.
      await options.locator('select[name="uiLanguage"]').selectOption('ar');
      await options.locator('html[dir="rtl"]').waitFor();
      expect((await askBackgroundFrom(options, { type: 'settings/get' })).uiLanguage).toBe('ar');
      await expectArabic(options);
      for (const view of ['الاستيراد والتصدير وإعادة الضبط', 'السجل']) {
        await options.getByRole('button', { name: view }).click();
        await options.locator('[aria-current="page"]', { hasText: view }).waitFor();
        await options.locator('.hint').first().waitFor();
        await expectArabic(options);
      }
      await options.getByRole('button', { name: 'المسرد' }).click();
      await options.getByRole('button', { name: 'إضافة مدخل' }).click();
      await options.locator('.entry-form').waitFor();
      await expectArabic(options);

      const popup = await browser.context.newPage();
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
      await popup.locator('.entity-row').first().waitFor();
      expect(await popup.title()).toBe('دليل');
      await expectArabic(popup);
      // An entity opened onto its sentences, history and buttons; the verdict onto its switches.
      await popup.locator('.entity-row').first().click();
      await popup.locator('.details .history .muted').first().waitFor();
      await popup.locator('.verdict-line').click();
      await popup.locator('.site-mode').waitFor();
      await expectArabic(popup);
      // The reasons were read (the seed article's metadata, its text's news cues), in Arabic.
      const reasons = await popup.locator('.reasons li').allTextContents();
      expect(reasons.length).toBeGreaterThan(1);
      expect(reasons).toContainEqual(expect.stringMatching(/^قرائن الخبر/));
      // The glossary's English names stay left to right inside the Arabic rows.
      const english = popup.locator('.entity-row .en').first();
      expect(await english.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');

      // Back to the browser's language (English here): the same checks then find English, as they must.
      await askBackgroundFrom(popup, { type: 'settings/set', settings: { uiLanguage: 'auto' } });
      await popup.reload();
      await popup.locator('.entity-row').first().waitFor();
      const inEnglish = await readPage(popup, LATIN_NAMES, [...ENGLISH_ONLY]);
      expect([inEnglish.dir, inEnglish.lang]).toEqual(['ltr', 'en']);
      expect(inEnglish.english).toContain('Look up');
      await popup.locator('.verdict-line').click();
      expect(await popup.locator('.reasons li').allTextContents()).toContainEqual(
        expect.stringMatching(/^news (evidence|from the text) \d+ [≥<] \d+$/),
      );
      await Promise.all([article.close(), options.close(), popup.close()]);
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    "an import's problems are said in Arabic, what the file wrote apart, and the glossary is left as it was",
    async () => {
      const { browser } = started();
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await askBackgroundFrom(options, { type: 'settings/set', settings: { uiLanguage: 'ar' } });
      onTestFinished(() =>
        askBackgroundFrom(options, { type: 'settings/set', settings: { uiLanguage: 'auto' } }).then(() =>
          options.close(),
        ),
      );
      await options.reload();
      await options.locator('html[dir="rtl"]').waitFor();
      const before = (await askBackgroundFrom(options, { type: 'entries/list' })).entries;
      await options.getByRole('button', { name: 'الاستيراد والتصدير وإعادة الضبط' }).click();
      const choose = (name: string, lines: string[]) =>
        options.locator('input[type="file"]').setInputFiles({
          name,
          mimeType: 'text/csv',
          buffer: Buffer.from(lines.join('\n')),
        });

      // Every row bad: an unknown type, no English, a form without Arabic letters.
      await choose('مسرد.csv', [
        'arabic,english,type',
        'روما,Rome,city',
        'لندن,,place',
        'Berlin,Berlin,place',
      ]);
      const rejected = options.getByRole('list', { name: 'الصفوف المرفوضة' }).locator('li');
      await expect.poll(() => rejected.count()).toBe(3);
      expect(await rejected.allTextContents()).toEqual([
        'السطر 2: نوع غير معروف «city»: استعمل أحد هذه الأنواع: person, place, organisation, title, nationality, term, other',
        'السطر 3: حقل الإنجليزية فارغ',
        'السطر 4: لا حروف عربية في «Berlin»',
      ]);
      expect(await problemWords(options)).toEqual({ latin: [], arabic: 3 });
      await expectArabic(options);
      // Nothing can be imported: the button says so and does nothing.
      await expect.poll(() => options.locator('.import-panel .buttons .primary').isDisabled()).toBe(true);

      // The file as a whole: no header it can read. Its name, as the reader's files are often named, stays apart.
      await choose('newsroom.csv', ['name,meaning', 'باريس,Paris']);
      const fatal = options.getByRole('list', { name: 'مشكلات الملف' }).locator('li');
      await fatal.first().waitFor();
      expect(await fatal.allTextContents()).toEqual([
        'السطر 1: يجب أن يسمّي صف العناوين الأعمدة arabic, english, type (الناقص منها: arabic, english, type)',
      ]);
      expect(await options.locator('.import-panel .preview[role="alert"] .error').textContent()).toBe(
        'لا يمكن استيراد شيء من newsroom.csv:',
      );
      expect(await problemWords(options)).toEqual({ latin: [], arabic: 1 });
      await expectArabic(options);

      expect((await askBackgroundFrom(options, { type: 'entries/list' })).entries).toEqual(before);
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'the card speaks Arabic with the Arabic words alone: the English ones are not loaded',
    async () => {
      const { browser, server } = started();
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await askBackgroundFrom(options, { type: 'settings/set', settings: { uiLanguage: 'ar' } });
      onTestFinished(() =>
        askBackgroundFrom(options, { type: 'settings/set', settings: { uiLanguage: 'auto' } }).then(() =>
          options.close(),
        ),
      );
      const article = await browser.context.newPage();
      const loads = await watchExtensionLoads(article);
      await article.goto(server.url('/article'));
      const name = await vi.waitFor(
        async () => {
          const rect = await highlightRect(article, { name: 'dalil-person' });
          expect(rect).not.toBeNull();
          return rect as NonNullable<typeof rect>;
        },
        { timeout: HIGHLIGHT_WAIT_MS, interval: 250 },
      );
      await article.mouse.move(name.x + name.width / 2, name.y + name.height / 2);
      const copy = CATALOGUES.ar.copyEnglish?.message ?? '';
      await vi.waitFor(async () => expect((await readCard(article))?.text).toContain(copy), {
        timeout: 10_000,
        interval: 100,
      });
      expect(loads.requested()).toEqual(expect.arrayContaining(['page-card.js', 'page-words-ar.js']));
      expect(loads.requested()).not.toContain('page-words-en.js');
      await article.close();
    },
    BROWSER_TIMEOUT_MS,
  );
});
