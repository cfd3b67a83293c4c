/**
 * Suffixes that a term may take (وزير → وزيرا، وزيران، وزيرين، وزراته…). Only entries that allow inflection
 * are looked up through these: names never are, so العراقي does not match العراق.
 *
 * Every ending's example and the analyses the table must not give: tests/unit/suffixes.test.ts.
 */
import type { Clitic } from './clitics';

export interface SuffixReading {
  /** The stem the glossary is asked for (ت restored to ة, folded as ه, where the suffix demanded it). */
  stem: string;
  /** The suffix as written (folded). */
  suffix: string;
}

/** What a stem's final ة becomes before an ending. */
type TaMarbuta = 'kept' | 'written-ta' | 'dropped';

export interface Ending {
  ending: string;
  /** Before it, a stem's ة is written ت (وزارتان، وزارته) or dropped (وزارات), or neither. */
  taMarbuta: TaMarbuta;
}

/** Case and number endings, which a word with the article takes too (الوزيران). */
export const NUMBER_ENDINGS: readonly Ending[] = [
  { ending: 'ا', taMarbuta: 'kept' },
  { ending: 'ان', taMarbuta: 'written-ta' },
  { ending: 'ين', taMarbuta: 'written-ta' },
  { ending: 'ون', taMarbuta: 'kept' },
  { ending: 'ات', taMarbuta: 'dropped' },
];

/** Endings of a noun in construct before a pronoun: none, dual/plural -ا/-ي/-و, feminine plural -ات. */
export const CONSTRUCT_ENDINGS: readonly Ending[] = [
  { ending: '', taMarbuta: 'written-ta' },
  { ending: 'ا', taMarbuta: 'kept' },
  { ending: 'ي', taMarbuta: 'kept' },
  { ending: 'و', taMarbuta: 'kept' },
  { ending: 'ات', taMarbuta: 'dropped' },
];

/** Attached pronouns: possessive on a noun, so never on a word with the article (الوزيرها is no word). */
export const PRONOUNS: readonly string[] = ['ه', 'ها', 'هما', 'هم', 'هن', 'ك', 'كما', 'كم', 'كن', 'ي', 'نا'];

const TA_MARBUTA_FOLDED = 'ه';

interface SuffixRow {
  suffix: string;
  taMarbuta: TaMarbuta;
  possessive: boolean;
}

/** Every suffix: the number endings, then each construct ending with each pronoun. */
function buildSuffixTable(): SuffixRow[] {
  const rows: SuffixRow[] = NUMBER_ENDINGS.map(({ ending, taMarbuta }) => ({
    suffix: ending,
    taMarbuta,
    possessive: false,
  }));
  for (const { ending, taMarbuta } of CONSTRUCT_ENDINGS) {
    for (const pronoun of PRONOUNS) rows.push({ suffix: ending + pronoun, taMarbuta, possessive: true });
  }
  // De-duplicate (ين is both dual and plural; ي + ي is not a suffix people write) and try short ones first.
  const seen = new Set<string>();
  return rows
    .filter((row) => !seen.has(row.suffix) && seen.add(row.suffix))
    .sort((a, b) => a.suffix.length - b.suffix.length);
}

const MIN_STEM = 2;

/**
 * The table by suffix, for looking up a word's last letters instead of trying every suffix. Built on first
 * use, like every table the content script holds: most pages it loads on are not Arabic.
 */
let bySuffix: ReadonlyMap<string, SuffixRow> | null = null;
let longestSuffix = 0;

/**
 * Whether the word, read after these proclitics, has the article: split off (بالوزير) or restored from
 * لل (للرئيس → ل + الرئيس; a bare ل is never written before ال).
 */
function hasArticle(word: string, clitics: readonly Clitic[]): boolean {
  if (clitics.some((clitic) => clitic.ar === 'ال')) return true;
  return clitics.at(-1)?.ar === 'ل' && word.startsWith('ال');
}

/**
 * Possible stems of a folded word under the suffix table, shortest suffix first. `clitics` are those read
 * off the word's start: after the article no possessive is read (بالوزيرها is no form of وزير).
 */
export function suffixReadings(word: string, clitics: readonly Clitic[] = []): SuffixReading[] {
  if (bySuffix === null) {
    const table = buildSuffixTable();
    bySuffix = new Map(table.map((row) => [row.suffix, row]));
    longestSuffix = Math.max(...table.map((row) => row.suffix.length));
  }
  const articled = clitics.length > 0 && hasArticle(word, clitics);
  const readings: SuffixReading[] = [];
  for (let length = 1; length <= longestSuffix && word.length - length >= MIN_STEM; length++) {
    const row = bySuffix.get(word.slice(word.length - length));
    if (row === undefined || (articled && row.possessive)) continue;
    const { suffix, taMarbuta } = row;
    const stem = word.slice(0, word.length - suffix.length);
    readings.push({ stem, suffix });
    if (taMarbuta === 'written-ta' && stem.endsWith('ت') && stem.length > MIN_STEM) {
      readings.push({ stem: stem.slice(0, -1) + TA_MARBUTA_FOLDED, suffix });
    }
    if (taMarbuta === 'dropped') readings.push({ stem: stem + TA_MARBUTA_FOLDED, suffix });
  }
  return readings;
}
