import type { BackgroundRequest } from '../messages/protocol';
import { pageClaims } from './page-claims';
import type { PaintedMatch } from './page-highlighter';
import { sentenceOf } from './page-session';

/** What the reporter hands to the background's history. */
export type SightingsRequest = Extract<BackgroundRequest, { type: 'sightings/record' }>;

/**
 * Tells the background's history which entities this page visit shows, each once, with the sentence of its
 * first mention. A visit is one page load, or one address of a single-page app: when the address changes
 * (history.pushState to the next article) the next report starts a new visit, with every entity then on the
 * page. The history keeps one row per entity per visit. Only web pages are recorded (not a file or an extension page); the background takes the page's address from
 * the browser, not from us. The title is read at each report, since a page may change it.
 */
export function createSightingsReporter(
  doc: Pick<Document, 'URL' | 'title' | 'querySelector'>,
  send: (request: SightingsRequest) => void,
): (all: readonly PaintedMatch[]) => void {
  let visitId = '';
  let visitUrl = '';
  const reported = new Set<string>();
  return (all) => {
    if (doc.URL !== visitUrl) {
      visitUrl = doc.URL;
      visitId = crypto.randomUUID();
      reported.clear();
    }
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
      ...pageClaims(doc),
    });
  };
}
