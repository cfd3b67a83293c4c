import { proclitics } from '../arabic/clitics';
import { KINSHIP } from '../arabic/kinship';
import { foldArabic } from '../arabic/normalize';
import type { Token } from '../arabic/tokenize';
import type { EntityMatch } from '../glossary/matcher';
import type { EntityType, GlossaryEntry } from '../glossary/schema';
import type { TaggerToken } from './tagger-features';

/** A block's tokens as the name tagger reads them, knowing what the glossary found. */
export interface GlossaryContext {
  /** The tokens, each with the type of the glossary match covering it (a title before a name is a cue). */
  tokens: Array<Token & TaggerToken>;
  /** 1 where a glossary match covers the token: the glossary wins there. */
  taken: Uint8Array;
  /** Each match's tokens [from, to), in the order of the matches. */
  spans: Array<{ from: number; to: number }>;
  /** The index of the match covering each token, −1 where none does. */
  matchOf: Int32Array;
  /**
   * Whether the glossary's matches on tokens [from, to) give way to a longer name of a type read over them:
   * each lies wholly inside, YIELDS allows it, and the name has words of its own.
   */
  yields(from: number, to: number, type: EntityType): boolean;
}

/** Where a glossary match stands inside a longer name, for YIELDS. */
export interface InsideName {
  /** The folded word before the match inside the name ('' when the match starts it). */
  before: string;
  /** Whether the name's first word, with or without its clitics, is a word of one of the entry's forms. */
  startsAsEntry: boolean;
  /** Whether the name's first word, with or without its clitics, is a name the name lists know. */
  startsAsName: boolean;
  /** The match's words. */
  words: number;
  /** Whether the match's first word bears the article (الكيني "the Kenyan"). */
  definite: boolean;
  /** Whether the word before the match inside the name is a name the name lists know. */
  beforeIsName: boolean;
  /** The type of the name read over the match. */
  type: EntityType;
}

/**
 * When a glossary match inside a longer name is not that entity, by the match's type. A person yields to a
 * "son/daughter of" chain, and a surname alone to a known given name that none of the entry's forms holds (a
 * namesake or a relative: تشارلز كوشنر is not Jared Kushner; بمصير البشير "the fate of Bashir" is no name);
 * a longer name round a known person that starts as the entry does (دونالد جون ترامب) is still that person.
 */
export const YIELDS: ReadonlyArray<{
  type: string;
  /** Whether the match yields where it stands in the name. */
  when: (inside: InsideName) => boolean;
  /** A longer name, and the glossary entity inside it that gives way. */
  example: string;
  inside: string;
  why: string;
}> = [
  {
    type: 'place',
    when: () => true,
    example: 'ريال مدريد',
    inside: 'مدريد',
    why: 'a club named after its city',
  },
  {
    type: 'place',
    when: () => true,
    example: 'جامعة القاهرة',
    inside: 'القاهرة',
    why: 'an institution named after its city',
  },
  {
    type: 'nationality',
    when: ({ before, startsAsName, words, definite }) =>
      before === '' && words === 1 && startsAsName && !definite,
    // 5-fold person recall 0.799 → 0.800 (F1 0.804 → 0.805) and 0.793 → 0.794 with a model of another seed.
    example: 'كيني ميلر',
    inside: 'كيني',
    why: 'a given name that is written as a nationality is (Kenny, not Kenyan)',
  },
  {
    type: 'nationality',
    when: ({ before, beforeIsName, words, type }) =>
      type === 'person' && before !== '' && words === 1 && beforeIsName,
    // 5-fold person recall 0.801 → 0.804 and 0.805 → 0.808 on two seeds, 2–4 wrong names more (F1 0.806 →
    // 0.807, 0.803 → 0.805): أبو حمزة المصري، فيصل السويدي، بيتر كينيون. In an organisation's name it cost
    // organisations four wrong names and one found.
    example: 'فيصل السويدي',
    inside: 'السويدي',
    why: 'a nisba written as a nationality is a surname after a name the lists hold (al-Suwaidi, not "the Swede")',
  },
  {
    type: 'person',
    when: ({ before }) => KINSHIP.has(before),
    example: 'أحمد بن محمد بن راشد آل مكتوم',
    inside: 'محمد بن راشد آل مكتوم',
    why: 'the son, not the father',
  },
  {
    type: 'person',
    when: ({ before, startsAsEntry, startsAsName, words }) =>
      words === 1 && before !== '' && !startsAsEntry && startsAsName,
    example: 'تشارلز كوشنر',
    inside: 'كوشنر',
    why: "a relative's given name before the surname",
  },
];

