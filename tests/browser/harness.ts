/**
 * The real-browser harness: Debian's Chromium with the built extension (.output/chrome-mv3), pages served
 * from 127.0.0.1, and probes that read what the extension did. The pieces `npm start` shares live in
 * scripts/lib/; this file adds what only the tests need (fixture routes, the glossary as the oracle).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, vi } from 'vitest';
import type { browser as extensionApi } from 'wxt/browser';
import { tokenize } from '../../lib/arabic/tokenize';
import { formKey } from '../../lib/glossary/form-key';
import { createMatcher } from '../../lib/glossary/matcher';
import { parseGlossary } from '../../lib/glossary/parse';
import type { EntityType, GlossaryEntry } from '../../lib/glossary/schema';
import { englishProblem } from '../../lib/i18n/say-problem';
import type { BackgroundRequest, Envelope, ReplyTo, TabRequest } from '../../lib/messages/protocol';
import { articleBlocks, articleToHtml } from '../../scripts/lib/article-html';
import {
  type ExtensionBrowser,
  launchWithExtension,
  missingBuild,
  readerOf,
} from '../../scripts/lib/chromium';
import { type PageServer, type Routes, STRICT_CSP, startServer } from '../../scripts/lib/serve';

export { articleBlocks, articleToHtml } from '../../scripts/lib/article-html';
export {
  type ExtensionBrowser,
  launchWithExtension,
  launchWithoutExtension,
} from '../../scripts/lib/chromium';
export {
  type CardState,
  clickCardButton,
  domSnapshot,
  HIGHLIGHT_LABELS,
  HIGHLIGHT_PREFIX,
  type HighlightedRange,
  highlightRect,
  highlightText,
  inCardRoot,
  OWN_PAINT_MARKER,
  type OwnBox,
  orderedHighlights,
  ownPaintOf,
  type Rect,
  readCard,
  readHighlights,
  readOwnPaint,
  registeredRanges,
  withoutHighlights,
} from '../../scripts/lib/page-probes';
export { type PageServer, type Routes, STRICT_CSP, startServer } from '../../scripts/lib/serve';

/**
 * The extension API inside callbacks evaluated in the service worker or an extension page: those run in
 * Chromium, where it is `chrome`; a test declares `declare const chrome: ExtensionApi` for its type.
 */
export type ExtensionApi = typeof extensionApi;

/** Per test and per hook: a cold Chromium start plus a page load fits well inside it. */
export const BROWSER_TIMEOUT_MS = 60_000;
/** How long the extension may take to finish painting a page. */
export const HIGHLIGHT_WAIT_MS = 20_000;

const fromRoot = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export const SEED_ARTICLE_FILE = 'seeds/000_3b94b23d1bbcb671.txt';

/** Throws, failing the file, when there is no built extension to load. */
export function requireBuild(): void {
  const problem = missingBuild();
  if (problem !== null) throw new Error(`run npm run build first: ${problem}`);
}

export function seedArticleText(): string {
  return readFileSync(fromRoot(SEED_ARTICLE_FILE), 'utf8');
}

/** The texts of the seed page's blocks in document order: the <h1>, then each <p>. */
export function seedArticleBlockTexts(): string[] {
  const { headline, paragraphs } = articleBlocks(seedArticleText());
  return [headline, ...paragraphs.map((block) => block.text)];
}

/** A person the bundled glossary does not know, named with a title, then by surname: a name to suggest. */
export const UNKNOWN_NAME = 'محمد عبد العاطي';

/** The seed article with two sentences more: a glossary person's, and then UNKNOWN_NAME's. */
export function unknownNameArticle(): string {
  const sentences =
    'قال وزير الخارجية الإيراني عباس عراقجي إن المحادثات كانت بناءة. ' +
    `وقال الدكتور ${UNKNOWN_NAME} إن مصر ترحب بالاتفاق الذي أعلن أمس. وأضاف عبد العاطي أن القاهرة مستعدة للمساعدة.`;
  return `${seedArticleText().trimEnd()}\n\n${sentences}\n`;
}

function fixturePage(name: string): string {
  return readFileSync(fromRoot(`tests/fixtures/pages/browser/${name}`), 'utf8');
}

/**
 * The pages every browser test can ask for: the seed article as a news page (also under the strict CSP, and
 * saved bare: no lang, dir or metadata),
 * and the Persian and English news pages the extension must leave alone.
 */
