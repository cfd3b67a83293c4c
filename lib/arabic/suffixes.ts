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

/** The table's suffixes read from their last letter, a node for each: a word's end walks down it. */
interface SuffixNode {
  row: SuffixRow | null;
  /** By the code unit before (to the right of) the letters read so far. */
  next: Map<number, SuffixNode> | null;
}

/**
 * The table as a trie from the end, for reading a word's last letters instead of trying every suffix (or
 * cutting each ending out to look it up). Built on first use, like every table the content script holds:
 * most pages it loads on are not Arabic.
 */
let suffixTrie: SuffixNode | null = null;

function buildSuffixTrie(): SuffixNode {
  const root: SuffixNode = { row: null, next: null };
  for (const row of buildSuffixTable()) {
    let node = root;
    for (let k = row.suffix.length - 1; k >= 0; k--) {
      const code = row.suffix.charCodeAt(k);
      node.next ??= new Map();
      let child = node.next.get(code);
      if (child === undefined) {
        child = { row: null, next: null };
        node.next.set(code, child);
      }
      node = child;
    }
    node.row = row;
  }
  return root;
}

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
  suffixTrie ??= buildSuffixTrie();
  const articled = clitics.length > 0 && hasArticle(word, clitics);
  const readings: SuffixReading[] = [];
  let node: SuffixNode | undefined = suffixTrie;
  for (let length = 1; word.length - length >= MIN_STEM; length++) {
    node = node.next?.get(word.charCodeAt(word.length - length));
    if (node === undefined) break;
    const { row } = node;
    if (row === null || (articled && row.possessive)) continue;
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

/**
 * Whether `suffixReadings` of the word restore + units[from, to) may give `stem`, asked before it is (it makes
 * strings, for the few words that get this far): a stem read so has the word's letters but for its last, which
 * the suffix may have changed (ة written ت, or dropped). Never false where `suffixReadings` gives the stem.
 */
export function mayBeStem(
  stem: string,
  units: ArrayLike<number>,
  from: number,
  to: number,
  restore: string,
): boolean {
  const kept = stem.length - 1;
  if (kept > restore.length + to - from) return false;
  for (let k = 0; k < kept; k++) {
    const unit = k < restore.length ? restore.charCodeAt(k) : units[from + k - restore.length];
    if (unit !== stem.charCodeAt(k)) return false;
  }
  return true;
}
