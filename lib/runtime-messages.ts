import { browser } from 'wxt/browser';
import type { LanguageChoice } from './i18n/languages';
import {
  BackgroundFailure,
  type BackgroundRequest,
  type Envelope,
  type ReplyTo,
  type TabRequest,
} from './messages/protocol';
import { parseTabReply } from './messages/tab-reply';
import { WAKE_FILE } from './page/load-entry';

/**
 * Sends a request to the background; resolves with its reply or rejects with a BackgroundFailure holding the
 * reason it gave, or that nothing answered: also when the browser could not deliver it (a page left open
 * while the extension was reloaded), whose own words are for the console only.
 */
export async function askBackground<R extends BackgroundRequest>(request: R): Promise<ReplyTo<R>> {
  const noAnswer = new BackgroundFailure({ code: 'no-answer', request: request.type });
  const envelope = (await browser.runtime.sendMessage(request).catch((error: unknown) => {
    console.error('Dalil: the background could not be asked', error);
    throw noAnswer;
  })) as Envelope<ReplyTo<R>> | undefined;
  if (envelope === undefined) throw noAnswer;
  if (!envelope.ok) throw new BackgroundFailure(envelope.error);
  return envelope.value;
}

/**
 * The reader's choice of interface language (the browser's when the settings cannot be read) and the
 * browser's own language, which 'auto' follows: what a page of the extension or the card is shown in.
 */
export async function readLanguage(): Promise<{ choice: LanguageChoice; browserLanguage: string }> {
  const choice = await askBackground({ type: 'settings/get' }).then(
    (settings) => settings.uiLanguage,
    (error: unknown): LanguageChoice => {
      console.error('Dalil: the language setting could not be read', error);
      return 'auto';
    },
  );
  return { choice, browserLanguage: browser.i18n.getUILanguage() };
}

/** Chrome's words when no script in the tab listens (the boot script stopped before the reader loaded). */
const NO_RECEIVER = 'Receiving end does not exist';

/**
 * Sends a request to the page reader of a tab's top frame (the reader also runs in iframes, which must not
 * answer for the page) and resolves with its reply, checked (tab-reply.ts); rejects when there is none or it
 * is not in the expected shape. Where the boot script stopped without loading the reader, the reader is
 * started first (page-wake.js), so the popup and the keyboard command work on any page.
 */
export async function askTab<R extends TabRequest>(tabId: number, request: R): Promise<ReplyTo<R>> {
  const send = async (): Promise<ReplyTo<R>> => {
    const reply = parseTabReply(request.type, await browser.tabs.sendMessage(tabId, request, { frameId: 0 }));
    if (reply === null)
      throw new Error(`Dalil: the page's reply to ${request.type} is not in the expected shape`);
    return reply as ReplyTo<R>;
  };
  try {
    return await send();
  } catch (error) {
    if (!String(error).includes(NO_RECEIVER)) throw error;
  }
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [WAKE_FILE] });
  return send();
}
