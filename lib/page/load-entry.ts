/**
 * The extension API as a content script's isolated world has it, declared for the one call made here: the
 * page boot must not import `wxt/browser`, whose first line reads `browser.runtime.id`, because merely
 * touching the extension API from a content script costs about a millisecond (it is set up on first use).
 */
declare const chrome: { runtime: { getURL(path: string): string } };

import type { UiLanguage } from '../i18n/languages';

/** The page reader (entrypoints/page-reader.ts): detection, highlighting, the popup's questions. */
export const READER_PATH = '/page-reader.js';
/** What highlights a page (entrypoints/page-highlight.ts), once the reader has decided to. */
export const HIGHLIGHT_PATH = '/page-highlight.js';
/** The gloss card (entrypoints/page-card.ts): Preact and the card, loaded on the first hover. */
export const CARD_PATH = '/page-card.js';
/** The card's words, one language's catalogue each (entrypoints/page-words-<lang>.ts), loaded with the card. */
export const WORDS_PATHS: Readonly<Record<UiLanguage, string>> = {
  en: '/page-words-en.js',
  ar: '/page-words-ar.js',
};
/** The name finder's models (entrypoints/page-names.ts), on pages highlighted with suggestions on. */
export const NAMES_PATH = '/page-names.js';
/** The page's own text read (entrypoints/page-article.ts), on pages whose letters are Arabic. */
export const ARTICLE_PATH = '/page-article.js';
/** The wake-up (entrypoints/page-wake.ts), as scripting.executeScript and registered scripts name it. */
export const WAKE_FILE = 'page-wake.js';

/**
 * Imports one of the extension's web-accessible ES entries (see wxt.config.ts) into this frame's isolated
 * world and resolves with what its main function returned. They are reachable only through the extension's
 * per-session dynamic URL, so a page cannot probe for them; and since a relative import from such a module
 * resolves to the extension's fixed URL, which is refused, each entry is one self-contained file. A module is
 * evaluated once per world: the boot script and a later wake-up share one reader.
 */
export async function loadEntry<T>(path: string): Promise<T> {
  const module = (await import(/* @vite-ignore */ chrome.runtime.getURL(path))) as { default: Promise<T> };
  return module.default;
}
