import { foldChar, normalizeArabic } from './normalize';
import { isArabicDigit, isArabicLetter } from './script';
import { HASH_BASE, HASH_MASK, hashWord } from './word-hash';

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

/** The hyphen-minus and Unicode's hyphens (U+2010, U+2011), not the dashes: what joins a name's words. */
export const HYPHENS = '-\u2010\u2011';

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
// in the low bits, FOLDS when the folded unit differs from the original (or is dropped), and the folded
// unit (the unit itself when it folds to itself) from bit 8, so a letter is read with one look-up.
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
const UNIT_SHIFT = 8;

const KIND_NAMES: readonly TokenKind[] = ['arabic', 'arabic', 'number', 'latin'];

/** Made on first use (256 KB): the reader's script loads on pages it never tokenizes. */
let classes: Int32Array | null = null;

function classify(table: Int32Array, code: number): number {
  const folded = foldChar(String.fromCharCode(code));
  let found: number;
  // FOLDS too: a word with a unit dropped is not its text as written.
  if (folded === '') found = DROPPED | FOLDS;
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
    const unit = folded.charCodeAt(0);
    found |= unit << UNIT_SHIFT;
    if (unit !== code) {
      found |= FOLDS;
      FOLDED_CHARS.set(unit, folded);
    }
  }
  table[code] = found;
  return found;
}

/** Int32s a token takes in a table's `spans`: start, end, its folded units' start and end, flags, hash. */
const SPAN = 6;
const KIND_BITS = 3;
const JOINS = 4;
// A token's flags hold FOLDS too, when its folded units are not its text as written (a unit folded or
// dropped inside it); without it, its norm is a slice of the text.

/**
 * Tokens and folded units are written into shared arenas, each table keeping its own part: a page's blocks
 * are tokenized one after another, and an arena is one allocation for hundreds of them (a typed array of
 * its own costs a block as much as tokenizing a short one). A full arena is left to the tables in it.
 */
const ARENA_UNITS = 1 << 16;
const ARENA_SPANS = (1 << 12) * SPAN;
let unitArena = new Uint16Array(0);
let unitTop = 0;
let spanArena = new Int32Array(0);
let spanTop = 0;

/** Room for `units` more folded units in the unit arena. */
function reserveUnits(units: number): void {
  if (unitArena.length - unitTop >= units) return;
  unitArena = new Uint16Array(Math.max(ARENA_UNITS, units));
  unitTop = 0;
}

/**
 * Room for one more token in the span arena, whose tokens so far start at `base`: the table's part moves to
 * a new arena when this one is full. Returns where the table's part starts.
 */
function reserveSpan(base: number): number {
  if (spanArena.length - spanTop >= SPAN) return base;
  const taken = spanTop - base;
  const next = new Int32Array(Math.max(ARENA_SPANS, taken * 2 + SPAN));
  next.set(spanArena.subarray(base, spanTop));
  spanArena = next;
  spanTop = taken;
  return 0;
}

/**
 * Appends a token's span to the span arena for the table whose part starts at `base`; returns where that
 * part starts now. Positional arguments: this runs for every word of a page, and an options object (or a
 * tuple) would be an allocation for each.
 */
function pushSpan(
  base: number,
  start: number,
  end: number,
  from: number,
  to: number,
  flags: number,
  hash: number,
): number {
  const at = reserveSpan(base);
  const top = spanTop;
  spanArena[top] = start;
  spanArena[top + 1] = end;
  spanArena[top + 2] = from;
  spanArena[top + 3] = to;
  spanArena[top + 4] = flags;
  spanArena[top + 5] = hash;
  spanTop = top + SPAN;
  return at;
}

/** The folded units of the units classified FOLDS, as strings, for making a word's norm. */
const FOLDED_CHARS = new Map<number, string>();

/**
 * The norm of the word text[start, end), cut from the text in runs between the units that fold or drop
 * (every unit of a word's span is of its kind or dropped: anything else would have closed it).
 */
function normOf(text: string, start: number, end: number): string {
  const table = classes as Int32Array;
  let out = '';
  let run = start;
  for (let k = start; k < end; k++) {
    const found = table[text.charCodeAt(k)] as number;
    if ((found & CLASS_MASK) === DROPPED) {
      out += text.slice(run, k);
      run = k + 1;
    } else if ((found & FOLDS) !== 0) {
      out += text.slice(run, k) + (FOLDED_CHARS.get(found >>> UNIT_SHIFT) as string);
      run = k + 1;
    }
  }
  return out + text.slice(run, end);
}

