/**
 * The name tagger: a linear model over the features of tagger-features.ts with first-order transitions
 * between BILOU tags, decoded with Viterbi. Trained at build time (scripts/train-names.ts, an averaged
 * structured perceptron); this file only decodes, so it runs the same in a page, in `scan` and in `eval`.
 */

import { procliticSplits } from '../arabic/clitics';
import { personClassOf } from './joined-names';
import { letterClass, letterOddsOf } from './name-letters';
import {
  EDGE,
  gapFeatures,
  type NameLexicon,
  neighbourFeatures,
  ownFeatures,
  pairFeatures,
  type TaggerToken,
  viewOf,
  WINDOW,
  type WordView,
} from './tagger-features';

/** Distinct words whose scores are kept between blocks. */
const MAX_CACHED_WORDS = 50_000;

export const TAGGER_FORMAT = 'dalil-name-tagger';

/** The model as the build writes it (assets/name-model.json). */
export interface TaggerModelFile {
  format: typeof TAGGER_FORMAT;
  /** Tags in index order: 'O', then 'B-X', 'I-X', 'L-X', 'U-X' for each entity kind X. */
  tags: string[];
  /** Weights are stored as integers; the real weight is the stored one divided by this. */
  scale: number;
  /** (tags + 1) × tags: row 0 is the start of a sentence, row t + 1 follows tag t. */
  transitions: number[];
  /**
   * The words training learnt as themselves whose own feature (`w=`) kept no weight, space-separated: with
   * the words whose `w=` has weights, those the tagger does not read as rare.
   */
  learnt: string;
  /** Feature → pairs of (tag index, weight) for the tags it has a weight for. */
  weights: Record<string, number[]>;
  /** Person-name tokens by frequency class (index 0 = class 1), each class one space-separated string. */
  personTokens: string[];
  /** The letter table (name-letters.ts: letterOddsText); without it, no word's letters are read. */
  letters?: string;
}

/** A run of tokens [from, to) the tagger reads as one name of a kind (PERS, ORG, LOC, MISC). */
export interface TaggedSpan {
  from: number;
  to: number;
  kind: string;
}

export interface Tagger {
  readonly lexicon: NameLexicon;
  /** The best tag sequence for a sentence or block, as tag strings. */
  tag(tokens: readonly TaggerToken[]): string[];
  /**
   * The names in a sentence or block: those of the best tag sequence, a person's stretched over a rare word
   * just before it or a name's ending just after it where that reading scores nearly as well (stretchedPeople).
   */
  spans(tokens: readonly TaggerToken[]): TaggedSpan[];
}

/** A model file that does not have the shape this code decodes: the build is stale or the file damaged. */
export function checkModelFile(value: unknown): TaggerModelFile {
  const file = value as Partial<TaggerModelFile> | null;
  const tags = file?.tags;
  if (
    file?.format !== TAGGER_FORMAT ||
    !Array.isArray(tags) ||
    typeof file.scale !== 'number' ||
    !Array.isArray(file.transitions) ||
    file.transitions.length !== (tags.length + 1) * tags.length ||
    typeof file.learnt !== 'string' ||
    typeof file.weights !== 'object' ||
    !Array.isArray(file.personTokens) ||
    (file.letters !== undefined && typeof file.letters !== 'string')
  ) {
    throw new Error('name model: not a dalil-name-tagger file (run npm run train)');
  }
  return file as TaggerModelFile;
}

export function lexiconOf(file: Pick<TaggerModelFile, 'personTokens'>): NameLexicon {
  const person = new Map<string, number>();
  file.personTokens.forEach((tokens, index) => {
    for (const token of tokens.split(' ')) if (token !== '') person.set(token, index + 1);
  });
  return { person };
}

/**
 * Whether tag `to` may follow tag `from` (−1 = the start of a sentence): I-X and L-X only continue B-X or I-X,
 * and where the tags have L- (BILOU: a name's Last word, U- a name of one word) B-X and I-X must go on with
 * I-X or L-X. Under BIO (no L-) a name ends wherever the next tag is not I-X.
 */
