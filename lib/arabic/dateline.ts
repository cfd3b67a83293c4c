/**
 * A dateline: a block that opens with a place of one or two words and then two dots, a dash, an agency in
 * brackets or a date (الرياض.. ، القاهرة - ، غزة (رويترز) ، الدار البيضاء - ، بروكسل، 9 تشرين الأول). News
 * puts one before a report's first sentence, so its place is a place even where the word is also a word,
 * and a page whose blocks open so reads as news.
 */
const DATELINE =
  /^\s*[\u0621-\u064a]+(?:\s*\.\.|(?:\s[\u0621-\u064a]+)?(?:\s*[-–—]\s|\s\([^)]{2,25}\)|،\s*\d))/u;

/** The dateline a block opens with, as written, or null. */
export function datelineOf(block: string): string | null {
  return DATELINE.exec(block)?.[0] ?? null;
}
