/**
 * The English spelling of an Arabic person's name, as an English newsroom prints it (محمد عبد العاطي →
 * Mohammed Abdel Aati), with up to two alternatives — never a letter-by-letter romanisation (romanize.ts
 * does that). Each word is spelt from the data where the data knows it (its most frequent spelling first),
 * by rule for the particles and the compounds of عبد (spell-compounds.ts) and the article (al-), and by the
 * character model (spell-joint.ts) otherwise. Pure and deterministic: no DOM, no Node API.
 */
import { foldArabic } from '../arabic/normalize';
import { ARTICLE, articleStem, keepsArticle } from './spell-article';
import { capitaliseName, isRomanNumeral } from './spell-capitalise';
import {
  FIXED_COMPOUNDS,
  FIXED_WORDS,
  GOD,
  GOD_FORMS,
  JOINED_ENDINGS,
  JOINED_SHARE,
  type RuleSpelling,
  SERVANT,
  SERVANT_FORMS,
} from './spell-compounds';
import { isInitial, LETTER_INITIALS } from './spell-initials';
import { buildCharSpeller, type CharSpeller, createCharSpeller } from './spell-joint';
import { SPELLING_MODEL_FORMAT, SPELLING_MODEL_VERSION, type SpellingModel } from './spell-model';

export interface SpelledName {
  /** The spelling to show, capitalised; empty when no word could be spelt. */
  en: string;
  /** Up to two other spellings, most likely first. */
  alternatives: string[];
}

export interface Speller {
  /** `words`: the folded words of one name (normalizeArabic, tokenize), clitics removed. */
  spell(words: readonly string[]): SpelledName;
}

const ALTERNATIVES = 2;
/** Spellings shown for a name: the spelling and its alternatives. */
export const CANDIDATES = ALTERNATIVES + 1;

/**
 * Share of "al-Hariri" among an article word's spellings, the rest going to "Hariri": newsrooms write the
 * article where Wikidata's labels mostly drop it.
 */
const ARTICLE_SHARE = 0.6;

/**
 * Share of the data's spellings of a word against the character model's, and of the data's spellings of a
 * عبد compound against those the rule makes from its parts: what the data says comes first.
 */
const KNOWN_SHARE = 0.8;

/** Share of the initial (F.) among the spellings of a letter name inside a name, the word's own the rest. */
const INITIAL_SHARE = 0.9;

/** Token spellings remembered per speller: a name comes back many times on a page. */
const MEMO_LIMIT = 5000;

const LATIN = /\p{Script=Latin}/u;

/** A lower-case spelling of one part of a name, with its share among that part's spellings. */
interface Candidate {
  en: string;
  p: number;
}

/** Merges equal spellings, keeps the best few, shares summing to 1; equal shares keep their order. */
function ranked(candidates: readonly Candidate[]): Candidate[] {
  const merged = new Map<string, number>();
  for (const { en, p } of candidates) if (en !== '') merged.set(en, (merged.get(en) ?? 0) + p);
  const best = [...merged]
    .map(([en, p]) => ({ en, p }))
    .sort((a, b) => b.p - a.p)
    .slice(0, CANDIDATES);
  const total = best.reduce((sum, { p }) => sum + p, 0);
  return total > 0 ? best.map(({ en, p }) => ({ en, p: p / total })) : [];
}

const scaled = (candidates: readonly Candidate[], by: number): Candidate[] =>
  candidates.map(({ en, p }) => ({ en, p: p * by }));

const fromRule = (rule: RuleSpelling): Candidate[] => rule.spellings.map(([en, p]) => ({ en, p }));

/** al-X and X for each spelling X of an article word's stem. */
const withArticle = (stems: readonly Candidate[]): Candidate[] =>
  ranked(
    stems.flatMap(({ en, p }) => [
      { en: `al-${en}`, p: p * ARTICLE_SHARE },
      { en, p: p * (1 - ARTICLE_SHARE) },
    ]),
  );

