/**
 * Trains the English speller's model from name-token pairs: the lexicon of known tokens (their most frequent
 * spellings) and the joint-sequence character model (alignment by EM, then a Kneser-Ney n-gram model over
 * the aligned units). Deterministic: the same pairs in the same order give the same model.
 */

import { articleStem, keepsArticle } from '../../lib/names/spell-article';
import {
  type JointModelData,
  type LexiconSpelling,
  SPELLING_MODEL_FORMAT,
  SPELLING_MODEL_VERSION,
  type SpellingModel,
} from '../../lib/names/spell-model';
import { packInts } from '../../lib/names/spell-pack';
import { alignPairs } from './spelling-align';
import type { NamePair } from './spelling-data';
import { estimateKneserNey } from './spelling-ngram';

export interface SpellingTrainOptions {
  /** n-gram order of the character model. */
  order: number;
  /** Longest Arabic chunk of a unit. */
  maxArabic: number;
  /** Longest English chunk an Arabic chunk may be spelt with. */
  maxEnglish: number;
  /** EM iterations of the alignment, before and again after rare units are dropped. */
  iterations: number;
  /** Fewest best cuts a unit must be used in to be kept. */
  minUnitCount: number;
  /** `minCounts[k - 1]`: fewest occurrences for a k-gram to be kept. */
  minCounts: readonly number[];
  /** Least gain (count × log-probability ratio over backing off) for an n-gram to be kept. */
  minGain: number;
  /** Whether a pair weighs its frequency in the character model, or 1 (each spelling once). */
  weighCounts: boolean;
  /** Spellings kept per lexicon token. */
  spellingsPerToken: number;
  /** Fewest occurrences for a token to enter the lexicon (rarer ones are left to the character model). */
  lexiconMinCount: number;
  /** Fewest occurrences for a spelling other than the most frequent to be kept. */
  spellingMinCount: number;
  /** Log probabilities are stored times this, rounded. */
  scale: number;
}

/**
 * The settings the shipped model is trained with, chosen on the dev splits with a model trained on the
 * train splits (scripts/lib/eval-spelling.ts): units of up to two Arabic letters and three English ones,
 * rare units dropped (the model shrinks by half, accuracy stays), an order-4 model pruned by gain rather than
 * by count (singletons carry rare names), as far as the file stays under 1 MB, and a lexicon of
 * the tokens seen 6 times or more (rarer ones the character model spells as well within 1 MB).
 */
export const SPELLING_TRAIN_OPTIONS: SpellingTrainOptions = {
  order: 4,
  maxArabic: 2,
  maxEnglish: 3,
  iterations: 4,
  minUnitCount: 2,
  minCounts: [0, 1, 1, 1],
  minGain: 1.4,
  weighCounts: false,
  spellingsPerToken: 3,
  lexiconMinCount: 6,
  spellingMinCount: 2,
  scale: 20,
};

/**
 * The Arabic the character model learns from: Wikidata pairs the article-carrying surname with the English
 * surname alone (الحريري hariri), so those pairs lose the article here and the model learns stems; the
 * speller writes the article itself (spell-english.ts).
 */
function stemOf({ ar, en }: { ar: string; en: string }): string {
  const stem = articleStem(ar);
  return stem !== null && !keepsArticle(en, stem) ? stem : ar;
}

/** Sums the counts of each (Arabic, English) pair, in the order pairs first appear. */
function gather(pairs: readonly NamePair[]): Map<string, Map<string, number>> {
  const byArabic = new Map<string, Map<string, number>>();
  for (const { ar, en, count } of pairs) {
    const spellings = byArabic.get(ar) ?? new Map<string, number>();
    spellings.set(en, (spellings.get(en) ?? 0) + count);
    byArabic.set(ar, spellings);
  }
  return byArabic;
}

