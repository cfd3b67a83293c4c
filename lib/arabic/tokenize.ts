import { foldChar, normalizeArabic } from './normalize';
import { isArabicDigit, isArabicLetter } from './script';

export type TokenKind = 'arabic' | 'latin' | 'number';

export interface Token {
  /** The folded form (see normalizeArabic): what glossary keys are compared with. */
  norm: string;
  /** [start, end) in the original text, covering the word as written with its marks. */
  start: number;
  end: number;
  kind: TokenKind;
  /**
   * True when only spaces separate this token from the previous one, so both may belong to one multi-word
   * name. Punctuation or a paragraph break (blank line, U+2029) between them does not join.
   */
  joinsPrevious: boolean;
}

function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || isArabicDigit(code);
}

const OTHER_LETTER = /[\p{L}\p{M}]/u;

function isOtherLetter(ch: string, code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  // Surrogate halves (astral letters, lone surrogates) are kept inside words rather than split.
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return OTHER_LETTER.test(ch);
}

function kindOf(ch: string): TokenKind | null {
  const code = ch.charCodeAt(0);
  if (isArabicLetter(code)) return 'arabic';
  if (isDigit(code)) return 'number';
  if (isOtherLetter(ch, code)) return 'latin';
  return null;
}

const SPACE = /\s/;

/** Whether the folded characters between two tokens keep them in one phrase. */
function gapJoins(gap: string): boolean {
  let newlines = 0;
  for (const ch of gap) {
    if (ch === '\n') newlines++;
    else if (ch === '\u2029' || !SPACE.test(ch)) return false;
  }
  return newlines < 2;
}

/**
 * The definition of `tokenize`, step by step: fold the whole text, then cut the folded text into words.
 * `tokenize` gives the same tokens in one pass; this one serves texts with presentation forms that fold to
 * more than one letter (ligatures), and is the oracle of the property tests.
 */
export function tokenizeReference(text: string): Token[] {
  const { text: folded, starts, ends } = normalizeArabic(text);
  const tokens: Token[] = [];
  let i = 0;
  let previousEnd = -1;
  while (i < folded.length) {
    const kind = kindOf(folded[i] as string);
    if (kind === null) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < folded.length && kindOf(folded[j] as string) === kind) j++;
    tokens.push({
      norm: folded.slice(i, j),
      start: starts[i] as number,
      end: ends[j - 1] as number,
      kind,
      joinsPrevious: previousEnd >= 0 && gapJoins(folded.slice(previousEnd, i)),
    });
    previousEnd = j;
    i = j;
  }
  return tokens;
}

// What one UTF-16 unit of the original is once folded, decided once per code unit and cached: the class
// in the low bits, FOLDS when the folded unit differs from the original (it is then in FOLDED_TO).
const UNKNOWN = 0;
const ARABIC = 1;
const NUMBER = 2;
const LATIN = 3;
const SPACE_CLASS = 4;
const NEWLINE = 5;
const BREAK = 6;
const DROPPED = 7;
/** Folds to several units (a ligature's presentation form): the reference path handles the text. */
const EXPANDS = 8;
const CLASS_MASK = 0x0f;
const FOLDS = 0x10;

const KIND_NAMES: readonly TokenKind[] = ['arabic', 'arabic', 'number', 'latin'];

let classes: Uint8Array | null = null;
/** The folded unit of each unit classified FOLDS. */
const FOLDED_TO = new Map<number, string>();

function classify(table: Uint8Array, code: number): number {
  const folded = foldChar(String.fromCharCode(code));
  let found: number;
  if (folded === '') found = DROPPED;
  else if (folded.length > 1) found = EXPANDS;
  else {
    const kind = kindOf(folded);
    found =
      kind === 'arabic'
        ? ARABIC
        : kind === 'number'
          ? NUMBER
          : kind === 'latin'
            ? LATIN
            : folded === '\n'
              ? NEWLINE
              : folded !== '\u2029' && SPACE.test(folded)
                ? SPACE_CLASS
                : BREAK;
    if (folded.charCodeAt(0) !== code) {
      FOLDED_TO.set(code, folded);
      found |= FOLDS;
    }
  }
  table[code] = found;
  return found;
}

/**
 * Splits text into words with their offsets in the original: Arabic letters (with their marks, tatweel and
 * joiners) form words; Latin (any other script's) words and digit runs are tokens of their own; everything
 * else separates.
 *
 * One pass over the original with a per-code-unit table instead of folding the whole text first: this runs
 * on every block of every Arabic page, and a word that needs no folding is sliced out as it stands.
 */
export function tokenize(text: string): Token[] {
  classes ??= new Uint8Array(0x10000);
  const table = classes;
  const tokens: Token[] = [];
  /** Class of the open word, UNKNOWN when none is open. */
  let kind = UNKNOWN;
  let start = 0;
  /**
   * The open word's folded form is `built` (null: nothing yet) followed by text.slice(run, i): a dropped
   * or folded unit closes the run of units that stand as written, so a word is sliced out in a few pieces
   * rather than built unit by unit.
   */
  let built: string | null = null;
  let run = 0;
  let joins = false;
  /** End of the last kept (not dropped) unit, extended over the dropped units right after it. */
  let lastEnd = -1;
  let hadToken = false;
  let newlines = 0;
  let broken = false;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    let found = table[code] as number;
    if (found === UNKNOWN) found = classify(table, code);
    const cls = found & CLASS_MASK;
    // First the commonest case, a letter of the open word (kind is never DROPPED or EXPANDS).
    if (cls === kind) {
      if (found !== cls) {
        built = (built ?? '') + text.slice(run, i) + (FOLDED_TO.get(code) as string);
        run = i + 1;
      }
      lastEnd = i + 1;
      continue;
    }
    if (cls === DROPPED) {
      if (lastEnd === i) lastEnd = i + 1;
      if (kind !== UNKNOWN) {
        built = (built ?? '') + text.slice(run, i);
        run = i + 1;
      }
      continue;
    }
    if (cls === EXPANDS) return tokenizeReference(text);
    if (kind !== UNKNOWN) {
      tokens.push({
        norm: built === null ? text.slice(start, i) : built + text.slice(run, i),
        start,
        end: lastEnd,
        kind: KIND_NAMES[kind] as TokenKind,
        joinsPrevious: joins,
      });
      hadToken = true;
      newlines = 0;
      broken = false;
      kind = UNKNOWN;
    }
    if (cls <= LATIN) {
      kind = cls;
      start = i;
      joins = hadToken && !broken && newlines < 2;
      if (found === cls) {
        built = null;
        run = i;
      } else {
        built = FOLDED_TO.get(code) as string;
        run = i + 1;
      }
    } else if (cls === NEWLINE) newlines++;
    else if (cls === BREAK) broken = true;
    lastEnd = i + 1;
  }
  if (kind !== UNKNOWN) {
    tokens.push({
      norm: built === null ? text.slice(start) : built + text.slice(run),
      start,
      end: lastEnd,
      kind: KIND_NAMES[kind] as TokenKind,
      joinsPrevious: joins,
    });
  }
  return tokens;
}