/**
 * A text's tokens as a table: their offsets in typed arrays and their folded units back to back, so the
 * matcher reads words without a string or an object made for each. `list()` gives the same tokens as
 * objects, made on first use, for readers that keep tokens (the name finder).
 */
export class TokenTable {
  readonly length: number;
  /** The folded units of the tokens, token i's at [foldedStart(i), foldedEnd(i)). */
  readonly units: Uint16Array;
  readonly #text: string;
  readonly #spans: Int32Array;
  readonly #base: number;
  #list: Token[] | null;

  constructor(parts: {
    text: string;
    units: Uint16Array;
    spans: Int32Array;
    base: number;
    length: number;
    list?: Token[];
  }) {
    this.#text = parts.text;
    this.units = parts.units;
    this.#spans = parts.spans;
    this.#base = parts.base;
    this.length = parts.length;
    this.#list = parts.list ?? null;
  }

  /** [start, end) in the original text (see Token). */
  start(i: number): number {
    return this.#spans[this.#base + i * SPAN] as number;
  }

  end(i: number): number {
    return this.#spans[this.#base + i * SPAN + 1] as number;
  }

  foldedStart(i: number): number {
    return this.#spans[this.#base + i * SPAN + 2] as number;
  }

  foldedEnd(i: number): number {
    return this.#spans[this.#base + i * SPAN + 3] as number;
  }

