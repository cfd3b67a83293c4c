/**
 * `npm start`: the seed article served as a news page, opened in Chromium with the built extension.
 *
 * With a display (DISPLAY set) the browser opens in a window and stays until Ctrl-C. Without one it runs
 * headless: it waits for the highlights, prints each entity the extension found with its English (the
 * table `npm run scan` prints, from the page reader's own answer), saves demo-output/page.png,
 * demo-output/card.png (the card of the first person), card-edge-light/-dark.png (the card of the name
 * nearest a side of the window), popup-lbc-light/-dark.png (the popup on ../shared's LBC article; popup-*.png
 * on the seed article without it) and options.png, then the same popup and options page in Arabic
 * (popup-lbc-ar.png or popup-ar.png, options-ar.png: the language chosen on the options page, as a reader
 * chooses it, and put back afterwards) and the first person's card in Arabic (card-ar.png), and exits 0; it exits 1 when nothing got highlighted.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { type LanguageChoice, resolveLanguage } from '../lib/i18n/languages';
import { articleToHtml } from './lib/article-html';
import { type ExtensionBrowser, launchWithExtension, missingBuild, readerOf } from './lib/chromium';
import {
  HIGHLIGHT_PREFIX,
  type HighlightedRange,
  highlightRect,
  readCard,
  settledHighlights,
} from './lib/page-probes';
import { startServer } from './lib/serve';
import { entitiesTable } from './lib/text-table';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const ARTICLE = join(ROOT, 'seeds', '000_3b94b23d1bbcb671.txt');
/** Where the screenshots go (DALIL_DEMO_OUTPUT for the test that runs the demo). */
const OUTPUT = resolve(process.env.DALIL_DEMO_OUTPUT || join(ROOT, 'demo-output'));
const HIGHLIGHT_WAIT_MS = 20_000;
/** The LBC article the popup screenshot is of: in the corpus beside the project, when it is there. */
const LBC_PAGE = join(ROOT, '..', 'shared', 'corpus', 'pages', 'ar-news_lbcgroup-2026.html');
const CARD_WAIT_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Prints what the extension found on the page, as its popup lists it and `npm run scan` prints it: Arabic as
 * written, English, type, mentions. The page reader answers; nothing is recomputed here.
 */
async function printEntities(browser: ExtensionBrowser, url: string, ranges: readonly HighlightedRange[]) {
  const reader = await readerOf(browser, url);
  if (reader === null) throw new Error(`the page reader of ${url} does not answer`);
  // Most mentioned first, as the popup lists them within a type and scan lists them.
  const entities = [...reader.entities].sort((a, b) => b.count - a.count);
  console.log(`${ranges.length} highlighted mentions of ${entities.length} entities:`);
  for (const line of entitiesTable(entities)) console.log(`  ${line}`);
}

async function waitForCard(page: Page): Promise<string | null> {
  const deadline = Date.now() + CARD_WAIT_MS;
  while (Date.now() < deadline) {
    const card = await readCard(page);
    if (card !== null) return card.text;
    await sleep(100);
  }
  return null;
}

async function headless(browser: ExtensionBrowser, url: string): Promise<number> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const ranges = await settledHighlights(page, HIGHLIGHT_WAIT_MS);
  if (ranges.length === 0) {
    console.error(
      `dalil start: nothing got highlighted on ${url} within ${HIGHLIGHT_WAIT_MS / 1000} s.\n` +
        'The extension loaded (its service worker started), but its content script painted no highlight: ' +
        'check the content script, and the browser console (headed: run with a DISPLAY).',
    );
    return 1;
  }
  await printEntities(browser, url, ranges);
  mkdirSync(OUTPUT, { recursive: true });
  const pageShot = join(OUTPUT, 'page.png');
  await page.screenshot({ path: pageShot, fullPage: true });
  console.log(`saved ${relative(process.cwd(), pageShot)}`);

  const card = await firstPersonCard(page, 'card.png');
  if (card === null) return 1;
  console.log(`card for the first person:\n  ${card.replace(/\s*\n\s*/g, '\n  ')}`);

  if (!(await cardsNearEdge(page, ranges))) return 1;
  await popupShots(browser, url, 'en');
  await optionsShot(browser, 'en');
  await optionsShot(browser, 'ar');
  await popupShots(browser, url, 'ar');
  // A tab's card takes the language when the tab is read again.
  await page.emulateMedia({ colorScheme: null });
  await page.reload();
  await settledHighlights(page, HIGHLIGHT_WAIT_MS);
  const arabicCard = await firstPersonCard(page, 'card-ar.png');
  await optionsShot(browser, 'auto');
  return arabicCard === null ? 1 : 0;
}

/** Hovers the first person highlighted and saves the page with its card (`file` in OUTPUT); its text, or null. */
async function firstPersonCard(page: Page, file: string): Promise<string | null> {
  const rect = await highlightRect(page, { name: `${HIGHLIGHT_PREFIX}person` });
  if (rect === null) {
    console.error('dalil start: no person is highlighted, so there is no card to show.');
    return null;
  }
  await page.mouse.move(0, 0);
  await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
  const card = await waitForCard(page);
  if (card === null) {
    console.error(`dalil start: hovering the first person showed no card within ${CARD_WAIT_MS / 1000} s.`);
    return null;
  }
  const shot = join(OUTPUT, file);
  await page.screenshot({ path: shot });
  saved(shot);
  return card;
}

const saved = (path: string) => console.log(`saved ${relative(process.cwd(), path)}`);

