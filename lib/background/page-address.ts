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

/** What the page says of its address; the browser's word (the sender's URL) decides what is believed. */
export interface PageClaims {
  /** The document's address now: a single-page app changes it with history.pushState. */
  current?: string | undefined;
  /** `<link rel=canonical>`. */
  canonical?: string | undefined;
}

/** An http(s) address, or null. */
function webUrl(text: string, base?: URL): URL | null {
  try {
    const url = new URL(text, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * The address to keep for a page whose frame the browser reports at `pageUrl`. Its current address is
 * believed when it has the same origin (the only kind history.pushState can make; the browser goes on
 * reporting the address the document loaded with). Then its canonical link, when it is on the same site
 * (so a page cannot file its visit under another site), without its fragment; otherwise the address without
 * query and fragment. Null when the page's address is not an http(s) one.
 */
export function pageAddress(pageUrl: string, claims: PageClaims = {}): string | null {
  const loaded = webUrl(pageUrl);
  if (loaded === null) return null;
  const current = claims.current === undefined ? null : webUrl(claims.current);
  const page = current !== null && current.origin === loaded.origin ? current : loaded;
  const { canonical } = claims;
  let kept = `${page.origin}${page.pathname}`;
  const stated = canonical === undefined ? null : webUrl(canonical, page);
  if (stated !== null && bareHost(stated) === bareHost(page)) {
    stated.hash = '';
    kept = stated.href;
  }
  return kept.slice(0, MAX_ADDRESS);
}
