import { describe, expect, it } from 'vitest';
import { tokenize } from '~/lib/arabic/tokenize';
import { withNamesReplaced } from '~/scripts/lib/replace-names';

/** Name-list tokens by class (index 0 = class 1): a pool of class 2 to draw from. */
const PERSON_TOKENS = ['', 'ترامب دونالد كوناري بوصوفه ايبواه', '', 'محمد'];
const CLASS_2 = new Set((PERSON_TOKENS[1] as string).split(' '));

function tagged(line: string) {
  const pairs = line.split(' ').map((pair) => pair.split('/') as [string, string]);
  return { tokens: tokenize(pairs.map(([word]) => word).join(' ')), tags: pairs.map(([, tag]) => tag) };
}

const SENTENCES = [
  'قال/O الرئيس/O دونالد/B-PERS ترامب/I-PERS إن/O بلاده/O',
  'وأكد/O الرئيس/O وترامب/B-PERS أن/O الحكومة/O',
  'أكد/O الوزير/O سليم/B-PERS أن/O الاتفاق/O',
  'أعلنت/O شركة/B-ORG سامسونغ/I-ORG عن/O هاتف/O',
].map(tagged);

describe('withNamesReplaced (training sentences with their people renamed)', () => {
  const renamed = withNamesReplaced(SENTENCES, PERSON_TOKENS, 7);

  it('replaces a known name word by a token of the same class and keeps every other word and tag', () => {
    const [first] = renamed;
    expect(first?.tags).toEqual(SENTENCES[0]?.tags);
    const words = first?.tokens.map((token) => token.norm) ?? [];
    const before = SENTENCES[0]?.tokens.map((token) => token.norm) ?? [];
    const others = (list: string[]) => list.filter((_, i) => i < 2 || i > 3);
    expect(others(words)).toEqual(others(before));
    expect(words.slice(2, 4)).not.toEqual(before.slice(2, 4));
    expect(CLASS_2.has(words[2] as string)).toBe(true);
    expect(CLASS_2.has(words[3] as string)).toBe(true);
  });

  it('keeps the clitic a name was written with (وترامب → و + another name)', () => {
    const word = renamed[1]?.tokens[2]?.norm ?? '';
    expect(word.startsWith('و')).toBe(true);
    expect(CLASS_2.has(word.slice(1))).toBe(true);
  });

  it('leaves names the lists lack, and sentences with no person, as they are', () => {
    expect(renamed[2]?.tokens[2]?.norm).toBe('سليم');
    expect(renamed[3]).toBe(SENTENCES[3]);
  });

  it('draws the same names from the same seed, and others from another', () => {
    const words = (seed: number) =>
      withNamesReplaced(Array(20).fill(SENTENCES[0]), PERSON_TOKENS, seed).map((s) => s.tokens[2]?.norm);
    expect(words(7)).toEqual(words(7));
    expect(words(8)).not.toEqual(words(7));
    expect(new Set(words(7)).size).toBeGreaterThan(2);
  });
});
