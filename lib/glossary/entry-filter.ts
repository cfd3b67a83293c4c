/**
 * Search and filters for the options page's table: Arabic normalised and clitic-aware (بباريس finds
 * باريس, ترامب finds دونالد ترامب), English by word or substring, and filters by type and by origin.
 * Runs over the whole glossary in memory: 10,000 entries take a few milliseconds once their keys are known.
 */
import { proclitics } from '../arabic/clitics';
import { hasArabicScript } from '../arabic/script';
import { entryKeys, formKey } from './form-key';
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

/** Normalised forms per entry object, computed once (the table filters on every keystroke). */
const keyCache = new WeakMap<object, string[]>();
function keysOf(entry: OwnedEntry): string[] {
  let keys = keyCache.get(entry);
  if (keys === undefined) {
    keys = entryKeys(entry);
    keyCache.set(entry, keys);
  }
  return keys;
}

/** How well an entry answers an Arabic query (lower is better), or null when it does not. */
function arabicRank(entry: OwnedEntry, readings: readonly string[]): number | null {
  let best: number | null = null;
  for (const key of keysOf(entry)) {
    for (const [index, reading] of readings.entries()) {
      // The query as written ranks above a reading with a clitic taken off.
      const penalty = index === 0 ? 0 : 0.5;
      let rank: number | null = null;
      if (key === reading) rank = 0;
      else if (key.startsWith(reading)) rank = 1;
      else if (key.includes(` ${reading}`)) rank = 2;
      if (rank !== null && (best === null || rank + penalty < best)) best = rank + penalty;
    }
  }
  return best;
}

function latinRank(entry: OwnedEntry, needle: string): number | null {
  const en = entry.en.toLowerCase();
  if (en === needle) return 0;
  if (en.startsWith(needle)) return 1;
  if (en.split(/[\s\-–—'’(),.]+/).some((word) => word.startsWith(needle))) return 2;
  if (en.includes(needle)) return 3;
  if (entry.id.toLowerCase().includes(needle)) return 4;
  if (
    (entry.note ?? '').toLowerCase().includes(needle) ||
    (entry.wikipedia ?? '').toLowerCase().includes(needle)
  )
    return 5;
  return null;
}

/** The query's readings: as written, then with each possible run of clitics taken off its first word. */
function arabicReadings(query: string): string[] {
  const [first, ...rest] = formKey(query);
  if (first === undefined) return [];
  return [...new Set(proclitics(first).map((reading) => [reading.stem, ...rest].join(' ')))];
}

/**
 * The entries passing the filters, best match first when there is a query (otherwise in the given
 * order).
 */
export function filterEntries<E extends OwnedEntry>(entries: readonly E[], filter: EntryFilter): E[] {
  const passes = (entry: E) =>
    (filter.type === 'all' || entry.type === filter.type) &&
    (filter.origin === 'all' || originOf(entry) === filter.origin);
  const query = filter.query.trim();
  if (query === '') return entries.filter(passes);
  let rank: (entry: E) => number | null;
  if (hasArabicScript(query)) {
    const readings = arabicReadings(query);
    if (readings.length === 0) return [];
    rank = (entry) => arabicRank(entry, readings);
  } else {
    const needle = query.toLowerCase();
    rank = (entry) => latinRank(entry, needle);
  }
  const ranked: Array<{ entry: E; rank: number; index: number }> = [];
  entries.forEach((entry, index) => {
    if (!passes(entry)) return;
    const r = rank(entry);
    if (r !== null) ranked.push({ entry, rank: r, index });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return ranked.map((item) => item.entry);
}
