/**
 * The address the history keeps for a page: its article, not the visit. Query strings and fragments carry
 * tokens, e-mail addresses and ad click ids, and the same article reached through different tracking
 * parameters is one page.
 */

/** The longest address kept: a longer one is cut, never dropped. */
export const MAX_ADDRESS = 2000;

/** The host without a leading `www.`, so that www.example.com and example.com are one site. */
function bareHost(url: URL): string {
  return url.host.toLowerCase().replace(/^www\./, '');
}

/**
 * The page's own canonical address (`<link rel=canonical>`) when it is on the same site as the page (so a
 * page cannot file its visit under another site), without its fragment; otherwise the page's address
 * without query and fragment. Null when the page's address is not an http(s) one.
 */
export function pageAddress(pageUrl: string, canonical?: string): string | null {
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return null;
  }
  if (page.protocol !== 'http:' && page.protocol !== 'https:') return null;
  let kept = `${page.origin}${page.pathname}`;
  if (canonical !== undefined) {
    try {
      const stated = new URL(canonical, page);
      if (/^https?:$/.test(stated.protocol) && bareHost(stated) === bareHost(page)) {
        stated.hash = '';
        kept = stated.href;
      }
    } catch {
      // Not an address: the page's own one stands.
    }
  }
  return kept.slice(0, MAX_ADDRESS);
}
