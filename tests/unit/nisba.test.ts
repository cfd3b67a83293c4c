import { describe, expect, it } from 'vitest';
import { nisbaForms, nisbaOf } from '../../lib/arabic/nisba';

describe('nisbaOf', () => {
  it.each([
    // country, nisba, why
    ['العراق', 'عراقي', 'the article goes, ي is added'],
    ['مصر', 'مصري', 'a name ending in a consonant takes ي'],
    ['فرنسا', 'فرنسي', 'final ا is replaced'],
    ['سوريا', 'سوري', 'final يا is replaced'],
    ['ألمانيا', 'ألماني', 'the hamza of the name stays'],
    ['السعودية', 'سعودي', 'final ية is replaced'],
    ['مالطة', 'مالطي', 'final ة is replaced'],
    ['الإمارات', 'إماراتي', 'a plural name keeps its ات'],
    ['عُمان', 'عماني', 'marks are dropped first'],
    ['أمريكا', 'أمريكي', 'the short form of the United States'],
  ])('makes %s → %s (%s)', (country, nisba) => {
    expect(nisbaOf(country)).toBe(nisba);
  });

  it.each([
    // country, why
    ['مالي', 'the nisba would be the name itself (مالي is also "financial")'],
    ['جيبوتي', 'a name ending in ي'],
    ['بيرو', 'a name ending in و'],
    ['كوريا الشمالية', 'names of several words are curated'],
    ['', 'nothing to make it from'],
  ])('makes nothing of %s (%s)', (country) => {
    expect(nisbaOf(country)).toBeNull();
  });
});

describe('nisbaForms', () => {
  it('gives masculine, feminine, accusative and plural forms, with and without the article', () => {
    expect(nisbaForms('فرنسي')).toEqual([
      'فرنسي',
      'الفرنسي',
      'فرنسية',
      'الفرنسية',
      'فرنسيا',
      'فرنسيون',
      'الفرنسيون',
      'فرنسيين',
      'الفرنسيين',
      'فرنسيات',
      'الفرنسيات',
    ]);
  });

  it('makes every word of a compound nisba agree', () => {
    const forms = nisbaForms('كوري جنوبي');
    expect(forms).toContain('الكورية الجنوبية');
    expect(forms).toContain('الكوريين الجنوبيين');
  });

  it.each([
    ['فرنسا', 'not a nisba: it does not end in ي'],
    ['جنوب أفريقي', 'one word of the compound is no nisba'],
  ])('gives nothing for %s (%s)', (base) => {
    expect(nisbaForms(base)).toEqual([]);
  });
});
