import { Window } from 'happy-dom';
import { outsideArticle } from '../../lib/page/article-scope';
import { findMainContent } from '../../lib/page/main-content';
import { collectTextBlocks } from '../../lib/page/text-blocks';

export interface LoadedDocument {
  document: Document;
  /** Releases the window; call it when done with the document. */
  close(): Promise<void>;
}

/**
 * Parses a saved page into a DOM without running it: no scripts, no stylesheets, no frames, no
 * navigation. Saved pages are someone else's code; we only want their markup.
 * `url` becomes `document.URL`; a page whose URL is unknown can pass 'about:blank'.
 */
export function loadHtmlDocument(html: string, url: string): LoadedDocument {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  window.document.write(html);
  // happy-dom's Document implements the DOM interfaces our code reads but is a different TypeScript type
  // from lib.dom's; the cast is confined to this one place.
  const document = window.document as unknown as Document;
  return { document, close: () => window.happyDOM.close() };
}

/** Inline styles that hide an element in a saved page (layout is not available outside a browser). */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * The visible text of a saved page's document, one string per block, as `scan`, `eval` and the bench read
 * pages: the page reader's walk, without the elements an inline style hides.
 */
export function visibleBlockTexts(document: Document): string[] {
  return collectTextBlocks(document.body ?? document.documentElement, { skipElement: hiddenByStyle }).map(
    (block) => block.text,
  );
}

/** Whether an inline style hides the element. */
export function hiddenByStyle(element: Element): boolean {
  return HIDDEN_STYLE.test(element.getAttribute('style') ?? '');
}

/** `visibleBlockTexts` of a saved page's HTML. */
export async function visibleBlocks(html: string): Promise<string[]> {
  const page = loadHtmlDocument(html, 'about:blank');
  try {
    return visibleBlockTexts(page.document);
  } finally {
    await page.close();
  }
}

/**
 * The visible text of a saved page's article as the page reader reads it (lib/page/main-content.ts), one
 * string per block: the text inside the article it finds, or the whole page where it finds none.
 */
export async function articleBlockTexts(document: Document): Promise<string[]> {
  const root = document.body ?? document.documentElement;
  const scope = await findMainContent(root, { skipElement: hiddenByStyle });
  return collectTextBlocks(root, {
    skipElement: (element) => hiddenByStyle(element) || outsideArticle(scope, element),
  }).map((block) => block.text);
}

/** `articleBlockTexts` of a saved page's HTML. */
export async function visibleArticleBlocks(html: string): Promise<string[]> {
  const page = loadHtmlDocument(html, 'about:blank');
  try {
    return await articleBlockTexts(page.document);
  } finally {
    await page.close();
  }
}
