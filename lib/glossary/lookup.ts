/**
 * A look-up that forgives: the entries answering what a reader typed, best first. In order: the entry
 * itself (its Arabic, or its English without "the" and parentheses), then one of its other names (an
 * Arabic variant, an acronym such as UN or ISIS, an English variant, its Wikipedia title), then entries
 * with a word starting with what was typed, then near misses (Cartr, كارتير, Lebanno, Ledrian: a small
 * Damerau–Levenshtein distance on folded Arabic and on folded English), then English notes holding it.
 * Near misses are offered only when no entry answers by its names (a note holding the word does not
 * count): beside the entry itself they are noise (عمان would bring عمار, Sidon Sudan).
 *
 * The index is built once per glossary (a few tens of milliseconds for 10,000 entries); a look-up then
 * reads every entry's short keys, which `npm run bench` times per keystroke.
 */
import { proclitics } from '../arabic/clitics';
import { hasArabicScript } from '../arabic/script';
import { entryKeys, formKey } from './form-key';
import type { GlossaryEntry } from './schema';

/** How an entry answers a query; lower is better. */
export const TIERS = { exact: 0, variant: 1, prefix: 2, fuzzy: 3, note: 4 } as const;
export type Tier = keyof typeof TIERS;

/** What one entry is looked up by, computed once. */
interface Keys {
  /** Folded Arabic: the canonical form first, then the variants. */
  arabic: string[];
  /** Folded English without a leading "the" and without what is in parentheses ("united nations"). */
  english: string;
  /** Folded English variants, parenthesised acronyms and the Wikipedia title. */
  otherNames: string[];
  /** Every word and run of up to three adjacent words, without spaces: what a near miss is measured against. */
  arabicTargets: string[];
  latinTargets: string[];
  note: string;
}

export interface Lookup<E extends GlossaryEntry> {
  entries: readonly E[];
  keys: readonly Keys[];
}

/** A parenthesised acronym in an English gloss: "the United Nations (UN)". */
const ACRONYM = /\(([A-Z]{2,6})\)/g;

/**
 * Latin text as it is compared: lower case, accents and the ʿ ʾ ' of romanised names dropped, any other
 * punctuation a space (Le Drian, Le-Drian and le drian are one).
 */
export function foldLatin(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\p{M}ʿʾ'’‘`]/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** An English gloss as looked up: "the United Nations (UN)" → "united nations". */
function coreEnglish(en: string): string {
  return foldLatin(en.replace(/\([^)]*\)/g, ' ')).replace(/^the /, '');
}

/** Each word, and each run of two and three adjacent words joined, of every text. */
function targetsOf(texts: readonly string[]): string[] {
  const targets = new Set<string>();
  for (const text of texts) {
    const words = text.split(' ').filter((word) => word !== '');
    for (let start = 0; start < words.length; start++) {
      for (let end = start + 1; end <= Math.min(words.length, start + 3); end++) {
        targets.add(words.slice(start, end).join(''));
      }
    }
  }
  return [...targets];
}

function keysOf(entry: GlossaryEntry): Keys {
  const arabic = entryKeys(entry);
  const english = coreEnglish(entry.en);
  const acronyms = [...entry.en.matchAll(ACRONYM)].map((match) => match[1] ?? '');
  const otherNames = [...(entry.enVariants ?? []), ...acronyms, (entry.wikipedia ?? '').replace(/_/g, ' ')]
    .map(foldLatin)
    .filter((name) => name !== '' && name !== english);
  return {
    arabic,
    english,
    otherNames,
    arabicTargets: targetsOf(arabic),
    latinTargets: targetsOf([english, ...otherNames]),
    note: foldLatin(entry.note ?? ''),
  };
}

export function buildLookup<E extends GlossaryEntry>(entries: readonly E[]): Lookup<E> {
  return { entries, keys: entries.map(keysOf) };
}

/** Rows of the distance table, reused: a look-up measures thousands of short pairs. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * The optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions), or `max + 1` as
 * soon as it must exceed `max`: most targets are rejected after a row or two.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if ((rows[0] as Int32Array).length <= b.length) {
    rows = rows.map(() => new Int32Array(b.length * 2 + 1));
  }
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = (previous[j - 1] as number) + (ca === cb ? 0 : 1);
      const insert = (current[j - 1] as number) + 1;
      const remove = (previous[j] as number) + 1;
      if (insert < value) value = insert;
      if (remove < value) value = remove;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        const swap = (before[j - 2] as number) + 1;
        if (swap < value) value = swap;
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length] as number;
}

/**
 * Edits forgiven in a word of this many letters: none under four, one up to six (Arabic) or five, then two;
 * none where there are digits (a year or a number is never nearly another).
 */
function allowedEdits(compact: string, arabic: boolean): number {
  if (compact.length < 4 || /\p{N}/u.test(compact)) return 0;
  return compact.length <= (arabic ? 6 : 5) ? 1 : 2;
}

/**
 * Starts at a word of `text`. `spaced` is " " + needle, made once per query by the caller: this runs for
 * every key of every entry on each keystroke, and making it here was a string per key.
 */
function atWordStart(text: string, needle: string, spaced: string): boolean {
  return text.startsWith(needle) || text.includes(spaced);
}

