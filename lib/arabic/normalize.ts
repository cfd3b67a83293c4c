/**
 * Folding of Arabic text for matching, with a map from every folded character back to the original.
 *
 * The folded text is what keys are compared on; the maps let a match found in folded text be painted on
 * exactly the characters the reader sees (marks and joiners included).
 */

import { ARABIC_MARKS } from './script';

export interface NormalizedText {
  /** The folded text. */
  text: string;
  /** `starts[i]` is the offset in the original of the character that produced folded character `i`. */
  starts: number[];
  /**
   * `ends[i]` is the end offset in the original of that character, extended over any characters that were
   * dropped right after it (harakat, tatweel, joiners), so a word's span covers its trailing marks.
   */
  ends: number[];
}

/** Single letters folded to one representative (a language fact: spellings that news sites use interchangeably). */
const LETTER_FOLDS: ReadonlyMap<string, string> = new Map([
  ['أ', 'ا'], // alef with hamza above
  ['إ', 'ا'], // alef with hamza below
  ['آ', 'ا'], // alef with madda
  ['ٱ', 'ا'], // alef wasla
  ['ٲ', 'ا'], // alef with wavy hamza above
  ['ٳ', 'ا'], // alef with wavy hamza below
  ['ٵ', 'ا'], // high hamza alef
  ['ى', 'ي'], // alef maqsura, often written for final yeh and vice versa
  ['ة', 'ه'], // teh marbuta, often written as heh
  ['ک', 'ك'], // Persian/Urdu keheh for kaf
  ['ی', 'ي'], // Persian yeh for yeh
  ['ې', 'ي'],
  ['ۍ', 'ي'],
  ['ە', 'ه'],
  ['ۀ', 'ه'],
]);

/**
 * LETTER_FOLDS by code unit less U+0600, for the letters of the Arabic block (all of its letters): folding
 * asks this for every letter of a page.
 */
const ARABIC_BLOCK_FOLDS: readonly (string | undefined)[] = (() => {
  const folds: (string | undefined)[] = Array.from({ length: 0x100 }, () => undefined);
  for (const [from, to] of LETTER_FOLDS) {
    const at = from.charCodeAt(0) - 0x0600;
    if (from.length !== 1 || at < 0 || at > 0xff)
      throw new Error(`LETTER_FOLDS: ${from} is no Arabic letter`);
    folds[at] = to;
  }
  return folds;
})();

/**
 * Code point ranges dropped entirely: the Arabic script's marks, which do not change which word it is
 * (lib/arabic/script.ts), and invisible controls.
 */
const DROPPED_RANGES: ReadonlyArray<readonly [first: number, last: number]> = [
  ...ARABIC_MARKS,
  [0x061c, 0x061c], // Arabic letter mark (bidi)
  [0x00ad, 0x00ad], // soft hyphen
  [0x200b, 0x200f], // zero-width space, non-joiner, joiner, LRM, RLM
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2066, 0x2069], // bidi isolates
  [0xfeff, 0xfeff], // zero-width no-break space (BOM)
];

/** DROPPED_RANGES as one bit per BMP code unit (8 KB): folding tests every character of a page. */
const DROPPED_BITS: Uint32Array = (() => {
  const bits = new Uint32Array(0x10000 >>> 5);
  for (const [from, to] of DROPPED_RANGES) {
    for (let code = from; code <= to; code++)
      bits[code >>> 5] = (bits[code >>> 5] as number) | (1 << (code & 31));
  }
  return bits;
})();

function isDropped(code: number): boolean {
  return (((DROPPED_BITS[code >>> 5] as number) >>> (code & 31)) & 1) === 1;
}

/** Presentation forms (ligatures, contextual shapes) that NFKC turns back into ordinary letters. */
function isPresentationForm(code: number): boolean {
  return (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefe);
}

/**
 * Whether `foldChar` gives a unit back as it is, from its code: a key is folded for every look-up of some
 * tables (a match's form), and a two-byte unit cut out as a string of its own is an allocation.
 */
function foldsToItself(code: number): boolean {
  if (code < 0x00ad) return true;
  if (isDropped(code)) return false;
  if (code >= 0x0600 && code <= 0x06ff) return ARABIC_BLOCK_FOLDS[code - 0x0600] === undefined;
  return (
    !isPresentationForm(code) || String.fromCharCode(code).normalize('NFKC') === String.fromCharCode(code)
  );
}

/** Folds one character (a UTF-16 unit; presentation forms are all in the BMP). Returns '' to drop it. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x00ad) return ch;
  if (isDropped(code)) return '';
  if (code >= 0x0600 && code <= 0x06ff) return ARABIC_BLOCK_FOLDS[code - 0x0600] ?? ch;
  if (isPresentationForm(code)) {
    const decomposed = ch.normalize('NFKC');
    // Some code points in these blocks have no decomposition (the ornate parentheses ﴾ ﴿ around Quran
    // quotes, noncharacters): they stand as they are, rather than be folded again forever.
    if (decomposed === ch) return ch;
    let out = '';
    // NFKC may bring back marks (e.g. U+FE70 is space + fathatan, U+FDF2 carries shadda): fold them again.
    for (const part of decomposed) out += part.length === 1 ? foldChar(part) : part;
    return out;
  }
  return ch;
}

/** Folds Arabic text for matching and maps every folded character back to the original. */
export function normalizeArabic(text: string): NormalizedText {
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const folded = foldChar(text[i] as string);
    if (folded === '') {
      const last = ends.length - 1;
      if (last >= 0 && ends[last] === i) ends[last] = i + 1;
      continue;
    }
    out += folded;
    for (let k = 0; k < folded.length; k++) {
      starts.push(i);
      ends.push(i + 1);
    }
  }
  return { text: out, starts, ends };
}

/**
 * The folded form alone, for keys (glossary forms, stopwords, search queries). Text that folds to itself
 * (most of a page's words once tokenized) is given back as it is.
 */
export function foldArabic(text: string): string {
  // Built from the runs that stand as written and the units that fold, not unit by unit.
  let out: string | null = null;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (foldsToItself(text.charCodeAt(i))) continue;
    out = (out ?? '') + text.slice(run, i) + foldChar(text[i] as string);
    run = i + 1;
  }
  return out === null ? text : out + text.slice(run);
}
