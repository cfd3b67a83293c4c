/**
 * The glossary's matches of a page with the names it lacks added as suggestions: the one place where the
 * matcher and the name finder meet, used alike by the page session, `scan` and `eval`. A suggestion is an
 * entry of its own (see `suggestion` in the glossary schema), made once per name and page.
 */
import { normalizeArabic } from '../arabic/normalize';
import { type Token, tokenTable } from '../arabic/tokenize';
import type { EntityMatch, Matcher } from '../glossary/matcher';
import { type GlossaryEntry, SUGGESTION_ID_PREFIX } from '../glossary/schema';
import { type GlossaryContext, glossaryContext, matchesOutside } from './glossary-context';
import {
  claimShortForm,
  createNameMemory,
  type FoundName,
  findNames,
  nameKey,
  rememberShortForm,
  shortForms,
} from './name-finder';
import { composeEnglish } from './organisation-english';
import type { Tagger } from './tagger';

/**
 * Blocks shorter than this are menus, buttons and tickers rather than prose: the tagger, which reads a name
 * from the sentence around it, is not run on them (the glossary still is).
 */
const MIN_BLOCK_WORDS = 6;

/** A name's English as a newsroom would spell it, best first, with up to two alternatives. */
export interface NameSpelling {
  en: string;
  alternatives: string[];
}

/** What finding and spelling names needs: the trained models, loaded where the page reader runs. */
export interface NameSuggester {
  tagger: Tagger;
  /** The English of a name from its folded words, clitics removed. */
  spell(words: readonly string[]): NameSpelling;
}

export interface PageSuggestions {
  /**
   * The glossary's entries followed by the names suggested so far on this page: a match's `entry` is an
   * index into this list, which grows as names are found.
   */
  readonly entries: readonly GlossaryEntry[];
  /** The glossary's matches in a block of text, with suggestions where the glossary has nothing. */
  match(matcher: Matcher, text: string): EntityMatch[];
}

/** A person's English surname: the last word, a note in brackets left out (Mohamed Hamdan Dagalo (Hemedti)). */
export function surnameOf(en: string): string {
  return (
    en
      .replace(/\s*\([^)]*\)\s*$/, '')
      .split(' ')
      .at(-1) ?? en
  );
}

/** The name as written, from the first letter after its clitics to the end of its last word. */
function writtenName(text: string, tokens: readonly Token[], name: FoundName): string {
  const first = tokens[name.from] as Token;
  const last = tokens[name.to - 1] as Token;
  const offset =
    name.stripped === 0
      ? 0
      : (normalizeArabic(text.slice(first.start, first.end)).starts[name.stripped] ?? 0);
  return text.slice(first.start + offset, last.end);
}

export function createPageSuggestions(options: {
  entries: readonly GlossaryEntry[];
  suggester: NameSuggester;
}): PageSuggestions {
  const { suggester } = options;
  const all: GlossaryEntry[] = [...options.entries];
  const indexByKey = new Map<string, number>();
  const memory = createNameMemory();
  /**
   * The short forms of the glossary's people met on this page (البشير after عمر البشير) → their entry, or
   * null where two of them share one (سعد الحريري and رفيق الحريري): a name the finder reads there is that
   * person, not a suggestion of its own. Only the glossary's variants are read as short forms everywhere
   * (نتنياهو), since a surname alone may be an ordinary word (الأسد "the lion").
   */
  const glossaryShort = new Map<string, number | null>();

  function noteGlossaryPeople(
    tokens: readonly Token[],
    matches: readonly EntityMatch[],
    context: GlossaryContext,
  ): void {
    for (const [m, match] of matches.entries()) {
      const entry = all[match.entry];
      const span = context.spans[m];
      if (entry?.type !== 'person' || entry.suggestion !== undefined || span === undefined) continue;
      const words = tokens.slice(span.from, span.to).map((token) => token.norm);
      for (const short of shortForms(words)) {
        claimShortForm(glossaryShort, nameKey(short), match.entry, (a, b) => a === b);
        // Read again later even where the tagger does not read it (وكان الأسد after بشار الأسد): 5-fold
        // person F1 0.786 → 0.794, thinned 0.785 → 0.786.
        if (glossaryShort.get(nameKey(short)) !== null) rememberShortForm(memory, short);
      }
    }
  }

  function entryFor(
    text: string,
    tokens: readonly Token[],
    name: FoundName,
    known: ReadonlyArray<string | null>,
  ): number {
    // A surname met alone after the full name is that person.
    const key = nameKey(name.fullName ?? name.words);
    const index = indexByKey.get(key) ?? (name.type === 'person' ? glossaryShort.get(key) : undefined);
    if (index !== undefined && index !== null) return index;
    const { spell } = suggester;
    const { en, alternatives } = composeEnglish({ words: name.words, known, spell }) ?? spell(name.words);
    all.push({
      id: `${SUGGESTION_ID_PREFIX}${key}`,
      ar: writtenName(text, tokens, name),
      variants: [],
      en,
      type: name.type,
      suggestion: { alternatives },
    });
    indexByKey.set(key, all.length - 1);
    return all.length - 1;
  }

  return {
    entries: all,
    match(matcher, text) {
      // The matcher reads the table; the finder keeps the tokens as objects.
      const table = tokenTable(text);
      const matches = matcher.readTokens(text, table);
      const tokens = table.list();
      if (tokens.length < MIN_BLOCK_WORDS) return matches;
      const context = glossaryContext(tokens, matches, all, suggester.tagger.lexicon.person);
      noteGlossaryPeople(tokens, matches, context);
      const { taken } = context;
      const names = findNames({
        text,
        tokens: context.tokens,
        tagger: suggester.tagger,
        taken: (i) => taken[i] === 1,
        yields: context.yields,
        memory,
      });
      if (names.length === 0) return matches;
      const kept = matchesOutside(context, names);
      /** Per word of a name, the English of a glossary match that gave way to it (see composeEnglish). */
      const knownWords = (name: FoundName): Array<string | null> => {
        const known: Array<string | null> = new Array(name.to - name.from).fill(null);
        for (let i = name.from; i < name.to; i++) {
          const m = context.matchOf[i] as number;
          const span = context.spans[m];
          if (span === undefined || kept[m] || span.from !== i || span.to > name.to) continue;
          known.fill('', span.from - name.from, span.to - name.from);
          const entry = all[(matches[m] as EntityMatch).entry];
          // A person's surname alone gave way to a relative's or namesake's name: only the surname is theirs.
          const surname = entry?.type === 'person' && span.to - span.from === 1;
          known[span.from - name.from] =
            entry === undefined ? null : surname ? surnameOf(entry.en) : entry.en;
        }
        return known;
      };
      const suggested: EntityMatch[] = names.map((name) => ({
        start: (tokens[name.from] as Token).start,
        end: (tokens[name.to - 1] as Token).end,
        entry: entryFor(text, tokens, name, knownWords(name)),
        alternatives: [],
        form: name.words.join(' '),
        clitics: name.clitics,
        suffix: '',
        words: name.to - name.from,
      }));
      return [...matches.filter((_, m) => kept[m]), ...suggested].sort((a, b) => a.start - b.start);
    },
  };
}
