import { type Clitic, proclitics } from '../arabic/clitics';
import { PLACE_CUES } from '../arabic/place-cues';
import { ARABIC_STOPWORDS } from '../arabic/stopwords';
import { suffixReadings } from '../arabic/suffixes';
import { type Token, tokenize } from '../arabic/tokenize';
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
}

interface TrieNode {
  next: Map<string, TrieNode> | null;
  hits: Hit[] | null;
}

function newNode(): TrieNode {
  return { next: null, hits: null };
}

function child(node: TrieNode, word: string): TrieNode | undefined {
  return node.next?.get(word);
}

/** The best match found so far at one position. */
interface Candidate {
  node: TrieNode;
  words: number;
  stripped: number;
  suffix: string;
  clitics: Clitic[];
}

function better(a: Candidate, b: Candidate | null): boolean {
  if (b === null) return true;
  if (a.words !== b.words) return a.words > b.words;
  return a.stripped < b.stripped;
}

export interface Matcher {
  /** Every entity in the text, leftmost-longest, without overlaps, in order. */
  match(text: string): EntityMatch[];
  /** The same over tokens already made by `tokenize` (offsets are the tokens'). */
  matchTokens(tokens: readonly Token[]): EntityMatch[];
  /** Entries whose form is this word or phrase, clitics and allowed suffixes understood (for look-up boxes). */
  lookup(query: string): EntityMatch[];
}

/**
 * Builds a matcher over the entries' canonical forms and variants. Keys are folded words in a trie, so the
 * work per word of text depends on the clitic and suffix tables, not on the size of the glossary.
 */
export function createMatcher(entries: readonly GlossaryEntry[]): Matcher {
  const root = newNode();
  entries.forEach((entry, index) => {
    for (const form of [entry.ar, ...entry.variants]) {
      const words = formKey(form);
      if (words.length === 0) continue;
      let node = root;
      for (const word of words) {
        node.next ??= new Map();
        let next = node.next.get(word);
        if (next === undefined) {
          next = newNode();
          node.next.set(word, next);
        }
        node = next;
      }
      node.hits ??= [];
      if (!node.hits.some((hit) => hit.entry === index)) {
        node.hits.push({
          entry: index,
          form,
          inflects: entry.inflects === true,
          contextual: entry.contextual === true && words.length === 1,
        });
      }
    }
  });

  /** Usable hits at a node: a suffixed word is only accepted by entries that inflect. */
  function usableHits(node: TrieNode, suffixed: boolean): Hit[] {
    if (node.hits === null) return [];
    return suffixed ? node.hits.filter((hit) => hit.inflects) : node.hits;
  }

  /** Longest path from `node` over tokens[at…], trying each word as written and with suffixes removed. */
  function extend(
    tokens: readonly Token[],
    at: number,
    start: Candidate,
    best: Candidate | null,
  ): Candidate | null {
    let result = best;
    if (usableHits(start.node, start.suffix !== '').length > 0 && better(start, result)) result = start;
    // At most one word of a match carries a suffix; words may follow it in construct (وزيرا الدفاع).
    const token = tokens[at];
    if (token === undefined || !token.joinsPrevious || start.node.next === null) return result;
    const exact = child(start.node, token.norm);
    if (exact !== undefined) {
      result = extend(tokens, at + 1, { ...start, node: exact, words: start.words + 1 }, result);
    }
    if (start.suffix === '') {
      for (const reading of suffixReadings(token.norm)) {
        const next = child(start.node, reading.stem);
        if (next === undefined) continue;
        const candidate = {
          ...start,
          node: next,
          words: start.words + 1,
          stripped: start.stripped + reading.suffix.length,
          suffix: reading.suffix,
        };
        result = extend(tokens, at + 1, candidate, result);
      }
    }
    return result;
  }

  function bestAt(tokens: readonly Token[], i: number): Candidate | null {
    const token = tokens[i] as Token;
    const isStopword = ARABIC_STOPWORDS.has(token.norm);
    let best: Candidate | null = null;
    for (const reading of proclitics(token.norm)) {
      const stems = [{ stem: reading.stem, suffix: '' }, ...suffixReadings(reading.stem)];
      for (const { stem, suffix } of stems) {
        const node = child(root, stem);
        if (node === undefined) continue;
        const first: Candidate = {
          node,
          words: 1,
          stripped: reading.stripped + suffix.length,
          suffix,
          clitics: reading.clitics,
        };
        const found = extend(tokens, i + 1, first, null);
        if (found === null) continue;
        // A function word alone is never a name (على is not علي, بين is not "ين").
        if (found.words === 1 && (isStopword || ARABIC_STOPWORDS.has(stem))) continue;
        if (better(found, best)) best = found;
      }
    }
    return best;
  }

  function toMatch(tokens: readonly Token[], i: number, found: Candidate): EntityMatch {
    const hits = usableHits(found.node, found.suffix !== '');
    const [first, ...rest] = hits as [Hit, ...Hit[]];
    return {
      start: (tokens[i] as Token).start,
      end: (tokens[i + found.words - 1] as Token).end,
      entry: first.entry,
      alternatives: rest.map((hit) => hit.entry),
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

  function matchTokens(tokens: readonly Token[]): EntityMatch[] {
    const found: Array<{ match: EntityMatch; first: number; pending: boolean }> = [];
    let i = 0;
    while (i < tokens.length) {
      const best = bestAt(tokens, i);
      if (best === null) {
        i++;
        continue;
      }
      const match = toMatch(tokens, i, best);
      const contextual = usableHits(best.node, best.suffix !== '').every((hit) => hit.contextual);
      found.push({ match, first: i, pending: contextual && !cuedAsPlace(tokens, i, best.clitics) });
      i += best.words;
    }
    // A name that is also a common word stands when a confirmed name is next to it (مالي والنيجر).
    const near = (a: number, b: number) => Math.abs(a - b) <= 2;
    return found
      .filter(
        (item, k) =>
          !item.pending ||
          [found[k - 1], found[k + 1]].some(
            (other) =>
              other !== undefined &&
              !other.pending &&
              near(other.first, item.first) &&
              entries[other.match.entry]?.type === 'place',
          ),
      )
      .map((item) => item.match);
  }

  return {
    match: (text) => matchTokens(tokenize(text)),
    matchTokens,
    lookup(query) {
      const tokens = tokenize(query);
      if (tokens.length === 0) return [];
      const found = bestAt(tokens, 0);
      return found !== null && found.words === tokens.length ? [toMatch(tokens, 0, found)] : [];
    },
  };
}
