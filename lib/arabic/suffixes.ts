/**
 * Suffixes that a term may take (وزير → وزيرا، وزيران، وزيرين، وزراته…). Only entries that allow inflection
 * are looked up through these: names never are, so العراقي does not match العراق.
 */

export interface SuffixReading {
  /** The stem the glossary is asked for (ت restored to ة, folded as ه, where the suffix demanded it). */
  stem: string;
  /** The suffix as written (folded). */
  suffix: string;
}

/** Case and number endings: accusative -ا, dual -ان/-ين, plural -ون/-ين, feminine plural -ات. */
const NUMBER_ENDINGS = ['ا', 'ان', 'ين', 'ون', 'ات'];
/** Endings of a noun in construct before a pronoun: dual/plural -ا/-ي/-و, feminine plural -ات. */
const CONSTRUCT_ENDINGS = ['', 'ا', 'ي', 'و', 'ات'];
/** Attached pronouns. */
const PRONOUNS = ['ه', 'ها', 'هما', 'هم', 'هن', 'ك', 'كما', 'كم', 'كن', 'ي', 'نا'];

const TA_MARBUTA_FOLDED = 'ه';

interface SuffixRow {
  suffix: string;
  taBecomesTa: boolean;
  droppedTaMarbuta: boolean;
}

/** Every suffix with whether the stem's ة is then written ت (before pronouns and dual endings, and in -ات). */
function buildSuffixTable(): SuffixRow[] {
  const rows: SuffixRow[] = [];
  for (const ending of NUMBER_ENDINGS) {
    rows.push({
      suffix: ending,
      taBecomesTa: ending === 'ان' || ending === 'ين',
      droppedTaMarbuta: ending === 'ات',
    });
  }
  for (const ending of CONSTRUCT_ENDINGS) {
    for (const pronoun of PRONOUNS) {
      rows.push({
        suffix: ending + pronoun,
        taBecomesTa: ending === '',
        droppedTaMarbuta: ending === 'ات',
      });
    }
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

/** Possible stems of a folded word under the suffix table, shortest suffix first. */
export function suffixReadings(word: string): SuffixReading[] {
  if (bySuffix === null) {
    const table = buildSuffixTable();
    bySuffix = new Map(table.map((row) => [row.suffix, row]));
    longestSuffix = Math.max(...table.map((row) => row.suffix.length));
  }
  const readings: SuffixReading[] = [];
  for (let length = 1; length <= longestSuffix && word.length - length >= MIN_STEM; length++) {
    const row = bySuffix.get(word.slice(word.length - length));
    if (row === undefined) continue;
    const { suffix, taBecomesTa, droppedTaMarbuta } = row;
    const stem = word.slice(0, word.length - suffix.length);
    readings.push({ stem, suffix });
    if (taBecomesTa && stem.endsWith('ت') && stem.length > MIN_STEM) {
      readings.push({ stem: stem.slice(0, -1) + TA_MARBUTA_FOLDED, suffix });
    }
    if (droppedTaMarbuta) readings.push({ stem: stem + TA_MARBUTA_FOLDED, suffix });
  }
  return readings;
}
