/**
 * Every problem the glossary's checks can give, said in English and in Arabic from the catalogues alone
 * (translators without the English fallback, so a message missing from either catalogue throws here rather
 * than showing English in the Arabic interface). The table has a row for every code: a code added to
 * Problem without its row does not compile.
 */
import { describe, expect, it } from 'vitest';
import type { Problem, ProblemCode } from '../../lib/glossary/problems';
import { CATALOGUES } from '../../lib/i18n/catalogues';
import { englishProblem, sayProblem } from '../../lib/i18n/say-problem';
import { createTranslator } from '../../lib/i18n/translate';

const en = createTranslator('en', CATALOGUES.en);
const ar = createTranslator('ar', CATALOGUES.ar);

type Row<C extends ProblemCode> = [problem: Extract<Problem, { code: C }>, english: string];

const SAID: { [C in ProblemCode]: Row<C> } = {
  'missing-field': [{ code: 'missing-field', field: 'en' }, 'the English is missing'],
  'unknown-type': [
    { code: 'unknown-type', value: 'city' },
    'unknown type "city": use one of person, place, organisation, title, nationality, term, other',
  ],
  'form-empty': [{ code: 'form-empty', form: 'ـــ' }, '"ـــ" is empty after normalisation'],
  'form-single-letter': [
    { code: 'form-single-letter', form: 'ب' },
    '"ب" is a single letter after normalisation',
  ],
  'form-no-arabic': [{ code: 'form-no-arabic', form: 'Berlin' }, '"Berlin" has no Arabic letters'],
  'form-twice': [
    { code: 'form-twice', form: 'باريس', first: 2, second: 6 },
    '"باريس" appears twice, on lines 2 and 6',
  ],
  'form-same-as': [
    { code: 'form-same-as', form: 'القاهره', other: 'القاهرة', otherEnglish: 'Cairo', otherLine: 11 },
    '"القاهره" is the same after normalisation as "القاهرة" (Cairo) on line 11',
  ],
  'form-in-glossary': [
    { code: 'form-in-glossary', form: 'ترامب', other: 'دونالد ترامب', otherEnglish: 'Donald Trump' },
    '"ترامب" is the same after normalisation as "دونالد ترامب" (Donald Trump), already in the glossary',
  ],
  'vocalized-mismatch': [
    { code: 'vocalized-mismatch', vocalized: 'بَارِيز', ar: 'باريس' },
    'the vocalised form "بَارِيز" is not the Arabic "باريس" with its vowels',
  ],
  'id-reserved': [
    { code: 'id-reserved', id: 'suggested:x', prefix: 'suggested:' },
    'the id "suggested:x" starts with "suggested:", which Dalil keeps for its suggestions',
  ],
  'id-twice': [{ code: 'id-twice', id: 'paris', otherLine: 3 }, 'the id "paris" is already used by line 3'],
  'id-in-glossary': [
    { code: 'id-in-glossary', id: 'باراك اوباما', other: 'باراك أوباما', otherEnglish: 'Barack Obama' },
    'the id "باراك اوباما" is already in the glossary: "باراك أوباما" (Barack Obama)',
  ],
  'suggestion-id': [
    { code: 'suggestion-id', id: 'suggested:محمد' },
    `"suggested:محمد" is a suggestion's id: a new entry is given an empty id`,
  ],
  'restore-taken': [
    { code: 'restore-taken', ar: 'باريس', other: 'باريس', otherEnglish: 'Paris (new)' },
    '"باريس" cannot be restored: "باريس" (Paris (new)) has taken its place',
  ],
  'not-object': [{ code: 'not-object' }, 'an entry must be an object'],
  'not-text': [{ code: 'not-text', field: 'note' }, '"note" must be text'],
  'not-list': [{ code: 'not-list', field: 'variants' }, '"variants" must be a list of strings'],
  'not-boolean': [{ code: 'not-boolean', field: 'inflects' }, '"inflects" must be true or false'],
  'text-too-long': [
    { code: 'text-too-long', field: 'note', limit: 2000 },
    'the note is longer than 2,000 characters',
  ],
  'list-too-long': [{ code: 'list-too-long', field: 'variants', items: 50 }, 'more than 50 variants'],
  'list-item-too-long': [
    { code: 'list-item-too-long', field: 'contexts', limit: 2000 },
    'one of the contexts is longer than 2,000 characters',
  ],
  markup: [
    { code: 'markup', field: 'en' },
    'the English looks like HTML or script; Dalil keeps it as plain text and never runs it',
  ],
  'file-empty': [{ code: 'file-empty' }, 'the file is empty'],
  'quote-unclosed': [{ code: 'quote-unclosed' }, 'a quoted cell is never closed'],
  'header-missing': [
    { code: 'header-missing', required: ['arabic', 'english', 'type'], missing: ['english', 'type'] },
    'the header row must name the columns arabic, english, type (missing: english, type)',
  ],
  'row-extra-cells': [
    { code: 'row-extra-cells', cells: 5, columns: 4, separator: 'comma' },
    'this row has 5 cells but the header names 4 columns: a cell holding a comma must be put in double quotes',
  ],
  'flag-not-yes-no': [
    { code: 'flag-not-yes-no', field: 'contextual', value: 'maybe' },
    'contextual must be yes or no, not "maybe"',
  ],
  'json-invalid': [
    { code: 'json-invalid', detail: 'Unexpected end of JSON input' },
    'not valid JSON (Unexpected end of JSON input)',
  ],
  'not-dalil-glossary': [
    { code: 'not-dalil-glossary', format: 'dalil-glossary' },
    'not a Dalil glossary: expected an object with "format": "dalil-glossary"',
  ],
  'schema-version': [
    { code: 'schema-version', found: '99', supported: 1 },
    'unsupported schemaVersion 99: this Dalil reads version 1',
  ],
  'entries-not-array': [{ code: 'entries-not-array' }, '"entries" must be an array'],
  'too-many': [
    { code: 'too-many', count: 50_000, unit: 'rows', max: 20_000 },
    'this file has 50,000 rows; Dalil imports at most 20,000 at a time. Split it into smaller files and import them one after another.',
  ],
  'too-large': [
    { code: 'too-large', size: 31, limit: 20 },
    'this file is too large to import (31 million characters; the limit is 20 million)',
  ],
  'replace-needs-clean-file': [
    { code: 'replace-needs-clean-file' },
    'a replace removes every entry the file does not hold, so it needs a file without rejected rows: correct the rows below, or merge to import the valid rows only',
  ],
};

