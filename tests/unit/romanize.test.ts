import { describe, expect, it } from 'vitest';
import { romanizeArabic, romanizeWithClitics } from '../../lib/arabic/romanize';

describe('romanizeArabic', () => {
  it.each([
    // input, expected, why
    ['بيروت', 'bīrūt', 'ي and و between consonants are the long vowels'],
    ['دمشق', 'dmshq', 'short vowels that are not written are not invented'],
    ['مصر', 'mṣr', 'emphatic consonants carry a dot below'],
    ['العراق', 'al-ʿrāq', 'the article, ع as ʿ, ا as ā'],
    ['الشام', 'ash-shām', 'the article assimilates to a sun letter'],
    ['الرياض', 'ar-ryāḍ', 'ي before ا is the consonant y'],
    ['العراقي', 'al-ʿrāqī', 'final ي after a consonant is ī (the nisba)'],
    ['سوريا', 'sūryā', 'و before a consonant is ū, ي before ا is y'],
    ['الولايات المتحدة', 'al-wlāyāt al-mtḥda', 'word by word; ة is a'],
    ['إيران', 'īrān', 'initial إ is i, and ي after it lengthens it'],
    ['إسرائيل', 'isrāʾīl', 'ئ inside a word is ʾ'],
    ['أبو ظبي', 'abū ẓbī', 'initial أ is a; ظ is ẓ'],
    ['رأس', 'rʾs', 'medial أ is ʾ with no vowel invented'],
    ['مسؤول', 'msʾūl', 'ؤ is ʾ'],
    ['القرآن', 'al-qrʾān', 'medial آ is ʾā'],
    ['الاتحاد', 'al-itḥād', 'a bare alef after the article is the helping vowel i'],
    ['كاليفورنيا', 'kālīfūrnyā', 'a name that begins like ك + the article is not cut (issue 15)'],
    ['والد', 'wāld', 'nor is a word that begins like و + the article'],
    ['بالغ', 'bālgh', 'the same for بال'],
    ['فالنسيا', 'fālnsyā', 'and for فال'],
    ['قالوا', 'qālū', 'the alef after the plural و is silent'],
    ['عيون', 'ʿyūn', 'before another و or ي, ي is the consonant'],
    ['مصطفى', 'mṣṭfā', 'final ى is ā'],
    ['الله', 'allāh', 'a word spelt without its long ā is given as said'],
    ['حزب الله', 'ḥzb allāh', 'the same inside a name'],
    ['مُحَمَّد', 'muḥammad', 'written vowels and shadda are honoured'],
    ['كِتَابٌ', 'kitābun', 'fatha + ا is one long ā; tanwin is un'],
    ['دَوْلَة', 'dawla', 'fatha + و with sukun is the diphthong aw; ة after a is not doubled'],
    ['شكراً', 'shkran', 'tanwin fath on its alef'],
    ['مدرسةٌ', 'mdrsatun', 'ة with a written case ending is at-'],
    ['دولة', 'dūla', 'without marks, aw cannot be told from ū'],
    ['عَلِيّ خَامَنِئِيّ', 'ʿalī khāmaniʾī', 'a final يّ after kasra is ī, as ALA-LC writes it'],
    ['سُورِيَّة', 'sūriyya', 'inside the word, يّ stays doubled'],
    ['العِرَاق', 'al-ʿirāq', 'a vocalised form: its short vowels are spelt'],
    ['الأُورُوبِّيّ', 'al-ūrūbbī', 'و after a written damma on the first alef is ū'],
    ['الرَّئِيس', 'ar-raʾīs', 'the shadda on a sun letter after the article is the assimilation itself'],
    ['مُحَمَّد عَبْد العَاطِي', 'muḥammad ʿabd al-ʿāṭī', "the issue's example, from its vocalised form"],
  ])('romanises %s as %s (%s)', (input, expected) => {
    expect(romanizeArabic(input)).toBe(expected);
  });

  it('keeps what is not Arabic and turns Arabic digits and punctuation into Latin ones', () => {
    expect(romanizeArabic('قال CNN، في ٢٠٢٤؟')).toBe('qāl CNN, fī 2024?');
  });

  it('ignores tatweel and joiners', () => {
    expect(romanizeArabic('بـيـروت')).toBe('bīrūt');
  });

  it('returns the empty string for empty input', () => {
    expect(romanizeArabic('')).toBe('');
  });
});

describe('romanizeWithClitics', () => {
  it.each([
    // clitics, rest, expected, why
    [[], 'باريس', 'bārīs', 'no clitics: the word alone'],
    [['و', 'ب'], 'باريس', 'wa-bi-bārīs', 'each proclitic with its own vowel'],
    [['و', 'ال'], 'رئيس', 'wa-r-rʾīs', 'the article after و is elided and assimilated'],
    [['ل'], 'الرئيس', 'li-r-rʾīs', 'لل: the restored article is elided after ل'],
    [['ب'], 'الرياض', 'bi-r-ryāḍ', 'a name with its own article after ب'],
    [['ال'], 'فرنسي', 'al-frnsī', 'the article alone'],
    [['و', 'ال'], 'عراق', 'wa-l-ʿrāq', 'و + the article, found by the matcher: the article is elided'],
    [['ب', 'ال'], 'قدس', 'bi-l-qds', 'ب + the article'],
    [['ل'], 'الشعب', 'li-sh-shʿb', 'لل is ل + the article, assimilated'],
  ])('romanises %j + %s as %s (%s)', (clitics, rest, expected) => {
    expect(romanizeWithClitics(clitics, rest)).toBe(expected);
  });
});
