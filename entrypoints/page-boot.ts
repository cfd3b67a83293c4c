import { loadEntry, READER_PATH } from '~/lib/page/load-entry';
import { titleRulesOutArabic } from '~/lib/page/title-check';

/**
 * Dalil's one content script (registered in wxt.config.ts): on a page whose title rules Arabic out it stops
 * here, having read the title and the page's direction and nothing else (lib/page/title-check.ts); any other
 * page gets the page reader, which detects, highlights and answers the popup. A popup, the keyboard command
 * or an "always" site can still wake the reader later (entrypoints/page-wake.ts).
 */
export default defineUnlistedScript(() => {
  if (titleRulesOutArabic(document.title, document.dir)) return;
  loadEntry(READER_PATH).catch((error: unknown) => console.error('Dalil:', error));
});
