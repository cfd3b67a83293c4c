/** The one spelling of a site used as a key by the `sites` store and the sightings' `site` index. */
export function siteKey(host: string): string {
  return host.trim().toLowerCase();
}

/** The site of a page address (its host, with any port, like `location.host`), or null when it has none. */
export function siteOfUrl(url: string): string | null {
  try {
    const host = new URL(url).host;
    return host === '' ? null : siteKey(host);
  } catch {
    return null;
  }
}