export function allowedAfter(tags: readonly string[], from: number, to: number): boolean {
  const next = tags[to] as string;
  const previous = from < 0 ? 'O' : (tags[from] as string);
  const open = previous.startsWith('B-') || previous.startsWith('I-');
  if (next.startsWith('I-') || next.startsWith('L-')) return open && previous.slice(2) === next.slice(2);
  return !(open && hasLast(tags));
}

/** Whether a sentence may end on tag t: under BILOU, not inside a name (B-X, I-X). */
export function mayEnd(tags: readonly string[], t: number): boolean {
  const tag = tags[t] as string;
  return !(hasLast(tags) && (tag.startsWith('B-') || tag.startsWith('I-')));
}

function hasLast(tags: readonly string[]): boolean {
  return tags.some((tag) => tag.startsWith('L-'));
}

/**
 * Token runs tagged as one name, under BIO (B-X I-X…) or BILOU (B-X I-X… L-X, U-X); a stray I-X or L-X
 * (never produced by `tag`) starts a span too.
 */
export function spansOf(tags: readonly string[]): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let open: TaggedSpan | null = null;
  tags.forEach((tag, i) => {
    const kind = tag.slice(2);
    const closes = tag.startsWith('L-') || tag.startsWith('U-');
    if (open !== null && (tag === `I-${open.kind}` || tag === `L-${open.kind}`)) {
      open.to = i + 1;
      if (closes) open = null;
      return;
    }
    open = null;
    if (tag !== 'O') {
      const span = { from: i, to: i + 1, kind };
      spans.push(span);
      if (!closes) open = span;
    }
  });
  return spans;
}

/** For each tag, the tags allowed before it (−1 = the start), worked out once per tag list. */
const RULES = new WeakMap<readonly string[], { before: number[][]; end: boolean[] }>();
function rulesOf(tags: readonly string[]): { before: number[][]; end: boolean[] } {
  let rules = RULES.get(tags);
  if (rules === undefined) {
    const all = [-1, ...tags.keys()];
    rules = {
      before: tags.map((_, t) => all.filter((p) => allowedAfter(tags, p, t))),
      end: tags.map((_, t) => mayEnd(tags, t)),
    };
    RULES.set(tags, rules);
  }
  return rules;
}

/**
 * Viterbi over per-token tag scores and transition scores; `scores[i * n + t]` is token i's score for tag t.
 * Exported for its tests: decoding is checked on hand-made scores, apart from any trained model.
 */
export function viterbi(options: {
  tags: readonly string[];
  scores: Float64Array;
  transitions: Float64Array;
  length: number;
}): number[] {
  const { tags, scores, transitions, length } = options;
  const n = tags.length;
  if (length === 0) return [];
  const { before: allowed, end } = rulesOf(tags);
  const best = new Float64Array(length * n);
  const back = new Int32Array(length * n);
  for (let t = 0; t < n; t++) {
    best[t] = (allowed[t] as number[]).includes(-1)
      ? (transitions[t] as number) + (scores[t] as number)
      : -Infinity;
  }
  for (let i = 1; i < length; i++) {
    for (let t = 0; t < n; t++) {
      let top = -Infinity;
      let arg = 0;
      for (const p of allowed[t] as number[]) {
        if (p < 0) continue;
        const before = best[(i - 1) * n + p] as number;
        if (before === -Infinity) continue;
        const value = before + (transitions[(p + 1) * n + t] as number);
        if (value > top) {
          top = value;
          arg = p;
        }
      }
      best[i * n + t] = top + (scores[i * n + t] as number);
      back[i * n + t] = arg;
    }
  }
  let last = -1;
  for (let t = 0; t < n; t++) {
    if (!end[t]) continue;
    if (last < 0 || (best[(length - 1) * n + t] as number) > (best[(length - 1) * n + last] as number))
      last = t;
  }
  const path = new Array<number>(length);
  path[length - 1] = last;
  for (let i = length - 1; i > 0; i--) path[i - 1] = back[i * n + (path[i] as number)] as number;
  return path;
}