export function testRoutes(): Routes {
  const article = articleToHtml(seedArticleText());
  return {
    '/article': { body: article },
    '/bare-article': { body: articleToHtml(seedArticleText(), undefined, { bare: true }) },
    '/csp/article': { body: article, headers: { 'Content-Security-Policy': STRICT_CSP } },
    '/persian': { body: fixturePage('persian-news.html') },
    '/english': { body: fixturePage('english-news.html') },
  };
}

/** The bundled glossary, read the way an import reads it; `npm run glossary` writes it. */
export function loadGlossary(): GlossaryEntry[] {
  let text: string;
  try {
    text = readFileSync(fromRoot('assets/glossary.json'), 'utf8');
  } catch (error) {
    throw new Error(
      `assets/glossary.json is unreadable: run npm run glossary first (${(error as Error).message})`,
    );
  }
  const parsed = parseGlossary(text, { name: 'glossary.json' });
  if (!parsed.ok) {
    const problems = parsed.problems
      .map((problem) => `${problem.line}: ${englishProblem(problem)}`)
      .join('; ');
    throw new Error(`assets/glossary.json does not parse: ${problems}`);
  }
  return parsed.entries;
}

export interface ExpectedHighlight {
  text: string;
  /** The highlight the range belongs in: dalil-<type of the entry>. */
  name: string;
  en: string;
  type: EntityType;
}

/**
 * What the matching core finds in these texts, in order: the oracle the page's highlights are compared
 * with, so the browser tests follow the glossary instead of a hard-coded answer.
 */
export function expectedHighlights(
  texts: readonly string[],
  entries: readonly GlossaryEntry[],
): ExpectedHighlight[] {
  const matcher = createMatcher(entries);
  return texts.flatMap((text) =>
    matcher.match(text).map((match) => {
      const entry = entries[match.entry] as GlossaryEntry;
      return {
        text: text.slice(match.start, match.end),
        name: `dalil-${entry.type}`,
        en: entry.en,
        type: entry.type,
      };
    }),
  );
}

/** The English the glossary gives for a highlighted string, when the whole string is one match. */
export function englishFor(text: string, entries: readonly GlossaryEntry[]): string | null {
  const [match, ...more] = createMatcher(entries).match(text);
  if (match === undefined || more.length > 0 || match.start !== 0 || match.end !== text.length) return null;
  return (entries[match.entry] as GlossaryEntry).en;
}

/**
 * A word of the seed article that the bundled glossary does not mark, and that an entry of its own would
 * mark exactly as written: what the test adds.
 */
export function unmarkedWord(entries: readonly GlossaryEntry[]): string {
  const texts = seedArticleBlockTexts();
  const matcher = createMatcher(entries);
  const taken = new Set(
    entries.flatMap((entry) => [entry.ar, ...entry.variants].map((form) => formKey(form).join(' '))),
  );
  for (const text of texts) {
    const covered = matcher.match(text);
    for (const token of tokenize(text)) {
      if (token.kind !== 'arabic' || token.norm.length < 5 || taken.has(token.norm)) continue;
      if (covered.some((match) => match.start < token.end && token.start < match.end)) continue;
      const surface = text.slice(token.start, token.end);
      const alone = createMatcher([{ id: 'x', ar: surface, variants: [], en: 'x', type: 'term' }]);
      const found = alone.match(text).filter((match) => text.slice(match.start, match.end) === surface);
      if (found.length > 0) return surface;
    }
  }
  throw new Error('every word of the seed article is in the glossary');
}

/**
 * Sends a request to the background from one of the extension's own pages (as the popup and the options
 * page do) and resolves with its reply; rejects with the reason the background gave when it refused.
 */
export async function askBackgroundFrom<R extends BackgroundRequest>(
  extensionPage: Page,
  request: R,
): Promise<ReplyTo<R>> {
  const envelope = (await extensionPage.evaluate(
    (message) => (globalThis as unknown as { chrome: ExtensionApi }).chrome.runtime.sendMessage(message),
    request,
  )) as Envelope<ReplyTo<R>> | undefined;
  if (envelope === undefined) throw new Error(`no answer to ${request.type}`);
  if (!envelope.ok) throw new Error(`${request.type} failed: ${JSON.stringify(envelope.error)}`);
  return envelope.value;
}

/** The id of the tab showing `url`, waiting for its page reader to load (scripts/lib/chromium.ts: readerOf). */
export async function tabIdOf(browser: ExtensionBrowser, url: string): Promise<number> {
  const findTab = async () => {
    const reader = await readerOf(browser, url);
    if (reader === null) throw new Error(`no tab answers for ${url}`);
    return reader.tabId;
  };
  return vi.waitFor(findTab, { timeout: HIGHLIGHT_WAIT_MS, interval: 100 });
}

