import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  hashPower,
  hashUnits,
  hashWord,
  mixed,
  prefixSwap,
  withPrefixSwapped,
} from '../../lib/arabic/word-hash';

const word = fc.string({ unit: fc.constantFrom(...'ابتدرسعلمنهويكفx1'), minLength: 0, maxLength: 90 });
const units = (text: string) => Array.from(text, (ch) => ch.charCodeAt(0));

describe('word hashes', () => {
  it('hashes units as it hashes the word they spell', () => {
    fc.assert(
      fc.property(word, (w) => {
        expect(hashUnits(units(`xx${w}yy`), 2, 2 + w.length)).toBe(hashWord(w));
      }),
      { seed: 17, numRuns: 300 },
    );
  });

  it('gives the hash of a word with its first letters replaced (or taken off), from the word’s hash', () => {
    fc.assert(
      fc.property(word, word, word, (prefix, rest, restore) => {
        const whole = hashWord(prefix + rest);
        const swapped = withPrefixSwapped(whole, prefixSwap(prefix, restore), rest.length);
        expect(swapped).toBe(hashWord(restore + rest));
        expect(withPrefixSwapped(whole, prefixSwap(prefix, ''), rest.length)).toBe(hashWord(rest));
      }),
      { seed: 17, numRuns: 500 },
    );
  });

  it('keeps every hash to 30 bits, so none is boxed as it is passed around', () => {
    fc.assert(
      fc.property(word, word, (prefix, rest) => {
        const whole = hashWord(prefix + rest);
        for (const hash of [
          whole,
          prefixSwap(prefix, rest),
          withPrefixSwapped(whole, prefixSwap(prefix, rest), rest.length),
          mixed(whole),
        ]) {
          expect(hash).toBeGreaterThanOrEqual(0);
          expect(hash).toBeLessThanOrEqual(0x3fffffff);
        }
      }),
      { seed: 17, numRuns: 300 },
    );
  });

  it('multiplies out powers past its table', () => {
    let power = 1;
    for (let e = 0; e < 200; e++) {
      expect(hashPower(e), `B^${e}`).toBe(power & 0x3fffffff);
      power = Math.imul(power, 0x01000193);
    }
  });

  it('tells apart the words a clitic split leaves (والد، الد، لد) and spreads them over slots', () => {
    const hashes = ['والد', 'الد', 'لد', 'ولد', 'دلا'].map(hashWord);
    expect(new Set(hashes).size).toBe(hashes.length);
    // Words that differ in their last letter alone land in different slots of a small table.
    const slots = new Set([...'ابتثجحخدذرزس'].map((ch) => mixed(hashWord(`كتا${ch}`)) & 1023));
    expect(slots.size).toBeGreaterThan(9);
  });
});
