/**
 * Dalil's entities against ANERcorp's gold tags, exact spans over Dalil's tokens: the glossary's people,
 * places and organisations, plus (when a tagger is given) the names the finder suggests where the glossary
 * has nothing. ANERcorp has no document boundaries, so a run of `pageSize` consecutive sentences stands for
 * one page: the finder remembers names within it, as it does within a page in the browser.
 */
import { tokenize } from '../../lib/arabic/tokenize';
import type { Matcher } from '../../lib/glossary/matcher';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import { glossaryContext } from '../../lib/names/glossary-context';
import { createNameMemory, findNames } from '../../lib/names/name-finder';
import { spansOf, type Tagger } from '../../lib/names/tagger';
import { type TaggedSentence, tokenizeSentence } from './anercorp';
import { type Span, type SpanCounts, spanScores } from './span-scores';

/** Consecutive sentences that stand for one page (ANERcorp has no document boundaries). */
export const PAGE_SIZE = 25;

const KIND_OF_TYPE: Readonly<Record<string, string>> = { person: 'PERS', place: 'LOC', organisation: 'ORG' };
const SCORED = new Set(Object.values(KIND_OF_TYPE));

export interface NerEvalOptions {
  sentences: readonly TaggedSentence[];
  matcher: Matcher;
  entries: readonly GlossaryEntry[];
  tagger: Tagger | null;
  pageSize: number;
}

export function evaluateNer(options: NerEvalOptions): SpanCounts {
  const { sentences, matcher, entries, tagger, pageSize } = options;
  const counts: SpanCounts = new Map();
  let memory = createNameMemory();
  sentences.forEach((sentence, s) => {
    if (s % pageSize === 0) memory = createNameMemory();
    const tokens = tokenize(sentence.text);
    const gold = spansOf(tokenizeSentence(sentence).tags).filter((span) => SCORED.has(span.kind));
    const matches = matcher.matchTokens(tokens);
    const context = glossaryContext(tokens, matches, entries);
    const found: Span[] = [];
    matches.forEach((match, m) => {
      const kind = KIND_OF_TYPE[entries[match.entry]?.type ?? ''];
      if (kind !== undefined) found.push({ ...(context.spans[m] as { from: number; to: number }), kind });
    });
    if (tagger !== null) {
      const { taken } = context;
      for (const name of findNames({
        tokens: context.tokens,
        tagger,
        taken: (i) => taken[i] === 1,
        memory,
      })) {
        const kind = KIND_OF_TYPE[name.type];
        if (kind !== undefined) found.push({ from: name.from, to: name.to, kind });
      }
    }
    spanScores(counts, gold, found);
  });
  return counts;
}
