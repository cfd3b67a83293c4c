import bundled from '~/assets/glossary.json';
import { handleRequest } from '~/lib/background/handle-request';
import type { GlossaryFile } from '~/lib/glossary/schema';
import {
  type Envelope,
  isBackgroundRequest,
  isOwnSender,
  mayRequest,
  parseRequest,
  type TabRequest,
} from '~/lib/messages';
import { mergeBundled } from '~/lib/store/entries';
import { withRetry } from '~/lib/store/retry';

const glossary = bundled as GlossaryFile;

async function openOptions(entryId?: string): Promise<void> {
  const hash = entryId === undefined ? '' : `#entry=${encodeURIComponent(entryId)}`;
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
}

async function sendToActiveTab(request: TabRequest): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  // No content script on browser pages and stores: nothing to do there.
  await browser.tabs.sendMessage(tab.id, request).catch(() => {});
}

/**
 * Tells every tab the glossary changed, so open pages highlight with it without a reload. tabs.query gives
 * tab ids without the "tabs" permission; a tab without our content script (a browser page, a store) just
 * fails to answer.
 */
async function broadcastGlossaryChanged(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.tabs
            .sendMessage(tab.id, { type: 'page/glossary-changed' } satisfies TabRequest)
            .catch(() => {}),
    ),
  );
}

export default defineBackground(() => {
  const extensionOrigin = browser.runtime.getURL('/');

  // Listeners are registered synchronously, so a message that wakes the service worker is still answered.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isOwnSender(sender, browser.runtime.id)) return;
    const request = parseRequest(message);
    if (request === null || !isBackgroundRequest(request)) return;
    if (!mayRequest(request, sender, extensionOrigin)) {
      sendResponse({ ok: false, error: `${request.type} is only for the extension's own pages` });
      return;
    }
    const incognito = sender.tab?.incognito === true;
    // A write retried on a fresh connection (withRetry) may report twice: one broadcast per request is enough.
    let changed = false;
    const glossaryChanged = () => {
      changed = true;
    };
    withRetry(
      (db) => handleRequest(request, { db, bundled: glossary, incognito, openOptions, glossaryChanged }),
      { label: request.type },
    ).then((result) => {
      const envelope: Envelope<unknown> = result.ok ? result : { ok: false, error: result.error };
      sendResponse(envelope);
      if (changed)
        broadcastGlossaryChanged().catch((error) => console.error('Dalil: broadcast failed', error));
    });
    return true;
  });

  browser.runtime.onInstalled.addListener(() => {
    void withRetry((db) => mergeBundled(db, glossary), { label: 'merge bundled glossary' });
  });

  browser.commands.onCommand.addListener((command) => {
    if (command === 'toggle-page') void sendToActiveTab({ type: 'page/toggle' });
  });
});