/** Sends a request to the page reader of a tab's top frame from the service worker, as the popup does. */
export async function askReader<R extends TabRequest>(
  browser: ExtensionBrowser,
  tabId: number,
  request: R,
): Promise<ReplyTo<R>> {
  return (await browser.serviceWorker.evaluate(
    ([id, message]) =>
      (globalThis as unknown as { chrome: ExtensionApi }).chrome.tabs.sendMessage(id, message, {
        frameId: 0,
      }),
    [tabId, request] as const,
  )) as ReplyTo<R>;
}

/** What the extension loads into a page, watched through the DevTools protocol from before it navigates. */
export interface ExtensionLoads {
  /** The extension's scripts parsed in the page (isolated worlds included), by file name, in order. */
  scripts(): string[];
  /** The extension's files the page asked for (the reader, the card), by file name, in order. */
  requested(): string[];
  /**
   * Resolves once the boot script has run to its end: it was parsed, and then a task queued in its own
   * world has run. The boot starts the reader's import inside its own task (the request goes out as the
   * script runs), so from then on `requested()` holds page-reader.js wherever the boot loads the reader.
   */
  booted(): Promise<void>;
}

const BOOT_FILE = 'page-boot.js';

export async function watchExtensionLoads(page: Page): Promise<ExtensionLoads> {
  const cdp = await page.context().newCDPSession(page);
  const fileOf = (url: string) =>
    url.startsWith('chrome-extension://') ? new URL(url).pathname.slice(1) : null;
  const scripts: string[] = [];
  const requested: string[] = [];
  let bootContext: (id: number) => void = () => {};
  const bootParsed = new Promise<number>((resolve) => {
    bootContext = resolve;
  });
  cdp.on('Debugger.scriptParsed', (event) => {
    const file = fileOf(event.url);
    if (file === null) return;
    scripts.push(file);
    if (file === BOOT_FILE) bootContext(event.executionContextId);
  });
  cdp.on('Network.requestWillBeSent', (event) => {
    const file = fileOf(event.request.url);
    // Each import is asked for twice: at the per-session dynamic URL, then at the extension's own.
    if (file !== null && !requested.includes(file)) requested.push(file);
  });
  await cdp.send('Network.enable');
  await cdp.send('Debugger.enable');
  return {
    scripts: () => [...scripts],
    requested: () => [...requested],
    booted: async () => {
      const contextId = await bootParsed;
      await cdp.send('Runtime.evaluate', {
        contextId,
        expression: 'new Promise((resolve) => setTimeout(resolve, 0))',
        awaitPromise: true,
      });
    },
  };
}

/** Two animation frames: long enough for a DOM or highlight change to be painted. */
export async function nextPaint(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))),
  );
}

/**
 * One Chromium with the built extension and one page server for a test file: started before its tests,
 * closed after them. Returns a getter that fails clearly when the start failed.
 */
export function useExtensionBrowser(
  routes: () => Routes = testRoutes,
): () => { browser: ExtensionBrowser; server: PageServer } {
  let browser: ExtensionBrowser | undefined;
  let server: PageServer | undefined;
  beforeAll(async () => {
    requireBuild();
    server = await startServer(routes());
    browser = await launchWithExtension();
  }, BROWSER_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, BROWSER_TIMEOUT_MS);
  return () => {
    if (browser === undefined || server === undefined) {
      throw new Error('the browser did not start (see beforeAll)');
    }
    return { browser, server };
  };
}

/**
 * What the page's own script reads from the highlight registry, once it has settled: every highlight's ranges
 * as text, the highlights in registration order (their names are random, so they are left out), the ranges
 * sorted (the order they were added in follows the timing of the readings, not the glossary).
 */
export async function registryAsThePageReadsIt(page: Page): Promise<string[][]> {
  let last = '';
  return vi.waitFor(
    async () => {
      const seen = await page.evaluate(() =>
        [...CSS.highlights].map(([, highlight]) =>
          [...highlight]
            .map((abstract) => {
              const range = document.createRange();
              range.setStart(abstract.startContainer, abstract.startOffset);
              range.setEnd(abstract.endContainer, abstract.endOffset);
              return range.toString();
            })
            .sort(),
        ),
      );
      const key = JSON.stringify(seen);
      const settled = key === last;
      last = key;
      if (!settled) throw new Error('the highlights are still changing');
      return seen;
    },
    { timeout: HIGHLIGHT_WAIT_MS, interval: 750 },
  );
}
