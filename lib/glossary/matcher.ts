import { type Clitic, type ProcliticRow, procliticRows, splitFits } from '../arabic/clitics';
import { datelineOf } from '../arabic/dateline';
import { ARTICLE_NISBA, isPlaceCue } from '../arabic/place-cues';
import { ARABIC_STOPWORDS } from '../arabic/stopwords';
import { mayBeStem, suffixReadings } from '../arabic/suffixes';
import { type Token, type TokenTable, tableOf, tokenTable } from '../arabic/tokenize';
import { HASH_MASK, hashWord, mixed, withPrefixSwapped } from '../arabic/word-hash';
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
  /** The node's number in the edge table (set when the matcher is made over the trie). */
  id: number;
  next: Map<string, TrieNode> | null;
  hits: Hit[] | null;
  /** Whether an entry that inflects ends here or below: only then are suffixed words worth reading. */
  inflects: boolean;
  /** The words of the children that inflect (set with `id`): the only ones a suffixed next word may be. */
  inflectingNext: readonly string[];
}

function newNode(): TrieNode {
  return { id: 0, next: null, hits: null, inflects: false, inflectingNext: NO_WORDS };
}

const NO_WORDS: readonly string[] = [];

/**
 * The first two letters of a word as one small integer: a cheap filter before the suffix table is
 * consulted (collisions only cost a look-up; a suffix never reaches into a stem's first two letters).
 */
function head(word: string): number {
  return ((word.charCodeAt(0) << 12) ^ word.charCodeAt(1)) & 0x3fffffff;
}

/** The clitics of a word read as written (shared: a match's clitics are never changed). */
const NO_CLITICS: Clitic[] = [];

/**
 * The best match found so far at one position: a register the matcher writes over (`node` null while
 * none is found) rather than an object made for each better path, since a page has one for every word or
 * two.
 */
interface Candidate {
  node: TrieNode | null;
  words: number;
  stripped: number;
  suffix: string;
  clitics: Clitic[];
}

const newCandidate = (): Candidate => ({
  node: null,
  words: 0,
  stripped: 0,
  suffix: '',
  clitics: NO_CLITICS,
});

function copyCandidate(to: Candidate, from: Candidate): void {
  to.node = from.node;
  to.words = from.words;
  to.stripped = from.stripped;
  to.suffix = from.suffix;
  to.clitics = from.clitics;
}

/** Whether a match of `words` words with `stripped` letters removed beats `b`: longer, then less stripped. */
function betterThan(words: number, stripped: number, b: Candidate): boolean {
  if (b.node === null) return true;
  if (words !== b.words) return words > b.words;
  return stripped < b.stripped;
}

/** Whether a hit may stand for a word read with a suffix or with its article taken off (see usableHits). */
function usableBy(hit: Hit, suffixed: boolean, articled: boolean): boolean {
  return (!suffixed || hit.inflects) && (!articled || !hit.name);
}

/** Whether every hit is of a contextual entry: a name that is also a common word (see matchWith). */
function allContextual(hits: readonly Hit[]): boolean {
  for (const hit of hits) if (!hit.contextual) return false;
  return true;
}

/** Whether some hit is of a contextual entry. */
function anyContextual(hits: readonly Hit[]): boolean {
  for (const hit of hits) if (hit.contextual) return true;
  return false;
}

/** Whether the clitics read off a word include the article: a name never takes one it is not written with. */
function hasArticle(clitics: readonly Clitic[]): boolean {
  for (const clitic of clitics) if (clitic.ar === 'ال') return true;
  return false;
}

/** Whether key[at…] and units[from, to) are the same letters (of the same length). */
function sameUnits(key: string, at: number, units: Uint16Array, from: number, to: number): boolean {
  if (key.length - at !== to - from) return false;
  for (let k = at, u = from; u < to; k++, u++) if (key.charCodeAt(k) !== units[u]) return false;
  return true;
}

/**
 * An open-addressing table of strings keyed by their `hashWord` (../arabic/word-hash.ts), found from a token table's units without a
 * string made: most words of a page are no key, and one probe says so. Each key may have an owner (the
 * parent of a trie edge), which a look-up names too.
 */
