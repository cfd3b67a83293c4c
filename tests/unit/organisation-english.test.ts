import { describe, expect, it } from 'vitest';
import { foldArabic } from '~/lib/arabic/normalize';
import { composeEnglish, ORGANISATION_WORDS } from '~/lib/names/organisation-english';

/** What the speller would print for the name words of the examples. */
const SPELT: Record<string, string> = {
  الزمالك: 'al-Zamalek',
  الشفاء: 'al-Shifa',
  ارامكو: 'Aramco',
  الوفد: 'al-Wafd',
  فتح: 'Fatah',
  المهدي: 'al-Mahdi',
  بيبلوس: 'Byblos',
  المحور: 'al-Mehwar',
  بيلد: 'Bild',
  سونا: 'Suna',
  النفط: 'al-Naft',
  ريال: 'Real',
  البوليساريو: 'al-Polisario',
  القسام: 'al-Qassam',
  القدس: 'al-Quds',
  بدر: 'Badr',
  'بن لادن': 'bin Laden',
  تايم: 'Time',
  سكاي: 'Sky',
  نيويورك: 'New York',
  شيكاغو: 'Chicago',
  'وول ستريت': 'Wall Street',
};
/** Places of the glossary the examples hold. */
const GLOSSARY: Record<string, string> = {
  القاهره: 'Cairo',
  قطر: 'Qatar',
  مدريد: 'Madrid',
  واشنطن: 'Washington',
};

const spell = (words: readonly string[]) => ({
  en: SPELT[words.join(' ')] ?? words.map((word) => SPELT[word] ?? `?${word}`).join(' '),
  alternatives: [],
});

function english(name: string) {
  const words = foldArabic(name).split(' ');
  return composeEnglish({ words, known: words.map((word) => GLOSSARY[word] ?? null), spell });
}

describe('the English of organisation names', () => {
  it.each(ORGANISATION_WORDS)('$ar: $example is $exampleEn', (row) => {
    expect(foldArabic(row.example).split(' ')).toContain(foldArabic(row.ar));
    expect(english(row.example)?.en).toBe(row.exampleEn);
  });

  it('uses the glossary for the words it knows and the speller for the others', () => {
    expect(english('ريال مدريد')).toEqual({ en: 'Real Madrid', alternatives: ['Real ?مدريد'] });
  });

  it('leaves a name of names alone, and a head with nothing after it', () => {
    expect(english('الزمالك')).toBeNull();
    expect(english('جامعة')).toBeNull();
    expect(english('سونا الدولي')).toBeNull();
  });

  it('keeps a loanword in English beside a name the glossary lacks, and a name with none to the speller', () => {
    expect(english('برس')).toEqual({ en: 'Press', alternatives: ['?برس'] });
    expect(english('صحيفة نيويورك تايمز')?.en).toBe('New York Times newspaper');
    expect(english('سكاي')).toBeNull();
  });

  it('reads a modifier only at the end of a name with a head', () => {
    expect(english('مطار الدولي القاهرة')?.en).toBe('?الدولي Cairo Airport');
  });
});
