/**
 * Dalil's entities against ANERcorp's gold tags, exact spans over Dalil's tokens: the glossary's people,
 * places and organisations, plus (when a tagger is given) the names the finder suggests where the glossary
 * has nothing. ANERcorp has no document boundaries, so a run of `pageSize` consecutive sentences stands for
 * one page: the finder remembers names within it, as it does within a page in the browser.
 */
import { type Token, tokenize } from '../../lib/arabic/tokenize';
import type { Matcher } from '../../lib/glossary/matcher';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import { createPageSuggestions, type PageSuggestions } from '../../lib/names/page-suggestions';
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

/** Spelling is not scored here: the finder's names are read, not their English. */
const UNSPELT = () => ({ en: '', alternatives: [] });

/** A span Dalil shows, with the entry behind it (a glossary entry or a suggestion). */
export interface ShownSpan extends Span {
  entry: GlossaryEntry;
}

/** One sentence as a page shows it: its tokens, the gold spans and what Dalil found. */
export interface ReadSentence {
  text: string;
  tokens: Token[];
  gold: Span[];
  found: ShownSpan[];
}

/**
 * What a page shows for each sentence, read as the page session reads it (page-suggestions.ts: the glossary's
 * matches, the names it lacks, the matches that gave way to a longer name dropped), as token spans.
 */
export function* readSentences(options: NerEvalOptions): Generator<ReadSentence> {
  const { sentences, matcher, entries, tagger, pageSize } = options;
  let page: PageSuggestions | null = null;
  for (const [s, sentence] of sentences.entries()) {
    if (tagger !== null && s % pageSize === 0) {
      page = createPageSuggestions({ entries, suggester: { tagger, spell: UNSPELT } });
    }
    const tokens = tokenize(sentence.text);
    const gold = spansOf(tokenizeSentence(sentence).tags).filter((span) => SCORED.has(span.kind));
    const matches =
      page === null ? matcher.readTokens(sentence.text, tokens) : page.match(matcher, sentence.text);
    const shown = page === null ? entries : (page as PageSuggestions).entries;
    const found: ShownSpan[] = [];
    for (const match of matches) {
      const entry = shown[match.entry];
      const kind = KIND_OF_TYPE[entry?.type ?? ''];
      const from = tokens.findIndex((token) => token.end > match.start);
      const to = tokens.findIndex((token) => token.start >= match.end);
      if (kind !== undefined && entry !== undefined)
        found.push({ from, to: to < 0 ? tokens.length : to, kind, entry });
    }
    yield { text: sentence.text, tokens, gold, found };
  }
}

/** The span counts per kind of `readSentences`. */
export function evaluateNer(options: NerEvalOptions): SpanCounts {
  const counts: SpanCounts = new Map();
  for (const { gold, found } of readSentences(options)) spanScores(counts, gold, found);
  return counts;
}
