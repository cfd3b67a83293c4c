/**
 * The words news writes beside a person's name (lib/names/beside-names.ts): each row's example holds its word,
 * as written or with a clitic on it, and no row repeats a title of the cue table.
 */
import { describe, expect, it } from 'vitest';
import { procliticSplits } from '~/lib/arabic/clitics';
import { foldArabic } from '~/lib/arabic/normalize';
import { BESIDE_NAME_WORDS, BESIDE_NAMES } from '~/lib/names/beside-names';
import { CUES_BY_WORD } from '~/lib/names/name-cues';

/** Whether a phrase holds a word, as written or with clitics taken off. */
function holds(phrase: string, word: string): boolean {
  return foldArabic(phrase)
    .split(/[\s.]+/)
    .some((token) => token === word || procliticSplits(token).some(({ stem }) => stem === word));
}

describe('words beside a name', () => {
  it.each(BESIDE_NAMES.map((row) => [row.ar, row.example]))('%s is in its example: %s', (ar, example) => {
    expect(holds(example, foldArabic(ar))).toBe(true);
  });

  it('holds each word once, folded, and none the cue table already holds', () => {
    expect(BESIDE_NAME_WORDS.size).toBe(BESIDE_NAMES.length);
    for (const word of BESIDE_NAME_WORDS) expect(CUES_BY_WORD.has(word)).toBe(false);
    expect(BESIDE_NAME_WORDS.has(foldArabic('سعادة'))).toBe(true);
    expect(BESIDE_NAME_WORDS.has('سعادة')).toBe(false);
  });

  it('finds a word in an example only where it is one of its words', () => {
    expect(holds('للحارس هيلتون', foldArabic('الحارس'))).toBe(true);
    expect(holds('الحارسان هيلتون', foldArabic('الحارس'))).toBe(false);
  });
});
