import './style.css';
import type { GlossaryEntry } from '~/lib/glossary/schema';
import {
  isBackgroundRequest,
  isOwnSender,
  type PageStatus,
  parseRequest,
  type ReplyTo,
  type SightingItem,
  type SiteMode,
  type TabRequest,
} from '~/lib/messages';
import { type CardHost, createCardHost } from '~/lib/page/card-host';
import { detectPage } from '~/lib/page/detect';
import { gatherSignals } from '~/lib/page/detect-signals';
import type { PaintedMatch } from '~/lib/page/page-highlighter';
import { type PageSession, sentenceOf, startPageSession } from '~/lib/page/page-session';
import { askBackground } from '~/lib/runtime-messages';

function report(error: unknown): void {
  console.error('Dalil:', error);
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Each frame decides for itself: an article embedded in an iframe is highlighted in its own frame.
  allFrames: true,
  runAt: 'document_idle',
  main() {
    // Decide from a bounded sample first: on a page that is not Arabic news this is all the work done.
    const detection = detectPage(gatherSignals(document, { url: location.href }));
    const host = location.host;
    let siteMode: SiteMode = 'auto';
    /** "Highlight anyway" / "off" for this page, over the site mode and detection. */
    let pageChoice: boolean | null = null;
    let running: { session: PageSession; card: CardHost } | null = null;
    let entries: GlossaryEntry[] | null = null;

    /** One page load is one visit: the history keeps one row per entity per visit. */
    const visitId = crypto.randomUUID();
    const reported = new Set<string>();

    /** Sends the entities not yet reported for this visit, with the sentence of their first mention. */
    function recordSightings(all: readonly PaintedMatch[]): void {
      const items: SightingItem[] = [];
      for (const item of all) {
        if (reported.has(item.entry.id)) continue;
        reported.add(item.entry.id);
        items.push({ entryId: item.entry.id, sentence: sentenceOf(item) });
      }
      if (items.length === 0 || !/^https?:/.test(location.href)) return;
      askBackground({
        type: 'sightings/record',
        url: location.href,
        title: document.title.slice(0, 500),
        visitId,
        items,
      }).catch(report);
    }

    const wanted = () =>
      pageChoice ?? (siteMode === 'always' || (siteMode === 'auto' && detection.verdict === 'arabic-news'));

    async function apply(): Promise<void> {
      if (wanted() && running === null) {
        entries ??= (await askBackground({ type: 'glossary/get' })).entries;
        if (!wanted() || running !== null) return;
        const card = createCardHost(document, {
          onCopy: (text) => void navigator.clipboard.writeText(text).catch(report),
          onEdit: (entryId) => void askBackground({ type: 'options/open', entryId }).catch(report),
          onClose: () => {},
        });
        const session = startPageSession({
          doc: document,
          entries,
          card,
          onError: report,
          onEntities: recordSightings,
          seenCount: async (entryId) =>
            (await askBackground({ type: 'entry/history', entryId, limit: 1 })).count,
        });
        running = { card, session };
        await running.session.ready;
      } else if (!wanted() && running !== null) {
        running.session.stop();
        running.card.destroy();
        running = null;
      }
    }

    function status(): PageStatus {
      return { detection, siteMode, active: running !== null, counts: running?.session.counts() ?? {} };
    }

    async function answer(request: TabRequest): Promise<ReplyTo<TabRequest>> {
      switch (request.type) {
        case 'page/entities':
          return { entities: running?.session.entities() ?? [], url: location.href, title: document.title };
        case 'page/reveal':
          return { found: running?.session.reveal(request.entryId) ?? false };
        case 'page/toggle':
          pageChoice = request.on ?? running === null;
          break;
        case 'page/site-mode':
          siteMode = (await askBackground({ type: 'site/set', host, mode: request.mode })).mode;
          pageChoice = null;
          break;
        case 'page/status':
          break;
      }
      await apply();
      return status();
    }

    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      if (!isOwnSender(sender, browser.runtime.id)) return;
      const request = parseRequest(message);
      if (request === null || isBackgroundRequest(request)) return;
      answer(request).then(sendResponse, (error: unknown) => {
        report(error);
        sendResponse(undefined);
      });
      return true;
    });

    askBackground({ type: 'site/get', host })
      .then(({ mode }) => {
        siteMode = mode;
        return apply();
      })
      .catch(report);
  },
});
