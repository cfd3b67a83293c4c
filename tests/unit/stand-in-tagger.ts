/**
 * The name finder over spans given by hand: a stand-in for the tagger, so a test of what the finder makes of
 * a reading says which reading it starts from.
 */
import { tokenize } from '../../lib/arabic/tokenize';
import { createNameMemory, type FoundName, findNames, type NameMemory } from '../../lib/names/name-finder';
import type { TaggedSpan, Tagger } from '../../lib/names/tagger';
import type { NameLexicon } from '../../lib/names/tagger-features';

export interface StandInOptions {
  /** The name lists and learnt words; none unless given. */
  lexicon?: NameLexicon;
  /** The tokens the glossary's matches hold. */
  taken?: (i: number) => boolean;
  memory?: NameMemory;
}

/** The names the finder reads in `text` where the tagger read `spans`. */
export function findWithSpans(text: string, spans: TaggedSpan[], options: StandInOptions = {}): FoundName[] {
  const reading: Tagger = {
    lexicon: options.lexicon ?? { person: new Map() },
    tag: () => [],
    spans: () => spans,
  };
  return findNames({
    text,
    tokens: tokenize(text),
    tagger: reading,
    taken: options.taken ?? (() => false),
    yields: () => false,
    memory: options.memory ?? createNameMemory(),
  });
}
