/**
 * The letter table of lib/names/name-letters.ts, learnt from the name lists' tokens and training's other
 * words, each counted once (types, not mentions: news repeats a few names very often).
 */

import { LETTER_ODDS_SCALE, type LetterOdds, letterClass, letterRuns } from '../../lib/names/name-letters';
import { type NameLexicon, viewOf } from '../../lib/names/tagger-features';
import type { TrainingSentence } from './train-tagger';

/** Added to every count, so a run met on one side only still has finite odds. */
const SMOOTHING = 0.5;
/**
 * Runs met fewer times than this (both sides together) are not kept, so the model stays under 2 MB (8,710 runs
 * met 3 times or more, 96 KB; 2,264 met 50 times, 23 KB). 5-fold person F1 on two seeds: 0.800 / 0.803 with
 * runs met 3 times, 0.800 / 0.800 with 30, 0.799 / 0.797 with 50 (the last with weights under 2.15, not 2.1:
 * scripts/train-names.ts).
 */
const MIN_RUN_COUNT = 50;

/**
 * Each run's log odds, in hundredths (LETTER_ODDS_SCALE), of being met in `names` rather than in `others`, every
 * word counted as given (a list of types counts each word once), counts smoothed by SMOOTHING; runs met seldom
 * and runs whose odds round to 0 are left out (they score 0 either way).
 */
export function learnLetterOdds(names: Iterable<string>, others: Iterable<string>): Map<string, number> {
  const count = (words: Iterable<string>) => {
    const runs = new Map<string, number>();
    let total = 0;
    for (const word of words) {
      for (const run of letterRuns(word)) {
        runs.set(run, (runs.get(run) ?? 0) + 1);
        total++;
      }
    }
    return { runs, total };
  };
  const name = count(names);
  const other = count(others);
  const seen = new Set([...name.runs.keys(), ...other.runs.keys()]);
  const odds = new Map<string, number>();
  for (const run of seen) {
    const inNames = name.runs.get(run) ?? 0;
    const inOthers = other.runs.get(run) ?? 0;
    if (inNames + inOthers < MIN_RUN_COUNT) continue;
    const value =
      Math.log((inNames + SMOOTHING) / (name.total + SMOOTHING * seen.size)) -
      Math.log((inOthers + SMOOTHING) / (other.total + SMOOTHING * seen.size));
    const stored = Math.round(value * LETTER_ODDS_SCALE);
    if (stored !== 0) odds.set(run, stored);
  }
  return odds;
}

/** Parts the words are cut into for crossFitLetters. */
const PARTS = 5;

/** A word's part: a hash of its letters, so the same word always falls in the same part. Exported for its tests. */
export function letterPartOf(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = (hash * 31 + word.charCodeAt(i)) >>> 0;
  return hash % PARTS;
}

/**
 * The class of each training word's letters read with a table learnt without the words of its part: a table
 * learnt from a word scores it as it will never score a word of a new page, and the tagger would learn to trust
 * the class more than it deserves.
 */
export function crossFitLetters(
  names: ReadonlySet<string>,
  others: ReadonlySet<string>,
): (word: string) => number {
  const without = (part: number) => (word: string) => letterPartOf(word) !== part;
  const tables: LetterOdds[] = Array.from({ length: PARTS }, (_, part) =>
    learnLetterOdds([...names].filter(without(part)), [...others].filter(without(part))),
  );
  return (word) => letterClass(tables[letterPartOf(word)] as LetterOdds, word);
}

/**
 * The words the letter table is learnt from: the name lists' tokens and the stems of training's people, against
 * the stems of its other words that no list holds.
 */
export function wordsByLetters(
  sentences: readonly TrainingSentence[],
  lists: NameLexicon,
): { names: Set<string>; others: Set<string> } {
  const names = new Set(lists.person.keys());
  const others = new Set<string>();
  for (const { tokens, tags } of sentences) {
    tokens.forEach((token, i) => {
      if (token.kind !== 'arabic') return;
      const view = viewOf(token, lists);
      if ((tags[i] as string).endsWith('-PERS')) names.add(view.stem);
      else if (view.person === 0 && !view.stop) others.add(view.stem);
    });
  }
  for (const name of names) others.delete(name);
  return { names, others };
}
