import './style.css';
import type { GlossaryEntry } from '~/lib/glossary/schema';
import {
  isBackgroundRequest,
  isOwnSender,
  type PageStatus,
  parseRequest,
  type SiteMode,
  type TabRequest,
} from '~/lib/messages';
import { type CardHost, createCardHost } from '~/lib/page/card-host';
import { detectPage } from '~/lib/page/detect';
import { gatherSignals } from '~/lib/page/detect-signals';
import { type PageSession, startPageSession } from '~/lib/page/page-session';
import { askBackground } from '~/lib/runtime-messages';

function report(error: unknown): void {
  console.error('Dalil:', error);
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
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
        running = { card, session: startPageSession({ doc: document, entries, card, onError: report }) };
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

    async function answer(request: TabRequest): Promise<PageStatus> {
      if (request.type === 'page/toggle') pageChoice = request.on ?? running === null;
      if (request.type === 'page/site-mode') {
        siteMode = (await askBackground({ type: 'site/set', host, mode: request.mode })).mode;
        pageChoice = null;
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
