import { describe, expect, it } from 'vitest';
import { foldArabic } from '~/lib/arabic/normalize';
import { REGNAL_ORDINAL_WORDS, REGNAL_ORDINALS, TEEN } from '~/lib/names/regnal-ordinals';

describe('REGNAL_ORDINALS', () => {
  it.each(REGNAL_ORDINALS)('$ar: its example names a ruler by it', ({ ar, example }) => {
    const words = example.split(' ').map(foldArabic);
    expect(words).toContain(ar);
    expect(words.indexOf(ar)).toBeGreaterThan(0);
  });

  it('holds the numbers, not the words that only look like them', () => {
    expect(REGNAL_ORDINAL_WORDS.has(foldArabic('الأول'))).toBe(true);
    expect(REGNAL_ORDINAL_WORDS.has(TEEN)).toBe(false);
    expect(REGNAL_ORDINAL_WORDS.has(foldArabic('الثانية'))).toBe(false);
  });
});
