import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeReference, tokenTable } from '../../lib/arabic/tokenize';

const words = (text: string) => tokenize(text).map((token) => text.slice(token.start, token.end));

describe('tokenize', () => {
  it('reads a unit met for the first time inside a word as part of it (units are classified as met)', () => {
    // ڤ (veh), a superscript alef and a Persian yeh, each in no other test of this file: met first inside
    // a word, after the word's first letter was read.
    const text = 'فيڤا الرحمٰن کاری';
    expect(words(text)).toEqual(['فيڤا', 'الرحمٰن', 'کاری']);
    expect(tokenize(text)).toEqual(tokenizeReference(text));
  });

  it.each([
    ['قال وزير الدفاع', ['قال', 'وزير', 'الدفاع'], 'spaces separate'],
    [
      'باريس، فرنسا؛ لماذا؟ «العراق» "سوريا"',
      ['باريس', 'فرنسا', 'لماذا', 'العراق', 'سوريا'],
      'Arabic punctuation and quotes separate',
    ],
    ['مُحَمَّدٌ رَسُولُ', ['مُحَمَّدٌ', 'رَسُولُ'], 'marks stay inside their word'],
    ['العـــراق', ['العـــراق'], 'tatweel stays inside the word'],
    [
      'في Paris عام 2016م',
      ['في', 'Paris', 'عام', '2016', 'م'],
      'Latin words and digits are tokens of their own',
    ],
    ['عام ٢٠١٦', ['عام', '٢٠١٦'], 'Arabic-Indic digits form a number'],
    ['(الأوروبية)', ['الأوروبية'], 'brackets separate'],
    ['بيـ\u200Cـروت', ['بيـ\u200Cـروت'], 'a zero-width non-joiner inside a word does not split it'],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('labels kinds and folds each word', () => {
    expect(tokenize('أحمد Carter 12').map((token) => [token.norm, token.kind])).toEqual([
      ['احمد', 'arabic'],
      ['Carter', 'latin'],
      ['12', 'number'],
    ]);
  });

  it.each([
    ['آشتون كارتر', [false, true], 'a space joins'],
    ['آشتون\u00A0كارتر', [false, true], 'a no-break space joins'],
    ['آشتون\nكارتر', [false, true], 'a single line break (soft wrap) joins'],
    ['آشتون\n\nكارتر', [false, false], 'a blank line is a paragraph break'],
    ['آشتون، كارتر', [false, false], 'a comma breaks a phrase'],
    ['آشتون (كارتر)', [false, false], 'a bracket breaks a phrase'],
    ['آشتون\u2029كارتر', [false, false], 'a paragraph separator breaks a phrase'],
  ])('joinsPrevious: %s (%s)', (text, expected) => {
    expect(tokenize(text).map((token) => token.joinsPrevious)).toEqual(expected);
  });
});

describe('tokenTable', () => {
  it('keeps its tokens when many texts are tokenized after it (they share arenas)', () => {
    const text = 'قال وزير الدفاع الأمريكي آشتون كارتر';
    const table = tokenTable(text);
    const before = table.list().map((token) => ({ ...token }));
    // Far more than one arena of units and of tokens, and a block longer than an arena.
    for (let i = 0; i < 3000; i++) tokenTable(`${text} ${i} `.repeat(3));
    tokenTable('كلمة '.repeat(40_000));
    const again = Array.from({ length: table.length }, (_, i) => ({
      norm: String.fromCharCode(...table.units.subarray(table.foldedStart(i), table.foldedEnd(i))),
      start: table.start(i),
      end: table.end(i),
      kind: table.kind(i),
      joinsPrevious: table.joinsPrevious(i),
    }));
    expect(again).toEqual(before);
    expect(before.map((token) => token.norm)).toEqual([
      'قال',
      'وزير',
      'الدفاع',
      'الامريكي',
      'اشتون',
      'كارتر',
    ]);
  });

  it('reads a block longer than an arena whole', () => {
    const text = 'كلمة '.repeat(40_000);
    const table = tokenTable(text);
    expect(table.length).toBe(40_000);
    expect([table.norm(39_999), table.start(39_999), table.end(39_999)]).toEqual(['كلمه', 199_995, 199_999]);
  });

  it('gives its room back on release, unless a table was made after it', () => {
    const mark = tokenTable('كلمة');
    const from = mark.foldedEnd(0);
    const released = tokenTable('قال وزير الدفاع');
    expect(released.foldedStart(0)).toBe(from);
    released.release();
    const next = tokenTable('باريس');
    expect(next.foldedStart(0)).toBe(from);
    // Released after `next` was made: `next` keeps its letters and the table after it starts past them.
    mark.release();
    const after = tokenTable('لندن');
    expect(String.fromCharCode(...next.units.subarray(next.foldedStart(0), next.foldedEnd(0)))).toBe('باريس');
    expect(after.foldedStart(0)).toBe(next.foldedEnd(0));
  });

  it('gives each word once as an object, the same one on every call', () => {
    const table = tokenTable('باريس، لندن');
    expect(table.list()).toBe(table.list());
    expect(table.norm(1)).toBe(table.list()[1]?.norm);
  });
});

describe('TokenTable.hyphenJoined', () => {
  const joined = (text: string) => {
    const table = tokenTable(text);
    return Array.from({ length: table.length }, (_, i) => table.hyphenJoined(i));
  };

  it('holds where a hyphen and nothing else stands between two words', () => {
    expect(joined('كيم جونغ-أون')).toEqual([false, false, true]);
    expect(joined('جان\u2010إيف لودريان')).toEqual([false, true, false]);
  });

  it('does not hold for a hyphen with a space beside it, a dash, or two marks', () => {
    expect(joined('جونغ - أون')).toEqual([false, false]);
    expect(joined('جونغ -أون')).toEqual([false, false]);
    expect(joined('جونغ—أون')).toEqual([false, false]);
    expect(joined('جونغ.-أون')).toEqual([false, false]);
    expect(joined('-أون')).toEqual([false]);
  });
});
