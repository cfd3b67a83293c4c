/**
 * The receiving side of a tab's replies: what the popup and the background read back from a page's content
 * script. The reader is this extension's own code, but it runs in the page's process, so its replies are data
 * from another context like any message, and are checked for the shape the popup renders before it sees them.
 * Only the shape: a reason of no known code is the popup's to leave out (PageVerdict.tsx), so one odd reason
 * does not blank it.
 */
import { MAX_IMPORT_ENTRIES } from '../glossary/import-plan';
import type { GlossaryEntry } from '../glossary/schema';
import { isRecord, isSiteMode, isText, isTextList } from './checks';
import { parseEntry } from './entry-shape';
import type { Detection, PageEntity, PageReading, PageStatus, Replies, TabRequest } from './protocol';

/**
 * The most entities a page's list may hold (every entry a glossary may have, and as many names again), and
 * ways of writing, sentences or reasons of each: more is no page's, only a reply built to wear the popup out.
 */
const MAX_ENTITIES = 2 * MAX_IMPORT_ENTRIES;
const MAX_LINES = 1000;
const READINGS: readonly PageReading[] = ['article', 'no-article', 'whole-page'];

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function isDetection(value: unknown): value is Detection {
  if (!isRecord(value) || !isRecord(value.counts)) return false;
  return (
    isText(value.verdict, 40) &&
    typeof value.isArabic === 'boolean' &&
    typeof value.isNews === 'boolean' &&
    isCount(value.score) &&
    (value.textScore === undefined || isCount(value.textScore)) &&
    Array.isArray(value.reasons) &&
    value.reasons.length <= MAX_LINES &&
    value.reasons.every((reason) => isRecord(reason) && isText(reason.code, 40)) &&
    Object.values(value.counts).every((count) => isCount(count) || isRecord(count))
  );
}

function parseStatus(value: unknown): PageStatus | null {
  if (!isRecord(value) || !isDetection(value.detection) || !isSiteMode(value.siteMode)) return null;
  const { counts, reading } = value;
  if (typeof value.active !== 'boolean' || typeof value.wholePage !== 'boolean' || !isRecord(counts))
    return null;
  if (!Object.values(counts).every(isCount)) return null;
  if (reading !== undefined && !READINGS.includes(reading as PageReading)) return null;
  return value as unknown as PageStatus;
}

/**
 * A page's entry: a glossary entry's fields, and what only the page reader's copy has — a suggested name's
 * other spellings, and whether the entry is the reader's own.
 */
function parsePageEntry(value: unknown): GlossaryEntry | null {
  const entry = parseEntry(value);
  if (entry === null || !isRecord(value)) return null;
  const { suggestion, own } = value;
  if (suggestion !== undefined) {
    if (!isRecord(suggestion) || !isTextList(suggestion.alternatives, MAX_LINES)) return null;
    entry.suggestion = { alternatives: [...suggestion.alternatives] };
  }
  if (own === true) entry.own = true;
  else if (own !== undefined) return null;
  return entry;
}

function parseEntity(value: unknown): PageEntity | null {
  if (
    !isRecord(value) ||
    !isCount(value.count) ||
    !isTextList(value.surfaces, MAX_LINES) ||
    !isTextList(value.sentences, MAX_LINES)
  )
    return null;
  const entry = parsePageEntry(value.entry);
  return (
    entry && { entry, count: value.count, surfaces: [...value.surfaces], sentences: [...value.sentences] }
  );
}

/** The longest address a browser keeps (Chromium's limit). */
const MAX_URL = 2 * 1024 * 1024;

/**
 * The page's entities with the ones not in the expected shape left out: one odd entity (a run-on sentence
 * the reader did not cut) must not empty the popup's list.
 */
function parseEntities(value: unknown): Replies['page/entities'] | null {
  if (
    !isRecord(value) ||
    !isText(value.url, MAX_URL) ||
    !isText(value.title) ||
    !Array.isArray(value.entities)
  )
    return null;
  if (value.entities.length > MAX_ENTITIES) return null;
  const entities = value.entities.flatMap((raw) => parseEntity(raw) ?? []);
  return { entities, url: value.url, title: value.title };
}

function parseFlag<K extends string>(key: K): (value: unknown) => Record<K, boolean> | null {
  return (value) =>
    isRecord(value) && typeof value[key] === 'boolean' ? ({ [key]: value[key] } as Record<K, boolean>) : null;
}

/** Each tab request type's reply parser: a type added to TabRequest without one does not compile. */
const TAB_REPLY_PARSERS: { [T in TabRequest['type']]: (value: unknown) => Replies[T] | null } = {
  'page/status': parseStatus,
  'page/entities': parseEntities,
  'page/reveal': parseFlag('found'),
  'page/toggle': parseStatus,
  'page/site-mode': parseStatus,
  'page/whole-page': parseStatus,
  'page/glossary-changed': parseFlag('refreshed'),
};

/** A tab's reply to a request of this type, or null when it is not in the expected shape. */
export function parseTabReply<T extends TabRequest['type']>(type: T, value: unknown): Replies[T] | null {
  return TAB_REPLY_PARSERS[type](value);
}
