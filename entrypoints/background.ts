import bundled from '~/assets/glossary.json';
import highlightCss from '~/components/highlights.css?inline';
import { createAddRequests } from '~/lib/background/add-requests';
import { syncAlwaysSites } from '~/lib/background/always-sites';
import { handleRequest } from '~/lib/background/handle-request';
import type { GlossaryFile } from '~/lib/glossary/schema';
import { translatorFor } from '~/lib/i18n/catalogues';
import { resolveLanguage } from '~/lib/i18n/languages';
import {
  mayRequest,
  parseBackgroundRequest,
  type SenderPage,
  senderPage,
} from '~/lib/messages/background-request';
import { isOwnSender } from '~/lib/messages/checks';
import type { AddRequest, Envelope, TabRequest } from '~/lib/messages/protocol';
import { askTab } from '~/lib/runtime-messages';
import { mergeBundled } from '~/lib/store/entries';
import { withRetry } from '~/lib/store/retry';
import { readSettings } from '~/lib/store/settings';
import { pruneHistory } from '~/lib/store/sightings';
import { listSites } from '~/lib/store/sites';

const glossary = bundled as GlossaryFile;

/** The context menu's item for a text selection. */
const ADD_MENU_ID = 'add-to-dalil';

const addRequests = createAddRequests();

/** Opens the add page in a small window of its own, prefilled from the request (or saying what is wrong). */
async function openAddPage(request: AddRequest): Promise<void> {
  const url = browser.runtime.getURL(`/add.html#request=${encodeURIComponent(addRequests.put(request))}`);
  await browser.windows.create({ url, type: 'popup', width: 460, height: 620 });
}

/**
 * The "Add to Dalil…" item on a text selection, in the interface's language. Created anew on install and
 * update (Chrome keeps menu items across service-worker restarts, and creating one whose id exists is an
 * error), and when the language is chosen.
 */
async function createMenu(): Promise<void> {
  const settings = await withRetry((db) => readSettings(db), { label: 'read settings' });
  const choice = settings.ok ? settings.value.uiLanguage : 'auto';
  const i18n = translatorFor(resolveLanguage(choice, browser.i18n.getUILanguage()));
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: ADD_MENU_ID, title: i18n.t('menuAddToDalil'), contexts: ['selection'] });
}

async function openOptions(entryId?: string): Promise<void> {
  const hash = entryId === undefined ? '' : `#entry=${encodeURIComponent(entryId)}`;
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
}

async function toggleActiveTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  // Browser pages and stores take no script: nothing to toggle there.
  await askTab(tab.id, { type: 'page/toggle' }).catch(() => {});
}

/** Registers the wake-up script on the sites now set to "always" (see lib/background/always-sites.ts). */
async function registerAlwaysSites(): Promise<void> {
  const sites = await withRetry((db) => listSites(db), { label: 'list sites' });
  if (!sites.ok) throw new Error(sites.error);
  const always = sites.value.filter((site) => site.mode === 'always').map((site) => site.host);
  await syncAlwaysSites(browser.scripting, always);
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
    const request = parseBackgroundRequest(message);
    if (request === null) return;
    if (!mayRequest(request, sender, extensionOrigin)) {
      sendResponse({
        ok: false,
        error: { code: 'not-allowed', request: request.type },
      } satisfies Envelope<unknown>);
      return;
    }
    // A write retried on a fresh connection (withRetry) may report twice: one broadcast per request is enough.
    let changed = false;
    const glossaryChanged = () => {
      changed = true;
    };
    let sitesChanged = false;
    const context = {
      bundled: glossary,
      page: senderPage(sender),
      highlightCss,
      insertCss: (page: SenderPage, css: string) =>
        browser.scripting.insertCSS({ target: { tabId: page.tabId, frameIds: [page.frameId] }, css }),
      openOptions,
      openAdd: openAddPage,
      takeAdd: (token: string) => addRequests.take(token),
      glossaryChanged,
      sitesChanged: () => {
        sitesChanged = true;
      },
    };
    withRetry((db) => handleRequest(request, { ...context, db }), { label: request.type }).then((result) => {
      const envelope: Envelope<unknown> = result.ok
        ? result
        : { ok: false, error: { code: 'failed', request: request.type, detail: result.error } };
      sendResponse(envelope);
      if (changed)
        broadcastGlossaryChanged().catch((error) => console.error('Dalil: broadcast failed', error));
      if (sitesChanged) registerAlwaysSites().catch((error) => console.error('Dalil: always sites', error));
      if (result.ok && request.type === 'settings/set' && request.settings.uiLanguage !== undefined) {
        createMenu().catch((error) => console.error('Dalil: context menu', error));
      }
    });
    return true;
  });

  // The history's retention is applied as the browser starts (and on install, and when it is changed).
  const prune = () =>
    void withRetry((db) => pruneHistory(db), { label: 'prune history' }).catch((error) =>
      console.error('Dalil: prune history', error),
    );
  browser.runtime.onStartup.addListener(prune);

  browser.runtime.onInstalled.addListener(() => {
    prune();
    void withRetry((db) => mergeBundled(db, glossary), { label: 'merge bundled glossary' });
    // Registrations persist across sessions, but an update may have renamed what they point at.
    registerAlwaysSites().catch((error) => console.error('Dalil: always sites', error));
    createMenu().catch((error) => console.error('Dalil: context menu', error));
  });

  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId !== ADD_MENU_ID) return;
    openAddPage({ kind: 'selection', text: info.selectionText ?? '' }).catch((error) =>
      console.error('Dalil: add page', error),
    );
  });

  browser.commands.onCommand.addListener((command) => {
    if (command === 'toggle-page') void toggleActiveTab();
  });
});
