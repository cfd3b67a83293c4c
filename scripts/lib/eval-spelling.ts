/**
 * Word accuracy of the English speller on the name-token pairs held out from training: the dev splits
 * (seeds/names/, scored with a model trained on the train splits alone) and the test splits (read from the
 * shared corpus, scored with the model trained on train + dev, as shipped). Run on its own with
 * `tsx scripts/lib/eval-spelling.ts [SHARED_DIR]`.
 *
 * An item is one folded Arabic token of the split; the split's English tokens for it are all correct answers
 * (the test split pairs محمد with mohamed and with others: any of them counts), compared in lower case. top1:
 * the speller's spelling is one of them; top3: it or one of its two alternatives is. `unseen` counts the items
 * whose token is in no training pair (what the character model and the rules must spell alone), scored apart.
 * Wikidata's splits are disjoint by (English, Arabic) pair, so a seen token's test answers are spellings the
 * training data never gave it: the spellings it learnt cannot be right unless two Arabic forms fold together
 * or another source has the pair.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createSpeller } from '../../lib/names/spell-english';
import type { SpellingModel } from '../../lib/names/spell-model';
import {
  NAME_SEEDS,
  type NamePair,
  readAr2en,
  readGivenNamesSeed,
  readNameSeeds,
  readWikidataTokens,
} from './spelling-data';
import { trainSpellingModel } from './spelling-train';

export interface SpellingScore {
  split: string;
  /** Distinct Arabic tokens scored. */
  n: number;
  /** Fractions of them spelt right by the first spelling, and by one of the three. */
  top1: number;
  top3: number;
  /** Tokens in no training pair. */
  unseen: number;
  /** The same fractions over those tokens. */
  unseenTop1: number;
  unseenTop3: number;
}

interface Split {
  name: string;
  path: string;
  read: (text: string) => NamePair[];
}

const DEV_SPLITS: readonly Split[] = [
  {
    name: 'wd_arabic_16 (dev)',
    path: join(NAME_SEEDS, 'wikidata-tokens', 'wd_arabic_16'),
    read: readWikidataTokens,
  },
  { name: 'ar2en-eval (dev)', path: join(NAME_SEEDS, 'google-ar2en', 'ar2en-eval.txt'), read: readAr2en },
];

const TEST_SPLITS: readonly Split[] = [
  {
    name: 'wd_arabic_20 (test)',
    path: join('corpus', 'names', 'wikidata-tokens', 'wd_arabic_20'),
    read: readWikidataTokens,
  },
  {
    name: 'ar2en-test (test)',
    path: join('corpus', 'names', 'google-ar2en', 'ar2en-test.txt'),
    read: readAr2en,
  },
];

function scoreSplit(
  name: string,
  pairs: readonly NamePair[],
  trained: { model: SpellingModel; seen: ReadonlySet<string> },
): SpellingScore {
  const { model, seen } = trained;
  const answers = new Map<string, Set<string>>();
  for (const { ar, en } of pairs) answers.set(ar, (answers.get(ar) ?? new Set()).add(en));
  const speller = createSpeller(model);
  const tally = { n: 0, top1: 0, top3: 0, unseen: 0, unseen1: 0, unseen3: 0 };
  for (const [ar, gold] of answers) {
    const { en, alternatives } = speller.spell([ar]);
    const first = gold.has(en.toLowerCase());
    const any = [en, ...alternatives].some((spelling) => gold.has(spelling.toLowerCase()));
    tally.n++;
    tally.top1 += Number(first);
    tally.top3 += Number(any);
    if (!seen.has(ar)) {
      tally.unseen++;
      tally.unseen1 += Number(first);
      tally.unseen3 += Number(any);
    }
  }
  return {
    split: name,
    n: tally.n,
    top1: tally.top1 / Math.max(1, tally.n),
    top3: tally.top3 / Math.max(1, tally.n),
    unseen: tally.unseen,
    unseenTop1: tally.unseen1 / Math.max(1, tally.unseen),
    unseenTop3: tally.unseen3 / Math.max(1, tally.unseen),
  };
}

function trained(
  pairs: readonly NamePair[],
  givenNames: ReadonlyMap<string, readonly string[]>,
): { model: SpellingModel; seen: ReadonlySet<string> } {
  return {
    model: trainSpellingModel(pairs, undefined, givenNames),
    seen: new Set([...pairs.map(({ ar }) => ar), ...givenNames.keys()]),
  };
}

/** Scores on the dev splits, and on the test splits where `sharedDir` holds them. */
export function evaluateSpelling(sharedDir: string, root = '.'): SpellingScore[] {
  const givenNames = readGivenNamesSeed(root);
  const devModel = trained(readNameSeeds(root, ['train']), givenNames);
  const scores = DEV_SPLITS.map(({ name, path, read }) =>
    scoreSplit(name, read(readFileSync(join(root, path), 'utf8')), devModel),
  );
  const tests = TEST_SPLITS.filter(({ path }) => existsSync(join(sharedDir, path)));
  if (tests.length === 0) return scores;
  const shipped = trained(readNameSeeds(root, ['train', 'dev']), givenNames);
  return [
    ...scores,
    ...tests.map(({ name, path, read }) =>
      scoreSplit(name, read(readFileSync(join(sharedDir, path), 'utf8')), shipped),
    ),
  ];
}

const percent = (fraction: number): string => `${(100 * fraction).toFixed(1)}%`;

export function printSpellingScores(scores: readonly SpellingScore[]): void {
  console.log(
    'English spelling of name tokens (top1 / top3 word accuracy; unseen = tokens in no training pair)',
  );
  for (const s of scores) {
    console.log(
      `  ${s.split.padEnd(20)} n=${String(s.n).padStart(5)}  top1 ${percent(s.top1).padStart(6)}  top3 ${percent(s.top3).padStart(6)}` +
        `  | unseen ${String(s.unseen).padStart(5)}: top1 ${percent(s.unseenTop1).padStart(6)}  top3 ${percent(s.unseenTop3).padStart(6)}`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  printSpellingScores(evaluateSpelling(resolve(process.argv[2] ?? join('..', 'shared'))));
