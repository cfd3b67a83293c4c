import { type Clitic, type ProcliticRow, procliticRows, splitFits } from '../arabic/clitics';
import { datelineOf } from '../arabic/dateline';
import { PLACE_CUES } from '../arabic/place-cues';
import { ARABIC_STOPWORDS } from '../arabic/stopwords';
import { suffixReadings } from '../arabic/suffixes';
import { type Token, tokenize } from '../arabic/tokenize';
import { readInContext } from './context-readings';
import { formKey } from './form-key';
import type { GlossaryEntry } from './schema';

/** One occurrence of a glossary entry in a text. */
export interface EntityMatch {
  /** [start, end) in the scanned text: the whole word(s) as written, clitics and suffixes included. */
  start: number;
  end: number;
  /** Index of the entry in the list the matcher was built from. */
  entry: number;
  /** Further entries with the same form (an ambiguous name such as عمان: Oman or Amman). */
  alternatives: number[];
  /** The glossary form that matched (canonical or a variant), as the glossary writes it. */
  form: string;
  /** Proclitics found on the first word, in order. */
  clitics: Clitic[];
  /** A suffix found on a word of an inflecting entry ('' when none). */
  suffix: string;
  /** How many words the match spans. */
  words: number;
}

interface Hit {
  entry: number;
  form: string;
  inflects: boolean;
  contextual: boolean;
  /** A proper name (person, place, organisation): it never takes an article it is not written with. */
  name: boolean;
}

/** Entity types that are proper names: المالي is "the financial", never "the Mali". */
const NAME_TYPES: ReadonlySet<string> = new Set(['person', 'place', 'organisation']);

interface TrieNode {
  next: Map<string, TrieNode> | null;
  hits: Hit[] | null;
  /** Whether an entry that inflects ends here or below: only then are suffixed words worth reading. */
  inflects: boolean;
}

function newNode(): TrieNode {
  return { next: null, hits: null, inflects: false };
}

/**
 * The first two letters of a word as one small integer: a cheap filter before the suffix table is
 * consulted (collisions only cost a look-up; a suffix never reaches into a stem's first two letters).
 */
function head(word: string): number {
  return ((word.charCodeAt(0) << 12) ^ word.charCodeAt(1)) & 0x3fffffff;
}

/** The clitics of a word read as written (shared: a match's clitics are never changed). */
const NO_CLITICS: Clitic[] = [];

/** The best match found so far at one position. */
interface Candidate {
  node: TrieNode;
  words: number;
  stripped: number;
  suffix: string;
  clitics: Clitic[];
}

/** A match found at token `first`, still to be confirmed by a neighbour when `pending`. */
interface Found {
  match: EntityMatch;
  first: number;
  pending: boolean;
}

function better(a: Candidate, b: Candidate | null): boolean {
  return betterThan(a.words, a.stripped, b);
}

/** Whether a match of `words` words with `stripped` letters removed beats `b`: longer, then less stripped. */
function betterThan(words: number, stripped: number, b: Candidate | null): boolean {
  if (b === null) return true;
  if (words !== b.words) return words > b.words;
  return stripped < b.stripped;
}

