/**
 * The shape of Dalil's one IndexedDB database: every store, its rows and its indexes. The migrations build
 * it, the query modules read and write it; nothing outside lib/store sees a raw row.
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import type { OwnedEntry } from '../glossary/schema';
import type { LanguageChoice } from '../i18n/languages';
import type { SiteMode } from '../messages/protocol';

export const DB_NAME = 'dalil';

/** A glossary entry as stored: the entry itself plus where it came from and how to find it. */
export interface StoredEntry extends OwnedEntry {
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
  /** The normalised forms (`formKey(form).join(' ')`) of `ar` and every variant, without repeats. */
  keys: string[];
  /** `en` lower-cased, for the English index (IndexedDB compares keys case-sensitively). */
  enLower: string;
}

/** A bundled entry the user deleted, so a glossary update never brings it back. */
export interface Tombstone {
  id: string;
  deletedAt: number;
}

/** One entry seen on one page visit (not one row per mention). */
export interface Sighting {
  /** Assigned by the store (auto-increment), so absent before the row is written. */
  id?: number;
  entryId: string;
  url: string;
  title: string;
  /** The page's host (`URL.host`, lower case), the same key the `sites` store uses. */
  site: string;
  /** The sentence of the first mention, as context for the history view. */
  sentence: string;
  at: number;
  /** Made by the content script once per page load; with entryId and url it identifies the visit. */
  visitId: string;
}

/** A site whose mode is not 'auto' (an absent row means 'auto'). */
export interface SiteRow {
  host: string;
  mode: Exclude<SiteMode, 'auto'>;
}

/** Single values kept in the `meta` store, by key. */
export interface MetaValues {
  schemaVersion: number;
  bundledGlossaryVersion: string;
  historyPaused: boolean;
  /** How many days of history are kept (null: forever; absent: HISTORY_DAYS_DEFAULT). */
  historyDays: number | null;
  /** Whether the page reader proposes names the glossary lacks (absent: yes). */
  suggestNames: boolean;
  /** Milliseconds the pointer rests on an entity before its card opens (absent: the default). */
  hoverDelayMs: number;
  /** The interface's language (absent: the browser's). */
  uiLanguage: LanguageChoice;
  /** Sites (site keys) whose pages are highlighted whole rather than their article (the popup's "Whole page"). */
  wholePageSites: string[];
}
export type MetaKey = keyof MetaValues;

export interface DalilSchema extends DBSchema {
  entries: {
    key: string;
    value: StoredEntry;
    indexes: { 'by-key': string; 'by-english': string };
  };
  tombstones: { key: string; value: Tombstone };
  sightings: {
    key: number;
    value: Sighting;
    indexes: {
      'by-entry': string;
      'by-url': string;
      'by-time': number;
      'by-site': string;
      'by-visit': [string, string, string];
    };
  };
  sites: { key: string; value: SiteRow };
  meta: { key: MetaKey; value: MetaValues[MetaKey] };
}

export type DalilDb = IDBPDatabase<DalilSchema>;