function nearest(needle: string, targets: readonly string[], max: number): number | null {
  let best: number | null = null;
  for (const target of targets) {
    const distance = editDistance(needle, target, best === null ? max : best - 1);
    if (distance <= max && (best === null || distance < best)) best = distance;
  }
  return best;
}

/** An Arabic query's reading as looked up: the reading, " " + it (atWordStart), and what it costs. */
interface Reading {
  text: string;
  spaced: string;
  /** The query as written ranks above a reading with a clitic taken off. */
  penalty: number;
}

/**
 * How an Arabic query's readings answer one entry as typed (tier × 10 + how far within it), or null. Plain
 * loops, no array or closure made: it runs for each of the glossary's entries on each keystroke.
 */
function arabicScore(keys: Keys, readings: readonly Reading[]): number | null {
  let best: number | null = null;
  const { arabic } = keys;
  const canonical = arabic[0];
  for (const { text: reading, spaced, penalty } of readings) {
    let score: number | null = null;
    if (reading === canonical) score = TIERS.exact * 10;
    else if (arabic.indexOf(reading, 1) > 0) score = TIERS.variant * 10;
    else {
      for (const key of arabic) {
        if (atWordStart(key, reading, spaced)) {
          score = TIERS.prefix * 10 + (canonical?.startsWith(reading) ? 0 : 1);
          break;
        }
      }
    }
    if (score !== null && (best === null || score + penalty < best)) best = score + penalty;
  }
  return best;
}

function latinScore(keys: Keys, needle: string, spaced: string): number | null {
  if (needle === keys.english) return TIERS.exact * 10;
  if (keys.otherNames.includes(needle)) return TIERS.variant * 10;
  if (atWordStart(keys.english, needle, spaced)) {
    return TIERS.prefix * 10 + (keys.english.startsWith(needle) ? 0 : 1);
  }
  if (keys.otherNames.some((name) => atWordStart(name, needle, spaced))) return TIERS.prefix * 10 + 2;
  if (needle.length >= 3 && keys.note.includes(needle)) return TIERS.note * 10;
  return null;
}

/** How near a miss `compact` (the query as typed, without spaces) is, or null when it is none. */
function fuzzyScore(targets: readonly string[], compact: string, arabic: boolean): number | null {
  const distance = nearest(compact, targets, allowedEdits(compact, arabic));
  return distance === null ? null : TIERS.fuzzy * 10 + distance;
}

/** The query's Arabic readings: as written, then with each possible run of clitics taken off its first word. */
function arabicReadings(query: string): string[] {
  const [first, ...rest] = formKey(query);
  if (first === undefined) return [];
  return [...new Set(proclitics(first).map((reading) => [reading.stem, ...rest].join(' ')))];
}

export interface LookUpOptions<E> {
  /** At most this many (all when absent). */
  limit?: number;
  /** Only entries passing this (the options page's type and origin filters). */
  passes?(entry: E): boolean;
}

/** The entries answering `query`, best first; ties keep the glossary's order. */
export function lookUp<E extends GlossaryEntry>(
  lookup: Lookup<E>,
  query: string,
  options: LookUpOptions<E> = {},
): E[] {
  const text = query.trim();
  const arabic = hasArabicScript(text);
  let score: (keys: Keys) => number | null;
  let fuzzy: (keys: Keys) => number | null;
  if (arabic) {
    const readings = arabicReadings(text);
    if (readings.length === 0) return [];
    const looked = readings.map((reading, index) => ({
      text: reading,
      spaced: ` ${reading}`,
      penalty: index === 0 ? 0 : 0.5,
    }));
    score = (keys) => arabicScore(keys, looked);
    // Near misses of the word as typed only: with every clitic reading too they would be many more.
    const compact = (readings[0] as string).replace(/ /g, '');
    fuzzy = (keys) => fuzzyScore(keys.arabicTargets, compact, true);
  } else {
    const needle = foldLatin(text).replace(/^the /, '');
    if (needle === '') return [];
    const spaced = ` ${needle}`;
    score = (keys) => latinScore(keys, needle, spaced);
    const compact = needle.replace(/ /g, '');
    fuzzy = (keys) => fuzzyScore(keys.latinTargets, compact, false);
  }
  const passing: number[] = [];
  lookup.entries.forEach((entry, index) => {
    if (options.passes === undefined || options.passes(entry)) passing.push(index);
  });
  const rank = (scoring: (keys: Keys) => number | null) => {
    const found: Array<{ index: number; score: number }> = [];
    for (const index of passing) {
      const value = scoring(lookup.keys[index] as Keys);
      if (value !== null) found.push({ index, score: value });
    }
    return found;
  };
  const ranked = rank(score);
  if (!ranked.some((item) => item.score < TIERS.fuzzy * 10)) {
    // An entry whose note holds the word may be a near miss by its names too: it is listed once, as that.
    const byIndex = new Map(ranked.map((item) => [item.index, item]));
    for (const item of rank(fuzzy)) {
      const listed = byIndex.get(item.index);
      if (listed === undefined) ranked.push(item);
      else listed.score = Math.min(listed.score, item.score);
    }
  }
  ranked.sort((a, b) => a.score - b.score || a.index - b.index);
  const limited = options.limit === undefined ? ranked : ranked.slice(0, options.limit);
  return limited.map((item) => lookup.entries[item.index] as E);
}
