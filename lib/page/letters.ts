/**
 * Which script a character code belongs to, for telling pages apart by their letters (detectPage and the
 * title check that runs before it). Letters only: marks, digits and punctuation belong to no script here.
 */

// Arabic-script letters: the Arabic block's letters (not its marks, digits or punctuation), Arabic
// Supplement, Arabic Extended-A and the presentation forms that old sites still emit.
const ARABIC_LETTER_RANGES: readonly (readonly [number, number])[] = [
  [0x0620, 0x064a],
  [0x066e, 0x06d3],
  [0x0750, 0x077f],
  [0x08a0, 0x08c9],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfefc],
];
/** Tatweel ـ sits among the letters but only stretches a word, sometimes for whole lines of decoration. */
const TATWEEL = 0x0640;

export function isArabicScriptLetter(code: number): boolean {
  if (code === TATWEEL) return false;
  for (const [low, high] of ARABIC_LETTER_RANGES) if (code >= low && code <= high) return true;
  return false;
}

export const isLatinLetter = (code: number): boolean =>
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);

export const isHebrewLetter = (code: number): boolean => code >= 0x05d0 && code <= 0x05ea;

/** Greek and Cyrillic (with its supplement), for titles in neither Latin nor Arabic script. */
export const isGreekOrCyrillicLetter = (code: number): boolean =>
  (code >= 0x0386 && code <= 0x03ff && code !== 0x0387) || (code >= 0x0400 && code <= 0x052f);
