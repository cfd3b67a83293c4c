/**
 * The receiving side of requests to the background: for each request type, its parser and who may send it.
 * A type added to BackgroundRequest without both does not compile.
 */

import type { EntryDraft } from '../glossary/draft-entry';
import { limitOf } from '../glossary/entry-fields';
import { MAX_IMPORT_ENTRIES } from '../glossary/import-plan';
import { type GlossaryEntry, isEntityType } from '../glossary/schema';
import { isLanguageChoice } from '../i18n/languages';
import {
  hasKnownType,
  isRecord,
  isSiteMode,
  isText,
  isTextList,
  MAX_TEXT,
  noFields,
  type Payload,
  type PayloadParser,
} from './checks';
import { parseEntry } from './entry-shape';
import {
  type BackgroundRequest,
  type EntryView,
  HISTORY_KEEP_CHOICES,
  MAX_HOVER_DELAY_MS,
  type Settings,
  type SightingItem,
} from './protocol';

/**
 * Who may send a request type. A content script lives in a web page's process; were that process
 * compromised, what it could send is limited to what its page legitimately needs:
 * - `web-page`: only a content script in a tab's web page, and about that page alone: the request names no
 *   page or site, the background takes them from the sender (`sender.url`), so a page can read and write only
 *   its own site's mode and history rows, and of the history it gets only a count; and it may open the add
 *   window for a name (which the reader then fills in and saves, out of the page's reach).
 * - `extension-page`: only the extension's own pages; these change or reveal the whole glossary, the history
 *   or the settings.
 * - `any`: both: the glossary and settings a page's reader needs, and opening the options page.
 */
type Origin = 'web-page' | 'extension-page' | 'any';

interface RequestRule<T extends BackgroundRequest['type']> {
  from: Origin;
  parse: PayloadParser<BackgroundRequest, T>;
}

/** Limits on what a message may carry, so a misbehaving page script cannot make us store megabytes. */
const MAX_ITEMS = 5000;
const MAX_LIMIT = 500;

/** A host name as the browser reports it: letters, digits, dots, dashes (and a port), at most 253 characters. */
function isHost(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z0-9.:[\]-]{1,253}$/i.test(value);
}