/** Whether the clitics read off a word include the article: a name never takes one it is not written with. */
function hasArticle(clitics: readonly Clitic[]): boolean {
  for (const clitic of clitics) if (clitic.ar === 'ال') return true;
  return false;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a over a string's units from its last to its first. Read backwards, the hash of a word's tail
 * word[from…] is a step of the hash of the word, so one pass gives the hash of every clitic-stripped stem.
 */
function hashBackwards(word: string, from: number, hash: number = FNV_OFFSET): number {
  let result = hash;
  for (let k = word.length - 1; k >= from; k--) result = Math.imul(result ^ word.charCodeAt(k), FNV_PRIME);
  return result >>> 0;
}

/** The longest clitic prefix (وبال، فكال…), so the stems worth hashing start at most this far in. */
const MAX_PREFIX = 4;

/**
 * The trie's first words in an open-addressing table keyed by `hashBackwards`. A word of a page is looked
 * up as written and read with each clitic split from the hashes of its tails, without the stem being cut out
 * as a string; most words of a page are no first word, and one probe says so.
 */
class FirstWords {
  /**
   * Two units a slot, its key's hash and index + 1 into `keys` (0 where empty), side by side so a probe
   * reads one place; at most a quarter of the slots are taken, so a word that is no first word is told so
   * at its first or second slot.
   */
  readonly #slots: Int32Array;
  readonly #mask: number;
  readonly keys: string[];
  readonly nodes: TrieNode[];
  /** Whether each key is a function word, which alone is never a name (على is not علي). */
  readonly functionWords: Uint8Array;

  constructor(words: ReadonlyMap<string, TrieNode> | null) {
    this.keys = [...(words?.keys() ?? [])];
    this.nodes = [...(words?.values() ?? [])];
    this.functionWords = Uint8Array.from(this.keys, (key) => (ARABIC_STOPWORDS.has(key) ? 1 : 0));
    let size = 1 << 10;
    while (size < this.keys.length * 4) size *= 2;
    this.#slots = new Int32Array(size * 2);
    this.#mask = size - 1;
    for (const [index, key] of this.keys.entries()) {
      const hash = hashBackwards(key, 0) | 0;
      let slot = hash & this.#mask;
      while (this.#slots[slot * 2 + 1] !== 0) slot = (slot + 1) & this.#mask;
      this.#slots[slot * 2] = hash;
      this.#slots[slot * 2 + 1] = index + 1;
    }
  }

  /** The index of the first word `restore` + word[from…], whose `hashBackwards` is `hash`; -1 if none. */
  find(word: string, from: number, restore: string, hash: number): number {
    const wanted = hash | 0;
    const slots = this.#slots;
    for (let slot = wanted & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const found = (slots[slot * 2 + 1] as number) - 1;
      if (found < 0) return -1;
      if (slots[slot * 2] !== wanted) continue;
      const key = this.keys[found] as string;
      if (
        key.length === restore.length + word.length - from &&
        key.startsWith(restore) &&
        sameTail(key, restore.length, word, from)
      ) {
        return found;
      }
    }
  }

  /** The index of the first word `stem`; -1 if none. */
  indexOf(stem: string): number {
    return this.find(stem, 0, '', hashBackwards(stem, 0));
  }
}

/** Whether key[at…] and word[from…] are the same letters (of the same length). */
function sameTail(key: string, at: number, word: string, from: number): boolean {
  for (let k = at, w = from; k < key.length; k++, w++) {
    if (key.charCodeAt(k) !== word.charCodeAt(w)) return false;
  }
  return true;
}

/** `head` of the stem `prefix` + word[from…], without making it (this runs for every word of a page). */
function headOf(word: string, from: number, prefix: string): number {
  const first = prefix.length > 0 ? prefix.charCodeAt(0) : word.charCodeAt(from);
  const second =
    prefix.length > 1
      ? prefix.charCodeAt(1)
      : prefix.length === 1
        ? word.charCodeAt(from)
        : word.charCodeAt(from + 1);
  return ((first << 12) ^ second) & 0x3fffffff;
}

/**
 * The heads of inflecting first words: a bit per head's low 16 bits before the set is asked, since every
 * reading of every word of a page asks, and a glossary has few inflecting entries (often none).
 */
class HeadFilter {
  readonly #bits = new Int32Array(1 << 11);
  readonly #heads: ReadonlySet<number>;

  constructor(heads: ReadonlySet<number>) {
    this.#heads = heads;
    for (const head of heads) {
      const at = (head >>> 5) & 0x7ff;
      this.#bits[at] = (this.#bits[at] as number) | (1 << (head & 31));
    }
  }

  mayHave(head: number): boolean {
    return ((this.#bits[(head >>> 5) & 0x7ff] as number) & (1 << (head & 31))) !== 0 && this.#heads.has(head);
  }
}

export interface Matcher {
  /** Every entity in the text, leftmost-longest, without overlaps, in order. */
  match(text: string): EntityMatch[];
  /** `match` over the text's tokens already made by `tokenize`: the dateline cue and readings from context. */
  readTokens(text: string, tokens: readonly Token[]): EntityMatch[];
  /**
   * The matches of tokens alone, without the readings the text around them gives (context-readings.ts); the
   * name tagger's training reads sentences so. `dateline`: the text opens with a dateline (الرياض.. ،
   * القاهرة - ), a place cue for its first word.
   */
  matchTokens(tokens: readonly Token[], dateline?: boolean): EntityMatch[];
  /** Entries whose form is this word or phrase, clitics and allowed suffixes understood (for look-up boxes). */
  lookup(query: string): EntityMatch[];
}

/** Whether a block of text opens with a dateline (../arabic/dateline.ts), a place cue for its first word. */
export const opensWithDateline = (text: string): boolean => datelineOf(text) !== null;

/**
 * Builds a matcher over the entries' canonical forms and variants. Keys are folded words in a trie, so the
 * work per word of text depends on the clitic and suffix tables, not on the size of the glossary.
 */

export function createMatcher(entries: readonly GlossaryEntry[]): Matcher {
  const trie = newTrie();
  for (const [index, entry] of entries.entries()) addEntry(trie, entry, index);
  return matcherOver(trie, entries);
}

export interface BuildOptions {
  /** Gives the main thread back between slices of the build. */
  yieldToMain: () => Promise<void>;
  /** Milliseconds of building before yielding. */
  sliceMs?: number;
  now?: () => number;
}

/**
 * `createMatcher` in slices, for a page's main thread: the first build in a page runs on code the engine
 * has not optimised yet, tens of milliseconds for a thousand entries, and seconds for 100,000.
 */
export async function buildMatcher(
  entries: readonly GlossaryEntry[],
  options: BuildOptions,
): Promise<Matcher> {
  const sliceMs = options.sliceMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const trie = newTrie();
  let sliceStart = now();
  for (const [index, entry] of entries.entries()) {
    addEntry(trie, entry, index);
    if (index % 16 === 15 && now() - sliceStart > sliceMs) {
      await options.yieldToMain();
      sliceStart = now();
    }
  }
  return matcherOver(trie, entries);
}

interface Trie {
  root: TrieNode;
  /** Heads of the first words of inflecting forms: the only first words a suffix is looked for on. */
  inflectingHeads: Set<number>;
}

function newTrie(): Trie {
  return { root: newNode(), inflectingHeads: new Set() };
}

function addEntry({ root, inflectingHeads }: Trie, entry: GlossaryEntry, index: number): void {
  const inflects = entry.inflects === true;
  for (const form of [entry.ar, ...entry.variants]) {
    const words = formKey(form);
    if (words.length === 0) continue;
    let node = root;
    const path: TrieNode[] = [root];
    if (inflects) inflectingHeads.add(head(words[0] as string));
    for (const word of words) {
      node.next ??= new Map();
      let next = node.next.get(word);
      if (next === undefined) {
        next = newNode();
        node.next.set(word, next);
      }
      node = next;
      path.push(node);
    }
    if (inflects) for (const visited of path) visited.inflects = true;
    node.hits ??= [];
    if (!node.hits.some((hit) => hit.entry === index)) {
      node.hits.push({
        entry: index,
        form,
        inflects,
        contextual: entry.contextual === true && words.length === 1,
        name: NAME_TYPES.has(entry.type),
      });
    }
  }
}

function matcherOver(trie: Trie, entries: readonly GlossaryEntry[]): Matcher {
  const { root, inflectingHeads } = trie;
  const firstWords = new FirstWords(root.next);
  const inflecting = new HeadFilter(inflectingHeads);
  /** Hashes of the current word's tails word[from…] for from ≤ MAX_PREFIX (set by `bestAt`). */
  const tailHashes = new Int32Array(MAX_PREFIX + 1);

  /**
   * Usable hits at a node for a reading: a suffixed word is only accepted by entries that inflect, and a
   * word whose article was taken off only by entries that are not names.
   */
  function usableHits(node: TrieNode, reading: Pick<Candidate, 'suffix' | 'clitics'>): Hit[] {
    if (node.hits === null) return [];
    const suffixed = reading.suffix !== '';
    const articled = hasArticle(reading.clitics);
    if (!suffixed && !articled) return node.hits;
    return node.hits.filter((hit) => (!suffixed || hit.inflects) && (!articled || !hit.name));
  }

  /** Whether `usableHits` would give any, without making the list. */
  function anyUsable(node: TrieNode, suffix: string, clitics: readonly Clitic[]): boolean {
    if (node.hits === null) return false;
    const suffixed = suffix !== '';
    const articled = hasArticle(clitics);
    if (!suffixed && !articled) return true;
    return node.hits.some((hit) => (!suffixed || hit.inflects) && (!articled || !hit.name));
  }

  /**
   * The better of `best` and the longest path from `node` (a match of `words` words so far, `stripped`
   * letters of clitics and suffix removed) over tokens[at…], trying each word as written and with suffixes
   * removed. Arguments rather than objects, here and below: this runs for a third of the words of a page,
   * and a candidate is made only for a path that is usable and better.
   */
  function extend(
    tokens: readonly Token[],
    at: number,
    node: TrieNode,
    words: number,
    stripped: number,
    suffix: string,
    clitics: Clitic[],
    best: Candidate | null,
  ): Candidate | null {
    let result = best;
    if (anyUsable(node, suffix, clitics) && betterThan(words, stripped, result)) {
      result = { node, words, stripped, suffix, clitics };
    }
    // At most one word of a match carries a suffix; words may follow it in construct (وزيرا الدفاع).
    const token = tokens[at];
    const next = node.next;
    if (token === undefined || !token.joinsPrevious || next === null) return result;
    const exact = next.get(token.norm);
    if (exact !== undefined)
      result = extend(tokens, at + 1, exact, words + 1, stripped, suffix, clitics, result);
    if (suffix === '' && node.inflects) {
      for (const split of suffixReadings(token.norm)) {
        const after = next.get(split.stem);
        if (after === undefined) continue;
        const more = stripped + split.suffix.length;
        result = extend(tokens, at + 1, after, words + 1, more, split.suffix, clitics, result);
      }
    }
    return result;
  }

  /** The better of `best` and the longest match whose first word is first word number `first` of the glossary. */
  function tryStem(
    tokens: readonly Token[],
    i: number,
    first: number,
    stripped: number,
    suffix: string,
    clitics: Clitic[],
    best: Candidate | null,
  ): Candidate | null {
    const node = firstWords.nodes[first] as TrieNode;
    const found = extend(tokens, i + 1, node, 1, stripped, suffix, clitics, null);
    if (found === null) return best;
    // A function word alone is never a name (على is not علي, بين is not "ين").
    if (found.words === 1) {
      const word = (tokens[i] as Token).norm;
      // Nothing stripped, the word is the stem, whose answer is kept with it.
      if (firstWords.functionWords[first] === 1 || (stripped > 0 && ARABIC_STOPWORDS.has(word))) return best;
    }
    return better(found, best) ? found : best;
  }

  /**
   * One reading of word i, as written (from 0, restore '') or with the clitics of a table row removed: the
   * stem restore + word[from…], as a first word and, where an inflecting entry starts so, with a suffix.
   */
  function tryReading(
    tokens: readonly Token[],
    i: number,
    from: number,
    restore: string,
    clitics: Clitic[],
    best: Candidate | null,
  ): Candidate | null {
    const word = (tokens[i] as Token).norm;
    const hash = hashBackwards(restore, 0, tailHashes[from] as number);
    const found = firstWords.find(word, from, restore, hash);
    let result = found < 0 ? best : tryStem(tokens, i, found, from, '', clitics, best);
    if (inflecting.mayHave(headOf(word, from, restore))) {
      for (const split of suffixReadings(restore + word.slice(from), clitics)) {
        const stem = firstWords.indexOf(split.stem);
        if (stem < 0) continue;
        result = tryStem(tokens, i, stem, from + split.suffix.length, split.suffix, clitics, result);
      }
    }
    return result;
  }

  function bestAt(tokens: readonly Token[], i: number): Candidate | null {
    const word = (tokens[i] as Token).norm;
    // One backward pass hashes the word and every tail a clitic split can leave.
    let hash = FNV_OFFSET;
    for (let k = word.length - 1; k >= 0; k--) {
      hash = Math.imul(hash ^ word.charCodeAt(k), FNV_PRIME);
      if (k <= MAX_PREFIX) tailHashes[k] = hash >>> 0;
    }
    let best = tryReading(tokens, i, 0, '', NO_CLITICS, null);
    const rows = procliticRows(word);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as ProcliticRow;
      if (splitFits(word, row))
        best = tryReading(tokens, i, row.prefix.length, row.restore, row.clitics, best);
    }
    return best;
  }

  /** The match of a candidate at token i, whose usable hits are `hits`. */
  function toMatch(tokens: readonly Token[], i: number, found: Candidate, hits: Hit[]): EntityMatch {
    const first = hits[0] as Hit;
    const alternatives: number[] = [];
    for (let k = 1; k < hits.length; k++) alternatives.push((hits[k] as Hit).entry);
    return {
      start: (tokens[i] as Token).start,
      end: (tokens[i + found.words - 1] as Token).end,
      entry: first.entry,
      alternatives,
      form: first.form,
      clitics: found.clitics,
      suffix: found.suffix,
      words: found.words,
    };
  }

  /** Whether a word is introduced like a place name (في مالي، إلى جدة، مدينة صور). */
  function cuedAsPlace(tokens: readonly Token[], i: number, clitics: readonly Clitic[]): boolean {
    // A preposition written on the word itself (بمالي، لجدة) or the word before it.
    if (clitics.some((clitic) => clitic.ar === 'ب' || clitic.ar === 'ل')) return true;
    const previous = tokens[i - 1];
    return previous !== undefined && (tokens[i] as Token).joinsPrevious && PLACE_CUES.has(previous.norm);
  }

  /**
   * Whether a found name confirms a pending neighbour: itself confirmed, a place, and linked to it as in a
   * list: the very next word, joined by و or set off by punctuation (مالي والنيجر، مالي، النيجر).
   */
  function confirms(tokens: readonly Token[], other: Found | undefined, item: Found): boolean {
    if (other === undefined || other.pending || entries[other.match.entry]?.type !== 'place') return false;
    const [earlier, later] = other.first < item.first ? [other, item] : [item, other];
    if (earlier.first + earlier.match.words !== later.first) return false;
    const joined = (tokens[later.first] as Token).joinsPrevious;
    return !joined || later.match.clitics[0]?.ar === 'و';
  }

  /**
   * `matchTokens`, asking `dateline()` whether the text opens with a dateline only where it decides
   * something: a contextual name as the first word (most blocks have none, and the question is a regex).
   */
  function matchWith(tokens: readonly Token[], dateline: () => boolean): EntityMatch[] {
    const found: Found[] = [];
    let pending = false;
    let i = 0;
    while (i < tokens.length) {
      const best = bestAt(tokens, i);
      if (best === null) {
        i++;
        continue;
      }
      const hits = usableHits(best.node, best);
      const match = toMatch(tokens, i, best, hits);
      const contextual = hits.every((hit) => hit.contextual);
      const cued = contextual && ((i === 0 && dateline()) || cuedAsPlace(tokens, i, best.clitics));
      const item = { match, first: i, pending: contextual && !cued };
      pending ||= item.pending;
      found.push(item);
      i += best.words;
    }
    if (!pending) return found.map((item) => item.match);
    // A name that is also a common word stands when a confirmed name is next to it (مالي والنيجر).
    const matches: EntityMatch[] = [];
    for (const [k, item] of found.entries()) {
      if (
        !pending ||
        !item.pending ||
        confirms(tokens, found[k - 1], item) ||
        confirms(tokens, found[k + 1], item)
      ) {
        matches.push(item.match);
      }
    }
    return matches;
  }

  const readTokens = (text: string, tokens: readonly Token[]): EntityMatch[] =>
    readInContext(
      matchWith(tokens, () => opensWithDateline(text)),
      { text, tokens, entries },
    );
  const matchTokens = (tokens: readonly Token[], dateline = false): EntityMatch[] =>
    matchWith(tokens, () => dateline);

  return {
    match: (text) => readTokens(text, tokenize(text)),
    readTokens,
    matchTokens,
    lookup(query) {
      const tokens = tokenize(query);
      if (tokens.length === 0) return [];
      const found = bestAt(tokens, 0);
      if (found === null || found.words !== tokens.length) return [];
      return [toMatch(tokens, 0, found, usableHits(found.node, found))];
    },
  };
}
