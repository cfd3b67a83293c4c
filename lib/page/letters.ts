/**
 * Letters of the scripts other than Arabic's (lib/arabic/script.ts) that tell pages apart (detectPage and the
 * title check that runs before it). Letters only: marks, digits and punctuation belong to no script here.
 */

export const isLatinLetter = (code: number): boolean =>
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);

export const isHebrewLetter = (code: number): boolean => code >= 0x05d0 && code <= 0x05ea;

/** Greek and Cyrillic (with its supplement), for titles in neither Latin nor Arabic script. */
export const isGreekOrCyrillicLetter = (code: number): boolean =>
  (code >= 0x0386 && code <= 0x03ff && code !== 0x0387) || (code >= 0x0400 && code <= 0x052f);
