/**
 * Which script a character code belongs to, for telling pages apart by their letters (detectPage and the
 * title check that runs before it). Letters only: marks, digits and punctuation belong to no script here.
 */

/**
 * Arabic-script letters: the Arabic block's letters (not its marks, digits or punctuation), Arabic
 * Supplement, Arabic Extended-A and the presentation forms that old sites still emit. Tatweel ـ (U+0640)
 * sits among the letters but only stretches a word, sometimes for whole lines of decoration. Written out as
 * comparisons, not a loop over a table of ranges: the boot script runs this cold on every page, where the
 * loop's iterator cost most of a millisecond (npm run bench).
 */
export function isArabicScriptLetter(code: number): boolean {
  return (
    (code >= 0x0620 && code <= 0x064a && code !== 0x0640) ||
    (code >= 0x066e && code <= 0x06d3) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08c9) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfefc)
  );
}

export const isLatinLetter = (code: number): boolean =>
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);

export const isHebrewLetter = (code: number): boolean => code >= 0x05d0 && code <= 0x05ea;

/** Greek and Cyrillic (with its supplement), for titles in neither Latin nor Arabic script. */
export const isGreekOrCyrillicLetter = (code: number): boolean =>
  (code >= 0x0386 && code <= 0x03ff && code !== 0x0387) || (code >= 0x0400 && code <= 0x052f);
