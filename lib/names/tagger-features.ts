/**
 * What the name tagger sees of each word: the word and its clitic-free stem (and the clitics taken off), its
 * letters at both ends, its neighbours, whether it is a known name token, a cue (name-cues.ts), a function
 * word or a word too rare in training to have been learnt as itself (where an unseen name stands). The same function
 * serves training (scripts/train-names.ts) and tagging on a page, so the two can never drift apart.
 */
import { procliticSplits } from '../arabic/clitics';
import { ARABIC_STOPWORDS } from '../arabic/stopwords';
import type { TokenKind } from '../arabic/tokenize';
import { CUES_BY_WORD } from './name-cues';

/** A word as the tagger reads it: folded, and whether only spaces part it from the word before. */
export interface TaggerToken {
  norm: string;
  kind: TokenKind;
  joinsPrevious: boolean;
  /** The type of the glossary entry whose match covers the word, if one does (a place, a title…). */
  glossary?: string;
}

/** Name tokens known from name lists, with how often each is met as a person's name. */
export interface NameLexicon {
  /** Folded person-name token → a frequency class (1 rare … 4 very common). */
  person: ReadonlyMap<string, number>;
  /**
   * Whether training met the word often enough to learn it as itself (the model holds its `w=` feature).
   * Without it (a lexicon made by hand for a test) no word is rare.
   */
  frequent?: (word: string) => boolean;
  /** The class of a word's letters (name-letters.ts), where the model has a letter table. */
  letters?: (word: string) => number;
}

/** What one word contributes, computed once per word and shared by its neighbours' features. */
export interface WordView {
  word: string;
  /** The word without the clitics a known name would carry (وترامب → ترامب), or the word itself. */
  stem: string;
  /** The clitics taken off the word to make the stem (و+ب), or ''. */
  clitics: string;
  /** Frequency class of the stem as a person-name token, 0 when not one. */
  person: number;
  cue: string;
  stop: boolean;
  kind: TokenKind;
  /**
   * A word training met too seldom to learn as itself: there the tagger must read a name from the lists,
   * the letters and the context, and learns how far to trust them apart from the words it knows.
   */
  rare: boolean;
  /** The class of the stem's letters for a rare word no list knows (name-letters.ts), else null. */
  letters: number | null;
}

export function viewOf(token: TaggerToken, lexicon: NameLexicon): WordView {
  const word = token.norm;
  let stem = word;
  let clitics = '';
  let person = lexicon.person.get(word) ?? 0;
  if (person === 0 && token.kind === 'arabic') {
    for (const split of procliticSplits(word)) {
      const found = lexicon.person.get(split.stem);
      if (found !== undefined) {
        stem = split.stem;
        clitics = split.clitics.map((clitic) => clitic.ar).join('+');
        person = found;
        break;
      }
    }
  }
  if (stem === word && token.kind === 'arabic' && !lexicon.person.has(word)) {
    // Not a known name: the stem is the word without a leading و، ف or ب (a conjunction or preposition).
    const first = word.charCodeAt(0);
    if (word.length > 3 && (first === 0x0648 || first === 0x0641 || first === 0x0628)) {
      stem = word.slice(1);
      clitics = word.charAt(0);
    }
  }
  let cues = CUES_BY_WORD.get(word) ?? CUES_BY_WORD.get(stem);
  // A cue written with ل or ل + ال (للبنك "for the bank", لحزب، وللرئيس) is still the cue: the stem above
  // takes off only و، ف and ب.
  if (cues === undefined && token.kind === 'arabic') {
    for (const split of procliticSplits(word)) {
      cues = CUES_BY_WORD.get(split.stem);
      if (cues !== undefined) break;
    }
  }
  const rare = lexicon.frequent !== undefined && !lexicon.frequent(word);
  const stop = ARABIC_STOPWORDS.has(word);
  const lettersRead = rare && person === 0 && !stop && token.kind === 'arabic' ? lexicon.letters : undefined;
  return {
    word,
    stem,
    clitics,
    person,
    cue: cues === undefined ? '' : cues.join('+'),
    stop,
    kind: token.kind,
    rare,
    letters: lettersRead === undefined ? null : lettersRead(stem),
  };
}

/** What stands beyond either end of a block. */
export const EDGE: WordView = {
  word: '<s>',
  stem: '<s>',
  clitics: '',
  person: 0,
  cue: '',
  stop: false,
  kind: 'latin',
  rare: false,
  letters: null,
};

/** The letters of a word's shape that survive any stem: its length class and whether it bears the article. */
function shape(view: WordView): string {
  if (view.kind !== 'arabic') return view.kind;
  const length = view.stem.length;
  const size = length <= 2 ? 's' : length <= 4 ? 'm' : length <= 6 ? 'l' : 'x';
  return `${view.stem.startsWith('ال') ? 'al' : ''}${size}`;
}

/** Offsets of the neighbours a word is seen through. */
export const WINDOW = [-2, -1, 1, 2] as const;
export type Offset = (typeof WINDOW)[number];

