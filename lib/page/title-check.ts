import { isArabicLetter } from '../arabic/script';
import { isGreekOrCyrillicLetter, isHebrewLetter, isLatinLetter } from './letters';

/** A title with fewer letters than this ("Home", "Loading…", none at all) says nothing about the page. */
export const MIN_TITLE_LETTERS = 12;

/**
 * The first, nearly free look at a page, before anything else of Dalil loads: true when the title is real
 * text in another script (Latin, Hebrew, Greek, Cyrillic) with not one Arabic-script letter, and the page
 * is not laid out right to left unless its title is Hebrew. Arabic news sites put the headline in the title,
 * so such a page is not one to read; everything else (an Arabic-script title, a short or missing one, an
 * English title on a right-to-left page) goes on to the full detection over the page's visible text.
 *
 * The title and `document.dir` are all it reads: every further DOM call from a content script's isolated
 * world builds wrappers and costs a few tenths of a millisecond more (measured by `npm run bench`).
 */
export function titleRulesOutArabic(title: string, dir = ''): boolean {
  let letters = 0;
  let hebrew = 0;
  for (let i = 0; i < title.length; i++) {
    const code = title.charCodeAt(i);
    if (code < 0x80) {
      // Most titles are ASCII: counted here without a call.
      const lower = code | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) letters++;
      continue;
    }
    if (isArabicLetter(code)) return false;
    if (isHebrewLetter(code)) hebrew++;
    else if (!isLatinLetter(code) && !isGreekOrCyrillicLetter(code)) continue;
    letters++;
  }
  if (dir.toLowerCase() === 'rtl' && hebrew === 0) return false;
  return letters >= MIN_TITLE_LETTERS;
}