/**
 * Where a person's name takes in the word beside it that the best tag sequence leaves out: the word (`mayTake`,
 * by index) and how much lower than the best the reading with it may score, in the units of one training
 * update (the training margin is 10: scripts/train-names.ts). Chosen on the 5-fold figures (README, the name
 * finder).
 */
export interface Stretch {
  /** Whether the word at i may join the person's name [from, to) beside it. */
  mayTake: (i: number, from: number, to: number) => boolean;
  slack: number;
}

/**
 * The best path with each person's name stretched over the word just before it (`before`) and then the word
 * just after it (`after`), one word each, where the stretch allows the word and the path so changed scores
 * no more than its slack below the best. `scores[i * n + t]` as in viterbi; exported for its tests.
 */
export function stretchedPeople(options: {
  tags: readonly string[];
  scores: Float64Array;
  transitions: Float64Array;
  path: readonly number[];
  before: Stretch;
  after: Stretch;
}): number[] {
  const { tags, scores, transitions, before, after } = options;
  const path = [...options.path];
  const n = tags.length;
  const length = path.length;
  const tag = (name: string) => tags.indexOf(name);
  /** The score of path p over tokens [from, to): their tags and the transitions into them and out. */
  const partial = (p: readonly number[], from: number, to: number) => {
    let sum = 0;
    for (let i = from; i < to; i++) {
      const previous = i === 0 ? 0 : (p[i - 1] as number) + 1;
      sum +=
        (transitions[previous * n + (p[i] as number)] as number) +
        (scores[i * n + (p[i] as number)] as number);
    }
    if (to < length) sum += transitions[((p[to - 1] as number) + 1) * n + (p[to] as number)] as number;
    return sum;
  };
  /** Gives tokens at and at + 1 the tags `first` and `second` where that costs no more than `slack`. */
  const stretch = (at: number, first: string, second: string, slack: number) => {
    const changed = [...path];
    changed[at] = tag(first);
    changed[at + 1] = tag(second);
    if (partial(changed, at, at + 2) < partial(path, at, at + 2) - slack) return;
    path[at] = changed[at] as number;
    path[at + 1] = changed[at + 1] as number;
  };
  const outside = tag('O');
  const people = () => spansOf(path.map((t) => tags[t] as string)).filter((span) => span.kind === 'PERS');
  for (const { from, to } of people()) {
    if (from === 0 || path[from - 1] !== outside || !before.mayTake(from - 1, from, to)) continue;
    stretch(from - 1, 'B-PERS', to - from === 1 ? 'L-PERS' : 'I-PERS', before.slack);
  }
  for (const { from, to } of people()) {
    if (to === length || path[to] !== outside || !after.mayTake(to, from, to)) continue;
    stretch(to - 1, to - from === 1 ? 'B-PERS' : 'I-PERS', 'L-PERS', after.slack);
  }
  return path;
}

/**
 * The shape of a word that ends a person's name where the tagger stops one word short (folded): a nisba,
 * the article and ي (الجنيبي، الرمحي، الشربيني), or a word in ي of three letters or more that does not open
 * as a verb of the imperfect does, with ي، ت or ن (داودزي، أنطوني، أماناتي, not يغني "sings", تمشي، نرمي).
 * Tested on rare words only.
 */
export const NAME_ENDING = /^(ال.{2,}|[^يتن].+)ي$/;

/** A verb of the imperfect, after و or ف and the future's س or not (ويقول، سيغيب، وستبعد). */
const IMPERFECT_VERB = /^[وف]?س?[يتن]/;

/**
 * Whether a word before a person's name reads as a verb of the imperfect rather than a first name: it opens as
 * one (IMPERFECT_VERB) and no name list holds it (its class, `person`, is 0: a listed ستيفن or يوسف passes).
 * The stretch asks it of rare words only. Exported for its tests.
 */
export function verbBeforeName(word: string, person: number): boolean {
  return person === 0 && IMPERFECT_VERB.test(word);
}

/** The letters a verb of the imperfect opens with (يقول، تقول، نقول): no surname's first letter here. */
const IMPERFECT_OPENING = /^[يتن]/;

