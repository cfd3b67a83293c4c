import { describe, expect, it } from 'vitest';
import { tokenize } from '~/lib/arabic/tokenize';
import {
  LETTER_ODDS_SCALE,
  letterClass,
  letterOddsOf,
  letterOddsText,
  letterRuns,
  letterScore,
} from '~/lib/names/name-letters';
import { createTagger } from '~/lib/names/tagger';
import { sentenceFeatures } from '~/lib/names/tagger-features';
import { crossFitLetters, learnLetterOdds, letterPartOf } from '~/scripts/lib/learn-name-letters';
import { lexicon, model } from './name-fixture';

/**
 * Foreign surnames in -وف and -سكي against ordinary words, 80 of each (28 distinct: a few letters put before
 * or after each), so that the runs of the first three names are met often enough to be kept.
 */
const NAMES = Array.from(
  { length: 80 },
  (_, i) => 'م'.repeat(i % 7) + (['بوبوف', 'ايفانوف', 'سميرنوف', 'كوفالسكي'][i % 4] as string),
);
const OTHERS = Array.from(
  { length: 80 },
  (_, i) => (['الحكومة', 'المدينة', 'الاقتصادية', 'الوزارة'][i % 4] as string) + 'ه'.repeat(i % 7),
);

describe('letter runs', () => {
  it('lists the runs of one to three letters with both ends marked', () => {
    expect(letterRuns('كي')).toEqual(['^', 'ك', 'ي', '$', '^ك', 'كي', 'ي$', '^كي', 'كي$']);
    expect(letterRuns('')).toEqual(['^', '$', '^$']);
  });

  it('scores a word by the mean log odds of its runs, a run the table lacks counting 0', () => {
    const odds = new Map([
      ['^', 100],
      ['ك', 300],
    ]);
    // كي has nine runs: (100 + 300) / 9 hundredths.
    expect(letterScore(odds, 'كي')).toBeCloseTo(400 / 9 / LETTER_ODDS_SCALE);
    expect(letterScore(new Map(), 'كي')).toBe(0);
  });

  it('classes a score in half units, kept within ±3', () => {
    expect(letterClass(new Map([['^', 9 * 120]]), 'كي')).toBe(2);
    expect(letterClass(new Map([['^', -9 * 30]]), 'كي')).toBe(-1);
    expect(letterClass(new Map([['^', 9 * 1000]]), 'كي')).toBe(3);
    expect(letterClass(new Map([['^', -9 * 1000]]), 'كي')).toBe(-3);
    // A small negative score is class 0, not −0 (the feature's name would be the same; equality would not).
    expect(Object.is(letterClass(new Map([['^', -9 * 10]]), 'كي'), 0)).toBe(true);
  });

  it('writes the table as text and reads it back, passing over pairs with no value', () => {
    const odds = new Map([
      ['وف$', 250],
      ['^ال', -180],
      ['=', 7],
    ]);
    const text = letterOddsText(odds);
    expect(text).toBe('==7 ^ال=-180 وف$=250');
    expect(letterOddsOf(text)).toEqual(odds);
    expect(letterOddsOf('ab=1 broken =3 ')).toEqual(new Map([['ab', 1]]));
  });
});

describe('learning the letter table', () => {
  it("gives a name's runs positive odds and an ordinary word's negative ones, and drops runs met seldom", () => {
    const odds = learnLetterOdds(NAMES, OTHERS);
    expect(odds.get('وف$')).toBeGreaterThan(0);
    expect(odds.get('^ال')).toBeLessThan(0);
    // كوفالسكي is one name in four: its runs are met 20 times, too seldom to keep.
    expect(odds.has('سكي')).toBe(false);
    expect(letterClass(odds, 'كاربوف')).toBeGreaterThan(0);
    expect(letterClass(odds, 'الحكومية')).toBeLessThan(0);
  });

  it('scores each training word with the table learnt without the words of its part (cross-fitting)', () => {
    const names = new Set(NAMES);
    const others = new Set(OTHERS);
    const fitted = crossFitLetters(names, others);
    const outside = (part: number) => (word: string) => letterPartOf(word) !== part;
    for (const word of [...names, ...others]) {
      const part = letterPartOf(word);
      const table = learnLetterOdds([...names].filter(outside(part)), [...others].filter(outside(part)));
      expect(fitted(word)).toBe(letterClass(table, word));
    }
    // The table learnt from every word would score some of them otherwise.
    const whole = learnLetterOdds(names, others);
    expect([...names, ...others].some((word) => letterClass(whole, word) !== fitted(word))).toBe(true);
  });
});

describe('the letters as the tagger sees them', () => {
  // The class of the stem: كاربوف looks like a name, anything else not.
  const letters = (word: string) => (word === 'كاربوف' ? 2 : -2);
  it('reads the letters of a rare word no name list holds, and of no other word', () => {
    const frequent = (word: string) => word === 'قال';
    // ترامب is listed (name-fixture), قال learnt, كاربوف neither.
    const [said, trump, karpov] = sentenceFeatures(tokenize('قال ترامب وكاربوف'), {
      ...lexicon,
      frequent,
      letters,
    });
    // Read on the stem, without the و: the word as written would be class −2.
    expect(karpov).toContain('nl=2');
    expect(trump?.some((feature) => feature.startsWith('nl='))).toBe(false);
    expect(said?.some((feature) => feature.startsWith('nl='))).toBe(false);
    // Without a letter table, no word's letters are read.
    const [, , plain] = sentenceFeatures(tokenize('قال ترامب وكاربوف'), { ...lexicon, frequent });
    expect(plain?.some((feature) => feature.startsWith('nl='))).toBe(false);
  });

  it('takes the letter table from the model file, and reads none from a file without one', () => {
    const odds = new Map([['وف$', 400]]);
    const withTable = createTagger({ ...model, letters: letterOddsText(odds) });
    expect(withTable.lexicon.letters?.('كاربوف')).toBe(letterClass(odds, 'كاربوف'));
    expect(createTagger(model).lexicon.letters).toBeUndefined();
  });
});
