import type { Detection } from '../messages/protocol';
import type { ArticleScope } from './article-scope';
import type { PageSignals } from './detect';
import { findMainContent } from './main-content';
import { detectPage } from './news-evidence';
import { withTextNews } from './news-text';
import { collectTextBlocks } from './text-blocks';
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
  readArticle(doc: Document, signals: PageSignals): ArticleReading;
  findArticle(doc: Document): Promise<ArticleScope>;
}

/** Characters of text read for news cues: a long report's first part says as much as all of it. */
const MAX_TEXT_CHARS = 40_000;

export function readArticle(doc: Document, signals: PageSignals): ArticleReading {
  // The card's host stands under <html>, outside <body>, and its shadow root is closed: no walk reaches it.
  const blocks = collectTextBlocks(doc.body ?? doc.documentElement, { maxChars: MAX_TEXT_CHARS });
  const texts = blocks.map((block) => block.text);
  return { detection: withTextNews(detectPage(signals), texts) };
}

/** The page's article, found in slices (lib/page/main-content.ts). */
export function findArticle(doc: Document): Promise<ArticleScope> {
  return findMainContent(doc.body ?? doc.documentElement, { yieldToMain });
}
