/**
 * The one message protocol between the content script, the background and the extension's pages.
 *
 * Every receiver validates what arrives (`parseTabRequest` in tabs, `parseBackgroundRequest` in the
 * background: known type, expected shape) and ignores the rest: a message is data from another context,
 * never trusted as typed.
 */
import { ENTRY_FLAGS, type GlossaryEntry, isEntityType } from './glossary/schema';
import type { GlossaryProblem } from './glossary/validate';
import type { Detection } from './page/detect';
import type { EntryOrigin } from './store/schema';

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

/** A stored glossary entry as the options page sees it: the entry, where it came from, when it changed. */
export interface EntryView extends GlossaryEntry {
  origin: EntryOrigin;
  /** A bundled entry the user changed (glossary updates leave it alone). */
  edited: boolean;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
}

/** The reader's settings, kept by the background. */
export interface Settings {
  /** Propose names the glossary lacks (lib/names), highlighted as suggestions. */
  suggestNames: boolean;
}

/** How an import meets the stored glossary: added to it, or replacing it (entries not in the file go). */
export const IMPORT_MODES = ['merge', 'replace'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

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
  | { type: 'history/clear' }
  | { type: 'entries/list' }
  /** Adds (an empty id) or edits an entry. */
  | { type: 'entry/put'; entry: GlossaryEntry }
  /** Adds a new entry of the user's own (a suggested name, a selection); never changes a stored one. */
  | { type: 'entry/add'; entry: GlossaryEntry }
  | { type: 'entry/delete'; id: string }
  /** Undoes a deletion with the record `entry/delete` returned. */
  | { type: 'entry/restore'; entry: EntryView }
  | { type: 'glossary/import'; entries: GlossaryEntry[]; mode: ImportMode }
  | { type: 'glossary/reset' }
  | { type: 'settings/get' }
  /** Changes the settings given; the others stay. */
  | { type: 'settings/set'; settings: Partial<Settings> };

/** Requests from the background or a page to a tab's content script. */
export type TabRequest =
  | { type: 'page/status' }
  | { type: 'page/entities' }
  | { type: 'page/reveal'; entryId: string }
  | { type: 'page/toggle'; on?: boolean }
  | { type: 'page/site-mode'; mode: SiteMode }
  /** The stored glossary changed: read it again and highlight the page anew. */
  | { type: 'page/glossary-changed' };

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

/** The reply to a write of one entry: the stored entry, or what the user must fix. */
export type PutReply = { ok: true; entry: EntryView } | { ok: false; problems: GlossaryProblem[] };

/** The reply to an import: what was written, or (nothing written) why the import was refused. */
export type ImportReply =
  | { ok: true; added: number; changed: number; unchanged: number; removed: number }
  | { ok: false; problems: GlossaryProblem[] };

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
  'entries/list': { entries: EntryView[] };
  'entry/put': PutReply;
  'entry/add': PutReply;
  'entry/delete': { deleted: EntryView | null };
  'entry/restore': PutReply;
  'glossary/import': ImportReply;
  'glossary/reset': { count: number };
  'settings/get': Settings;
  'settings/set': Settings;
  'page/status': PageStatus;
  'page/entities': { entities: PageEntity[]; url: string; title: string };
  'page/reveal': { found: boolean };
  'page/toggle': PageStatus;
  'page/site-mode': PageStatus;
  'page/glossary-changed': { refreshed: boolean };
}
export type ReplyTo<R extends Request> = Replies[R['type']];

/** Sends a request to the background and resolves with its reply: askBackground, or a fake in tests. */
export type AskBackground = <R extends BackgroundRequest>(request: R) => Promise<ReplyTo<R>>;

/** What the background sends back: the reply, or the reason it could not give one. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

/** Limits on what a message may carry, so a misbehaving page script cannot make us store megabytes. */
const MAX_ITEMS = 5000;
const MAX_TEXT = 2000;
const MAX_LIMIT = 500;