function trainChars(
  pairs: readonly { ar: string; en: string; count: number }[],
  options: SpellingTrainOptions,
): JointModelData {
  const inputs = pairs.map((pair) => ({
    ar: stemOf(pair),
    en: pair.en,
    weight: options.weighCounts ? pair.count : 1,
  }));
  const alignments = alignPairs(inputs, {
    maxArabic: options.maxArabic,
    maxEnglish: options.maxEnglish,
    iterations: options.iterations,
    minUnitCount: options.minUnitCount,
  });
  const frequency = new Map<string, number>();
  for (const alignment of alignments)
    for (const unit of alignment ?? []) frequency.set(unit, (frequency.get(unit) ?? 0) + 1);
  // Frequent units get small ids: shorter JSON, and a stable order for equal counts.
  const units = [...frequency].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([unit]) => unit);
  const ids = new Map(units.map((unit, index) => [unit, index + 1]));
  const sequences = alignments.flatMap((alignment, index) =>
    alignment === null
      ? []
      : [
          {
            units: alignment.map((unit) => ids.get(unit) as number),
            weight: (inputs[index] as { weight: number }).weight,
          },
        ],
  );
  const unitCount = units.length + 1;
  const tables = estimateKneserNey(sequences, {
    order: options.order,
    unitCount,
    minCounts: options.minCounts,
    minGain: options.minGain,
  });
  const scaled = (value: number): number => Math.round(value * options.scale);
  const unigrams = Array.from({ length: unitCount }, (_, unit) =>
    scaled(tables.probs[0]?.get(`${unit}`) ?? 0),
  );
  return {
    order: options.order,
    units: ['', ...units],
    scale: options.scale,
    unigrams: packInts(unigrams),
    contexts: tables.probs
      .slice(1)
      .map((table, index) => packInts(groupByContext(table, tables.backoffs[index], scaled))),
  };
}

/** The k-grams of one order in the model's grouped form (spell-model.ts, `contexts`). */
function groupByContext(
  table: Map<string, number>,
  backoffs: Map<string, number> | undefined,
  scaled: (value: number) => number,
): number[] {
  const groups = new Map<string, [number, number][]>();
  for (const [key, value] of table) {
    const ids = key.split(' ').map(Number);
    const context = ids.slice(0, -1).join(' ');
    const group = groups.get(context) ?? [];
    group.push([ids.at(-1) as number, scaled(value)]);
    groups.set(context, group);
  }
  const contexts = [...groups.keys()].map((key) => key.split(' ').map(Number)).sort(compareIds);
  return contexts.flatMap((context) => {
    const key = context.join(' ');
    const followers = (groups.get(key) as [number, number][]).sort((a, b) => a[0] - b[0]);
    return [
      ...context,
      scaled(backoffs?.get(key) ?? 0),
      followers.length,
      ...followers.flatMap(([unit, value], i) => [unit - (followers[i - 1]?.[0] ?? 0), value]),
    ];
  });
}

function compareIds(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return 0;
}

/**
 * The shares a given name's spellings (given-names.tsv) stand for, by how many the table gives: as counts in
 * the lexicon they rank as the table does, and the first is what the speller shows.
 */
const GIVEN_NAME_COUNTS: readonly (readonly number[])[] = [[], [100], [70, 30], [60, 30, 10]];

/**
 * The model, from the data's pairs and the given names' table: a name the table holds is spelt as it says,
 * whatever the data's counts (Wikidata's labels make أحمد an Akhmet as often as an Ahmad); the character
 * model learns from the data alone.
 */
export function trainSpellingModel(
  pairs: readonly NamePair[],
  options: SpellingTrainOptions = SPELLING_TRAIN_OPTIONS,
  givenNames: ReadonlyMap<string, readonly string[]> = new Map(),
): SpellingModel {
  const byArabic = gather(pairs);
  const singleWord = [...byArabic].flatMap(([ar, spellings]) =>
    [...spellings].filter(([en]) => !en.includes(' ')).map(([en, count]) => ({ ar, en, count })),
  );
  const chars = trainChars(singleWord, options);
  const lexicon: Record<string, LexiconSpelling[]> = {};
  for (const ar of [...byArabic.keys()].sort()) {
    const spellings = [...(byArabic.get(ar) as Map<string, number>)].sort((a, b) => b[1] - a[1]);
    const total = spellings.reduce((sum, [, count]) => sum + count, 0);
    if (spellings.length === 0 || total < options.lexiconMinCount) continue;
    lexicon[ar] = spellings
      .filter(([, count], rank) => rank === 0 || count >= options.spellingMinCount)
      .slice(0, options.spellingsPerToken);
  }
  for (const [ar, spellings] of givenNames) {
    const counts = GIVEN_NAME_COUNTS[spellings.length];
    if (counts === undefined) throw new Error(`${ar}: more spellings than the speller shows`);
    lexicon[ar] = spellings.map((en, rank) => [en, counts[rank] as number]);
  }
  const settled = [...givenNames.keys()].join(' ');
  return {
    format: SPELLING_MODEL_FORMAT,
    version: SPELLING_MODEL_VERSION,
    lexicon,
    ...(settled === '' ? {} : { settled }),
    chars,
  };
}