function isLimit(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= MAX_LIMIT;
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function isSightingItem(value: unknown): value is SightingItem {
  return (
    isRecord(value) &&
    isText(value.entryId, 500) &&
    value.entryId !== '' &&
    typeof value.sentence === 'string'
  );
}

/** The addresses a page states of itself (see PageClaims), each cut to length. */
function pageClaims(message: Record<string, unknown>): { current?: string; canonical?: string } {
  const claims: { current?: string; canonical?: string } = {};
  if (typeof message.current === 'string') claims.current = message.current.slice(0, MAX_TEXT);
  if (typeof message.canonical === 'string') claims.canonical = message.canonical.slice(0, MAX_TEXT);
  return claims;
}

function parseSightings(
  message: Record<string, unknown>,
): Payload<BackgroundRequest, 'sightings/record'> | null {
  const { title, visitId, items } = message;
  if (typeof title !== 'string' || !isText(visitId, 100)) return null;
  if (!Array.isArray(items) || items.length > MAX_ITEMS || !items.every(isSightingItem)) return null;
  // Long text is cut, never a reason to drop the visit (one run-on sentence would lose the whole batch).
  const request: Payload<BackgroundRequest, 'sightings/record'> = {
    title: title.slice(0, MAX_TEXT),
    visitId,
    items: items.map((item) => ({ entryId: item.entryId, sentence: item.sentence.slice(0, MAX_TEXT) })),
  };
  return { ...request, ...pageClaims(message) };
}

function parseEntryView(value: unknown): EntryView | null {
  const entry = parseEntry(value);
  if (entry === null || !isRecord(value)) return null;
  const { origin, edited, createdAt, updatedAt } = value;
  if ((origin !== 'bundled' && origin !== 'user') || typeof edited !== 'boolean') return null;
  if (!isTime(createdAt) || !isTime(updatedAt)) return null;
  return { ...entry, origin, edited: origin === 'bundled' && edited, createdAt, updatedAt };
}

/** Settings in a message: only known ones, each of its type; null when none is. */
function parseSettings(value: unknown): Partial<Settings> | null {
  if (!isRecord(value)) return null;
  const settings: Partial<Settings> = {};
  if (typeof value.suggestNames === 'boolean') settings.suggestNames = value.suggestNames;
  const delay = value.hoverDelayMs;
  if (typeof delay === 'number' && Number.isInteger(delay) && delay >= 0 && delay <= MAX_HOVER_DELAY_MS) {
    settings.hoverDelayMs = delay;
  }
  if (isLanguageChoice(value.uiLanguage)) settings.uiLanguage = value.uiLanguage;
  return Object.keys(settings).length > 0 ? settings : null;
}

function parseImport(message: Record<string, unknown>): Payload<BackgroundRequest, 'glossary/import'> | null {
  const { entries, mode } = message;
  if (mode !== 'merge' && mode !== 'replace') return null;
  if (!Array.isArray(entries) || entries.length > MAX_IMPORT_ENTRIES) return null;
  const parsed: GlossaryEntry[] = [];
  for (const raw of entries as unknown[]) {
    const entry = parseEntry(raw);
    if (entry === null) return null;
    parsed.push(entry);
  }
  return { entries: parsed, mode };
}

const MAX_ALTERNATIVES = 5;

function parseDraft(value: unknown): EntryDraft | null {
  if (!isRecord(value)) return null;
  const { ar, en, alternatives, type, context } = value;
  if (!isText(ar, limitOf('ar')) || !isText(en, limitOf('en')) || !isText(context, limitOf('contexts')))
    return null;
  if (typeof type !== 'string' || !isEntityType(type)) return null;
  if (!isTextList(alternatives, MAX_ALTERNATIVES, limitOf('en'))) return null;
  return { ar, en, alternatives: [...alternatives], type, context };
}

/** `entry/put` and `entry/add`: one glossary entry. */
function parseEntryField(message: Record<string, unknown>): { entry: GlossaryEntry } | null {
  const entry = parseEntry(message.entry);
  return entry === null ? null : { entry };
}

const BACKGROUND_REQUESTS = {
  'glossary/get': { from: 'any', parse: noFields },
  'site/get': { from: 'web-page', parse: noFields },
  'site/set': {
    from: 'web-page',
    parse: (message) => (isSiteMode(message.mode) ? { mode: message.mode } : null),
  },
  'site/whole-page': {
    from: 'web-page',
    parse: (message) => (typeof message.on === 'boolean' ? { on: message.on } : null),
  },
  'sites/set': {
    from: 'extension-page',
    parse: (message) =>
      isHost(message.host) && isSiteMode(message.mode) ? { host: message.host, mode: message.mode } : null,
  },
  'options/open': {
    from: 'any',
    parse: (message) => {
      if (message.entryId === undefined) return {};
      return typeof message.entryId === 'string' && message.entryId.length <= 500
        ? { entryId: message.entryId }
        : null;
    },
  },
  // The card on a page (the popup has its own form).
  'add/open': {
    from: 'web-page',
    parse: (message) => {
      const draft = parseDraft(message.draft);
      return draft === null ? null : { draft };
    },
  },
  'add/take': {
    from: 'extension-page',
    parse: (message) => (isText(message.token, 100) ? { token: message.token } : null),
  },
  'sightings/record': { from: 'web-page', parse: parseSightings },
  'styles/insert': {
    from: 'web-page',
    parse: (message) => {
      const { names } = message;
      return isTextList(names, 20, 40) ? { names: [...names] } : null;
    },
  },
  'entry/seen': {
    from: 'web-page',
    parse: (message) =>
      isText(message.entryId, 500) ? { entryId: message.entryId, ...pageClaims(message) } : null,
  },
  'entry/history': {
    from: 'extension-page',
    parse: (message) =>
      isText(message.entryId, 500) && isLimit(message.limit)
        ? { entryId: message.entryId, limit: message.limit }
        : null,
  },
  'entries/search': {
    from: 'extension-page',
    parse: (message) =>
      isText(message.query, 200) && isLimit(message.limit)
        ? { query: message.query, limit: message.limit }
        : null,
  },
  // Only the extension's pages hold a form: the card on a page opens the add window (`add/open`).
  'entry/add': { from: 'extension-page', parse: parseEntryField },
  'settings/get': { from: 'any', parse: noFields },
  'history/stats': { from: 'extension-page', parse: noFields },
  'history/pause': {
    from: 'extension-page',
    parse: (message) => (typeof message.paused === 'boolean' ? { paused: message.paused } : null),
  },
  'history/keep': {
    from: 'extension-page',
    parse: (message) => {
      const days = HISTORY_KEEP_CHOICES.find((choice) => choice === message.days);
      return days === undefined ? null : { days };
    },
  },
  'history/forget-site': {
    from: 'extension-page',
    parse: (message) => (isHost(message.host) ? { host: message.host } : null),
  },
  'history/clear': { from: 'extension-page', parse: noFields },
  'entries/list': { from: 'extension-page', parse: noFields },
  'entry/put': { from: 'extension-page', parse: parseEntryField },
  'entry/delete': {
    from: 'extension-page',
    parse: (message) => (isText(message.id, limitOf('id')) && message.id !== '' ? { id: message.id } : null),
  },
  'entry/restore': {
    from: 'extension-page',
    parse: (message) => {
      const entry = parseEntryView(message.entry);
      return entry === null ? null : { entry };
    },
  },
  'glossary/import': { from: 'extension-page', parse: parseImport },
  'glossary/reset': { from: 'extension-page', parse: noFields },
  'settings/set': {
    from: 'extension-page',
    parse: (message) => {
      const settings = parseSettings(message.settings);
      return settings === null ? null : { settings };
    },
  },
} satisfies { [T in BackgroundRequest['type']]: RequestRule<T> };

/** The request for the background inside an unknown message, or null. */
export function parseBackgroundRequest(message: unknown): BackgroundRequest | null {
  if (!hasKnownType(BACKGROUND_REQUESTS, message)) return null;
  const payload = BACKGROUND_REQUESTS[message.type].parse(message);
  // The table ties each type to its payload; TypeScript cannot follow that through the lookup (#30581).
  return payload && ({ ...payload, type: message.type } as BackgroundRequest);
}

/** What the browser tells the background about a message's sender (runtime.MessageSender). */
export interface Sender {
  url?: string;
  frameId?: number;
  tab?: { id?: number; incognito: boolean };
}

/** The web page a content script's request came from, as the browser reports it, never as the request says. */
export interface SenderPage {
  /** The sending frame's address. */
  url: string;
  tabId: number;
  frameId: number;
  /** Whether the sender is the tab's top frame (not an embedded iframe). */
  topFrame: boolean;
  incognito: boolean;
}

function withSlash(origin: string): string {
  return origin.endsWith('/') ? origin : `${origin}/`;
}

/** The web page behind a sender: a frame of a tab at an http(s) address; null for the extension's own pages. */
export function senderPage(sender: Sender): SenderPage | null {
  const { url, tab, frameId = 0 } = sender;
  // The extension's own pages (chrome-extension:, moz-extension:) are no web page.
  if (tab?.id === undefined || url === undefined || !/^https?:\/\//.test(url)) return null;
  return { url, tabId: tab.id, frameId, topFrame: frameId === 0, incognito: tab.incognito };
}

/**
 * Whether a sender may make this request: `extension-page` requests only from a page under the extension's
 * origin (`chrome-extension://<id>/`), `web-page` requests only from a content script in a web page.
 */
export function mayRequest(request: BackgroundRequest, sender: Sender, extensionOrigin: string): boolean {
  const from = BACKGROUND_REQUESTS[request.type].from;
  if (from === 'any') return true;
  if (from === 'web-page') return senderPage(sender) !== null;
  return sender.url?.startsWith(withSlash(extensionOrigin)) === true;
}
