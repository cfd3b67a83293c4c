/**
 * The real-browser harness: Debian's Chromium with the built extension (.output/chrome-mv3), pages served
 * from 127.0.0.1, and probes that read what the extension did. The pieces `npm start` shares live in
 * scripts/lib/; this file adds what only the tests need (fixture routes, the glossary as the oracle).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { browser as extensionApi } from 'wxt/browser';
import { createMatcher } from '../../lib/glossary/matcher';
import { parseGlossary } from '../../lib/glossary/parse';
import type { EntityType, GlossaryEntry } from '../../lib/glossary/schema';
import { articleBlocks, articleToHtml } from '../../scripts/lib/article-html';
import { type ExtensionBrowser, launchWithExtension, missingBuild } from '../../scripts/lib/chromium';
import { type PageServer, type Routes, STRICT_CSP, startServer } from '../../scripts/lib/serve';

export { articleBlocks, articleToHtml } from '../../scripts/lib/article-html';
export {
  type ExtensionBrowser,
  launchWithExtension,
  launchWithoutExtension,
} from '../../scripts/lib/chromium';
export {
  type CardState,
  domSnapshot,
  HIGHLIGHT_PREFIX,
  type HighlightedRange,
  highlightRect,
  highlightText,
  orderedHighlights,
  type Rect,
  readCard,
  readHighlights,
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

function fixturePage(name: string): string {
  return readFileSync(fromRoot(`tests/fixtures/pages/browser/${name}`), 'utf8');
}

/**
 * The pages every browser test can ask for: the seed article as a news page (also under the strict CSP),
 * and the Persian and English news pages the extension must leave alone.
 */
export function testRoutes(): Routes {
  const article = articleToHtml(seedArticleText());
  return {
    '/article': { body: article },
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
    const problems = parsed.problems.map((problem) => `${problem.line}: ${problem.message}`).join('; ');
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
