import { describe, expect, it } from 'vitest';
import { CHILD_OF, KINSHIP } from '../../lib/arabic/kinship';
import { foldArabic } from '../../lib/arabic/normalize';

describe('the words of a "son of" chain', () => {
  it.each([
    ['بن', 'محمد بن راشد'],
    ['ابن', 'ابن خلدون'],
    ['بنت', 'عائشة بنت أبي بكر'],
  ])('%s names the father after it (%s), and is a word of the chain', (word, example) => {
    expect(example.split(' ')).toContain(word);
    expect(CHILD_OF.has(foldArabic(word))).toBe(true);
    expect(KINSHIP.has(foldArabic(word))).toBe(true);
  });

  it('holds ابنه "his son" in the chain, but as no father\'s (ابنه حمدان is the son)', () => {
    expect(KINSHIP.has('ابنه')).toBe(true);
    expect(CHILD_OF.has('ابنه')).toBe(false);
  });

  it.each(['بين', 'بني', 'نجل'])('holds no other word (%s)', (word) => {
    expect(KINSHIP.has(foldArabic(word))).toBe(false);
  });
});