/** The card of the highlighted name nearest a side of the window, light and dark (card-edge-*.png). */
async function cardsNearEdge(page: Page, ranges: readonly HighlightedRange[]): Promise<boolean> {
  const width = page.viewportSize()?.width ?? 1280;
  let nearest: { name: string; index: number; gap: number } | null = null;
  const seen = new Map<string, number>();
  for (const range of ranges) {
    const index = seen.get(range.name) ?? 0;
    seen.set(range.name, index + 1);
    const rect = await highlightRect(page, { name: range.name, index });
    if (rect === null) continue;
    const gap = Math.min(rect.x, width - rect.x - rect.width);
    if (nearest === null || gap < nearest.gap) nearest = { name: range.name, index, gap };
  }
  if (nearest === null) return false;
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.mouse.move(0, 0);
    const rect = await highlightRect(page, nearest);
    if (rect === null) return false;
    await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
    if ((await waitForCard(page)) === null) {
      console.error('dalil start: hovering the name nearest the edge showed no card.');
      return false;
    }
    const shot = join(OUTPUT, `card-edge-${colorScheme}.png`);
    await page.screenshot({ path: shot });
    saved(shot);
  }
  await page.emulateMedia({ colorScheme: null });
  return true;
}

/**
 * The popup as the toolbar shows it (380×600), light and dark, for the LBC article of ../shared when it is
 * there (served from it, never copied into the project), else for the seed article. In Arabic (the language
 * the options page set), light only: `<name>-ar.png`.
 */
async function popupShots(browser: ExtensionBrowser, seedUrl: string, language: 'en' | 'ar'): Promise<void> {
  let url = seedUrl;
  let name = 'popup';
  let page: Page | null = null;
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  if (existsSync(LBC_PAGE)) {
    server = await startServer({ '/lbc': { body: readFileSync(LBC_PAGE, 'utf8') } });
    url = server.url('/lbc');
    name = 'popup-lbc';
    page = await browser.context.newPage();
    await page.goto(url);
    await settledHighlights(page, HIGHLIGHT_WAIT_MS);
  }
  const reader = await readerOf(browser, url);
  if (reader !== null) {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${reader.tabId}`);
    await popup.locator('.verdict-line, .this-page > .muted').first().waitFor();
    const shots =
      language === 'ar' ? { ar: 'light' as const } : { light: 'light' as const, dark: 'dark' as const };
    for (const [suffix, colorScheme] of Object.entries(shots)) {
      await popup.emulateMedia({ colorScheme });
      const shot = join(OUTPUT, `${name}-${suffix}.png`);
      await popup.screenshot({ path: shot });
      saved(shot);
    }
    await popup.close();
  }
  await page?.close();
  await server?.close();
}

/**
 * The options page, the glossary's first page, in English (options.png) or with Arabic chosen there
 * (options-ar.png); 'auto' puts the browser's language back and takes no screenshot.
 */
async function optionsShot(browser: ExtensionBrowser, language: LanguageChoice): Promise<void> {
  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 1100, height: 900 });
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByRole('table').waitFor();
  if (language !== 'en') {
    const browserLanguage = await options.evaluate(() =>
      (
        globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }
      ).chrome.i18n.getUILanguage(),
    );
    await options.locator('select[name="uiLanguage"]').selectOption(language);
    // The page turns once the setting is stored, so the popup opened next finds it.
    await options.locator(`html[lang="${resolveLanguage(language, browserLanguage)}"]`).waitFor();
  }
  if (language !== 'auto') {
    const shot = join(OUTPUT, language === 'ar' ? 'options-ar.png' : 'options.png');
    await options.screenshot({ path: shot });
    saved(shot);
  }
  await options.close();
}

async function headed(browser: ExtensionBrowser, url: string): Promise<number> {
  const ended = new Promise<void>((resolve) => {
    // `on`, not `once`: Ctrl-C reaches this process twice (from the terminal, and relayed by tsx's parent
    // process), and a second SIGINT with no listener left would end it before the profile is deleted.
    process.on('SIGINT', () => resolve());
    browser.context.once('close', () => resolve());
  });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(url);
  const ranges = await Promise.race([settledHighlights(page, HIGHLIGHT_WAIT_MS), ended.then(() => null)]);
  if (ranges === null) return 0;
  if (ranges.length === 0) console.error(`dalil start: nothing got highlighted on ${url} yet.`);
  else await printEntities(browser, url, ranges);
  console.log('Hover a highlighted name to see its card. Ctrl-C or closing the window ends the demo.');
  await ended;
  return 0;
}

async function main(): Promise<number> {
  const problem = missingBuild();
  if (problem !== null) {
    console.error(`dalil start: run npm run build first: ${problem}`);
    return 1;
  }
  const server = await startServer({ '/article': { body: articleToHtml(readFileSync(ARTICLE, 'utf8')) } });
  const url = server.url('/article');
  const display = process.env.DISPLAY !== undefined && process.env.DISPLAY !== '';
  let browser: ExtensionBrowser | undefined;
  try {
    // Headed, Ctrl-C is how the demo ends: our handler closes the browser and deletes its profile.
    browser = await launchWithExtension({ headless: !display, handleSIGINT: !display });
    console.log(`Chromium ${display ? 'window' : '(headless)'} with Dalil ${browser.extensionId} on ${url}`);
    return display ? await headed(browser, url) : await headless(browser, url);
  } finally {
    await browser?.close();
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`dalil start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
