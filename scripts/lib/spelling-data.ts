/**
 * Readers for the name-spelling data (seeds/names/, and the test splits in ../shared at eval time): each
 * turns one file into Arabic → English token pairs, the Arabic folded as the speller sees it (normalize.ts)
 * and the English in lower case. Rows that are not one clean name token on both sides are left out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldArabic } from '../../lib/arabic/normalize';
import { CANDIDATES } from '../../lib/names/spell-english';
import { readCamelLexicon } from './camel-lexicon';

export interface NamePair {
  /** Folded Arabic token. */
  ar: string;
  /** English spelling, lower case; CAMeL's glosses may hold a space (أبو بكر → abu bakr). */
  en: string;
  /** How often the source saw this pair (1 where it does not say). */
  count: number;
}

/** Arabic letters as they stand after folding, the loan letters پ چ ژ ڤ گ included. */
const ARABIC_WORD = /^[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a4\u06af]+$/;

/** Latin letters with apostrophes or hyphens inside, words separated by single spaces. */
const ENGLISH_NAME =
  /^\p{Script=Latin}+(?:['-]\p{Script=Latin}+)*(?: \p{Script=Latin}+(?:['-]\p{Script=Latin}+)*)*$/u;

/** Marks that stand for ʿayn or hamza in scholarly spellings, written as a plain apostrophe in the news. */
const APOSTROPHES = /[\u02bb\u02bc\u02be\u02bf\u2018\u2019`´]/g;

/** Anything but a Latin letter at either end: "mohamed." and "'abd" are mohamed and abd. */
const EDGE_JUNK = /^[^\p{Script=Latin}]+|[^\p{Script=Latin}]+$/gu;

export function cleanArabic(raw: string): string | null {
  const ar = foldArabic(raw.replace(/\s+/g, ''));
  return ARABIC_WORD.test(ar) ? ar : null;
}

/**
 * The marks of a scholarly romanisation of Arabic (ā ī ū, ṭ ḥ ṣ ḍ ẓ, ḏ ṯ ḫ), which newsrooms never print:
 * Wikidata's ṭāriq is the news's tariq. Macrons, dots and macrons below, breves below, read apart (NFD).
 */
const SCHOLARLY_MARKS = /[\u0304\u0323\u0331\u032e]/g;

export function cleanEnglish(raw: string): string | null {
  const en = raw
    .normalize('NFD')
    .replace(SCHOLARLY_MARKS, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(EDGE_JUNK, '');
  return ENGLISH_NAME.test(en) ? en : null;
}

function pair(arRaw: string, enRaw: string, count: number): NamePair | null {
  const ar = cleanArabic(arRaw);
  const en = cleanEnglish(enRaw);
  return ar === null || en === null || !(count > 0) ? null : { ar, en, count };
}

const lines = (text: string): string[] => text.split(/\r?\n/).filter((line) => line.trim() !== '');

/** wikidata-tokens/wd_arabic_*: english TAB arabic letters separated by spaces TAB count. */
export function readWikidataTokens(text: string): NamePair[] {
  return lines(text).flatMap((line) => {
    const [en = '', ar = '', count = ''] = line.split('\t');
    return pair(ar, en, Number(count)) ?? [];
  });
}

/** google-ar2en/ar2en-*.txt: arabic TAB english. */
export function readAr2en(text: string): NamePair[] {
  return lines(text).flatMap((line) => {
    const [ar = '', en = ''] = line.split('\t');
    return pair(ar, en, 1) ?? [];
  });
}

/**
 * camel-morph-msa/MSA-Noun-Prop-LEX.csv: the people's rows, one pair per English spelling in GLOSS.
 * Glosses with a parenthesis ("Supyan (Makhchayev)") are notes, not names.
 */
export function readCamelPersons(text: string): NamePair[] {
  return readCamelLexicon(text).flatMap((lemma) =>
    lemma.person
      ? lemma.glosses
          .filter((spelling) => !spelling.includes('('))
          .flatMap((spelling) => pair(lemma.vocalized, spelling, 1) ?? [])
      : [],
  );
}

/**
 * seeds/names/given-names.tsv: a common given name (Arabic) TAB its newsroom spellings, most printed first,
 * comma-separated TAB a bearer; `#` lines are notes, the first other line the header. Folded Arabic → lower-case
 * spellings. A row that is not one clean Arabic token with one to three clean spellings (as many as the speller
 * shows, CANDIDATES), or a token given
 * twice, is an error: the table is written by hand, and a slip there must not pass unseen.
 */
export function readGivenNames(text: string): Map<string, string[]> {
  const rows = lines(text).filter((line) => !line.startsWith('#'));
  const names = new Map<string, string[]>();
  for (const [index, line] of rows.slice(1).entries()) {
    const [arRaw = '', enRaw = '', example = ''] = line.split('\t');
    const where = `given-names.tsv row ${index + 1} (${line})`;
    const ar = /\s/.test(arRaw.trim()) ? null : cleanArabic(arRaw);
    // As written, bar case: the cleaning that mends the data's labels would hide a slip of the hand here.
    const spellings = enRaw.split(',').map((raw) => {
      const en = raw.trim().normalize('NFC').toLowerCase();
      return cleanEnglish(en) === en ? en : null;
    });
    if (ar === null) throw new Error(`${where}: not one Arabic word`);
    if (spellings.length > CANDIDATES || spellings.some((en) => en === null || en.includes(' ')))
      throw new Error(`${where}: one to ${CANDIDATES} one-word spellings, comma-separated`);
    if (example.trim() === '') throw new Error(`${where}: no bearer of the name`);
    if (names.has(ar)) throw new Error(`${where}: ${ar} is given twice`);
    names.set(ar, spellings as string[]);
  }
  return names;
}

/**
 * A CAMeL gloss is a spelling that lexicographers chose, where a Wikidata or Wikipedia row is one person's
 * label: one gloss counts as this many rows, so a curated spelling outranks a single label of another.
 */
const CAMEL_WEIGHT = 2;

export const NAME_SEEDS = join('seeds', 'names');

/** The seed files of each split: the character model trains on `train`, the shipped one on both. */
const SEED_FILES = {
  train: [
    ['wikidata-tokens/wd_arabic_64', readWikidataTokens],
    ['google-ar2en/ar2en-train.txt', readAr2en],
  ],
  dev: [
    ['wikidata-tokens/wd_arabic_16', readWikidataTokens],
    ['google-ar2en/ar2en-eval.txt', readAr2en],
  ],
} as const;

/** The name pairs of the seed splits asked for, and CAMeL's people (which has no splits), from `root`. */
export function readNameSeeds(root: string, splits: readonly ('train' | 'dev')[]): NamePair[] {
  const read = (path: string): string => readFileSync(join(root, NAME_SEEDS, path), 'utf8');
  const pairs = splits.flatMap((split) => SEED_FILES[split].flatMap(([path, reader]) => reader(read(path))));
  const camel = readCamelPersons(read('camel-morph-msa/MSA-Noun-Prop-LEX.csv'));
  return [...pairs, ...camel.map((pair) => ({ ...pair, count: pair.count * CAMEL_WEIGHT }))];
}

/** The given names' table (readGivenNames) of the seeds under `root`. */
export function readGivenNamesSeed(root: string): Map<string, string[]> {
  return readGivenNames(readFileSync(join(root, NAME_SEEDS, 'given-names.tsv'), 'utf8'));
}
