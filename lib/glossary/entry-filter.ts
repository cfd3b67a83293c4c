/**
 * Search and filters for the options page's table: the look-up of lookup.ts (Arabic normalised and
 * clitic-aware, English by word, acronyms, near misses), and filters by type and by origin.
 */
import { buildLookup, type Lookup, lookUp } from './lookup';
import type { EntityType, OwnedEntry } from './schema';

export const ORIGIN_FILTERS = ['all', 'bundled', 'mine', 'edited'] as const;
export type OriginFilter = (typeof ORIGIN_FILTERS)[number];

export interface EntryFilter {
  query: string;
  type: EntityType | 'all';
  origin: OriginFilter;
}

/** Which of the origin filters an entry falls under (besides 'all'). */
export function originOf(entry: Pick<OwnedEntry, 'origin' | 'edited'>): Exclude<OriginFilter, 'all'> {
  if (entry.origin === 'user') return 'mine';
  return entry.edited ? 'edited' : 'bundled';
}

/** The look-up index of each glossary array, built once (the table filters on every keystroke). */
const lookups = new WeakMap<readonly OwnedEntry[], Lookup<OwnedEntry>>();

/**
 * The entries passing the filters, best match first when there is a query (the popup's forgiving look-up:
 * lookup.ts), otherwise in the given order.
 */
export function filterEntries<E extends OwnedEntry>(entries: readonly E[], filter: EntryFilter): E[] {
  const passes = (entry: E) =>
    (filter.type === 'all' || entry.type === filter.type) &&
    (filter.origin === 'all' || originOf(entry) === filter.origin);
  if (filter.query.trim() === '') return entries.filter(passes);
  let lookup = lookups.get(entries) as Lookup<E> | undefined;
  if (lookup === undefined) {
    lookup = buildLookup(entries);
    lookups.set(entries, lookup);
  }
  return lookUp(lookup, filter.query, { passes });
}