const ROWS = Object.values(SAID) as Array<[Problem, string]>;

/** What a file wrote, kept apart from the words around it as the pages keep it (components/ProblemText). */
const quoted = (text: string) => ({ quoted: text });

/** The Arabic words of a problem: the text around what the file wrote. */
function arabicWords(problem: Problem): string {
  return sayProblem(ar, problem, quoted)
    .filter((part): part is string => typeof part === 'string')
    .join('');
}

describe('every problem, in English and Arabic', () => {
  it.each(ROWS)('%o → %s', (problem, english) => {
    expect(englishProblem(problem)).toBe(english);
    const words = arabicWords(problem);
    expect(words).toMatch(/[\u0621-\u064A]/);
    // Latin letters only in what the file wrote (and the format names the interface writes so).
    expect(words.replace(/JSON/g, '')).not.toMatch(/[A-Za-z$]/);
  });

  it('says counts in the form their number takes in Arabic', () => {
    const cells = (count: number, columns: number) =>
      arabicWords({ code: 'row-extra-cells', cells: count, columns, separator: 'tab' });
    expect(cells(3, 2)).toBe(
      'في هذا الصف 3 خلايا وفي صف العناوين عمودان: الخلية التي فيها علامة جدولة توضع بين علامتي تنصيص مزدوجتين',
    );
    expect(cells(12, 11)).toMatch(/^في هذا الصف 12 خلية وفي صف العناوين 11 عمودًا:/);
    expect(arabicWords({ code: 'too-many', count: 20_001, unit: 'entries', max: 20_000 })).toMatch(
      /^في هذا الملف 20,001 مدخل، ويستورد دليل 20,000 على الأكثر/,
    );
    expect(arabicWords({ code: 'text-too-long', field: 'ar', limit: 200 })).toBe('العربية أطول من 200 حرف');
  });

  it('gives what the file wrote to the caller, to show apart', () => {
    expect(sayProblem(ar, { code: 'unknown-type', value: 'city' }, quoted)).toEqual([
      'نوع غير معروف «',
      { quoted: 'city' },
      '»: استعمل أحد هذه الأنواع: ',
      { quoted: 'person, place, organisation, title, nationality, term, other' },
    ]);
  });

  it('refuses a code it has no words for, rather than say nothing', () => {
    const unknown = { code: 'no-such-problem' } as unknown as Problem;
    expect(() => sayProblem(en, unknown, quoted)).toThrow(/no words for the problem/);
  });
});