  joinsPrevious(i: number): boolean {
    return ((this.#spans[this.#base + i * SPAN + 4] as number) & JOINS) !== 0;
  }

  /**
   * Whether token i follows token i − 1 across a hyphen and nothing else (كيم جونغ-أون، جان-إيف): one name's
   * words, where a hyphen with spaces around it is a dash between phrases.
   */
  hyphenJoined(i: number): boolean {
    if (i === 0) return false;
    const start = this.start(i);
    return this.end(i - 1) === start - 1 && HYPHENS.includes(this.#text.charAt(start - 1));
  }

  /** The hash of token i's folded units (./word-hash.ts), for tables that look a word up from its units. */
  hash(i: number): number {
    return this.#spans[this.#base + i * SPAN + 5] as number;
  }

  kind(i: number): TokenKind {
    return KIND_NAMES[(this.#spans[this.#base + i * SPAN + 4] as number) & KIND_BITS] as TokenKind;
  }

  /** Token i's folded form (Token.norm), made on each call: the matcher asks for few, `list()` for all. */
  norm(i: number): string {
    if (this.#list !== null) return (this.#list[i] as Token).norm;
    return normAt(this.#text, this.start(i), this.end(i), this.#spans[this.#base + i * SPAN + 4] as number);
  }

  #token(i: number): Token {
    const flags = this.#spans[this.#base + i * SPAN + 4] as number;
    return tokenAt(this.#text, this.start(i), this.end(i), flags);
  }

  /**
   * Gives the table's room in the arenas back, when no table was made after it: for a caller done with it
   * whose table never leaves it (the matcher's `match`), so that a page's blocks reuse the arenas' room
   * rather than take new arenas, zeroed, every few thousand words. The table must not be read afterwards.
   */
  release(): void {
    if (this.#spans === spanArena && spanTop === this.#base + this.length * SPAN) spanTop = this.#base;
    if (this.length > 0 && this.units === unitArena && unitTop === this.foldedEnd(this.length - 1)) {
      unitTop = this.foldedStart(0);
    }
  }

  /** The tokens as objects, made on first use. */
  list(): Token[] {
    if (this.#list === null) {
      const list: Token[] = [];
      for (let i = 0; i < this.length; i++) list.push(this.#token(i));
      this.#list = list;
    }
    return this.#list;
  }
}

const KIND_CODES: Readonly<Record<TokenKind, number>> = { arabic: ARABIC, number: NUMBER, latin: LATIN };

/** The table of tokens already made (by `tokenizeReference`, or `tokenize` for a caller that keeps them). */
export function tableOf(tokens: readonly Token[], text = ''): TokenTable {
  let folded = 0;
  for (const token of tokens) folded += token.norm.length;
  reserveUnits(folded);
  let base = spanTop;
  for (const token of tokens) {
    const { norm } = token;
    for (let k = 0; k < norm.length; k++) unitArena[unitTop + k] = norm.charCodeAt(k);
    const flags = KIND_CODES[token.kind] | (token.joinsPrevious ? JOINS : 0) | FOLDS;
    base = pushSpan(base, token.start, token.end, unitTop, unitTop + norm.length, flags, hashWord(norm));
    unitTop += norm.length;
  }
  return new TokenTable({
    text,
    units: unitArena,
    spans: spanArena,
    base,
    length: tokens.length,
    list: [...tokens],
  });
}

/**
 * Splits text into words with their offsets in the original: Arabic letters (with their marks, tatweel and
 * joiners) form words; Latin (any other script's) words and digit runs are tokens of their own; everything
 * else separates.
 *
 * One pass over the original with a per-code-unit table instead of folding the whole text first: this runs
 * on every block of every Arabic page.
 */
export function tokenTable(text: string): TokenTable {
  return scan(text, null);
}

/** The norm of a token from its span in the text and its flags. */
function normAt(text: string, start: number, end: number, flags: number): string {
  // Without FOLDS the span holds the word's letters alone, as written.
  return (flags & FOLDS) === 0 ? text.slice(start, end) : normOf(text, start, end);
}

/** A token as an object, from its span in the text and its flags. */
function tokenAt(text: string, start: number, end: number, flags: number): Token {
  return {
    norm: normAt(text, start, end, flags),
    start,
    end,
    kind: KIND_NAMES[flags & KIND_BITS] as TokenKind,
    joinsPrevious: (flags & JOINS) !== 0,
  };
}

/**
 * `tokenTable`, and the tokens as objects too when `objects` is given (`tokenize`): made as each word is
 * closed, which costs less than reading the table again.
 */
function scan(text: string, objects: Token[] | null): TokenTable {
  classes ??= new Int32Array(0x10000);
  const table = classes;
  const length = text.length;
  // A word's folded units are never more than its units (a unit that folds to several takes the reference
  // path), so the text's length is room enough.
  reserveUnits(length);
  const units = unitArena;
  const unitsFrom = unitTop;
  let top = unitTop;
  let base = spanTop;
  let spans = spanArena;
  let spanAt = spanTop;
  let count = 0;
  let hadToken = false;
  let newlines = 0;
  let broken = false;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    let found = table[code] as number;
    if (found === UNKNOWN) found = classify(table, code);
    const kind = found & CLASS_MASK;
    if (kind > LATIN) {
      if (kind === SPACE_CLASS) {
        // A page's text is often indented: runs of one space.
        while (++i < length && text.charCodeAt(i) === code);
        continue;
      }
      if (kind === EXPANDS) {
        unitTop = unitsFrom;
        spanTop = base;
        return tableOf(tokenizeReference(text), text);
      }
      if (kind === NEWLINE) newlines++;
      else if (kind === BREAK) broken = true;
      i++;
      continue;
    }
    const start = i;
    const wordAt = top;
    let folds = found;
    let hash = found >>> UNIT_SHIFT;
    units[top++] = hash;
    // The word's letters in a loop of their own, with as few variables as it can and no call: it reads most
    // of a page. Its units are all of its kind or dropped, so it ends where the loop stops, dropped units
    // included; a unit not classified yet stops it too, to be classified and read again.
    for (;;) {
      for (i++; i < length; i++) {
        found = table[text.charCodeAt(i)] as number;
        const cls = found & CLASS_MASK;
        if (cls === kind) {
          const unit = found >>> UNIT_SHIFT;
          units[top++] = unit;
          hash = (Math.imul(hash, HASH_BASE) + unit) | 0;
        } else if (cls !== DROPPED) break;
        folds |= found;
      }
      if (i === length || found !== UNKNOWN) break;
      classify(table, text.charCodeAt(i));
      i--;
    }
    if (spans.length - spanAt < SPAN) {
      spanTop = spanAt;
      base = reserveSpan(base);
      spans = spanArena;
      spanAt = spanTop;
    }
    const flags = kind | (hadToken && !broken && newlines < 2 ? JOINS : 0) | (folds & FOLDS);
    spans[spanAt] = start;
    spans[spanAt + 1] = i;
    spans[spanAt + 2] = wordAt;
    spans[spanAt + 3] = top;
    spans[spanAt + 4] = flags;
    spans[spanAt + 5] = hash & HASH_MASK;
    spanAt += SPAN;
    objects?.push(tokenAt(text, start, i, flags));
    count++;
    hadToken = true;
    newlines = 0;
    broken = false;
  }
  spanTop = spanAt;
  unitTop = top;
  return new TokenTable({ text, units, spans: spanArena, base, length: count, list: objects ?? undefined });
}

/** The tokens of a text as objects (see `tokenTable`). */
export function tokenize(text: string): Token[] {
  return scan(text, []).list();
}
