/**
 * An averaged structured perceptron (Collins 2002) over the features of lib/names/tagger-features.ts, with
 * the decoder of lib/names/tagger.ts, over BILOU tags learnt from BIO gold. Deterministic: the order of sentences in each epoch comes from a
 * seeded generator, and the model is written with its features sorted.
 */

import { TAGGER_FORMAT, type TaggerModelFile, viterbi } from '../../lib/names/tagger';
import { type NameLexicon, sentenceFeatures, type TaggerToken } from '../../lib/names/tagger-features';
import { seededRandom } from './seeded-random';

export interface TrainingSentence {
  tokens: readonly TaggerToken[];
  /** Gold tags in BIO, as the corpora write them (trained as BILOU: bilouOf). */
  tags: readonly string[];
}

export interface TrainOptions {
  epochs: number;
  /** Features seen fewer times than this in training are dropped before training. */
  minCount: number;
  /**
   * Features and words are counted over the first `counted` sentences only (all when absent): the rest are
   * made-up readings of them (replace-names.ts), which must not make a word or feature frequent by
   * repeating it.
   */
  counted?: number;
  /**
   * Cost-augmented decoding in training (a margin perceptron): each token's wrong tags are scored this much
   * higher while the sentence is decoded, in the units of an update (1 per feature). 0 or absent: the plain
   * perceptron.
   */
  margin?: number;
  /** Averaged weights smaller than this (in absolute value) are not written. */
  minWeight: number;
  seed: number;
}

export const TAGS = [
  'O',
  ...['PERS', 'ORG', 'LOC', 'MISC'].flatMap((kind) => ['B', 'I', 'L', 'U'].map((at) => `${at}-${kind}`)),
];

/**
 * Gold BIO tags as BILOU: a name's last word is L-X and a name of one word U-X, so the tagger learns what
 * ends a name and what stands alone apart from what begins one (Ratinov & Roth 2009).
 */
export function bilouOf(tags: readonly string[]): string[] {
  return tags.map((tag, i) => {
    if (tag === 'O') return tag;
    const kind = tag.slice(2);
    const last = tags[i + 1] !== `I-${kind}`;
    if (tag.startsWith('B-') || tags[i - 1]?.slice(2) !== kind) {
      return `${last ? 'U' : 'B'}-${kind}`;
    }
    return `${last ? 'L' : 'I'}-${kind}`;
  });
}
const SCALE = 100;

interface Encoded {
  /** Feature ids of each token. */
  features: Int32Array[];
  gold: Int32Array;
}

/**
 * Each sentence's tokens as the ids of their features (those met at least `minCount` times in the first
 * `counted` sentences, sorted by name) and its gold tags as tag indices.
 */
function encodeSentences(
  sentences: readonly TrainingSentence[],
  lexicon: NameLexicon,
  minCount: number,
  counted: number,
): { names: string[]; encoded: Encoded[] } {
  const tagIndex = new Map(TAGS.map((tag, i) => [tag, i]));
  // A word is frequent where its `w=` feature is kept: met at least minCount times.
  const words = new Map<string, number>();
  for (const sentence of sentences.slice(0, counted))
    for (const token of sentence.tokens) words.set(token.norm, (words.get(token.norm) ?? 0) + 1);
  const withWords: NameLexicon = { ...lexicon, frequent: (word) => (words.get(word) ?? 0) >= minCount };
  const featureLists = sentences.map((sentence) => sentenceFeatures(sentence.tokens, withWords));
  const counts = new Map<string, number>();
  for (const list of featureLists.slice(0, counted))
    for (const token of list) for (const f of token) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts]
    .filter(([, count]) => count >= minCount)
    .map(([name]) => name)
    .sort();
  const ids = new Map(names.map((name, i) => [name, i]));
  const encoded: Encoded[] = sentences.map((sentence, s) => ({
    features: (featureLists[s] as string[][]).map((token) =>
      Int32Array.from(token.flatMap((f) => (ids.has(f) ? [ids.get(f) as number] : []))),
    ),
    gold: Int32Array.from(bilouOf(sentence.tags), (tag) => tagIndex.get(tag) ?? 0),
  }));
  return { names, encoded };
}

