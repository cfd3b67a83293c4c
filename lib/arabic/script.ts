/**
 * "Is this Arabic?", answered once for the whole extension: which code points are of the Arabic script, and
 * which of those are letters, marks or digits. Detection and the title check count letters; the tokenizer
 * and validation look for them; folding drops the marks (normalize.ts); search, filters and the UI's
 * direction ask whether text is in the script at all. Ranges are [first, last], in order; what the blocks
 * hold besides letters, marks and digits is punctuation, symbols, format controls and unassigned points.
 */

type Ranges = ReadonlyArray<readonly [first: number, last: number]>;

/** The blocks Dalil reads: Arabic, Supplement, Extended-A, and the presentation forms old sites still emit. */
export const ARABIC_BLOCKS: Ranges = [
  [0x0600, 0x06ff],
  [0x0750, 0x077f],
  [0x08a0, 0x08ff],
  [0xfb50, 0xfdff], // Presentation Forms-A
  [0xfe70, 0xfeff], // Presentation Forms-B
];

/**
 * Letters, as Unicode has them, but for those that only decorate: tatweel (U+0640), which stretches a word
 * (sometimes over whole lines), and the small waw and yeh (U+06E5–06E6), Quranic annotation like the marks
 * around them.
 */
export const ARABIC_LETTERS: Ranges = [
  [0x0620, 0x063f],
  [0x0641, 0x064a],
  [0x066e, 0x066f], // dotless beh and qaf
  [0x0671, 0x06d3], // alef wasla, and the letters of Persian, Urdu, Pashto, Sindhi…
  [0x06d5, 0x06d5], // ە ae
  [0x06ee, 0x06ef],
  [0x06fa, 0x06fc],
  [0x06ff, 0x06ff],
  [0x0750, 0x077f],
  [0x08a0, 0x08c9],
  [0xfb50, 0xfbb1],
  [0xfbd3, 0xfd3d],
  [0xfd50, 0xfd8f],
  [0xfd92, 0xfdc7],
  [0xfdf0, 0xfdfb], // word ligatures (ﷲ ﷺ)
  [0xfe70, 0xfe74],
  [0xfe76, 0xfefc],
];

/** Marks that do not change which word it is: folding drops them. */
export const ARABIC_MARKS: Ranges = [
  [0x0610, 0x061a], // honorifics and Quranic signs above and below letters
  [0x0640, 0x0640], // tatweel (kashida)
  [0x064b, 0x065f], // harakat, tanwin, shadda, sukun, hamza above and below
  [0x0670, 0x0670], // dagger alef
  [0x06d6, 0x06ed], // Quranic annotation, with its small waw and yeh and the end of ayah
  [0x08ca, 0x08ff], // extended Arabic marks
];

export const ARABIC_DIGITS: Ranges = [
  [0x0660, 0x0669], // ٠–٩
  [0x06f0, 0x06f9], // ۰–۹ (Persian, Urdu)
];

function inRanges(code: number, ranges: Ranges): boolean {
  for (let i = 0; i < ranges.length; i++) {
    const [first, last] = ranges[i] as Ranges[number];
    if (code >= first && code <= last) return true;
  }
  return false;
}

/** Where the letters' lookup has each code point: U+0600–08FF, then U+FB50–FEFF right after. */
function slot(code: number): number {
  return code < 0x0900 ? code - 0x0600 : code - (0xfb50 - 0x0300);
}

/**
 * The letters as one byte per code point of the blocks (1.7 KB), built on the first question about a code
 * point there: detection asks about every character of a page, and the boot script's title check asks cold on
 * every page, where a loop over ranges for each character cost most of a millisecond (npm run bench). Most
 * titles it rules out have no character in these blocks, so it never builds it.
 */
let letters: Uint8Array | null = null;

function lettersLookup(): Uint8Array {
  if (letters === null) {
    letters = new Uint8Array(slot(0xfeff) + 1);
    for (const [first, last] of ARABIC_LETTERS) letters.fill(1, slot(first), slot(last) + 1);
  }
  return letters;
}

/** Whether a code unit is an Arabic-script letter (not a mark, digit or punctuation). */
export function isArabicLetter(code: number): boolean {
  // Below the blocks, between them (a slot there would be another's), or past them (off the lookup's end).
  if (code < 0x0600 || (code >= 0x0900 && code < 0xfb50)) return false;
  return lettersLookup()[slot(code)] === 1;
}

/** Whether a code unit is an Arabic-Indic digit (٠–٩ or the Persian and Urdu ۰–۹). */
export function isArabicDigit(code: number): boolean {
  return inRanges(code, ARABIC_DIGITS);
}

/** Whether a code unit is of the Arabic script at all: a letter, mark, digit or its punctuation. */
export function isArabicScript(code: number): boolean {
  return inRanges(code, ARABIC_BLOCKS);
}

/** Whether the text has at least one Arabic-script letter. */
export function hasArabicLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isArabicLetter(text.charCodeAt(i))) return true;
  return false;
}

/** How many Arabic-script letters the text has (to weigh it against its Latin ones). */
export function countArabicLetters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isArabicLetter(text.charCodeAt(i))) count++;
  return count;
}

/** Whether the text has at least one character of the Arabic script (a query written in Arabic). */
export function hasArabicScript(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isArabicScript(text.charCodeAt(i))) return true;
  return false;
}

/** A regular-expression class matching any character of the Arabic script, as `[\u0600-\u06ff…]`. */
export function arabicScriptClass(): string {
  const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
  return `[${ARABIC_BLOCKS.map(([first, last]) => `${hex(first)}-${hex(last)}`).join('')}]`;
}
