import { describe, expect, it } from 'vitest';
import {
  ARABIC_BLOCKS,
  ARABIC_DIGITS,
  ARABIC_LETTERS,
  ARABIC_MARKS,
  arabicScriptClass,
  countArabicLetters,
  hasArabicLetter,
  hasArabicScript,
  isArabicDigit,
  isArabicLetter,
  isArabicScript,
} from '../../lib/arabic/script';

type Ranges = ReadonlyArray<readonly [number, number]>;
const holds = (ranges: Ranges, code: number) => ranges.some(([first, last]) => code >= first && code <= last);

type Kind = 'letter' | 'mark' | 'digit' | 'other' | 'none';

/** What the tables say of a character. */
function kindOf(ch: string): Kind {
  const code = ch.charCodeAt(0);
  if (!isArabicScript(code)) return 'none';
  if (isArabicLetter(code)) return 'letter';
  if (isArabicDigit(code)) return 'digit';
  return holds(ARABIC_MARKS, code) ? 'mark' : 'other';
}

describe('the Arabic script', () => {
  it.each<[string, Kind, string]>([
    ['ب', 'letter', 'a letter of the Arabic block'],
    ['ء', 'letter', 'hamza alone'],
    ['ة', 'letter', 'teh marbuta'],
    ['پ', 'letter', 'Persian peh'],
    ['ڈ', 'letter', 'Urdu ddal'],
    ['ە', 'letter', 'Kurdish ae'],
    ['ݐ', 'letter', 'Arabic Supplement'],
    ['ࢠ', 'letter', 'Arabic Extended-A'],
    ['ﻣ', 'letter', 'an initial presentation form, as old sites emit'],
    ['ﷲ', 'letter', 'a word ligature'],
    ['\u064e', 'mark', 'fatha'],
    ['\u0670', 'mark', 'dagger alef: a mark, though among the letters'],
    ['ـ', 'mark', 'tatweel only stretches a word'],
    ['\u06e5', 'mark', 'small waw: Quranic annotation'],
    ['٣', 'digit', 'Arabic-Indic digit'],
    ['۴', 'digit', 'Persian digit'],
    ['،', 'other', 'Arabic comma'],
    ['؟', 'other', 'Arabic question mark'],
    ['\u061c', 'other', 'the Arabic letter mark (bidi)'],
    ['﴾', 'other', 'ornate parenthesis'],
    ['\ufeff', 'other', 'the byte order mark closes Presentation Forms-B'],
    ['a', 'none', 'Latin'],
    ['3', 'none', 'an ASCII digit'],
    ['ש', 'none', 'Hebrew'],
    ['\u0780', 'none', 'Thaana, the block after Arabic Supplement'],
    ['\u0870', 'none', 'Arabic Extended-B is not read'],
    ['\uf900', 'none', 'a CJK compatibility ideograph, just below the presentation forms'],
  ])('%s is %s (%s)', (ch, kind) => {
    expect(kindOf(ch)).toBe(kind);
  });

  it.each([
    ['ARABIC_BLOCKS', ARABIC_BLOCKS],
    ['ARABIC_LETTERS', ARABIC_LETTERS],
    ['ARABIC_MARKS', ARABIC_MARKS],
    ['ARABIC_DIGITS', ARABIC_DIGITS],
  ])('%s are ranges in order, apart, inside the blocks', (_, ranges) => {
    ranges.forEach(([first, last], i) => {
      expect(first).toBeLessThanOrEqual(last);
      expect(first).toBeGreaterThan(ranges[i - 1]?.[1] ?? -1);
      expect(holds(ARABIC_BLOCKS, first) && holds(ARABIC_BLOCKS, last)).toBe(true);
    });
  });

  it('has no code point that is two kinds', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const kinds = [ARABIC_LETTERS, ARABIC_MARKS, ARABIC_DIGITS].filter((ranges) => holds(ranges, code));
      if (kinds.length > 1) expect(code.toString(16)).toBe('one kind');
    }
  });

  it('answers from the letters lookup as the ranges say, for every code unit', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isArabicLetter(code) !== holds(ARABIC_LETTERS, code)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('calls letters what Unicode does, but tatweel and the Quranic small waw and yeh', () => {
    const decorative = new Set([0x0640, 0x06e5, 0x06e6]);
    const wrong: string[] = [];
    for (const [first, last] of ARABIC_BLOCKS) {
      for (let code = first; code <= last; code++) {
        const ch = String.fromCharCode(code);
        if (isArabicLetter(code) !== (/\p{L}/u.test(ch) && !decorative.has(code)))
          wrong.push(code.toString(16));
      }
    }
    expect(wrong).toEqual([]);
  });

  it('calls digits what Unicode does', () => {
    const wrong: string[] = [];
    for (const [first, last] of ARABIC_BLOCKS) {
      for (let code = first; code <= last; code++) {
        if (isArabicDigit(code) !== /\p{Nd}/u.test(String.fromCharCode(code))) wrong.push(code.toString(16));
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('questions about text', () => {
  it.each<[string, boolean, boolean, number, string]>([
    ['باريس', true, true, 5, 'Arabic'],
    ['مَرْحَبًا', true, true, 5, 'marks are not letters'],
    ['١٢٣ ،', false, true, 0, 'digits and punctuation are Arabic script, not letters'],
    ['Paris', false, false, 0, 'Latin'],
    ['Paris (باريس)', true, true, 5, 'mixed'],
    ['', false, false, 0, 'nothing'],
  ])('%s: letter %s, script %s, %i letters (%s)', (text, letter, script, count) => {
    expect([hasArabicLetter(text), hasArabicScript(text), countArabicLetters(text)]).toEqual([
      letter,
      script,
      count,
    ]);
  });

  it('gives the script as a regular-expression class', () => {
    const run = new RegExp(`${arabicScriptClass()}+`, 'g');
    expect('Farsi (پ چ) and ﻣﺤﻤﺪ، ok'.match(run)).toEqual(['پ', 'چ', 'ﻣﺤﻤﺪ،']);
  });
});