/**
 * Limits on one glossary entry in a message. Generous for real entries (the longest bundled context is a few
 * hundred characters); the import preview rejects a row over them with the same words (`entryShapeProblem`).
 */
export const ENTRY_LIMITS = {
  id: 500,
  ar: 200,
  en: 500,
  note: 2000,
  wikipedia: 300,
  source: 100,
  variants: 50,
  variant: 200,
  contexts: 20,
  context: 2000,
} as const;
/** At most this many entries in one import (a 10,000-entry glossary fits twice over). */
export const MAX_IMPORT_ENTRIES = 20_000;

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

function parseSightings(message: Record<string, unknown>): BackgroundRequest | null {
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

function lengthProblem(field: string, value: unknown, max: number): string | null {
  if (typeof value !== 'string') return `"${field}" must be text`;
  return value.length > max ? `the ${field} is longer than ${max.toLocaleString('en')} characters` : null;
}

function listProblem(field: string, value: unknown, count: number, max: number): string | null {
  if (!Array.isArray(value)) return `"${field}" must be a list`;
  if (value.length > count) return `more than ${count} ${field}`;
  for (const item of value as unknown[]) {
    const problem = lengthProblem(field, item, max);
    if (problem !== null) return problem.replace(`the ${field} is`, `one of the ${field} is`);
  }
  return null;
}

/**
 * Why a value is not a glossary entry of the shape and size a message may carry, or null when it is one.
 * Only the shape: whether its content is a good entry (required fields, matchable forms) is the store's
 * validation, which answers with problems the user can act on.
 */
export function entryShapeProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'an entry must be an object';
  const required = [
    lengthProblem('id', value.id, ENTRY_LIMITS.id),
    lengthProblem('Arabic', value.ar, ENTRY_LIMITS.ar),
    lengthProblem('English', value.en, ENTRY_LIMITS.en),
    typeof value.type === 'string' && isEntityType(value.type)
      ? null
      : `unknown type ${JSON.stringify(value.type)}`,
    listProblem('variants', value.variants, ENTRY_LIMITS.variants, ENTRY_LIMITS.variant),
  ];
  const optional = [
    value.note === undefined ? null : lengthProblem('note', value.note, ENTRY_LIMITS.note),
    value.wikipedia === undefined
      ? null
      : lengthProblem('wikipedia', value.wikipedia, ENTRY_LIMITS.wikipedia),
    value.source === undefined ? null : lengthProblem('source', value.source, ENTRY_LIMITS.source),
    value.contexts === undefined
      ? null
      : listProblem('contexts', value.contexts, ENTRY_LIMITS.contexts, ENTRY_LIMITS.context),
    ...ENTRY_FLAGS.map((flag) =>
      value[flag] === undefined || typeof value[flag] === 'boolean'
        ? null
        : `"${flag}" must be true or false`,
    ),
  ];
  return [...required, ...optional].find((problem) => problem !== null) ?? null;
}

/** A copy of a checked entry with only the fields of an entry (nothing else the sender put in). */
function pickEntry(value: Record<string, unknown>): GlossaryEntry {
  const source = value as unknown as GlossaryEntry;
  const entry: GlossaryEntry = {
    id: source.id,
    ar: source.ar,
    variants: [...source.variants],
    en: source.en,
    type: source.type,
  };
  if (source.note !== undefined) entry.note = source.note;
  if (source.wikipedia !== undefined) entry.wikipedia = source.wikipedia;
  for (const flag of ENTRY_FLAGS) if (source[flag] !== undefined) entry[flag] = source[flag];
  if (source.source !== undefined) entry.source = source.source;
  if (source.contexts !== undefined) entry.contexts = [...source.contexts];
  return entry;
}

