import { describe, expect, it } from 'vitest';
import { tokenize } from '../../lib/arabic/tokenize';

const words = (text: string) => tokenize(text).map((token) => text.slice(token.start, token.end));

describe('tokenize', () => {
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
