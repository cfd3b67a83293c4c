import { browser } from 'wxt/browser';
import type { BackgroundRequest, ReplyTo, TabRequest } from './messages';

/** Sends a request to the background and resolves with its typed reply. */
export function askBackground<R extends BackgroundRequest>(request: R): Promise<ReplyTo<R>> {
  return browser.runtime.sendMessage(request) as Promise<ReplyTo<R>>;
}

/** Sends a request to the content script of a tab and resolves with its typed reply. */
export function askTab<R extends TabRequest>(tabId: number, request: R): Promise<ReplyTo<R>> {
  return browser.tabs.sendMessage(tabId, request) as Promise<ReplyTo<R>>;
}
