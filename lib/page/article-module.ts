import type { Detection } from '../messages/protocol';
import type { PageSignals } from './detect';
import { detectPage } from './news-evidence';
import { withTextNews } from './news-text';
import { collectTextBlocks } from './text-blocks';

/** What the page reader learns from reading the page itself (entrypoints/page-article.ts). */
export interface ArticleReading {
  /** Detection with the page's metadata and text taken into account. */
  detection: Detection;
}

/** The module the page reader imports on an Arabic page, to tell whether it is news. */
export interface ArticleModule {
  readArticle(doc: Document, signals: PageSignals): ArticleReading;
}

/** Characters of text read for news cues: a long report's first part says as much as all of it. */
const MAX_TEXT_CHARS = 40_000;

export function readArticle(doc: Document, signals: PageSignals): ArticleReading {
  const blocks = collectTextBlocks(doc.body ?? doc.documentElement, {
    maxChars: MAX_TEXT_CHARS,
    skipElement: (el) => el.hasAttribute('data-dalil-ui'),
  });
  const texts = blocks.map((block) => block.text);
  return { detection: withTextNews(detectPage(signals), texts) };
}
