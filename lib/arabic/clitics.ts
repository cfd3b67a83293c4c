/**
 * Proclitics: the conjunctions, prepositions and article that Arabic writes joined to the next word.
 *
 * From a word, `proclitics()` proposes stems with these removed; the matcher accepts a stem only where the
 * glossary holds it, so names that merely begin with the same letters (بغداد، لبنان، وليد، فلسطين) are never cut.
 */
import { prefixSwap } from './word-hash';
import type { WordSet } from './word-set';

export interface Clitic {
  /** The clitic as written (folded). */
  ar: string;
  /** Its meaning, for a learner: "بـ (in) + باريس (Paris)". */
  en: string;
}

export interface ProcliticReading {
  /** What remains once the clitics are removed (with the article restored for لل). */
  stem: string;
  clitics: Clitic[];
  /** How many letters of the word were removed: fewer is preferred. */
  stripped: number;
}

const WA: Clitic = { ar: 'و', en: 'and' };
const FA: Clitic = { ar: 'ف', en: 'so, then' };
const BI: Clitic = { ar: 'ب', en: 'in, with, by' };
const KA: Clitic = { ar: 'ك', en: 'like, as' };
const LI: Clitic = { ar: 'ل', en: 'for, to' };
const AL: Clitic = { ar: 'ال', en: 'the' };

export interface ProcliticRow {
  /** The letters at the start of the word (folded). */
  prefix: string;
  clitics: Clitic[];
  /** Letters put back in front of the stem: لل stands for ل + ال with the article's alef dropped. */
  restore: string;
  /**
   * The prefix ends in the لل of ل + ال. The stem then cannot start with ل: ل + الليل is written لليل, its
   * lams merged, so للليل is no form of ليل (nor of الليل).
   */
  lilArticle?: true;
  /**
   * The stem starts with ل and takes the article back: ل + ال before a ل-initial word merges three lams
   * into two (ل + اللاذقية is written للاذقية), so after the first ل the stem is the rest with ال restored.
   */
  lamStem?: true;
  /**
   * `prefixSwap(prefix, restore)` (./word-hash.ts), made once: a word's stem hash follows from the word's
   * with it, for every word of a page.
   */
  hashSwap: number;
}

/**
 * Ordered by length, so readings come out with the least stripped first. Every row's example and the
 * analyses the table must not give: tests/unit/clitics.test.ts.
 */
const ROWS: ReadonlyArray<Omit<ProcliticRow, 'hashSwap'>> = [
  { prefix: 'و', clitics: [WA], restore: '' },
  { prefix: 'ف', clitics: [FA], restore: '' },
  { prefix: 'ب', clitics: [BI], restore: '' },
  { prefix: 'ك', clitics: [KA], restore: '' },
  { prefix: 'ل', clitics: [LI], restore: '' },
  { prefix: 'ل', clitics: [LI], restore: 'ال', lamStem: true },
  { prefix: 'وب', clitics: [WA, BI], restore: '' },
  { prefix: 'فب', clitics: [FA, BI], restore: '' },
  { prefix: 'وك', clitics: [WA, KA], restore: '' },
  { prefix: 'فك', clitics: [FA, KA], restore: '' },
  { prefix: 'ول', clitics: [WA, LI], restore: '' },
  { prefix: 'فل', clitics: [FA, LI], restore: '' },
  { prefix: 'ول', clitics: [WA, LI], restore: 'ال', lamStem: true },
  { prefix: 'فل', clitics: [FA, LI], restore: 'ال', lamStem: true },
  { prefix: 'لل', clitics: [LI], restore: 'ال', lilArticle: true },
  { prefix: 'ال', clitics: [AL], restore: '' },
  { prefix: 'لل', clitics: [LI, AL], restore: '', lilArticle: true },
  { prefix: 'ولل', clitics: [WA, LI], restore: 'ال', lilArticle: true },
  { prefix: 'فلل', clitics: [FA, LI], restore: 'ال', lilArticle: true },
  { prefix: 'وال', clitics: [WA, AL], restore: '' },
  { prefix: 'فال', clitics: [FA, AL], restore: '' },
  { prefix: 'بال', clitics: [BI, AL], restore: '' },
  { prefix: 'كال', clitics: [KA, AL], restore: '' },
  { prefix: 'ولل', clitics: [WA, LI, AL], restore: '', lilArticle: true },
  { prefix: 'فلل', clitics: [FA, LI, AL], restore: '', lilArticle: true },
  { prefix: 'وبال', clitics: [WA, BI, AL], restore: '' },
  { prefix: 'فبال', clitics: [FA, BI, AL], restore: '' },
  { prefix: 'وكال', clitics: [WA, KA, AL], restore: '' },
  { prefix: 'فكال', clitics: [FA, KA, AL], restore: '' },
];

export const PROCLITIC_TABLE: readonly ProcliticRow[] = ROWS.map((row) => ({
  ...row,
  hashSwap: prefixSwap(row.prefix, row.restore),
}));

const LAM = 0x0644;

