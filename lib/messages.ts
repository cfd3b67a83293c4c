/**
 * The one message protocol between the content script, the background and the extension's pages.
 *
 * Every receiver validates what arrives with `parseRequest` (known type, expected shape) and ignores the
 * rest: a message is data from another context, never trusted as typed.
 */
import type { GlossaryEntry } from './glossary/schema';
import type { Detection } from './page/detect';

/** Per-site choice: follow detection, always highlight, or never. */
export const SITE_MODES = ['auto', 'always', 'never'] as const;
export type SiteMode = (typeof SITE_MODES)[number];

/** What a tab's content script reports about its page (for the popup and the toolbar). */
export interface PageStatus {
  detection: Detection;
  siteMode: SiteMode;
  /** Whether highlighting is on for this page now (detection, site mode and page toggle combined). */
  active: boolean;
  /** Entities found so far: entry id → mentions. */
  counts: Record<string, number>;
}

/** Requests to the background. */
export type BackgroundRequest =
  | { type: 'glossary/get' }
  | { type: 'site/get'; host: string }
  | { type: 'site/set'; host: string; mode: SiteMode }
  | { type: 'options/open'; entryId?: string };

/** Requests from the background or a page to a tab's content script. */
export type TabRequest =
  | { type: 'page/status' }
  | { type: 'page/toggle'; on?: boolean }
  | { type: 'page/site-mode'; mode: SiteMode };

export type Request = BackgroundRequest | TabRequest;

/** The reply to each request type. */
export interface Replies {
  'glossary/get': { entries: GlossaryEntry[]; version: string };
  'site/get': { mode: SiteMode };
  'site/set': { mode: SiteMode };
  'options/open': { ok: true };
  'page/status': PageStatus;
  'page/toggle': PageStatus;
  'page/site-mode': PageStatus;
}
export type ReplyTo<R extends Request> = Replies[R['type']];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A host name as the browser reports it: letters, digits, dots, dashes (and a port), at most 253 characters. */
function isHost(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z0-9.:[\]-]{1,253}$/i.test(value);
}

function isSiteMode(value: unknown): value is SiteMode {
  return typeof value === 'string' && (SITE_MODES as readonly string[]).includes(value);
}

/** The request inside an unknown message, or null when it is not one of ours in the expected shape. */
export function parseRequest(message: unknown): Request | null {
  if (!isRecord(message) || typeof message.type !== 'string') return null;
  switch (message.type) {
    case 'glossary/get':
    case 'page/status':
      return { type: message.type };
    case 'site/get':
      return isHost(message.host) ? { type: 'site/get', host: message.host } : null;
    case 'site/set':
      return isHost(message.host) && isSiteMode(message.mode)
        ? { type: 'site/set', host: message.host, mode: message.mode }
        : null;
    case 'options/open':
      if (message.entryId === undefined) return { type: 'options/open' };
      return typeof message.entryId === 'string' && message.entryId.length <= 500
        ? { type: 'options/open', entryId: message.entryId }
        : null;
    case 'page/toggle':
      if (message.on === undefined) return { type: 'page/toggle' };
      return typeof message.on === 'boolean' ? { type: 'page/toggle', on: message.on } : null;
    case 'page/site-mode':
      return isSiteMode(message.mode) ? { type: 'page/site-mode', mode: message.mode } : null;
    default:
      return null;
  }
}

/** Whether a request is addressed to the background (the others go to a tab's content script). */
export function isBackgroundRequest(request: Request): request is BackgroundRequest {
  return !request.type.startsWith('page/');
}

/** Whether a message came from this extension itself (its pages or its content scripts). */
export function isOwnSender(sender: { id?: string }, extensionId: string): boolean {
  return sender.id === extensionId;
}
