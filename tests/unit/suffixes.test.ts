import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proclitics } from '../../lib/arabic/clitics';
import { foldArabic } from '../../lib/arabic/normalize';
import {
  CONSTRUCT_ENDINGS,
  mayBeStem,
  NUMBER_ENDINGS,
  PRONOUNS,
  suffixReadings,
} from '../../lib/arabic/suffixes';
import { type ReadingCase, testReadings } from './rule-readings';

/**
 * Every reading of a word as the matcher makes them: each clitic reading of its start, then each suffix
 * reading of what remains, as one string ('ب + ال + وزير + ين').
 */
function readings(written: string): string[] {
  return proclitics(foldArabic(written)).flatMap(({ stem, clitics }) =>
    suffixReadings(stem, clitics).map((reading) =>
      [...clitics.map((clitic) => clitic.ar), reading.stem, reading.suffix].join(' + '),
    ),
  );
}

/** One example for each of NUMBER_ENDINGS, in order. */
const NUMBER_EXAMPLES: readonly ReadingCase[] = [
  { written: 'وزيرا', reading: 'وزير + ا', why: 'accusative' },
  { written: 'وزارتان', reading: 'وزارة + ان', why: 'dual: ة is written ت before it' },
  { written: 'وزارتين', reading: 'وزارة + ين', why: 'dual or plural oblique: ة is written ت before it' },
  { written: 'مسؤولون', reading: 'مسؤول + ون', why: 'plural nominative' },
  { written: 'وزارات', reading: 'وزارة + ات', why: 'feminine plural: it replaces ة' },
];

/** One example for each of CONSTRUCT_ENDINGS (before a pronoun), in order. */
const CONSTRUCT_EXAMPLES: readonly ReadingCase[] = [
  { written: 'وزارته', reading: 'وزارة + ه', why: 'no ending: ة is written ت before the pronoun' },
  { written: 'وزيراه', reading: 'وزير + اه', why: 'his two ministers: dual in construct' },
  { written: 'مسؤوليه', reading: 'مسؤول + يه', why: 'its officials: plural oblique in construct' },
  { written: 'مسؤولوه', reading: 'مسؤول + وه', why: 'its officials: plural nominative in construct' },
  { written: 'وزاراتها', reading: 'وزارة + اتها', why: 'its ministries: feminine plural in construct' },
];

/** One example for each of PRONOUNS, in order. */
const PRONOUN_EXAMPLES: readonly ReadingCase[] = [
  { written: 'وزيره', reading: 'وزير + ه', why: 'his minister' },
  { written: 'وزيرها', reading: 'وزير + ها', why: 'her minister' },
  { written: 'وزيرهما', reading: 'وزير + هما', why: 'their (two) minister' },
  { written: 'وزيرهم', reading: 'وزير + هم', why: 'their minister' },
  { written: 'وزيرهن', reading: 'وزير + هن', why: 'their (feminine) minister' },
  { written: 'وزيرك', reading: 'وزير + ك', why: 'your minister' },
  { written: 'وزيركما', reading: 'وزير + كما', why: 'your (two) minister' },
  { written: 'وزيركم', reading: 'وزير + كم', why: 'your (plural) minister' },
  { written: 'وزيركن', reading: 'وزير + كن', why: 'your (feminine plural) minister' },
  { written: 'وزيري', reading: 'وزير + ي', why: 'my minister' },
  { written: 'وزيرنا', reading: 'وزير + نا', why: 'our minister' },
];

const MORE_EXAMPLES: readonly ReadingCase[] = [
  { written: 'الوزيرين', reading: 'ال + وزير + ين', why: 'a number ending goes with the article' },
  { written: 'بالوزارات', reading: 'ب + ال + وزارة + ات', why: 'so does the feminine plural' },
  { written: 'لوزيرها', reading: 'ل + وزير + ها', why: 'a pronoun after a preposition alone' },
  {
    written: 'للرئيسين',
    reading: 'ل + الرئيس + ين',
    why: 'a number ending after the article restored from لل',
  },
];