function parseEntry(value: unknown): GlossaryEntry | null {
  return isRecord(value) && entryShapeProblem(value) === null ? pickEntry(value) : null;
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
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

function parseImport(message: Record<string, unknown>): BackgroundRequest | null {
  const { entries, mode } = message;
  if (mode !== 'merge' && mode !== 'replace') return null;
  if (!Array.isArray(entries) || entries.length > MAX_IMPORT_ENTRIES) return null;
  const parsed: GlossaryEntry[] = [];
  for (const raw of entries as unknown[]) {
    const entry = parseEntry(raw);
    if (entry === null) return null;
    parsed.push(entry);
  }
  return { type: 'glossary/import', entries: parsed, mode };
}

/**
 * The request for a tab's content script inside an unknown message, or null when it is not one in the
 * expected shape. Apart from the background's requests, so the page reader carries only the checks it makes.
 */
export function parseTabRequest(message: unknown): TabRequest | null {
  if (!isRecord(message) || typeof message.type !== 'string') return null;
  switch (message.type) {
    case 'page/status':
    case 'page/glossary-changed':
    case 'page/entities':
      return { type: message.type };
    case 'page/toggle':
      if (message.on === undefined) return { type: 'page/toggle' };
      return typeof message.on === 'boolean' ? { type: 'page/toggle', on: message.on } : null;
    case 'page/reveal':
      return isText(message.entryId, 500) ? { type: 'page/reveal', entryId: message.entryId } : null;
    case 'page/site-mode':
      return isSiteMode(message.mode) ? { type: 'page/site-mode', mode: message.mode } : null;
    default:
      return null;
  }
}

/** The request for the background inside an unknown message, or null. */
export function parseBackgroundRequest(message: unknown): BackgroundRequest | null {
  if (!isRecord(message) || typeof message.type !== 'string') return null;
  switch (message.type) {
    case 'glossary/get':
    case 'history/stats':
    case 'history/clear':
    case 'entries/list':
    case 'glossary/reset':
    case 'settings/get':
      return { type: message.type };
    case 'entry/put':
    case 'entry/add': {
      const entry = parseEntry(message.entry);
      return entry === null ? null : { type: message.type, entry };
    }
    case 'settings/set': {
      const settings = parseSettings(message.settings);
      return settings === null ? null : { type: 'settings/set', settings };
    }
    case 'entry/delete':
      return isText(message.id, ENTRY_LIMITS.id) && message.id !== ''
        ? { type: 'entry/delete', id: message.id }
        : null;
    case 'entry/restore': {
      const entry = parseEntryView(message.entry);
      return entry === null ? null : { type: 'entry/restore', entry };
    }
    case 'glossary/import':
      return parseImport(message);
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
    default:
      return null;
  }
}

/** Whether a message came from this extension itself (its pages or its content scripts). */
export function isOwnSender(sender: { id?: string }, extensionId: string): boolean {
  return sender.id === extensionId;
}

/**
 * Requests only the extension's own pages (options, popup) may make: they change or reveal the whole
 * glossary, the history or the settings. A content script lives in a web page's process; if that process
 * were compromised, what it could send is limited to what a page legitimately needs (`entry/add` only
 * adds: it can neither change nor remove what the user has).
 */
const PAGE_ONLY = new Set<BackgroundRequest['type']>([
  'entries/list',
  'entry/put',
  'entry/delete',
  'entry/restore',
  'glossary/import',
  'glossary/reset',
  'settings/set',
  'history/stats',
  'history/pause',
  'history/forget-site',
  'history/clear',
]);

/**
 * Whether a sender may make this request: anything from an extension page (its URL is under the
 * extension's origin, `chrome-extension://<id>/`), and from content scripts only what a page needs.
 */
export function mayRequest(
  request: BackgroundRequest,
  sender: { url?: string },
  extensionOrigin: string,
): boolean {
  if (!PAGE_ONLY.has(request.type)) return true;
  const origin = extensionOrigin.endsWith('/') ? extensionOrigin : `${extensionOrigin}/`;
  return sender.url?.startsWith(origin) === true;
}
