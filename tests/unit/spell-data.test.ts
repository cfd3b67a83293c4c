import { describe, expect, it } from 'vitest';
import {
  cleanArabic,
  cleanEnglish,
  readAr2en,
  readCamelPersons,
  readGivenNames,
  readGivenNamesSeed,
  readWikidataTokens,
} from '../../scripts/lib/spelling-data';

describe('cleanEnglish', () => {
  it.each<[string, string | null, string]>([
    ['Mohamed', 'mohamed', 'lower case'],
    ['mohamed.', 'mohamed', 'punctuation at an end'],
    ['ʿabd', 'abd', 'a scholarly ʿayn at the start'],
    ['saʿid', "sa'id", 'inside, an apostrophe'],
    ['o’brien', "o'brien", 'a curly apostrophe'],
    ['Abu Bakr', 'abu bakr', 'CAMeL glosses keep their space'],
    ['jørgensen', 'jørgensen', 'letters outside ASCII stay'],
    ['Ṭāriq', 'tariq', "a scholarly romanisation's macrons and dots below go"],
    ['Ḫālid', 'halid', 'a breve below too'],
    ['José', 'josé', 'an acute stays'],
    ['Müller', 'müller', 'a diaeresis stays'],
    ['c.j.', null, 'initials are not a name token'],
    ['r2d2', null, 'digits'],
    ['محمد', null, 'not Latin'],
  ])('%s → %s (%s)', (raw, expected) => {
    expect(cleanEnglish(raw)).toBe(expected);
  });
});

describe('cleanArabic', () => {
  it.each<[string, string | null, string]>([
    ['م ح م د', 'محمد', 'Wikidata spaces its letters'],
    ['أحمد', 'احمد', 'folded'],
    ['فاطمة', 'فاطمه', 'teh marbuta folded'],
    ['ت ب ر ي ز ى ،', null, 'a comma'],
    ['abc', null, 'not Arabic'],
  ])('%s → %s (%s)', (raw, expected) => {
    expect(cleanArabic(raw)).toBe(expected);
  });
});

describe('readers', () => {
  it('reads Wikidata token rows with their counts, dropping rows that are not a name', () => {
    expect(readWikidataTokens('mohamed\tم ح م د\t553\nc.j.\tس ي\t2\nahmed\tأ ح م د\tx\n')).toEqual([
      { ar: 'محمد', en: 'mohamed', count: 553 },
    ]);
  });

  it('reads ar2en rows with a count of one', () => {
    expect(readAr2en('آرثر\tarthur\n\n')).toEqual([{ ar: 'ارثر', en: 'arthur', count: 1 }]);
  });

  it("reads CAMeL's people, one pair per gloss, and leaves places and notes out", () => {
    const csv = [
      'LEMMA,GLOSS,FEAT',
      '>abuwbakor,Abu_Bakr;Abubakr,pos:noun_prop rat:r gen:- num:-',
      '*uboyaAn,Dhubyan;Supyan_(Makhchayev),pos:noun_prop rat:r gen:- num:-',
      '>abuwZabiy,Abu_Dhabi,pos:noun_prop rat:i gen:f num:-',
    ].join('\n');
    expect(readCamelPersons(csv)).toEqual([
      { ar: 'ابوبكر', en: 'abu bakr', count: 1 },
      { ar: 'ابوبكر', en: 'abubakr', count: 1 },
      { ar: 'ذبيان', en: 'dhubyan', count: 1 },
    ]);
  });
});

describe("the given names' table (seeds/names/given-names.tsv)", () => {
  const header = '# a note\nar\ten\texample\n';
  it('reads a name, its spellings in order and its bearer; notes and the header are no rows', () => {
    expect(readGivenNames(`${header}أحمد\tAhmed, Ahmad\tAhmed Aboul Gheit\n`)).toEqual(
      new Map([['احمد', ['ahmed', 'ahmad']]]),
    );
  });

  it.each([
    ['Ahmed\tAhmed\tsomeone', /not one Arabic word/, 'Latin where the Arabic goes'],
    ['عبد الله\tAbdullah\tsomeone', /not one Arabic word/, 'two words'],
    ['أحمد\tA, B, C, D\tsomeone', /one to 3/, 'four spellings'],
    ['أحمد\tAbu Ahmed\tsomeone', /one to 3/, 'a spelling of two words'],
    ['أحمد\tAhmed2\tsomeone', /one to 3/, 'a digit'],
    ['أحمد\tAhmed\t', /no bearer/, 'no bearer'],
    ['أحمد\tAhmed\tx\nاحمد\tAhmad\ty', /given twice/, 'the same name folded'],
  ])('refuses %j: %s (%s)', (rows, message) => {
    expect(() => readGivenNames(`${header}${rows}\n`)).toThrow(message);
  });

  it('holds every row of the shipped table: common names, each with its bearer', () => {
    const names = readGivenNamesSeed('.');
    expect(names.size).toBeGreaterThan(100);
    expect(names.get('احمد')).toEqual(['ahmed', 'ahmad']);
    expect(names.get('سامح')).toEqual(['sameh']);
  });
});
