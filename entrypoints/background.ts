import bundled from '~/assets/glossary.json';
import type { GlossaryFile } from '~/lib/glossary/schema';
import {
  type BackgroundRequest,
  isBackgroundRequest,
  isOwnSender,
  parseRequest,
  type ReplyTo,
} from '~/lib/messages';
import { askTab } from '~/lib/runtime-messages';
import { getSiteMode, setSiteMode } from '~/lib/store/site-settings';

const glossary = bundled as GlossaryFile;

async function handle(request: BackgroundRequest): Promise<ReplyTo<BackgroundRequest>> {
  switch (request.type) {
    case 'glossary/get':
      return { entries: glossary.entries, version: glossary.glossaryVersion ?? '' };
    case 'site/get':
      return { mode: await getSiteMode(request.host) };
    case 'site/set':
      return { mode: await setSiteMode(request.host, request.mode) };
    case 'options/open': {
      const hash = request.entryId === undefined ? '' : `#entry=${encodeURIComponent(request.entryId)}`;
      await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
      return { ok: true };
    }
  }
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isOwnSender(sender, browser.runtime.id)) return;
    const request = parseRequest(message);
    if (request === null || !isBackgroundRequest(request)) return;
    handle(request).then(sendResponse, (error: unknown) => {
      console.error('Dalil background: request failed', request.type, error);
      sendResponse(undefined);
    });
    // Keeps the channel open for the asynchronous reply.
    return true;
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-page') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    await askTab(tab.id, { type: 'page/toggle' }).catch(() => {
      // No content script on this tab (a browser page, a store page): nothing to toggle.
    });
  });
});
