import { describe, expect, it } from 'vitest';
import { CATALOGUES, translatorFor } from '../../lib/i18n/catalogues';
import {
  type LanguageChoice,
  resolveLanguage,
  UI_LANGUAGES,
  type UiLanguage,
} from '../../lib/i18n/languages';
import type { Catalogue } from '../../lib/i18n/translate';

/** `name__form` → name, for the keys of plural forms. */
function baseOf(key: string): string {
  return key.split('__')[0] ?? key;
}

function groups(catalogue: Catalogue): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const key of Object.keys(catalogue)) {
    const base = baseOf(key);
    found.set(base, [...(found.get(base) ?? []), key]);
  }
  return found;
}

const used = (message: string) =>
  [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => (match[1] ?? '').toLowerCase());

describe('the message catalogues', () => {
  const en = groups(CATALOGUES.en);
  const ar = groups(CATALOGUES.ar);

  it('have the same messages in English and Arabic', () => {
    expect([...ar.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it.each(UI_LANGUAGES)(
    'give each counted message of %s exactly the plural forms its CLDR rules name',
    (lang) => {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const [base, keys] of groups(CATALOGUES[lang])) {
        if (keys.length === 1 && keys[0] === base) continue;
        expect(keys.map((key) => key.slice(base.length + 2)).sort(), base).toEqual([...categories].sort());
      }
    },
  );

  it('declare the same placeholders for a message in both languages, and use only those', () => {
    const declared = (lang: UiLanguage, key: string) =>
      Object.keys(CATALOGUES[lang][key]?.placeholders ?? {}).sort();
    for (const [base, keys] of en) {
      const arKeys = ar.get(base) ?? [];
      const names = declared('en', keys[0] ?? '');
      for (const key of keys) expect(declared('en', key), key).toEqual(names);
      for (const key of arKeys) expect(declared('ar', key), key).toEqual(names);
      for (const [lang, forms] of [
        ['en', keys],
        ['ar', arKeys],
      ] as const) {
        const usedByForms = new Set(forms.flatMap((key) => used(CATALOGUES[lang][key]?.message ?? '')));
        for (const name of usedByForms) expect(names, `${lang} ${base} uses $${name}$`).toContain(name);
        // A form may say its count in words (Arabic "one" and "two"), but some form says each placeholder.
        expect([...usedByForms].sort(), `${lang} ${base}`).toEqual(names);
      }
    }
  });

  it.each(UI_LANGUAGES)('are messages.json files the browser accepts (%s)', (lang) => {
    for (const [key, message] of Object.entries(CATALOGUES[lang])) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(typeof message.message).toBe('string');
      const positions = Object.values(message.placeholders ?? {}).map((placeholder) => placeholder.content);
      for (const content of positions) expect(content).toMatch(/^\$[1-9]$/);
    }
  });
});

describe('plural forms', () => {
  const ar = translatorFor('ar');
  const en = translatorFor('en');
  it.each<[number, string, string]>([
    // count, Arabic, why
    [0, 'لا مداخل', 'zero: a form of its own'],
    [1, 'مدخل واحد', 'one: the noun and واحد, no digit'],
    [2, 'مدخلين', 'two: the dual, no digit, oblique: every message puts the count after a noun or بـ'],
    [3, '3 مداخل', 'few (3–10): the plural'],
    [11, '11 مدخلًا', 'many (11–99): the singular, accusative'],
    [100, '100 مدخل', 'other: the singular, genitive'],
    [101, '101 مدخل', 'other: 101 ends in 01, neither few nor many'],
  ])('Arabic %i → %s (%s)', (count, expected) => {
    expect(ar.plural('entries', count)).toBe(expected);
  });

  it.each<[number, string]>([
    [0, '0 entries'],
    [1, '1 entry'],
    [2, '2 entries'],
  ])('English %i → %s', (count, expected) => {
    expect(en.plural('entries', count)).toBe(expected);
  });

  it('fills the other placeholders of a counted message, numbers with Western digits and separators', () => {
    expect(ar.plural('tableRange', 20000, { first: 1, last: 50 })).toBe('1–50 من 20,000 مدخل');
    expect(en.plural('tableRange', 20000, { first: 1, last: 50 })).toBe('1–50 of 20,000 entries');
    expect(ar.plural('cardMentionsHere', 12)).toBe('ذُكر هنا 12 مرة');
  });
});

describe('messages', () => {
  it('fill placeholders by name, and keep anything put in them as a piece of its own', () => {
    const en = translatorFor('en');
    expect(en.t('copiedName', { name: 'Paris' })).toBe('Copied “Paris”.');
    const link = { element: 'a' };
    expect(en.parts('aboutText', { link }).at(-2)).toBe(link);
  });

  it('refuse a message whose placeholder has no value, rather than show $NAME$', () => {
    const en = translatorFor('en');
    expect(() => en.t('copiedName', {} as { name: string })).toThrow(/no value for \$name\$/);
  });

  it('speak Arabic right to left, English left to right', () => {
    expect([translatorFor('ar').dir, translatorFor('en').dir]).toEqual(['rtl', 'ltr']);
  });
});

describe('the interface language', () => {
  it.each<[LanguageChoice, string, UiLanguage, string]>([
    ['auto', 'ar', 'ar', 'an Arabic browser'],
    ['auto', 'ar-EG', 'ar', 'a regional Arabic'],
    ['auto', 'en-GB', 'en', 'an English browser'],
    ['auto', 'fr', 'en', 'a language Dalil does not speak: English'],
    ['ar', 'en-US', 'ar', 'the reader chose Arabic'],
    ['en', 'ar', 'en', 'the reader chose English in an Arabic browser'],
  ])('%s in a browser in %s → %s (%s)', (choice, browser, expected) => {
    expect(resolveLanguage(choice, browser)).toBe(expected);
  });
});
