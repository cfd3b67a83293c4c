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

/** One entity seen on a page, as the content script reports it for the history. */
export interface SightingItem {
  entryId: string;
  sentence: string;
}

/** Requests to the background. */
export type BackgroundRequest =
  | { type: 'glossary/get' }
  | { type: 'site/get'; host: string }
  | { type: 'site/set'; host: string; mode: SiteMode }
  | { type: 'options/open'; entryId?: string }
  | { type: 'sightings/record'; url: string; title: string; visitId: string; items: SightingItem[] }
  | { type: 'entry/history'; entryId: string; limit: number }
  | { type: 'entries/search'; query: string; limit: number }
  | { type: 'history/stats' }
  | { type: 'history/pause'; paused: boolean }
  | { type: 'history/forget-site'; host: string }
  | { type: 'history/clear' };

/** Requests from the background or a page to a tab's content script. */
export type TabRequest =
  | { type: 'page/status' }
  | { type: 'page/entities' }
  | { type: 'page/reveal'; entryId: string }
  | { type: 'page/toggle'; on?: boolean }
  | { type: 'page/site-mode'; mode: SiteMode };

export type Request = BackgroundRequest | TabRequest;

/** A page seen in an entry's history. */
export interface SightingView {
  url: string;
  title: string;
  site: string;
  sentence: string;
  at: number;
}

export interface HistoryStatsView {
  total: number;
  sites: Array<{ site: string; count: number }>;
  paused: boolean;
}

/** One entity of the page, for the popup's list. */
export interface PageEntity {
  entry: GlossaryEntry;
  /** Mentions on the page. */
  count: number;
  /** The distinct ways it is written on the page. */
  surfaces: string[];
  /** The sentences it stands in on this page, in order (at most a few). */
  sentences: string[];
}

/** The reply to each request type. */
export interface Replies {
  'glossary/get': { entries: GlossaryEntry[]; version: string };
  'site/get': { mode: SiteMode };
  'site/set': { mode: SiteMode };
  'options/open': { ok: true };
  'sightings/record': { written: number };
  'entry/history': { count: number; sightings: SightingView[] };
  'entries/search': { entries: GlossaryEntry[] };
  'history/stats': HistoryStatsView;
  'history/pause': HistoryStatsView;
  'history/forget-site': { deleted: number };
  'history/clear': { deleted: number };
  'page/status': PageStatus;
  'page/entities': { entities: PageEntity[]; url: string; title: string };
  'page/reveal': { found: boolean };
  'page/toggle': PageStatus;
  'page/site-mode': PageStatus;
}
export type ReplyTo<R extends Request> = Replies[R['type']];

/** What the background sends back: the reply, or the reason it could not give one. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

/** Limits on what a message may carry, so a misbehaving page script cannot make us store megabytes. */
const MAX_ITEMS = 5000;
const MAX_TEXT = 2000;
const MAX_LIMIT = 500;

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

function isText(value: unknown, max = MAX_TEXT): value is string {
  return typeof value === 'string' && value.length <= max;
}

function isLimit(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= MAX_LIMIT;
}

function isSightingItem(value: unknown): value is SightingItem {
  return isRecord(value) && isText(value.entryId, 500) && value.entryId !== '' && isText(value.sentence);
}

function parseSightings(message: Record<string, unknown>): Request | null {
  const { url, title, visitId, items } = message;
  if (!isText(url) || !/^https?:\/\//.test(url) || !isText(title) || !isText(visitId, 100)) return null;
  if (!Array.isArray(items) || items.length > MAX_ITEMS || !items.every(isSightingItem)) return null;
  return {
    type: 'sightings/record',
    url,
    title,
    visitId,
    items: items.map((item) => ({ entryId: item.entryId, sentence: item.sentence })),
  };
}

/** The request inside an unknown message, or null when it is not one of ours in the expected shape. */
export function parseRequest(message: unknown): Request | null {
  if (!isRecord(message) || typeof message.type !== 'string') return null;
  switch (message.type) {
    case 'glossary/get':
    case 'history/stats':
    case 'history/clear':
    case 'page/status':
      return { type: message.type };
    case 'sightings/record':
      return parseSightings(message);
    case 'entry/history':
      return isText(message.entryId, 500) && isLimit(message.limit)
        ? { type: 'entry/history', entryId: message.entryId, limit: message.limit }
        : null;
    case 'entries/search':
      return isText(message.query, 200) && isLimit(message.limit)
        ? { type: 'entries/search', query: message.query, limit: message.limit }
        : null;
    case 'history/pause':
      return typeof message.paused === 'boolean' ? { type: 'history/pause', paused: message.paused } : null;
    case 'history/forget-site':
      return isHost(message.host) ? { type: 'history/forget-site', host: message.host } : null;
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
    case 'page/entities':
      return { type: 'page/entities' };
    case 'page/reveal':
      return isText(message.entryId, 500) ? { type: 'page/reveal', entryId: message.entryId } : null;
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
