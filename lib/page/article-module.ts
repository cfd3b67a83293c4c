import { createNewsCueCounter } from '../arabic/news-cues';
import type { Detection } from '../messages/protocol';
import type { ArticleScope } from './article-scope';
import type { PageSignals } from './detect';
import { findMainContent } from './main-content';
import { detectPage } from './news-evidence';
import { NEWS_CUE_CHARS, withNewsEvidence } from './news-text';
import { walkTextBlocks } from './text-blocks';
import { yieldToMain } from './yield-to-main';

/** What the page reader learns from reading the page itself (entrypoints/page-article.ts). */
export interface ArticleReading {
  /** Detection with the page's metadata and text taken into account. */
  detection: Detection;
}

/**
 * The module the page reader imports on an Arabic page, to tell whether it is news, and on a page it
 * highlights, to find its article.
 */
export interface ArticleModule {
  readArticle(doc: Document, signals: PageSignals): Promise<ArticleReading>;
  findArticle(doc: Document): Promise<ArticleScope>;
}

/** Milliseconds of reading before the main thread is given back. */
const SLICE_MS = 8;

/**
 * Whether the page is news, from its metadata and from its text: the news cues of its first NEWS_CUE_CHARS
 * characters (as `npm run eval` reads them), counted in slices.
 */
export async function readArticle(doc: Document, signals: PageSignals): Promise<ArticleReading> {
  const counter = createNewsCueCounter();
  let left = NEWS_CUE_CHARS;
  let sliceStart = performance.now();
  // The card's host stands under <html>, outside <body>, and its shadow root is closed: no walk reaches it.
  for (const block of walkTextBlocks(doc.body ?? doc.documentElement)) {
    if (block !== null) {
      counter.add(block.text.length <= left ? block.text : block.text.slice(0, left));
      left -= block.text.length;
      if (left <= 0) break;
    }
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
  return { detection: withNewsEvidence(detectPage(signals), counter.result()) };
}

/** The page's article, found in slices (lib/page/main-content.ts). */
export function findArticle(doc: Document): Promise<ArticleScope> {
  return findMainContent(doc.body ?? doc.documentElement, { yieldToMain });
}