/** Whether the only clitic written on a match is ك "like". */
function likeClitic(match: EntityMatch): boolean {
  return match.clitics.length === 1 && match.clitics[0]?.ar === 'ك';
}

/**
 * The matches (by index) that no name found over them replaced: the rest gave way (see `yields`). Names do
 * not overlap, so a match lies inside one when the same name covers its first and last token: one look-up
 * per match, however many names a long block holds.
 */
export function matchesOutside(
  context: GlossaryContext,
  names: ReadonlyArray<{ from: number; to: number }>,
): boolean[] {
  const nameOf = new Int32Array(context.tokens.length + 1).fill(-1);
  names.forEach((name, n) => {
    nameOf.fill(n, name.from, name.to);
  });
  return context.spans.map(({ from, to }) => {
    if (to <= from) return nameOf[from] === -1 && (from === 0 || nameOf[from - 1] === -1);
    return nameOf[from] === -1 || nameOf[from] !== nameOf[to - 1];
  });
}

/** Whether a name's first word (ودونالد too) is one of `words`. */
function startsAs(words: { has(word: string): boolean }, first: string): boolean {
  return proclitics(first).some((reading) => words.has(reading.stem));
}

/** An entry's words from all its forms, folded (made once per entry). */
const entryWordsOf = new WeakMap<GlossaryEntry, ReadonlySet<string>>();
function wordsOf(entry: GlossaryEntry): ReadonlySet<string> {
  let words = entryWordsOf.get(entry);
  if (words === undefined) {
    words = new Set([entry.ar, ...entry.variants].flatMap((form) => form.split(/\s+/).map(foldArabic)));
    entryWordsOf.set(entry, words);
  }
  return words;
}

export function glossaryContext(
  tokens: readonly Token[],
  matches: readonly EntityMatch[],
  entries: readonly GlossaryEntry[],
  /** The person-name tokens of the name lists (folded), for YIELDS; none where the finder does not read. */
  names: { has(word: string): boolean } = new Set<string>(),
): GlossaryContext {
  const annotated: Array<Token & TaggerToken> = tokens.map((token) => ({ ...token }));
  const taken = new Uint8Array(tokens.length);
  const spans: Array<{ from: number; to: number }> = [];
  const matchOf = new Int32Array(tokens.length).fill(-1);
  let k = 0;
  for (const [m, match] of matches.entries()) {
    while (k < tokens.length && (tokens[k] as Token).start < match.start) k++;
    const from = k;
    const type = entries[match.entry]?.type;
    while (k < tokens.length && (tokens[k] as Token).end <= match.end) {
      taken[k] = 1;
      matchOf[k] = m;
      if (type !== undefined) (annotated[k] as TaggerToken).glossary = type;
      k++;
    }
    spans.push({ from, to: k });
  }
  function yields(from: number, to: number, type: EntityType): boolean {
    let own = false;
    for (let i = from; i < to; i++) {
      const m = matchOf[i] as number;
      if (m < 0) {
        own = true;
        continue;
      }
      const span = spans[m] as { from: number; to: number };
      if (span.from < from || span.to > to) return false;
      const match = matches[m] as EntityMatch;
      // A match written with a preposition or a conjunction is never a word of a name (بأفغانستان هانز:
      // "in Afghanistan", then a name); the article is the entry's own (القاهرة in جامعة القاهرة). Only
      // "like" + a place of one word that opens the name and that the name lists hold as written is the
      // name's given name (كلاوس بيكارد is Klaus Pickard, not "like Laos"; 5-fold: 3 wrong places fewer on
      // two seeds, person recall as it was).
      const givenName =
        span.from === from &&
        span.to - span.from === 1 &&
        likeClitic(match) &&
        names.has(tokens[from]?.norm ?? '');
      if (!givenName && match.clitics.some((clitic) => clitic.ar !== 'ال')) return false;
      const entry = entries[match.entry];
      const inside: InsideName = {
        before: span.from > from ? (tokens[span.from - 1] as Token).norm : '',
        beforeIsName: span.from > from && names.has((tokens[span.from - 1] as Token).norm),
        type,
        startsAsEntry: entry !== undefined && startsAs(wordsOf(entry), (tokens[from] as Token).norm),
        startsAsName: startsAs(names, (tokens[from] as Token).norm),
        words: span.to - span.from,
        definite: (tokens[span.from] as Token).norm.startsWith('ال'),
      };
      if (!YIELDS.some((rule) => rule.type === entry?.type && rule.when(inside))) return false;
    }
    return own;
  }
  return { tokens: annotated, taken, spans, matchOf, yields };
}
