/**
 * The definite article ال on a name, for the English speller and its trainer: one test of whether an
 * English spelling already holds the article, so that both read the data the same way.
 */

/** The article as folded text writes it. */
export const ARTICLE = 'ال';

/**
 * English that opens with the article's letters spells the word as one name, not article + stem:
 * الكسندر Alexander, الياس Elias or Ilyas, العربي Larbi. Wikidata's other spellings of article words drop
 * the article (الحريري hariri), and the speller writes it back as al-.
 */
const OPENS_WITH_ARTICLE = /^(?:[aei]l|l)/;

/**
 * The sun letters, which the article's l turns into in speech, and how English writes them: a name may keep
 * the assimilated article (الدين eddine, ad-din; الرحمن ar-rahman), which must not get a second one.
 */
const SUN_LETTERS: ReadonlyMap<string, { latin: string; example: string }> = new Map([
  ['ت', { latin: 't', example: 'التهامي ettouhami' }],
  ['ث', { latin: 'th', example: 'الثعالبي ath-thaalibi' }],
  ['د', { latin: 'd', example: 'الدين eddine, ad-din' }],
  ['ذ', { latin: 'dh', example: 'الذهبي adh-dhahabi' }],
  ['ر', { latin: 'r', example: 'الرحمن ar-rahman, errahmane' }],
  ['ز', { latin: 'z', example: 'الزين ezzine' }],
  ['س', { latin: 's', example: 'السلام essalam, as-salam' }],
  ['ش', { latin: 'sh', example: 'الشريف ash-sharif' }],
  ['ص', { latin: 's', example: 'الصادق essadek' }],
  ['ض', { latin: 'd', example: 'الضاوي eddaoui' }],
  ['ط', { latin: 't', example: 'الطاهر ettaher, at-tahir' }],
  ['ظ', { latin: 'z', example: 'الظاهر az-zahir' }],
  ['ن', { latin: 'n', example: 'النور ennour, an-nur' }],
]);

/** Whether `en`, a spelling of article + `stem`, already writes the article, whole or assimilated. */
export function keepsArticle(en: string, stem: string): boolean {
  if (OPENS_WITH_ARTICLE.test(en)) return true;
  const sun = SUN_LETTERS.get(stem[0] ?? '');
  if (sun === undefined) return false;
  const { latin } = sun;
  return /^[ae]/.test(en) && (en.startsWith(latin + latin, 1) || en.startsWith(`${latin}-${latin}`, 1));
}

/** The word after its article, when it opens with one and at least two letters follow; null otherwise. */
export function articleStem(word: string): string | null {
  return word.startsWith(ARTICLE) && word.length >= ARTICLE.length + 2 ? word.slice(ARTICLE.length) : null;
}