/**
 * Whether the word at i, right after a person's name [from, to) of one listed word (غوستاف), is a surname the
 * tagger never met (غوستاف | فوشيه): a rare Arabic word, with only a space before it, that does not open as a
 * verb of the imperfect does and is no clitic on a word training learnt (لقناة). A given name alone is seldom
 * all of a person's first mention. Exported for its tests.
 */
export function surnameAfterLoneName(options: {
  tokens: readonly TaggerToken[];
  lexicon: NameLexicon;
  i: number;
  from: number;
  to: number;
}): boolean {
  const { tokens, lexicon, i, from, to } = options;
  const token = tokens[i];
  const frequent = lexicon.frequent ?? (() => true);
  return (
    to - from === 1 &&
    personClassOf(lexicon.person, tokens[from]?.norm as string) >= 2 &&
    token?.kind === 'arabic' &&
    token.joinsPrevious &&
    !frequent(token.norm) &&
    !IMPERFECT_OPENING.test(token.norm) &&
    !procliticSplits(token.norm).some((split) => frequent(split.stem))
  );
}

export function createTagger(file: TaggerModelFile): Tagger {
  const { tags, scale } = file;
  const n = tags.length;
  const transitions = Float64Array.from(file.transitions, (value) => value / scale);
  // Weights are read from the file as features are met (into per-word caches below), not copied up front:
  // the model loads in a page, where building tens of thousands of rows would be one long task.
  const addWeights = (row: Float64Array, feature: string) => {
    if (!Object.hasOwn(file.weights, feature)) return;
    const pairs = file.weights[feature] as number[];
    for (let k = 0; k + 1 < pairs.length; k += 2) {
      const t = pairs[k] as number;
      row[t] = (row[t] as number) + (pairs[k + 1] as number) / scale;
    }
  };
  // The words training learnt as themselves are those the model has a `w=` feature for, and those it lists
  // as learnt with no weight left (train-tagger.ts).
  const learnt = new Set(file.learnt.split(' '));
  const odds = file.letters === undefined ? undefined : letterOddsOf(file.letters);
  const lexicon = {
    ...lexiconOf(file),
    frequent: (word: string) => Object.hasOwn(file.weights, `w=${word}`) || learnt.has(word),
    ...(odds === undefined ? {} : { letters: (word: string) => letterClass(odds, word) }),
  };

  const add = (scores: Float64Array, at: number, row: Float64Array | undefined) => {
    if (row === undefined) return;
    for (let t = 0; t < n; t++) scores[at + t] = (scores[at + t] as number) + (row[t] as number);
  };
  const sum = (features: readonly string[]): Float64Array => {
    const row = new Float64Array(n);
    for (const feature of features) addWeights(row, feature);
    return row;
  };

  /**
   * A word's view and the scores it gives itself and each neighbour, once per distinct word: news repeats
   * its words, and these are most of a token's features (the same ones `sentenceFeatures` lists).
   */
  interface WordScores {
    key: string;
    view: WordView;
    own: Float64Array;
    around: Float64Array[];
  }
  const cache = new Map<string, WordScores>();
  const scoresOf = (key: string, view: WordView): WordScores => ({
    key,
    view,
    own: sum(ownFeatures(view)),
    around: WINDOW.map((offset) => sum(neighbourFeatures(view, offset))),
  });
  const edge = scoresOf('', EDGE);
  function wordScores(token: TaggerToken): WordScores {
    const key = `${token.kind}:${token.norm}`;
    let found = cache.get(key);
    if (found === undefined) {
      // A page has a few thousand distinct words; a bound keeps a page that streams text forever in check.
      if (cache.size > MAX_CACHED_WORDS) cache.clear();
      found = scoresOf(key, viewOf(token, lexicon));
      cache.set(key, found);
    }
    return found;
  }

  /** The scores two neighbours give each other, once per distinct pair of words. */
  const pairs = new Map<string, { right: Float64Array; left: Float64Array }>();
  function pairScores(left: WordScores, right: WordScores): { right: Float64Array; left: Float64Array } {
    const key = `${left.key}\u0001${right.key}`;
    let found = pairs.get(key);
    if (found === undefined) {
      if (pairs.size > MAX_CACHED_WORDS) pairs.clear();
      const features = pairFeatures(left.view, right.view);
      found = { right: sum(features.right), left: sum(features.left) };
      pairs.set(key, found);
    }
    return found;
  }
  /** Gap and glossary features take few distinct values: their scores by the features' names. */
  const gaps = new Map<string, Float64Array>();
  function gapScores(features: readonly string[]): Float64Array {
    const key = features.join(' ');
    let found = gaps.get(key);
    if (found === undefined) {
      found = sum(features);
      gaps.set(key, found);
    }
    return found;
  }

  function tokenScores(tokens: readonly TaggerToken[]): Float64Array {
    const length = tokens.length;
    const words = tokens.map(wordScores);
    const scores = new Float64Array(length * n);
    for (let i = 0; i < length; i++) {
      const at = i * n;
      const word = words[i] as WordScores;
      add(scores, at, word.own);
      WINDOW.forEach((offset, k) => {
        add(scores, at, (words[i + offset] ?? edge).around[k]);
      });
      add(scores, at, pairScores(words[i - 1] ?? edge, word).right);
      add(scores, at, pairScores(word, words[i + 1] ?? edge).left);
      add(scores, at, gapScores(gapFeatures(tokens, i)));
    }
    return scores;
  }

  function tag(tokens: readonly TaggerToken[]): string[] {
    const scores = tokenScores(tokens);
    return viterbi({ tags, scores, transitions, length: tokens.length }).map(
      (index) => tags[index] as string,
    );
  }

  function spans(tokens: readonly TaggerToken[]): TaggedSpan[] {
    const scores = tokenScores(tokens);
    const best = viterbi({ tags, scores, transitions, length: tokens.length });
    // A rare Arabic word: one training never learnt as itself, where an unseen name stands.
    const word = (i: number) => tokens[i]?.norm as string;
    const rare = (i: number) => tokens[i]?.kind === 'arabic' && !lexicon.frequent(word(i));
    const path = stretchedPeople({
      tags,
      scores,
      transitions,
      path: best,
      // The tagger leaves out a foreign first name it never met (إستوارت | بوين, قو | يو شنغ, the ألفا of وألفا
      // عمر كوناري) more often than such a stretch reads a word in wrongly; 5-fold person F1 0.7704 without,
      // 0.7719 at 5, 0.7715 at 2 and 10, 0.7713 at 15, 0.7700 at 20. Never a verb of the imperfect that no
      // name list holds (وسيترأس | ميناوي "Minawi will head", ستبعد | إيتو): on the development split, with the
      // letters (name-letters.ts) the tagger found ميناوي and the stretch took the verb in; without the check,
      // 5-fold wrong people 558 and 548 on two seeds, with it 557 and 549: no change in the figures, kept so a
      // verb is not shown as part of a name.
      before: {
        mayTake: (i) => rare(i) && !verbBeforeName(word(i), wordScores(tokens[i] as TaggerToken).view.person),
        slack: 5,
      },
      // After a name, only a rare word of a name's ending (عبدالله ناصر | الجنيبي, أحمد ساير | داودزي): any rare
      // word ran names on over rare verbs and nouns (مدحت صالح يغني "Medhat Saleh sings"); 0.7719 without;
      // a nisba alone (ال…ي) 0.7726 at 10, 0.7734 at 20 and 30, 0.7730 at 50; NAME_ENDING 0.7736 at 10,
      // 0.7751 at 20, 0.7749 at 30.
      // A surname after a lone listed name (surnameAfterLoneName): person F1 0.775 with it and without
      // (P 0.763, R 0.788; 0.774 at 40), and the corpus pages' غوستاف فوشيه read whole.
      after: {
        mayTake: (i, from, to) =>
          rare(i) && (NAME_ENDING.test(word(i)) || surnameAfterLoneName({ tokens, lexicon, i, from, to })),
        slack: 20,
      },
    });
    return spansOf(path.map((index) => tags[index] as string));
  }

  return { lexicon, tag, spans };
}