const INVALID: readonly ReadingCase[] = [
  { written: 'بالوزيرها', reading: 'ب + ال + وزير + ها', why: 'a word with the article takes no possessive' },
  { written: 'الوزيره', reading: 'ال + وزير + ه', why: 'the same without a preposition' },
  { written: 'للرئيسه', reading: 'ل + الرئيس + ه', why: 'nor with the article restored from لل' },
  { written: 'للوزيرنا', reading: 'ل + ال + وزير + نا', why: 'nor with the article split from لل' },
  { written: 'به', reading: 'ب + ه', why: 'a stem of one letter is no word' },
];

describe('the suffix table', () => {
  const suffixOf = (example: ReadingCase) => foldArabic(example.reading).split(' + ').at(-1) ?? '';

  it('has one example for each number ending and each pronoun, in order', () => {
    expect(NUMBER_EXAMPLES.map(suffixOf)).toEqual(NUMBER_ENDINGS.map(({ ending }) => ending));
    expect(PRONOUN_EXAMPLES.map(suffixOf)).toEqual(PRONOUNS);
  });

  it('has one example for each construct ending, in order, followed by a pronoun', () => {
    expect(CONSTRUCT_EXAMPLES).toHaveLength(CONSTRUCT_ENDINGS.length);
    const pronounAfter = CONSTRUCT_ENDINGS.map(({ ending }, i) => {
      const suffix = suffixOf(CONSTRUCT_EXAMPLES[i] as ReadingCase);
      return suffix.startsWith(ending) && PRONOUNS.includes(suffix.slice(ending.length));
    });
    expect(pronounAfter).toEqual(CONSTRUCT_ENDINGS.map(() => true));
  });
});

describe('suffixReadings', () => {
  testReadings(readings, {
    valid: [...NUMBER_EXAMPLES, ...CONSTRUCT_EXAMPLES, ...PRONOUN_EXAMPLES, ...MORE_EXAMPLES],
    invalid: INVALID,
  });

  it('gives the readings shortest suffix first, with ت read as ة where the suffix allows', () => {
    expect(suffixReadings(foldArabic('وزارتهما'))).toEqual([
      { stem: 'وزارتهم', suffix: 'ا' },
      { stem: 'وزارت', suffix: 'هما' },
      { stem: 'وزاره', suffix: 'هما' },
    ]);
  });
});

describe('mayBeStem, the check before suffixReadings', () => {
  const units = (word: string) => [...word].map((letter) => letter.charCodeAt(0));
  /** Words made of letters that the endings are made of, so that many have several suffix readings. */
  const LETTERS = [...'اتنيوهكمدزرة'];
  const written = fc
    .array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 8 })
    .map((letters) => letters.join(''));

  it('holds for every stem suffixReadings gives, with letters put back in front or not', () => {
    fc.assert(
      fc.property(written, fc.constantFrom('', 'ال'), fc.nat(2), (word, restore, cut) => {
        const folded = foldArabic(word);
        const from = Math.min(cut, folded.length);
        for (const { stem } of suffixReadings(restore + folded.slice(from))) {
          expect(mayBeStem(stem, units(folded), from, folded.length, restore), stem).toBe(true);
        }
      }),
      { numRuns: 2000, seed: 17 },
    );
  });

  it('says no to a stem the word cannot be read as, yes to those it can', () => {
    const word = units('مدينة');
    expect(mayBeStem('مدني', word, 0, word.length, '')).toBe(false);
    expect(mayBeStem('الوزير', units('وزيران'), 0, 6, 'ال')).toBe(true);
    expect(mayBeStem('وزاره', units('وزارتها'), 0, 7, '')).toBe(true);
    expect(mayBeStem('وزاره', units('وزارات'), 0, 6, '')).toBe(true);
    expect(mayBeStem('وزير', units('وز'), 0, 2, '')).toBe(false);
  });
});
