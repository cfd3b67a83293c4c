import bundled from '~/assets/glossary.json';
import { handleRequest } from '~/lib/background/handle-request';
import type { GlossaryFile } from '~/lib/glossary/schema';
import {
  type Envelope,
  isBackgroundRequest,
  isOwnSender,
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

export default defineBackground(() => {
  // Listeners are registered synchronously, so a message that wakes the service worker is still answered.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isOwnSender(sender, browser.runtime.id)) return;
    const request = parseRequest(message);
    if (request === null || !isBackgroundRequest(request)) return;
    const incognito = sender.tab?.incognito === true;
    withRetry((db) => handleRequest(request, { db, bundled: glossary, incognito, openOptions }), {
      label: request.type,
    }).then((result) => {
      const envelope: Envelope<unknown> = result.ok ? result : { ok: false, error: result.error };
      sendResponse(envelope);
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