/** The features a word gives itself, whatever its neighbours. */
export function ownFeatures(view: WordView): string[] {
  const features = [
    `w=${view.word}`,
    `s=${view.stem}`,
    `p2=${view.stem.slice(0, 2)}`,
    `p3=${view.stem.slice(0, 3)}`,
    `x2=${view.stem.slice(-2)}`,
    `x3=${view.stem.slice(-3)}`,
    `sh=${shape(view)}`,
    `pt=${view.person}`,
  ];
  if (view.cue !== '') features.push(`c=${view.cue}`);
  if (view.stop) features.push('stop');
  if (view.rare) features.push(`r=${view.person}`, `rsh=${shape(view)}`);
  if (view.letters !== null) features.push(`nl=${view.letters}`);
  // The clitics taken off to find the stem: a name after و or ب is common, after ك ("like") rare, and
  // كثيرون "many" is no ك + a name.
  if (view.clitics !== '') features.push(`cl=${view.clitics}|${view.person}`);
  return features;
}

/** The features a word gives the token `offset` words away from it (−1: it is that token's previous word). */
export function neighbourFeatures(view: WordView, offset: Offset): string[] {
  const at = offset < 0 ? `${offset}` : `+${offset}`;
  const features = [`w${at}=${view.stem}`];
  if (offset === -2 || offset === 2) {
    if (offset === -2 && view.cue !== '') features.push(`c-2=${view.cue}`);
    return features;
  }
  features.push(`pt${at}=${view.person}|${view.clitics}`);
  if (view.cue !== '') features.push(`c${at}=${view.cue}`);
  if (view.stop) features.push(`stop${at}`);
  return features;
}

/**
 * The features two neighbouring words give each other together: `right` are those of the second word (its
 * previous word is `left`), `left` those of the first (its next word is `right`).
 */
export function pairFeatures(left: WordView, right: WordView): { right: string[]; left: string[] } {
  const second = [
    `w-1w=${left.stem}|${right.stem}`,
    `pt-1pt=${left.person > 0}|${right.person > 0}`,
    `sh-1sh=${shape(left)}|${shape(right)}`,
  ];
  if (left.cue !== '') second.push(`c-1pt=${left.cue}|${right.person}`);
  second.push(`r-1r=${left.rare}|${right.rare}|${right.person > 0}`);
  return {
    right: second,
    left: [`ww+1=${left.stem}|${right.stem}`, `ptpt+1=${left.person > 0}|${right.person > 0}`],
  };
}

/**
 * Glossary types the tagger does not see. The bundled glossary knows more of the training text's people and
 * organisations than of a page it has never met (rows were filled from the train split's misses: alone it finds
 * 24 % of the people in the split's first nine tenths, 17 % in the dev split), so a tagger that sees them learns
 * to lean on them and misses the names a page's glossary lacks. Without them (`npm run train:names -- --folds 5
 * --thin`, the folds read with half the glossary's people and three organisations in four) person F1 rose 0.769
 * → 0.773 and organisation 0.639 → 0.667; with the whole glossary (`--folds 5`) person 0.782 → 0.775,
 * organisation 0.689 → 0.694. Places, titles and nationalities stay: a page's glossary knows them as well.
 */
export const UNSEEN_GLOSSARY_TYPES: ReadonlySet<string> = new Set(['person', 'organisation']);

/** The glossary type of a token as the tagger sees it (none for UNSEEN_GLOSSARY_TYPES). */
function seenType(token: TaggerToken | undefined): string | undefined {
  const type = token?.glossary;
  return type === undefined || UNSEEN_GLOSSARY_TYPES.has(type) ? undefined : type;
}

/** The features of the gaps around token i (a break: punctuation, a new paragraph) and the glossary's types. */
export function gapFeatures(tokens: readonly TaggerToken[], i: number): string[] {
  const features = ['b'];
  if (!(tokens[i] as TaggerToken).joinsPrevious) features.push('brk');
  if (tokens[i + 1]?.joinsPrevious !== true) features.push('brk+1');
  const g = seenType(tokens[i]);
  const gPrev = seenType(tokens[i - 1]);
  const gNext = seenType(tokens[i + 1]);
  if (g !== undefined) features.push(`g=${g}`);
  if (gPrev !== undefined) features.push(`g-1=${gPrev}`);
  if (gNext !== undefined) features.push(`g+1=${gNext}`);
  return features;
}

/**
 * The features of every token of a sentence (or block), as strings: `features[i]` are token i's. Words are
 * seen through a window of two on each side; a break (punctuation, a new paragraph) is a feature of its own.
 * The tagger scores the same features without making these lists (tagger.ts caches them per word).
 */
export function sentenceFeatures(tokens: readonly TaggerToken[], lexicon: NameLexicon): string[][] {
  const views = tokens.map((token) => viewOf(token, lexicon));
  return views.map((view, i) => [
    ...ownFeatures(view),
    ...WINDOW.flatMap((offset) => neighbourFeatures(views[i + offset] ?? EDGE, offset)),
    ...pairFeatures(views[i - 1] ?? EDGE, view).right,
    ...pairFeatures(view, views[i + 1] ?? EDGE).left,
    ...gapFeatures(tokens, i),
  ]);
}