/** A compound that the data spells as one word, written as two in Arabic: abdulrahman → abdul rahman. */
function splitServant(en: string): string {
  if (/[ -]/.test(en)) return en;
  for (const { prefix, joiner } of SERVANT_FORMS) {
    if (joiner !== '' && en.startsWith(prefix) && en.length > prefix.length + 1)
      return `${prefix}${joiner}${en.slice(prefix.length)}`;
  }
  return en;
}

function checkModel(model: SpellingModel): void {
  if (model.format !== SPELLING_MODEL_FORMAT || model.version !== SPELLING_MODEL_VERSION)
    throw new Error(`Spelling model: expected ${SPELLING_MODEL_FORMAT} version ${SPELLING_MODEL_VERSION}`);
}

export function createSpeller(model: SpellingModel): Speller {
  checkModel(model);
  return spellerOver(model, createCharSpeller(model.chars));
}

/** `createSpeller` for a page: the character model is built in slices, between other work. */
export async function buildSpeller(
  model: SpellingModel,
  options: { yieldToMain: () => Promise<void> },
): Promise<Speller> {
  checkModel(model);
  return spellerOver(model, await buildCharSpeller(model.chars, options));
}

function spellerOver(model: SpellingModel, chars: CharSpeller): Speller {
  const lexicon = new Map(Object.entries(model.lexicon));
  const settled = new Set(model.settled?.split(' '));
  const memo = new Map<string, Candidate[]>();

  const fromLexicon = (word: string): Candidate[] | null => {
    const spellings = lexicon.get(word);
    return spellings === undefined ? null : ranked(spellings.map(([en, count]) => ({ en, p: count })));
  };

  const fromChars = (word: string): Candidate[] => {
    const spellings = chars.spell(word, CANDIDATES);
    const best = spellings[0]?.logProb ?? 0;
    return ranked(spellings.map(({ en, logProb }) => ({ en, p: Math.exp(logProb - best) })));
  };

  /**
   * A word read as it stands: the data's spellings, else the character model's. Where the data knows fewer
   * spellings than are shown, the character model's come after them, as alternatives, unless the lexicon's
   * are settled.
   */
  const plain = (word: string): Candidate[] => {
    const known = fromLexicon(word);
    if (known === null) return fromChars(word);
    if (known.length >= CANDIDATES || settled.has(word)) return known;
    return ranked([...scaled(known, KNOWN_SHARE), ...scaled(fromChars(word), 1 - KNOWN_SHARE)]);
  };

  /**
   * An article word's stem as English writes it without the article: الحريري → hariri. The data's spellings
   * of the word and of its stem alone are counted together: a name the lists hold mostly without the article
   * is spelt as they spell it most (البشير: bechir 6 times with it, بشير: bashir 20 times without).
   */
  const stemSpellings = (word: string, stem: string): Candidate[] => {
    const bare = (lexicon.get(word) ?? []).filter(([en]) => !keepsArticle(en, stem));
    const counts = [...bare, ...(lexicon.get(stem) ?? [])];
    return counts.length > 0 ? ranked(counts.map(([en, count]) => ({ en, p: count }))) : plain(stem);
  };

  /** عبد + article + name: the data's spellings of the compound, then those made by SERVANT_FORMS. */
  const servant = (withArticleWord: string, stem: string, writtenApart: boolean): Candidate[] => {
    const joined = SERVANT + withArticleWord;
    const fixed = FIXED_COMPOUNDS.get(joined);
    if (fixed !== undefined) return fromRule(fixed);
    const made = stemSpellings(withArticleWord, stem).flatMap(({ en, p }) =>
      SERVANT_FORMS.map(({ prefix, joiner, share }) => ({ en: `${prefix}${joiner}${en}`, p: p * share })),
    );
    const known = fromLexicon(joined);
    if (known === null) return ranked(made);
    const split = writtenApart ? known.map(({ en, p }) => ({ en: splitServant(en), p })) : known;
    return ranked([...scaled(split, KNOWN_SHARE), ...scaled(made, 1 - KNOWN_SHARE)]);
  };

  /** One word of a name, on its own. */
  const word = (text: string): Candidate[] => {
    const fixed = FIXED_WORDS.get(text) ?? FIXED_COMPOUNDS.get(text);
    if (fixed !== undefined) return fromRule(fixed);
    if (text.startsWith(SERVANT + ARTICLE) && !lexicon.has(text)) {
      const rest = text.slice(SERVANT.length);
      const stem = articleStem(rest);
      if (stem !== null) return servant(rest, stem, false);
    }
    const stem = articleStem(text);
    if (stem === null) return plain(text);
    const known = fromLexicon(text);
    const top = known?.[0]?.en;
    // The data's spelling holds the article already (Alexander, Eddine) or is a regnal number (II).
    if (known !== null && top !== undefined && (keepsArticle(top, stem) || isRomanNumeral(top))) return known;
    return withArticle(stemSpellings(text, stem));
  };

  const memoWord = (text: string): Candidate[] => {
    const known = memo.get(text);
    if (known !== undefined) return known;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    const spelled = word(text);
    memo.set(text, spelled);
    return spelled;
  };

  /** A word and الله after it: the data's spelling of the compound, else the word's joined to allah. */
  const withGod = (text: string): Candidate[] => {
    const known = fromLexicon(text + GOD);
    if (known !== null) return known;
    return ranked(
      memoWord(text).flatMap(({ en, p }) =>
        GOD_FORMS.map(({ joiner, share }) => ({ en: `${en}${joiner}allah`, p: p * share })),
      ),
    );
  };

  /** A word and a Persian ending after it (زاده): joined as English writes them, apart as an alternative. */
  const withEnding = (text: string, ending: RuleSpelling): Candidate[] =>
    ranked(
      memoWord(text).flatMap(({ en, p }) =>
        ending.spellings.flatMap(([suffix, share]) => [
          { en: `${en}${suffix}`, p: p * share * JOINED_SHARE },
          { en: `${en} ${suffix}`, p: p * share * (1 - JOINED_SHARE) },
        ]),
      ),
    );

  /** The name cut into parts spelt apart: words, and عبد, الله or a Persian ending with the word next to it. */
  const parts = (words: readonly string[]): Candidate[][] => {
    const out: Candidate[][] = [];
    for (let i = 0; i < words.length; i++) {
      const text = words[i] as string;
      const next = words[i + 1];
      const stem = next === undefined ? null : articleStem(next);
      const initial = isInitial(words, i) ? LETTER_INITIALS.get(text) : undefined;
      if (LATIN.test(text)) out.push([{ en: text, p: 1 }]);
      else if (initial !== undefined)
        out.push(
          ranked([
            { en: `${initial.letter}.`, p: INITIAL_SHARE },
            ...scaled(memoWord(text), 1 - INITIAL_SHARE),
          ]),
        );
      else if (text === SERVANT && next !== undefined && stem !== null) {
        out.push(servant(next, stem, true));
        i++;
      } else if (next === GOD) {
        out.push(withGod(text));
        i++;
      } else if (next !== undefined && JOINED_ENDINGS.has(next)) {
        out.push(withEnding(text, JOINED_ENDINGS.get(next) as RuleSpelling));
        i++;
      } else out.push(memoWord(text));
    }
    return out.filter((candidates) => candidates.length > 0);
  };

  /** The best spellings of the whole name: the best products of its parts' shares. */
  const combine = (spelt: readonly Candidate[][]): Candidate[] =>
    spelt.reduce<Candidate[]>(
      (names, candidates) =>
        ranked(
          names.flatMap((name) =>
            candidates.map(({ en, p }) => ({ en: name.en === '' ? en : `${name.en} ${en}`, p: name.p * p })),
          ),
        ),
      [{ en: '', p: 1 }],
    );

  return {
    spell(words) {
      const folded = words.flatMap((text) => foldArabic(text).split(/\s+/)).filter((text) => text !== '');
      const spelt = parts(folded);
      const names =
        spelt.length === 0 ? [] : [...new Set(combine(spelt).map(({ en }) => capitaliseName(en)))];
      return { en: names[0] ?? '', alternatives: names.slice(1, 1 + ALTERNATIVES) };
    },
  };
}
