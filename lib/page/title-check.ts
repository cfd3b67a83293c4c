import { ARABIC_LETTERS } from '../arabic/script';

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
 *
 * It is the boot script's whole work on every page, so it is written to cost little to compile and run cold
 * (`non_arabic_page_ms`): one function, no call per character, the letters of lib/page/letters.ts and
 * lib/arabic/script.ts compared inline rather than through their functions (each function called is one
 * more compiled on every page) and Arabic's letter ranges read only for a code unit in their span, where
 * an English title's dashes and quotes (U+2013–2026) are not. tests/unit/title-check.test.ts holds it to
 * those modules' answers for every code unit.
 */
export function titleRulesOutArabic(title: string, dir = ''): boolean {
  let letters = 0;
  let hebrew = 0;
  for (let i = 0; i < title.length; i++) {
    const code = title.charCodeAt(i);
    if (code < 0x80) {
      // Most titles are ASCII: a letter is A–Z or a–z, whatever its case.
      if (((code | 0x20) - 0x61) >>> 0 < 26) letters++;
      continue;
    }
    if ((code >= 0x0620 && code <= 0x08c9) || code >= 0xfb50) {
      for (let r = 0; r < ARABIC_LETTERS.length; r++) {
        const range = ARABIC_LETTERS[r] as readonly [number, number];
        if (code >= range[0] && code <= range[1]) return false;
      }
    }
    if (code >= 0x05d0 && code <= 0x05ea) hebrew++;
    else if (
      // Latin (isLatinLetter), Greek and Cyrillic (isGreekOrCyrillicLetter) beyond ASCII.
      !(code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) &&
      !(code >= 0x0386 && code <= 0x052f && code !== 0x0387)
    )
      continue;
    letters++;
  }
  if (hebrew === 0 && dir.toLowerCase() === 'rtl') return false;
  return letters >= MIN_TITLE_LETTERS;
}
