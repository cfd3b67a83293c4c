import { describe, expect, it } from 'vitest';
import { isArabicLetter } from '../../lib/arabic/script';
import { isGreekOrCyrillicLetter, isHebrewLetter, isLatinLetter } from '../../lib/page/letters';
import { MIN_TITLE_LETTERS, titleRulesOutArabic } from '../../lib/page/title-check';

describe('titleRulesOutArabic', () => {
  it.each([
    ['an English headline', 'Gaza’s Hospital System on Brink of Total Collapse', ''],
    ['a Hebrew headline', 'ראש הממשלה ביטל את הדיון בוועדת חוץ וביטחון', 'rtl'],
    ['a Russian headline', 'Министры обороны коалиции встретились в Париже', ''],
    ['a Greek headline', 'Συνάντηση υπουργών άμυνας στο Παρίσι', 'ltr'],
    ['French with accents', 'Réunion des ministres de la Défense à Paris', ''],
  ])('rules out a page titled with %s', (_label, title, dir) => {
    expect(titleRulesOutArabic(title, dir)).toBe(true);
  });

  it.each([
    ['an Arabic headline', 'التحالف يبحث بباريس تكثيف حملته ضد تنظيم الدولة', ''],
    ['a Persian headline', 'نشست ائتلاف در پاریس برای گسترش جنگ با گروه داعش', 'rtl'],
    ['one Arabic word in English', 'European Commission - Press release - المفوضية', ''],
    ['Arabic presentation forms', 'Breaking news from ﺑﻐﺪﺍﺩ today and tomorrow', ''],
    ['an English title on a right-to-left page', 'Coalition ministers meet in Paris', 'RTL'],
    ['a short title', 'Home page', ''],
    ['no title', '', ''],
    ['digits and punctuation only', '2024-06-01 | 12:30 — #1', ''],
  ])('leaves a page titled with %s to full detection', (_label, title, dir) => {
    expect(titleRulesOutArabic(title, dir)).toBe(false);
  });

  it('needs MIN_TITLE_LETTERS letters, counting no digits, spaces or marks', () => {
    const justEnough = 'a'.repeat(MIN_TITLE_LETTERS);
    expect(titleRulesOutArabic(justEnough)).toBe(true);
    expect(titleRulesOutArabic(`${'a'.repeat(MIN_TITLE_LETTERS - 1)} 1234567890 — …`)).toBe(false);
  });

  it('is not fooled by a tatweel, which belongs to no word', () => {
    expect(titleRulesOutArabic('Weekly newsletter ـــ edition')).toBe(true);
  });

  // The check compares code units inline (it is compiled on every page); the letters are still those of
  // lib/arabic/script.ts and lib/page/letters.ts, for every code unit of the BMP.
  it('reads every code unit as the script and letter tables do', () => {
    const wrong: string[] = [];
    const almost = 'a'.repeat(MIN_TITLE_LETTERS - 1);
    const enough = 'a'.repeat(MIN_TITLE_LETTERS);
    for (let code = 0; code <= 0xffff; code++) {
      const unit = String.fromCharCode(code);
      const letter = isLatinLetter(code) || isHebrewLetter(code) || isGreekOrCyrillicLetter(code);
      // One more letter makes enough of them; an Arabic letter anywhere leaves the page to full detection.
      if (titleRulesOutArabic(almost + unit) !== (letter && !isArabicLetter(code)))
        wrong.push(`${code} counted`);
      if (titleRulesOutArabic(unit + enough) !== !isArabicLetter(code)) wrong.push(`${code} Arabic`);
      // A Hebrew letter is what lets a right-to-left page with a title in another script be ruled out.
      if (titleRulesOutArabic(enough + unit, 'rtl') !== isHebrewLetter(code)) wrong.push(`${code} rtl`);
    }
    expect(wrong).toEqual([]);
  });
});
