import { describe, expect, it } from 'vitest';
import { foldArabic, normalizeArabic } from '../../lib/arabic/normalize';

describe('normalizeArabic folds for matching', () => {
  it.each([
    ['مُحَمَّدٌ', 'محمد', 'harakat, shadda and tanwin are dropped'],
    ['كِتَابًا', 'كتابا', 'fathatan is dropped'],
    ['مَكْتَب', 'مكتب', 'sukun is dropped'],
    ['هٰذا', 'هذا', 'dagger alef is dropped'],
    [
      'صلى الله عليه ﷺ وسلم',
      'صلي الله عليه صلي الله عليه وسلم وسلم',
      'the honorific ligature is expanded (NFKC)',
    ],
    ['بِسْمِ ٱللَّهِ', 'بسم الله', 'alef wasla folds to alef'],
    ['العـــراق', 'العراق', 'tatweel is dropped'],
    ['أحمد إبراهيم آمنة', 'احمد ابراهيم امنه', 'hamza and madda alefs fold to alef; teh marbuta to heh'],
    ['مصطفى', 'مصطفي', 'alef maqsura folds to yeh'],
    ['کتاب ایران', 'كتاب ايران', 'Persian keheh and yeh fold to Arabic kaf and yeh'],
    ['\uFEFB', 'لا', 'the lam-alef ligature becomes two letters'],
    [
      '\uFE8D\uFEDF\uFECC\uFEAE\uFE8D\uFED6',
      'العراق',
      'isolated/initial/medial/final presentation forms become letters',
    ],
    ['بيـ\u200Cـروت', 'بيروت', 'zero-width non-joiner is dropped'],
    ['\u200Fبيروت\u200E', 'بيروت', 'RLM and LRM are dropped'],
    ['\u2067بيروت\u2069', 'بيروت', 'bidi isolates are dropped'],
    ['\u202Bبيروت\u202C', 'بيروت', 'bidi embeddings are dropped'],
    ['قرآن\u0615', 'قران', 'Quranic small high letters (U+0610–061A) are dropped'],
    ['ذٰلِكَ۟', 'ذلك', 'Quranic annotation marks (U+06D6–06ED) are dropped'],
    ['Paris 2016', 'Paris 2016', 'Latin and digits are kept as they are'],
    ['\uD83D\uDE00 \uD800x', '\uD83D\uDE00 \uD800x', 'astral characters and lone surrogates pass through'],
  ])('%s → %s (%s)', (input, expected) => {
    expect(normalizeArabic(input).text).toBe(expected);
    expect(foldArabic(input)).toBe(expected);
  });

  it.each([
    ...Array.from({ length: 0x061a - 0x0610 + 1 }, (_, i) => 0x0610 + i),
    ...Array.from({ length: 0x065f - 0x064b + 1 }, (_, i) => 0x064b + i),
    0x0670,
    ...Array.from({ length: 0x06ed - 0x06d6 + 1 }, (_, i) => 0x06d6 + i).filter(
      // U+06DD (end of ayah) and U+06DE (rub el hizb) are signs, not marks, and U+06E5/06E6 are small letters.
      (code) => code !== 0x06dd && code !== 0x06de && code !== 0x06e5 && code !== 0x06e6 && code !== 0x06e9,
    ),
    0x0640,
  ])('drops U+%s wherever it stands', (code) => {
    expect(normalizeArabic(`ب${String.fromCharCode(code)}ت`).text).toBe('بت');
  });
});

describe('normalizeArabic maps folded characters back to the original', () => {
  it('maps each folded character to its original offset', () => {
    const original = 'وَالعِرَاقُ';
    const { text, starts, ends } = normalizeArabic(original);
    expect(text).toBe('والعراق');
    for (let i = 0; i < text.length; i++) {
      expect(foldArabic(original.slice(starts[i], ends[i]))).toBe(text[i]);
    }
    // The last letter's span covers its trailing damma, so a word is painted with its marks.
    expect(ends[text.length - 1]).toBe(original.length);
  });

  it('maps both letters of a lam-alef ligature to the ligature', () => {
    const { text, starts, ends } = normalizeArabic('ب\uFEFBد');
    expect(text).toBe('بلاد');
    expect(starts).toEqual([0, 1, 1, 2]);
    expect(ends).toEqual([1, 2, 2, 3]);
  });

  it('lets a folded slice be cut back out of the original', () => {
    const original = 'قال وزيرُ الدفاعِ الفرنسيُّ جون إيف لودريان';
    const { text, starts, ends } = normalizeArabic(original);
    const at = text.indexOf('الدفاع');
    const end = at + 'الدفاع'.length;
    expect(original.slice(starts[at], ends[end - 1])).toBe('الدفاعِ');
  });
});
