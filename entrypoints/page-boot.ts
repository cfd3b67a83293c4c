import { loadEntry, READER_PATH } from '~/lib/page/load-entry';
import { titleRulesOutArabic } from '~/lib/page/title-check';

/**
 * Dalil's one content script (registered in wxt.config.ts): on a page whose title rules Arabic out it stops
 * here, having read the title and the page's direction and nothing else (lib/page/title-check.ts); any other
 * page gets the page reader, which detects, highlights and answers the popup. A popup, the keyboard command
 * or an "always" site can still wake the reader later (entrypoints/page-wake.ts).
 *
 * The build calls `main` itself (wxt.config.ts, bootWithoutWrapper): the default export is for WXT, which
 * reads an entrypoint's options from it, and is left out of the shipped file, so that defineUnlistedScript
 * is not one more function compiled and run on every page (`non_arabic_page_ms`).
 */
export function main(): void {
  if (titleRulesOutArabic(document.title, document.dir)) return;
  loadEntry(READER_PATH).catch((error: unknown) => console.error('Dalil:', error));
}

export default defineUnlistedScript(main);