class KeyTable {
  /**
   * One Int32 a slot: index + 1 into the keys in the low `#indexBits` (0 where empty), the high bits of the
   * key's mixed hash above them, so a probe reads one place and a word that is no key is told so without
   * its key read; at most half of the slots are taken. Four bytes a slot keep the first words of 10,000
   * entries in 128 KB, in the processor's nearer caches.
   */
  readonly #slots: Int32Array;
  readonly #mask: number;
  readonly #indexMask: number;
  readonly #keys: readonly string[];
  readonly #owners: Int32Array | null;
  /**
   * A bit per slot group of the mixed hash's top bits, set for the keys', in 1 KB a thousand keys: most
   * words of a page are no key, and this says so for nine in ten of them from the nearest cache, where the
   * slots are a cache miss away once a page's other work (or the bench's regex) has run.
   */
  readonly #filter: Int32Array;
  readonly #filterShift: number;

  /** `hashes[i]` is what keys[i] is found by: its `hashWord`, with its owner's number for an edge. */
  constructor(table: { keys: readonly string[]; hashes: readonly number[]; owners?: readonly number[] }) {
    this.#keys = table.keys;
    this.#owners = table.owners === undefined ? null : Int32Array.from(table.owners);
    let size = 1 << 10;
    while (size < table.keys.length * 2) size *= 2;
    this.#slots = new Int32Array(size);
    this.#mask = size - 1;
    // Enough bits for every index + 1; the rest tell hashes apart.
    this.#indexMask = 2 ** (32 - Math.clz32(table.keys.length + 1)) - 1;
    let filterBits = 1 << 10;
    while (filterBits < table.keys.length * 8) filterBits *= 2;
    this.#filter = new Int32Array(filterBits >>> 5);
    this.#filterShift = 30 - Math.log2(filterBits);
    for (const [index, hash] of table.hashes.entries()) {
      const mix = mixed(hash);
      const bit = mix >>> this.#filterShift;
      this.#filter[bit >>> 5] = (this.#filter[bit >>> 5] as number) | (1 << (bit & 31));
      let slot = mix & this.#mask;
      while (this.#slots[slot] !== 0) slot = (slot + 1) & this.#mask;
      this.#slots[slot] = (mix & ~this.#indexMask) | (index + 1);
    }
  }

  #mayHave(mix: number): boolean {
    const bit = mix >>> this.#filterShift;
    return ((this.#filter[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
  }

  /** The index of the key `restore` + units[from, to) of `owner` (-1: none), found by `hash`; -1 if none. */
  find(hash: number, restore: string, units: Uint16Array, from: number, to: number, owner = -1): number {
    const mix = mixed(hash);
    if (!this.#mayHave(mix)) return -1;
    const slots = this.#slots;
    const indexMask = this.#indexMask;
    for (let slot = mix & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const taken = slots[slot] as number;
      if (taken === 0) return -1;
      if (((taken ^ mix) & ~indexMask) !== 0) continue;
      const found = (taken & indexMask) - 1;
      if (this.#owners !== null && this.#owners[found] !== owner) continue;
      const key = this.#keys[found] as string;
      if ((restore === '' || key.startsWith(restore)) && sameUnits(key, restore.length, units, from, to))
        return found;
    }
  }

  /** The index of the key `word` of `owner`, found by `hash`; -1 if none. */
  findWord(hash: number, word: string, owner = -1): number {
    const mix = mixed(hash);
    if (!this.#mayHave(mix)) return -1;
    const slots = this.#slots;
    const indexMask = this.#indexMask;
    for (let slot = mix & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const taken = slots[slot] as number;
      if (taken === 0) return -1;
      if (((taken ^ mix) & ~indexMask) !== 0) continue;
      const found = (taken & indexMask) - 1;
      if (this.#owners !== null && this.#owners[found] !== owner) continue;
      if (this.#keys[found] === word) return found;
    }
  }
}

/** A KeyTable of words, each found by its own hash. */
const wordTable = (words: Iterable<string>): KeyTable => {
  const keys = [...words];
  return new KeyTable({ keys, hashes: keys.map(hashWord) });
};

/** The trie's first words, and whether each is a function word, which alone is never a name (على is not علي). */
class FirstWords {
  readonly table: KeyTable;
  readonly nodes: TrieNode[];
  readonly functionWords: Uint8Array;

  constructor(words: ReadonlyMap<string, TrieNode> | null) {
    const keys = [...(words?.keys() ?? [])];
    this.table = wordTable(keys);
    this.nodes = [...(words?.values() ?? [])];
    this.functionWords = Uint8Array.from(keys, (key) => (ARABIC_STOPWORDS.has(key) ? 1 : 0));
  }
}

/** An edge's hash: its word's, mixed with its parent's number. */
const edgeHash = (parent: number, wordHash: number): number =>
  (Math.imul(parent, 0x9e3779b1) ^ wordHash) & HASH_MASK;

/** The edges below the first words, as a walk of the trie tables them (see walkEdges). */
interface EdgeWalk {
  owners: number[];
  keys: string[];
  children: TrieNode[];
}

/** Nodes walked between two looks at the clock in a build given slices (walkEdges). */
const WALK_STEP = 512;

/**
 * Numbers the nodes below `root` (TrieNode.id) and lists their edges, into `walk`. A generator that stops
 * every WALK_STEP nodes where `overSlice` says the slice is spent, so that buildMatcher gives the main thread
 * back in the middle: on a page whose glossary differs from the bundled one, the walk of the matcher of
 * their differences was a task of 20–50 ms by itself (`longest_task_ms`). createMatcher runs it through.
 */
function* walkEdges(root: TrieNode, walk: EdgeWalk, overSlice: () => boolean): Generator<void> {
  const { owners, keys, children } = walk;
  let count = 1;
  let walked = 0;
  const stack = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.inflects && node.next !== null) {
      node.inflectingNext = [...node.next].filter(([, child]) => child.inflects).map(([word]) => word);
    }
    for (const [word, child] of node.next ?? []) {
      child.id = count++;
      if (node !== root) {
        owners.push(node.id);
        keys.push(word);
        children.push(child);
      }
      stack.push(child);
    }
    if (++walked % WALK_STEP === 0 && overSlice()) yield;
  }
}

const newWalk = (): EdgeWalk => ({ owners: [], keys: [], children: [] });

/**
 * The trie's edges below its first words, keyed by parent and word in one table: a node's next word is found
 * from a token table's units, where a map of its own would want the word as a string.
 */
class Edges {
  readonly #table: KeyTable;
  readonly #children: readonly TrieNode[];

  constructor(walk: EdgeWalk) {
    const hashes = walk.keys.map((word, i) => edgeHash(walk.owners[i] as number, hashWord(word)));
    this.#table = new KeyTable({ keys: walk.keys, hashes, owners: walk.owners });
    this.#children = walk.children;
  }

  /** The child of `node` by the word units[from, to), whose `hashWord` is `hash`; null if none. */
  next(node: TrieNode, units: Uint16Array, from: number, to: number, hash: number): TrieNode | null {
    const found = this.#table.find(edgeHash(node.id, hash), '', units, from, to, node.id);
    return found < 0 ? null : (this.#children[found] as TrieNode);
  }

  /** The child of `node` by `word`; null if none. */
  nextWord(node: TrieNode, word: string): TrieNode | null {
    const found = this.#table.findWord(edgeHash(node.id, hashWord(word)), word, node.id);
    return found < 0 ? null : (this.#children[found] as TrieNode);
  }
}

/** `head` of the stem `prefix` + units[from, to), without making it (this runs for every word of a page). */
function headOf(units: Uint16Array, from: number, to: number, prefix: string): number {
  // A unit the stem lacks counts as 0, as `head` reads a short word (charCodeAt gives NaN).
  const unit0 = from < to ? (units[from] as number) : 0;
  const first = prefix.length > 0 ? prefix.charCodeAt(0) : unit0;
  const second =
    prefix.length > 1
      ? prefix.charCodeAt(1)
      : prefix.length === 1
        ? unit0
        : from + 1 < to
          ? (units[from + 1] as number)
          : 0;
  return ((first << 12) ^ second) & 0x3fffffff;
}

/** Whether a suffix reading of units[from, to) may give one of `words` as its stem (see mayBeStem). */
function mayBeStemOfAny(
  words: readonly string[],
  units: Uint16Array,
  from: number,
  to: number,
  restore: string,
): boolean {
  for (const word of words) if (mayBeStem(word, units, from, to, restore)) return true;
  return false;
}

/**
 * The first words of inflecting forms by their heads: a bit per head's low 16 bits before the map is asked,
 * since every reading of every word of a page asks, and a glossary has few inflecting entries (often none).
 */
class InflectingFirstWords {
  readonly #bits = new Int32Array(1 << 11);
  readonly #words: ReadonlyMap<number, readonly string[]>;

  constructor(words: ReadonlyMap<number, readonly string[]>) {
    this.#words = words;
    for (const head of words.keys()) {
      const at = (head >>> 5) & 0x7ff;
      this.#bits[at] = (this.#bits[at] as number) | (1 << (head & 31));
    }
  }

  /** Whether the stem restore + units[from, to), whose head is `head`, may be one of them with a suffix. */
  mayStart(head: number, units: Uint16Array, from: number, to: number, restore: string): boolean {
    if (((this.#bits[(head >>> 5) & 0x7ff] as number) & (1 << (head & 31))) === 0) return false;
    return mayBeStemOfAny(this.#words.get(head) ?? NO_WORDS, units, from, to, restore);
  }
}

/** A text's tokens, as a table (what the matcher reads) or as the objects `tokenize` makes. */
export type Tokens = TokenTable | readonly Token[];

const asTable = (tokens: Tokens): TokenTable => ('units' in tokens ? tokens : tableOf(tokens));

export interface Matcher {
  /** Every entity in the text, leftmost-longest, without overlaps, in order. */
  match(text: string): EntityMatch[];
  /**
   * `match` over the text's tokens already made (`tokenTable`, or `tokenize` for a caller that keeps them as
   * objects): the dateline cue and readings from context.
   */
  readTokens(text: string, tokens: Tokens): EntityMatch[];
  /**
   * The matches of tokens alone, without the readings the text around them gives (context-readings.ts); the
   * name tagger's training reads sentences so. `dateline`: the text opens with a dateline (الرياض.. ،
   * القاهرة - ), a place cue for its first word.
   */
  matchTokens(tokens: Tokens, dateline?: boolean): EntityMatch[];
  /** Entries whose form is this word or phrase, clitics and allowed suffixes understood (for look-up boxes). */
  lookup(query: string): EntityMatch[];
}

/** Whether a block of text opens with a dateline (../arabic/dateline.ts), a place cue for its first word. */
export const opensWithDateline = (text: string): boolean => datelineOf(text) !== null;

/** Whether the text opens with a dateline, as `dateline` says or (a string) as that text does. */
const opensSo = (dateline: boolean | string): boolean =>
  typeof dateline === 'string' ? opensWithDateline(dateline) : dateline;

/**
 * Builds a matcher over the entries' canonical forms and variants. Keys are folded words in a trie, so the
 * work per word of text depends on the clitic and suffix tables, not on the size of the glossary.
 */

export function createMatcher(entries: readonly GlossaryEntry[]): Matcher {
  const trie = newTrie();
  for (const [index, entry] of entries.entries()) addEntry(trie, entry, index);
  const walk = newWalk();
  for (const _ of walkEdges(trie.root, walk, () => false));
  return matcherOver(trie, entries, new Edges(walk));
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
  // The trie's edges are tabled in slices too, and the rest of the matcher in a slice of its own.
  const walk = newWalk();
  for (const _ of walkEdges(trie.root, walk, () => now() - sliceStart > sliceMs)) {
    await options.yieldToMain();
    sliceStart = now();
  }
  await options.yieldToMain();
  return matcherOver(trie, entries, new Edges(walk));
}

interface Trie {
  root: TrieNode;
  /** The first words of inflecting forms by their heads: the only first words a suffix is looked for on. */
  inflectingFirst: Map<number, string[]>;
}

function newTrie(): Trie {
  return { root: newNode(), inflectingFirst: new Map() };
}

function addEntry({ root, inflectingFirst }: Trie, entry: GlossaryEntry, index: number): void {
  const inflects = entry.inflects === true;
  for (const form of [entry.ar, ...entry.variants]) {
    const words = formKey(form);
    if (words.length === 0) continue;
    let node = root;
    const path: TrieNode[] = [root];
    if (inflects) {
      const first = words[0] as string;
      const sameHead = inflectingFirst.get(head(first)) ?? [];
      if (!sameHead.includes(first)) sameHead.push(first);
      inflectingFirst.set(head(first), sameHead);
    }
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

function matcherOver(trie: Trie, entries: readonly GlossaryEntry[], edges: Edges): Matcher {
  const { root, inflectingFirst } = trie;
  const firstWords = new FirstWords(root.next);
  const inflecting = new InflectingFirstWords(inflectingFirst);
  /** The function words, asked of a word read with clitics split off, from its units. */
  const functionWords = wordTable(ARABIC_STOPWORDS.words());
  /**
   * Usable hits at a node for a reading: a suffixed word is only accepted by entries that inflect, and a
   * word whose article was taken off only by entries that are not names.
   */
  function usableHits(node: TrieNode, reading: Pick<Candidate, 'suffix' | 'clitics'>): Hit[] {
    if (node.hits === null) return [];
    const suffixed = reading.suffix !== '';
    const articled = hasArticle(reading.clitics);
    if (!suffixed && !articled) return node.hits;
    const usable: Hit[] = [];
    for (const hit of node.hits) if (usableBy(hit, suffixed, articled)) usable.push(hit);
    return usable;
  }

  /**
   * Whether `usableHits` would give any, without making the list. Loops rather than array methods, here and
   * in the other functions that run for every found word: a callback closing over its arguments is an
   * allocation for each call.
   */
  function anyUsable(node: TrieNode, suffix: string, clitics: readonly Clitic[]): boolean {
    if (node.hits === null) return false;
    const suffixed = suffix !== '';
    const articled = hasArticle(clitics);
    if (!suffixed && !articled) return true;
    for (const hit of node.hits) if (usableBy(hit, suffixed, articled)) return true;
    return false;
  }

  /** The longest path found from the first word being tried (`tryStem`). */
  const path = newCandidate();
  /** The best reading of the word being read (`bestAt`). */
  const best = newCandidate();

  /**
   * Makes `path` the better of itself and the longest path from `node` (a match of `words` words so far,
   * `stripped` letters of clitics and suffix removed) over tokens[at…], trying each word as written and
   * with suffixes removed. Arguments rather than objects, here and below: this runs for a third of the
   * words of a page.
   */
  function extend(
    tokens: TokenTable,
    at: number,
    node: TrieNode,
    words: number,
    stripped: number,
    suffix: string,
    clitics: Clitic[],
  ): void {
    if (anyUsable(node, suffix, clitics) && betterThan(words, stripped, path)) {
      path.node = node;
      path.words = words;
      path.stripped = stripped;
      path.suffix = suffix;
      path.clitics = clitics;
    }
    // At most one word of a match carries a suffix; words may follow it in construct (وزيرا الدفاع).
    // A name's words may be written with a hyphen between them (كيم جونغ-أون for كيم جونغ أون).
    if (at >= tokens.length || node.next === null) return;
    if (!tokens.joinsPrevious(at) && !tokens.hyphenJoined(at)) return;
    const { units } = tokens;
    const from = tokens.foldedStart(at);
    const to = tokens.foldedEnd(at);
    const exact = edges.next(node, units, from, to, tokens.hash(at));
    if (exact !== null) extend(tokens, at + 1, exact, words + 1, stripped, suffix, clitics);
    if (suffix === '' && node.inflects && mayBeStemOfAny(node.inflectingNext, units, from, to, '')) {
      for (const split of suffixReadings(tokens.norm(at))) {
        const after = edges.nextWord(node, split.stem);
        if (after === null) continue;
        extend(tokens, at + 1, after, words + 1, stripped + split.suffix.length, split.suffix, clitics);
      }
    }
  }

  /** Makes `best` the better of itself and the longest match from first word number `first` of the glossary. */
  function tryStem(
    tokens: TokenTable,
    i: number,
    first: number,
    stripped: number,
    suffix: string,
    clitics: Clitic[],
  ): void {
    path.node = null;
    extend(tokens, i + 1, firstWords.nodes[first] as TrieNode, 1, stripped, suffix, clitics);
    if (path.node === null) return;
    // A function word alone is never a name (على is not علي, بين is not "ين").
    if (path.words === 1) {
      // Nothing stripped, the word is the stem, whose answer is kept with it.
      if (firstWords.functionWords[first] === 1) return;
      const from = tokens.foldedStart(i);
      const to = tokens.foldedEnd(i);
      if (stripped > 0 && functionWords.find(tokens.hash(i), '', tokens.units, from, to) >= 0) return;
    }
    if (betterThan(path.words, path.stripped, best)) copyCandidate(best, path);
  }

  /**
   * One reading of word i, as written (row null) or with the clitics of a table row removed: the stem
   * restore + word[prefix…], as a first word and, where an inflecting entry starts so, with a suffix.
   */
  function tryReading(tokens: TokenTable, i: number, row: ProcliticRow | null): void {
    const { units } = tokens;
    const wordAt = tokens.foldedStart(i);
    const to = tokens.foldedEnd(i);
    const cut = row === null ? 0 : row.prefix.length;
    const restore = row === null ? '' : row.restore;
    const clitics = row === null ? NO_CLITICS : row.clitics;
    const stemAt = wordAt + cut;
    const rest = to - stemAt;
    const hash = row === null ? tokens.hash(i) : withPrefixSwapped(tokens.hash(i), row.hashSwap, rest);
    const found = firstWords.table.find(hash, restore, units, stemAt, to);
    if (found >= 0) tryStem(tokens, i, found, cut, '', clitics);
    if (inflecting.mayStart(headOf(units, stemAt, to, restore), units, stemAt, to, restore)) {
      for (const split of suffixReadings(restore + tokens.norm(i).slice(cut), clitics)) {
        const stem = firstWords.table.findWord(hashWord(split.stem), split.stem);
        if (stem >= 0) tryStem(tokens, i, stem, cut + split.suffix.length, split.suffix, clitics);
      }
    }
  }

  /**
   * The best match at word i (the `best` register, valid until the next call), null when there is none.
   */
  function bestAt(tokens: TokenTable, i: number): Candidate | null {
    const { units } = tokens;
    const from = tokens.foldedStart(i);
    const to = tokens.foldedEnd(i);
    best.node = null;
    tryReading(tokens, i, null);
    const rows = procliticRows(units[from] as number, to - from > 1 ? (units[from + 1] as number) : -1);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as ProcliticRow;
      if (splitFits(units, from, to, row)) tryReading(tokens, i, row);
    }
    return best.node === null ? null : best;
  }

  /** The match of a candidate at token i, whose usable hits are `hits`. */
  function toMatch(tokens: TokenTable, i: number, found: Candidate, hits: Hit[]): EntityMatch {
    const first = hits[0] as Hit;
    const alternatives: number[] = [];
    for (let k = 1; k < hits.length; k++) alternatives.push((hits[k] as Hit).entry);
    return {
      start: tokens.start(i),
      end: tokens.end(i + found.words - 1),
      entry: first.entry,
      alternatives,
      form: first.form,
      clitics: found.clitics,
      suffix: found.suffix,
      words: found.words,
    };
  }

  /** Whether a word is introduced like a place name (في مالي، إلى جدة، مدينة صور، العاصمة الأفغانية كابل). */
  function cuedAsPlace(tokens: TokenTable, i: number, clitics: readonly Clitic[]): boolean {
    // A preposition written on the word itself (بمالي، لجدة) or the word before it.
    if (clitics.some((clitic) => clitic.ar === 'ب' || clitic.ar === 'ل')) return true;
    if (i === 0 || !tokens.joinsPrevious(i)) return false;
    if (isPlaceCue(tokens.norm(i - 1))) return true;
    // A cue, then the place's country or region as an adjective.
    return (
      i > 1 &&
      tokens.joinsPrevious(i - 1) &&
      ARTICLE_NISBA.test(tokens.norm(i - 1)) &&
      isPlaceCue(tokens.norm(i - 2))
    );
  }

  /** matchWith's first tokens of a block's matches. */
  const blockFirsts: number[] = [];

  /**
   * Whether a found name (matches[other], from token firsts[other]) confirms a pending neighbour
   * (matches[item]): itself confirmed, a place, and linked to it as in a list: the very next word, joined by
   * و or set off by punctuation (مالي والنيجر، مالي، النيجر).
   */
  function confirms(
    tokens: TokenTable,
    matches: readonly EntityMatch[],
    firsts: readonly number[],
    pending: readonly boolean[],
    other: number,
    item: number,
  ): boolean {
    const match = matches[other];
    if (match === undefined || pending[other] || entries[match.entry]?.type !== 'place') return false;
    const [earlier, later] = other < item ? [other, item] : [item, other];
    const laterFirst = firsts[later] as number;
    if ((firsts[earlier] as number) + (matches[earlier] as EntityMatch).words !== laterFirst) return false;
    const joined = tokens.joinsPrevious(laterFirst);
    return !joined || (matches[later] as EntityMatch).clitics[0]?.ar === 'و';
  }

  /**
   * `matchTokens`, where the text opens with a dateline when `dateline` says so, or (a string) when that
   * text does: asked only where it decides something, a contextual name as the first word (most blocks have
   * none, and the question is a regex).
   */
  function matchWith(tokens: TokenTable, dateline: boolean | string): EntityMatch[] {
    const matches: EntityMatch[] = [];
    // The token each match starts at, and whether each waits on a neighbour to confirm it: side by side
    // rather than an object per match, the first kept from block to block and the second made only once
    // one waits (few blocks have one).
    const firsts = blockFirsts;
    firsts.length = 0;
    let pending: boolean[] | null = null;
    let i = 0;
    while (i < tokens.length) {
      const best = bestAt(tokens, i);
      if (best === null) {
        i++;
        continue;
      }
      let hits = usableHits(best.node as TrieNode, best);
      const someContextual = anyContextual(hits);
      const cued = someContextual && ((i === 0 && opensSo(dateline)) || cuedAsPlace(tokens, i, best.clitics));
      // Beside another reading, a name that is also a common word still needs its cue: قنا is the Qatar News
      // Agency where a report is credited to it, and the city Qena only after a place cue.
      if (someContextual && !cued && !allContextual(hits)) hits = hits.filter((hit) => !hit.contextual);
      const waits = someContextual && !cued && allContextual(hits);
      if (waits) pending ??= matches.map(() => false);
      pending?.push(waits);
      matches.push(toMatch(tokens, i, best, hits));
      firsts.push(i);
      i += best.words;
    }
    if (pending === null) return matches;
    // A name that is also a common word stands when a confirmed name is next to it (مالي والنيجر).
    const kept: EntityMatch[] = [];
    for (const [k, match] of matches.entries()) {
      if (
        !pending[k] ||
        confirms(tokens, matches, firsts, pending, k - 1, k) ||
        confirms(tokens, matches, firsts, pending, k + 1, k)
      ) {
        kept.push(match);
      }
    }
    return kept;
  }

  /**
   * readInContext's options over a token table. The rules that look at the words around a match are rare:
   * the token objects are made for them alone.
   */
  class TableContext {
    readonly entries = entries;
    constructor(
      readonly text: string,
      readonly table: TokenTable,
    ) {}

    get tokens(): readonly Token[] {
      return this.table.list();
    }
  }

  const readTokens = (text: string, tokens: Tokens): EntityMatch[] => {
    const table = asTable(tokens);
    const matches = matchWith(table, text);
    // Most blocks of a page have no match: nothing for the rules to read.
    return matches.length === 0 ? matches : readInContext(matches, new TableContext(text, table));
  };
  const matchTokens = (tokens: Tokens, dateline = false): EntityMatch[] =>
    matchWith(asTable(tokens), dateline);

  return {
    match(text) {
      const table = tokenTable(text);
      const matches = readTokens(text, table);
      table.release();
      return matches;
    },
    readTokens,
    matchTokens,
    lookup(query) {
      const tokens = tokenTable(query);
      if (tokens.length === 0) return [];
      const found = bestAt(tokens, 0);
      if (found === null || found.words !== tokens.length) return [];
      return [toMatch(tokens, 0, found, usableHits(found.node as TrieNode, found))];
    },
  };
}
