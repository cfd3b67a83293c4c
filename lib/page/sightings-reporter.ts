import type { BackgroundRequest } from '../messages/protocol';
import type { PaintedMatch } from './page-highlighter';
import { sentenceOf } from './page-session';

/** What the page says its canonical address is (`<link rel=canonical>`); the background decides whether to believe it. */
export function canonicalOf(doc: Pick<Document, 'querySelector'>): string | undefined {
  return doc.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href;
}

/** What the reporter hands to the background's history. */
export type SightingsRequest = Extract<BackgroundRequest, { type: 'sightings/record' }>;

/**
 * Tells the background's history which entities this page visit shows, each once, with the sentence of its
 * first mention. One reporter is one visit (one page load): the history keeps one row per entity per visit.
 * Only web pages are recorded (not a file or an extension page); the background takes the page's address from
 * the browser, not from us. The title is read at each report, since a page may change it.
 */
export function createSightingsReporter(
  doc: Pick<Document, 'URL' | 'title' | 'querySelector'>,
  send: (request: SightingsRequest) => void,
): (all: readonly PaintedMatch[]) => void {
  const visitId = crypto.randomUUID();
  const reported = new Set<string>();
  return (all) => {
    const items: SightingsRequest['items'] = [];
    for (const item of all) {
      if (reported.has(item.entry.id)) continue;
      reported.add(item.entry.id);
      items.push({ entryId: item.entry.id, sentence: sentenceOf(item) });
    }
    if (items.length === 0 || !/^https?:/.test(doc.URL)) return;
    send({
      type: 'sightings/record',
      title: doc.title.slice(0, 500),
      visitId,
      items,
      canonical: canonicalOf(doc),
    });
  };
}
