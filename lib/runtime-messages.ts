import { browser } from 'wxt/browser';
import type { BackgroundRequest, Envelope, ReplyTo, TabRequest } from './messages';

/** Sends a request to the background; resolves with its reply or rejects with the reason it gave. */
export async function askBackground<R extends BackgroundRequest>(request: R): Promise<ReplyTo<R>> {
  const envelope = (await browser.runtime.sendMessage(request)) as Envelope<ReplyTo<R>> | undefined;
  if (envelope === undefined) throw new Error(`Dalil: no answer to ${request.type}`);
  if (!envelope.ok) throw new Error(`Dalil: ${request.type} failed: ${envelope.error}`);
  return envelope.value;
}

/**
 * Sends a request to the content script of a tab's top frame (the script also runs in iframes, which must
 * not answer for the page) and resolves with its typed reply.
 */
export function askTab<R extends TabRequest>(tabId: number, request: R): Promise<ReplyTo<R>> {
  return browser.tabs.sendMessage(tabId, request, { frameId: 0 }) as Promise<ReplyTo<R>>;
}
