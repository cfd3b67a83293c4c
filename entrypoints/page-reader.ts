import type { GlossaryEntry } from '~/lib/glossary/schema';
import { isOwnSender } from '~/lib/messages/checks';
import type { PageStatus, ReplyTo, SightingItem, SiteMode, TabRequest } from '~/lib/messages/protocol';
import { parseTabRequest } from '~/lib/messages/tab-request';
import type { NamesModule } from '~/lib/names/name-suggester';
import type { CardCallbacks, CardControl, CardModule } from '~/lib/page/card-host';
import { detectPage } from '~/lib/page/detect';
import { gatherSignals } from '~/lib/page/detect-signals';
import { createLazyCard } from '~/lib/page/lazy-card';
import { CARD_PATH, loadEntry, NAMES_PATH } from '~/lib/page/load-entry';
import type { PaintedMatch } from '~/lib/page/page-highlighter';
import { type PageSession, sentenceOf, startPageSession } from '~/lib/page/page-session';
import { askBackground, suggestNamesWanted } from '~/lib/runtime-messages';

function report(error: unknown): void {
  console.error('Dalil:', error);
}

/**
 * The page reader: loaded by the boot script (entrypoints/page-boot.ts) on pages it could not rule out, or
 * woken by the popup, the keyboard command or an "always" site (page-wake.ts). The gloss card loads on first
 * use (page-card.ts). Each frame decides for itself: an article embedded in an iframe is highlighted in its
 * own frame.
 */
export default defineUnlistedScript({
  main() {
    // Decide from a bounded sample of the visible text; on a page that is not Arabic news this is all.
    const detection = detectPage(gatherSignals(document, { url: location.href }));
    const host = location.host;
    let siteMode: SiteMode = 'auto';
    /** "Highlight anyway" / "off" for this page, over the site mode and detection. */
    let pageChoice: boolean | null = null;
    let running: { session: PageSession; card: CardControl } | null = null;
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

    /** The name finder, loaded once when suggestions are on; undefined when off or when it failed to load. */
    let namesLoad: Promise<NamesModule | undefined> | null = null;
    function namesModule(): Promise<NamesModule | undefined> {
      namesLoad ??= suggestNamesWanted()
        .then((wanted) => (wanted ? loadEntry<NamesModule>(NAMES_PATH) : undefined))
        .catch((error: unknown) => {
          report(error);
          return undefined;
        });
      return namesLoad;
    }

    function startSession(
      card: CardControl,
      glossary: readonly GlossaryEntry[],
      names: NamesModule | undefined,
    ): PageSession {
      return startPageSession({
        doc: document,
        entries: glossary,
        ...(names === undefined ? {} : { suggestions: names.pageSuggestions }),
        card,
        onError: report,
        onEntities: recordSightings,
        seenCount: async (entryId) =>
          (await askBackground({ type: 'entry/history', entryId, limit: 1 })).count,
      });
    }

    async function apply(): Promise<void> {
      if (wanted() && running === null) {
        const [glossary, names] = await Promise.all([
          entries ?? askBackground({ type: 'glossary/get' }).then((reply) => reply.entries),
          namesModule(),
        ]);
        entries = glossary;
        if (!wanted() || running !== null) return;
        const callbacks: CardCallbacks = {
          onCopy: (text) => void navigator.clipboard.writeText(text).catch(report),
          onEdit: (entryId) => void askBackground({ type: 'options/open', entryId }).catch(report),
          onAdd: (entry) => askBackground({ type: 'entry/add', entry }),
          onClose: () => {},
        };
        const card = createLazyCard(
          () =>
            loadEntry<CardModule>(CARD_PATH).then(({ createCardHost }) =>
              createCardHost(document, callbacks),
            ),
          report,
        );
        running = { card, session: startSession(card, glossary, names) };
        await running.session.ready;
      } else if (!wanted() && running !== null) {
        running.session.stop();
        running.card.destroy();
        running = null;
      }
    }

    /**
     * The glossary changed (an edit on the options page): read it again and, when the page is highlighted,
     * start a new session with it. The card host stays.
     */
    async function refresh(): Promise<boolean> {
      entries = null;
      if (running === null) return false;
      // The suggestions switch may have changed too: ask again.
      namesLoad = null;
      const [fresh, names] = await Promise.all([
        askBackground({ type: 'glossary/get' }).then((reply) => reply.entries),
        namesModule(),
      ]);
      entries = fresh;
      if (running === null) return false;
      running.session.stop();
      running.session = startSession(running.card, fresh, names);
      await running.session.ready;
      return true;
    }

    /**
     * One change at a time: a toggle arriving while the glossary is being read again must not start a second
     * session, and a second "glossary changed" must not interleave with the first.
     */
    let queue: Promise<unknown> = Promise.resolve();
    function serially<T>(task: () => Promise<T>): Promise<T> {
      const next = queue.then(task);
      queue = next.catch(() => undefined);
      return next;
    }

    function status(): PageStatus {
      return { detection, siteMode, active: running !== null, counts: running?.session.counts() ?? {} };
    }

    async function answer(request: TabRequest): Promise<ReplyTo<TabRequest>> {
      switch (request.type) {
        case 'page/glossary-changed':
          return { refreshed: await refresh() };
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
      const request = parseTabRequest(message);
      if (request === null) return;
      serially(() => answer(request)).then(sendResponse, (error: unknown) => {
        report(error);
        sendResponse(undefined);
      });
      return true;
    });

    askBackground({ type: 'site/get', host })
      .then(({ mode }) => {
        siteMode = mode;
        return serially(apply);
      })
      .catch(report);
  },
});
