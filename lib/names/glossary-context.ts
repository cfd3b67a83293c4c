import type { Token } from '../arabic/tokenize';
import type { EntityMatch } from '../glossary/matcher';
import type { GlossaryEntry } from '../glossary/schema';
import { KINSHIP } from './name-finder';
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
   * Whether the glossary's matches on tokens [from, to) give way to a longer name read over them: each lies
   * wholly inside, YIELDS allows it, and the name has words of its own.
   */
  yields(from: number, to: number): boolean;
}

/**
 * When a glossary match inside a longer name is not that entity, by the match's type. A person yields only
 * to a "son/daughter of" chain: a longer name round a known person (دونالد جون ترامب) is still that person.
 */
export const YIELDS: ReadonlyArray<{
  type: string;
  /** Whether the match yields, given the folded word before it inside the name ('' when it starts it). */
  when: (before: string) => boolean;
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
    type: 'person',
    when: (before) => KINSHIP.has(before),
    example: 'أحمد بن محمد بن راشد آل مكتوم',
    inside: 'محمد بن راشد آل مكتوم',
    why: 'the son, not the father',
  },
];

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

export function glossaryContext(
  tokens: readonly Token[],
  matches: readonly EntityMatch[],
  entries: readonly GlossaryEntry[],
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
  function yields(from: number, to: number): boolean {
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
      // "in Afghanistan", then a name); the article is the entry's own (القاهرة in جامعة القاهرة).
      if (match.clitics.some((clitic) => clitic.ar !== 'ال')) return false;
      const type = entries[match.entry]?.type;
      const before = span.from > from ? (tokens[span.from - 1] as Token).norm : '';
      if (!YIELDS.some((rule) => rule.type === type && rule.when(before))) return false;
    }
    return own;
  }
  return { tokens: annotated, taken, spans, matchOf, yields };
}