/** A stem shorter than this is never proposed: one letter left is no word to look up. */
const MIN_STEM = 2;

/** Not frozen: the matcher walks these lists for every word, and a frozen array is a second kind of list to it. */
const NO_ROWS: readonly ProcliticRow[] = [];
const NO_SPLITS: readonly ProcliticReading[] = Object.freeze([]);

/** Code units of the Arabic block, where every prefix's letters are: a word's first two index the rows. */
const BLOCK = 0x0600;
const BLOCK_SIZE = 0x100;

/**
 * The table's rows by the first two letters of a word (their codes less U+0600), in table order: those
 * whose prefix starts with the first and, if longer, the second. A word's rows are two array reads away.
 * The table is ordered by length, so each list is the first letter's one-letter rows, then the longer ones.
 */
const ROWS_BY_START: ReadonlyArray<ReadonlyArray<readonly ProcliticRow[]> | undefined> = (() => {
  const byFirst: ProcliticRow[][][] = [];
  for (const row of PROCLITIC_TABLE) {
    const first = row.prefix.charCodeAt(0) - BLOCK;
    if (row.prefix.length === 1) {
      // One list for every second letter (the last one for a second letter outside the block, or none).
      const shared = byFirst[first]?.[0] ?? [];
      shared.push(row);
      byFirst[first] ??= Array.from({ length: BLOCK_SIZE + 1 }, () => shared);
      continue;
    }
    const bySecond = byFirst[first] ?? Array.from({ length: BLOCK_SIZE + 1 }, () => []);
    byFirst[first] = bySecond;
    const second = row.prefix.charCodeAt(1) - BLOCK;
    const oneLetter = bySecond[BLOCK_SIZE] as ProcliticRow[];
    if (bySecond[second] === oneLetter) bySecond[second] = [...oneLetter];
    (bySecond[second] as ProcliticRow[]).push(row);
  }
  return byFirst;
})();

/**
 * The rows of the table a folded word may be read with, in table order: those whose prefix starts with its
 * first two letters (their code units; -1 for a second the word lacks). `splitFits` says which of them
 * apply. Two steps, so the matcher can look a stem up from the word's letters without making it: this runs
 * on every word of a page, and most have no clitic (or none worth a look-up).
 */
export function procliticRows(firstUnit: number, secondUnit: number): readonly ProcliticRow[] {
  const first = firstUnit - BLOCK;
  const bySecond = first >= 0 && first < BLOCK_SIZE ? ROWS_BY_START[first] : undefined;
  if (bySecond === undefined) return NO_ROWS;
  const second = secondUnit - BLOCK;
  return (
    second >= 0 && second < BLOCK_SIZE ? bySecond[second] : bySecond[BLOCK_SIZE]
  ) as readonly ProcliticRow[];
}

/**
 * Whether a row of `procliticRows` applies to the folded word units[from, to): the word has its prefix, a
 * stem of two letters is left, and the stem's first letter is a ل where the row needs one (or forbids it).
 */
export function splitFits(units: ArrayLike<number>, from: number, to: number, row: ProcliticRow): boolean {
  const { prefix } = row;
  if (to - from - prefix.length < MIN_STEM) return false;
  for (let k = 0; k < prefix.length; k++) if (units[from + k] !== prefix.charCodeAt(k)) return false;
  const lamNext = units[from + prefix.length] === LAM;
  return row.lilArticle ? !lamNext : row.lamStem ? lamNext : true;
}

/** A word's code units, for `procliticRows` and `splitFits`. */
function unitsOf(word: string): number[] {
  const units: number[] = [];
  for (let k = 0; k < word.length; k++) units.push(word.charCodeAt(k));
  return units;
}

/**
 * The readings of a folded word with clitics removed, least stripped first (`proclitics` without the word
 * as written). A word without readings gets a shared empty list.
 */
export function procliticSplits(word: string): readonly ProcliticReading[] {
  let readings: ProcliticReading[] | null = null;
  const units = unitsOf(word);
  for (const row of procliticRows(units[0] ?? -1, units[1] ?? -1)) {
    if (!splitFits(units, 0, units.length, row)) continue;
    readings ??= [];
    readings.push({
      stem: row.restore + word.slice(row.prefix.length),
      clitics: row.clitics,
      stripped: row.prefix.length,
    });
  }
  return readings ?? NO_SPLITS;
}

/** Readings of a folded word: the word as written first, then each clitic split, least stripped first. */
export function proclitics(word: string): ProcliticReading[] {
  return [{ stem: word, clitics: [], stripped: 0 }, ...procliticSplits(word)];
}

/**
 * Whether a folded word is in a set as written or with proclitics on it other than the article: a noun that
 * introduces a name is written with و، ف، ب or ل on it (بمنطقة، ولمطار), but with the article it stands alone
 * (المنطقة "the area").
 */
export function inSetWithProclitics(set: WordSet, word: string): boolean {
  return (
    set.has(word) ||
    procliticSplits(word).some(
      (split) => set.has(split.stem) && split.clitics.every((clitic) => clitic.ar !== 'ال'),
    )
  );
}