export function trainTagger(
  sentences: readonly TrainingSentence[],
  lexicon: NameLexicon,
  options: TrainOptions,
): TaggerModelFile {
  const n = TAGS.length;
  const counted = options.counted ?? sentences.length;
  const margin = options.margin ?? 0;
  const { names, encoded } = encodeSentences(sentences, lexicon, options.minCount, counted);

  // Weights and their running sums for averaging: avg = w − sum/c with sum += c·Δ at each update.
  const weights = new Float64Array(names.length * n);
  const sums = new Float64Array(names.length * n);
  const transitions = new Float64Array((n + 1) * n);
  const transitionSums = new Float64Array((n + 1) * n);
  let c = 1;
  // Seeded: every training run visits the sentences in the same order.
  const random = seededRandom(options.seed);
  const order = encoded.map((_, i) => i);

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const s of order) {
      const { features, gold } = encoded[s] as Encoded;
      const length = gold.length;
      if (length === 0) continue;
      const scores = new Float64Array(length * n);
      features.forEach((list, i) => {
        for (const f of list)
          for (let t = 0; t < n; t++)
            scores[i * n + t] = (scores[i * n + t] as number) + (weights[f * n + t] as number);
      });
      // Every wrong tag is scored `margin` higher than it is, so the best path found is one the gold must
      // still beat by that much: the perceptron keeps learning from a sentence it already tags right
      // until its tags win by a margin, rather than by a hair.
      for (let i = 0; i < length && margin > 0; i++) {
        const g = gold[i] as number;
        for (let t = 0; t < n; t++) if (t !== g) scores[i * n + t] = (scores[i * n + t] as number) + margin;
      }
      const predicted = viterbi({ tags: TAGS, scores, transitions, length });
      for (let i = 0; i < length; i++) {
        const g = gold[i] as number;
        const p = predicted[i] as number;
        const gPrev = i === 0 ? 0 : (gold[i - 1] as number) + 1;
        const pPrev = i === 0 ? 0 : (predicted[i - 1] as number) + 1;
        if (g !== p) {
          for (const f of features[i] as Int32Array) {
            weights[f * n + g] = (weights[f * n + g] as number) + 1;
            sums[f * n + g] = (sums[f * n + g] as number) + c;
            weights[f * n + p] = (weights[f * n + p] as number) - 1;
            sums[f * n + p] = (sums[f * n + p] as number) - c;
          }
        }
        if (g !== p || gPrev !== pPrev) {
          transitions[gPrev * n + g] = (transitions[gPrev * n + g] as number) + 1;
          transitionSums[gPrev * n + g] = (transitionSums[gPrev * n + g] as number) + c;
          transitions[pPrev * n + p] = (transitions[pPrev * n + p] as number) - 1;
          transitionSums[pPrev * n + p] = (transitionSums[pPrev * n + p] as number) - c;
        }
      }
      c++;
    }
  }

  const averaged = (w: number, sum: number) => Math.round((w - sum / c) * SCALE);
  const out: Record<string, number[]> = {};
  const learnt: string[] = [];
  names.forEach((name, f) => {
    const pairs: number[] = [];
    for (let t = 0; t < n; t++) {
      const value = averaged(weights[f * n + t] as number, sums[f * n + t] as number);
      if (Math.abs(value) >= options.minWeight * SCALE) pairs.push(t, value);
    }
    if (pairs.length > 0) out[name] = pairs;
    // A word's own feature with no weight left still tells the tagger the word was learnt as itself, not rare
    // (tagger-features.ts): such words are listed apart, without a feature's name and brackets each.
    else if (name.startsWith('w=')) learnt.push(name.slice(2));
  });
  return {
    format: TAGGER_FORMAT,
    tags: TAGS,
    scale: SCALE,
    transitions: Array.from(transitions, (w, k) => averaged(w, transitionSums[k] as number)),
    learnt: learnt.join(' '),
    weights: out,
    personTokens: [],
  };
}
