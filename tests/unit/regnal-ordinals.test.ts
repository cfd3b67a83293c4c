import { describe, expect, it } from 'vitest';
import { foldArabic } from '~/lib/arabic/normalize';
import { REGNAL_ORDINAL_WORDS, REGNAL_ORDINALS, TEENS } from '~/lib/names/regnal-ordinals';

describe('REGNAL_ORDINALS', () => {
  it.each(REGNAL_ORDINALS)('$ar: its example names a ruler by it', ({ ar, example }) => {
    const words = example.split(' ').map(foldArabic);
    expect(words).toContain(ar);
    expect(words.indexOf(ar)).toBeGreaterThan(0);
  });

  it("holds the numbers, a king's and a queen's, not the teens' second word", () => {
    expect(REGNAL_ORDINAL_WORDS.has(foldArabic('الأول'))).toBe(true);
    expect(REGNAL_ORDINAL_WORDS.has(foldArabic('الثانية'))).toBe(true);
    for (const teen of TEENS) expect(REGNAL_ORDINAL_WORDS.has(teen)).toBe(false);
    expect(TEENS.has(foldArabic('عشرة'))).toBe(true);
  });
});
