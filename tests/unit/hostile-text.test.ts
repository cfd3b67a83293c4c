/**
 * Odd text a page may hold: every Arabic mark and presentation form, Persian and Urdu letters among Arabic
 * ones, bidi controls, lone surrogates. The core must not throw, must not split or join words wrongly,
 * and must paint exactly the characters that make up a name.
 */
import { describe, expect, it } from 'vitest';
import { foldArabic } from '../../lib/arabic/normalize';
import { tokenize, tokenizeReference } from '../../lib/arabic/tokenize';
import { createMatcher } from '../../lib/glossary/matcher';
import type { GlossaryEntry } from '../../lib/glossary/schema';

const ENTRIES: GlossaryEntry[] = [
  { id: 'paris', ar: 'باريس', en: 'Paris', type: 'place', variants: [] },
  { id: 'iran', ar: 'إيران', en: 'Iran', type: 'place', variants: [] },
  { id: 'carter', ar: 'آشتون كارتر', en: 'Ashton Carter', type: 'person', variants: [] },
  { id: 'allah', ar: 'الله', en: 'God', type: 'term', variants: [] },
  { id: 'karachi', ar: 'كراتشي', en: 'Karachi', type: 'place', variants: [] },
];
const matcher = createMatcher(ENTRIES);

/** [text as written, English] of every match. */
function found(text: string): Array<[string, string]> {
  return matcher
    .match(text)
    .map((match) => [text.slice(match.start, match.end), ENTRIES[match.entry]?.en ?? '']);
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const char = (code: number) => String.fromCharCode(code);

/** Every combining mark and sign of the Arabic blocks that folding drops. */
const ARABIC_MARKS = [
  ...range(0x0610, 0x061a),
  ...range(0x064b, 0x065f),
  0x0670,
  ...range(0x06d6, 0x06dc),
  ...range(0x06df, 0x06e4),
  0x06e7,
  0x06e8,
  ...range(0x06ea, 0x06ed),
  ...range(0x08ca, 0x08e1),
  ...range(0x08e3, 0x08ff),
  0x0640,
].map(char);

describe('every Arabic mark', () => {
  it.each(ARABIC_MARKS.map((mark) => [mark.charCodeAt(0).toString(16), mark]))(
    'U+%s inside and after a name leaves it one word, found and painted whole',
    (_, mark) => {
      const written = `ب${mark}اري${mark}س${mark}`;
      expect(found(`زار ${written} أمس`)).toEqual([[written, 'Paris']]);
    },
  );

  it('a name carrying all of them at once is still the name', () => {
    const written = `باريس${ARABIC_MARKS.join('')}`;
    expect(found(written)).toEqual([[written, 'Paris']]);
  });
});

describe('presentation forms', () => {
  it('finds a name written in contextual presentation forms, and paints all of it', () => {
    // ﺑﺎﺭﻳﺲ: initial beh, final alef, isolated reh, initial yeh, final seen.
    const written = '\ufe91\ufe8e\ufead\ufef3\ufeb2';
    expect(foldArabic(written)).toBe('باريس');
    expect(found(`في ${written}`)).toEqual([[written, 'Paris']]);
  });

  it('finds a name inside the Allah ligature and across a lam-alef ligature', () => {
    expect(found('قال \ufdf2 أكبر')).toEqual([['\ufdf2', 'God']]);
    expect(found('آشتون ك\ufefbرتر')).toEqual([]);
    expect(found('آشتون كارتر \ufefb')).toEqual([['آشتون كارتر', 'Ashton Carter']]);
  });

  it('never throws on any presentation form, and tokenizes each as its definition does', () => {
    for (const code of [...range(0xfb50, 0xfdff), ...range(0xfe70, 0xfefe)]) {
      const form = char(code);
      const text = `باريس${form}باريس ${form} آشتون كارتر`;
      expect(() => matcher.match(text), `U+${code.toString(16)}`).not.toThrow();
      expect(tokenize(text), `U+${code.toString(16)}`).toEqual(tokenizeReference(text));
    }
  });

  it('leaves the ornate parentheses around a quotation alone (they have no decomposition)', () => {
    expect(foldArabic('﴿باريس﴾')).toBe('﴿باريس﴾');
    expect(found('﴿باريس﴾')).toEqual([['باريس', 'Paris']]);
  });
});

describe('Persian and Urdu letters among Arabic ones', () => {
  it.each([
    ['ایران', 'Iran', 'Persian yeh is folded to Arabic yeh'],
    ['ايران', 'Iran', 'Arabic yeh'],
    ['كراتشی', 'Karachi', 'a Persian yeh at the end'],
    ['کراتشي', 'Karachi', 'Persian keheh for kaf'],
  ])('%s is %s (%s)', (text, english) => {
    expect(found(text)).toEqual([[text, english]]);
  });

  it.each([
    ['پاریس', 'Persian peh is another letter: not باريس'],
    ['باریسے', 'an Urdu yeh barree makes another word'],
    ['ٹباريس', 'an Urdu tteh before it makes another word'],
    ['باريسں', 'an Urdu noon ghunna after it makes another word'],
  ])('%s is not Paris (%s)', (text) => {
    expect(found(text)).toEqual([]);
    expect(tokenize(text)).toHaveLength(1);
  });

  it('keeps Urdu and Persian words whole and apart from the Arabic ones around them', () => {
    const text = 'کراچی میں باريس اور ہندوستان';
    expect(tokenize(text).map((token) => text.slice(token.start, token.end))).toEqual([
      'کراچی',
      'میں',
      'باريس',
      'اور',
      'ہندوستان',
    ]);
    expect(found(text)).toEqual([['باريس', 'Paris']]);
  });
});

describe('bidi controls', () => {
  const CONTROLS = [
    '\u200e',
    '\u200f',
    '\u061c',
    '\u202a',
    '\u202b',
    '\u202c',
    '\u202d',
    '\u202e',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
  ];

  it.each(CONTROLS.map((control) => [control.charCodeAt(0).toString(16), control]))(
    'U+%s around and inside a name does not hide it',
    (_, control) => {
      expect(found(`${control}باريس${control}`)).toEqual([[`باريس${control}`, 'Paris']]);
      expect(found(`آشتون${control} ${control}كارتر`)).toEqual([
        [`آشتون${control} ${control}كارتر`, 'Ashton Carter'],
      ]);
      expect(found(`با${control}ريس`)).toEqual([[`با${control}ريس`, 'Paris']]);
    },
  );

  it('an isolate around each word of a name (as CMSs wrap mixed text) keeps the name together', () => {
    const text = '\u2067آشتون\u2069 \u2067كارتر\u2069';
    expect(found(text)).toEqual([['آشتون\u2069 \u2067كارتر\u2069', 'Ashton Carter']]);
  });
});

describe('lone surrogates and astral characters', () => {
  it.each([
    ['\ud800باريس', 'a lone high surrogate before'],
    ['باريس\udc00', 'a lone low surrogate after'],
    ['\udc00\ud800 باريس \ud800', 'reversed halves and strays around'],
    ['😀باريس😀', 'an emoji on both sides'],
  ])('%s: never throws, and the name still stands apart (%s)', (text) => {
    expect(found(text)).toEqual([['باريس', 'Paris']]);
    expect(tokenize(text)).toEqual(tokenizeReference(text));
  });

  it('a lone surrogate inside a name makes it another word', () => {
    expect(found('بار\ud800يس')).toEqual([]);
  });

  it('survives a long run of every BMP code unit', () => {
    const all = Array.from({ length: 0x10000 }, (_, code) => char(code)).join('');
    const text = `${all} باريس ${all}`;
    expect(found(text)).toContainEqual(['باريس', 'Paris']);
    expect(tokenize(text)).toEqual(tokenizeReference(text));
  });
});
