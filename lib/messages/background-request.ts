/**
 * The receiving side of requests to the background: for each request type, its parser and who may send it.
 * A type added to BackgroundRequest without both does not compile.
 */
import { limitOf } from '../glossary/entry-fields';
import { MAX_IMPORT_ENTRIES } from '../glossary/import-plan';
import type { GlossaryEntry } from '../glossary/schema';
import {
  hasKnownType,
  isRecord,
  isSiteMode,
  isText,
  noFields,
  type Payload,
  type PayloadParser,
} from './checks';
import { parseEntry } from './entry-shape';
import type { BackgroundRequest, EntryView, Settings, SightingItem } from './protocol';

/**
 * The least trusted sender a request type accepts. A content script lives in a web page's process; were that
 * process compromised, what it could send is limited to what a page legitimately needs: `content-script`
 * requests (which the extension's pages may make too). `extension-page` requests change or reveal the whole
 * glossary, the history or the settings, and are answered only for the extension's own pages (`entry/add`
 * is a content script's: it only adds, and can neither change nor remove what the user has).
 */
type Origin = 'content-script' | 'extension-page';

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
  return isRecord(value) && isText(value.entryId, 500) && value.entryId !== '' && isText(value.sentence);
}

function parseSightings(
  message: Record<string, unknown>,
): Payload<BackgroundRequest, 'sightings/record'> | null {
  const { url, title, visitId, items } = message;
  if (!isText(url) || !/^https?:\/\//.test(url) || !isText(title) || !isText(visitId, 100)) return null;
  if (!Array.isArray(items) || items.length > MAX_ITEMS || !items.every(isSightingItem)) return null;
  return {
    url,
    title,
    visitId,
    items: items.map((item) => ({ entryId: item.entryId, sentence: item.sentence })),
  };
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
  if (!isRecord(value) || typeof value.suggestNames !== 'boolean') return null;
  return { suggestNames: value.suggestNames };
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

/** `entry/put` and `entry/add`: one glossary entry. */
function parseEntryField(message: Record<string, unknown>): { entry: GlossaryEntry } | null {
  const entry = parseEntry(message.entry);
  return entry === null ? null : { entry };
}

const BACKGROUND_REQUESTS = {
  'glossary/get': { from: 'content-script', parse: noFields },
  'site/get': {
    from: 'content-script',
    parse: (message) => (isHost(message.host) ? { host: message.host } : null),
  },
  'site/set': {
    from: 'content-script',
    parse: (message) =>
      isHost(message.host) && isSiteMode(message.mode) ? { host: message.host, mode: message.mode } : null,
  },
  'options/open': {
    from: 'content-script',
    parse: (message) => {
      if (message.entryId === undefined) return {};
      return typeof message.entryId === 'string' && message.entryId.length <= 500
        ? { entryId: message.entryId }
        : null;
    },
  },
  'sightings/record': { from: 'content-script', parse: parseSightings },
  'entry/history': {
    from: 'content-script',
    parse: (message) =>
      isText(message.entryId, 500) && isLimit(message.limit)
        ? { entryId: message.entryId, limit: message.limit }
        : null,
  },
  'entries/search': {
    from: 'content-script',
    parse: (message) =>
      isText(message.query, 200) && isLimit(message.limit)
        ? { query: message.query, limit: message.limit }
        : null,
  },
  'entry/add': { from: 'content-script', parse: parseEntryField },
  'settings/get': { from: 'content-script', parse: noFields },
  'history/stats': { from: 'extension-page', parse: noFields },
  'history/pause': {
    from: 'extension-page',
    parse: (message) => (typeof message.paused === 'boolean' ? { paused: message.paused } : null),
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

/**
 * Whether a sender may make this request: anything from an extension page (its URL is under the
 * extension's origin, `chrome-extension://<id>/`), and from content scripts only what a page needs.
 */
export function mayRequest(
  request: BackgroundRequest,
  sender: { url?: string },
  extensionOrigin: string,
): boolean {
  if (BACKGROUND_REQUESTS[request.type].from === 'content-script') return true;
  const origin = extensionOrigin.endsWith('/') ? extensionOrigin : `${extensionOrigin}/`;
  return sender.url?.startsWith(origin) === true;
}
