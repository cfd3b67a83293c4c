import { describe, expect, it } from 'vitest';
import { articleStem, keepsArticle } from '../../lib/names/spell-article';
import { capitaliseName } from '../../lib/names/spell-capitalise';

describe('capitaliseName', () => {
  it.each([
    ['rafik al-hariri', 'Rafik al-Hariri', 'the article joined by a hyphen stays lower case'],
    ['al-hariri', 'al-Hariri', 'also where the name opens with it'],
    ['salah ad-din', 'Salah ad-Din', 'the article assimilated to a sun letter'],
    ['al nahyan', 'Al Nahyan', 'a word of its own: the family آل'],
    ['osama bin laden', 'Osama bin Laden', 'bin inside a name'],
    ['bin laden', 'Bin Laden', 'bin opening a name'],
    ['ibn khaldun', 'Ibn Khaldun', 'ibn opening a name'],
    ['abdullah ii', 'Abdullah II', 'a regnal number'],
    ['ivan', 'Ivan', 'a name that opens like a numeral is a name'],
    ['abdel-aty', 'Abdel-Aty', 'each part of a hyphenated name'],
    ["o'brien", "O'Brien", 'one letter and an apostrophe'],
    ["ra'ouf", "Ra'ouf", 'an apostrophe for ʿayn inside a name'],
    ['mcdonald', 'McDonald', 'Mc'],
    ['özil', 'Özil', 'a letter outside ASCII'],
  ])('%s → %s (%s)', (input, expected) => {
    expect(capitaliseName(input)).toBe(expected);
  });
});

describe('keepsArticle', () => {
  it.each([
    ['alexander', 'كسندر', true, 'الكسندر: the article letters are the name'],
    ['elias', 'ياس', true, 'الياس'],
    ['larbi', 'عربي', true, 'العربي, the article elided'],
    ['eddine', 'دين', true, 'الدين, assimilated to d'],
    ['ad-din', 'دين', true, 'الدين, assimilated and hyphenated'],
    ['ash-sharif', 'شريف', true, 'الشريف, assimilated to sh'],
    ['hariri', 'حريري', false, 'الحريري with the article dropped'],
    ['assad', 'اسد', false, 'الاسد: doubled s, but alef is no sun letter'],
    ['sisi', 'سيسي', false, 'السيسي with the article dropped, a sun letter but no doubling'],
  ])('%s for ال%s: %s (%s)', (en, stem, expected) => {
    expect(keepsArticle(en, stem)).toBe(expected);
  });
});

describe('articleStem', () => {
  it.each<[string, string | null, string]>([
    ['الحريري', 'حريري', 'article + name'],
    ['الله', 'له', 'two letters after the article are enough'],
    ['الم', null, 'one letter after it is not'],
    ['حريري', null, 'no article'],
  ])('%s → %s (%s)', (word, stem) => {
    expect(articleStem(word)).toBe(stem);
  });
});
