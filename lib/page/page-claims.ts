/**
 * What the page says its address is (now, and its `<link rel=canonical>`); the background decides what to
 * believe (lib/background/page-address.ts).
 */
export function pageClaims(doc: Pick<Document, 'URL' | 'querySelector'>): {
  current: string;
  canonical?: string;
} {
  return { current: doc.URL, canonical: doc.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href };
}
