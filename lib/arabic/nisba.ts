/**
 * The nisba: the adjective of origin made by adding -ī (ي) to a name (فرنسا → فرنسي "French", العراق →
 * عراقي "Iraqi"). The seed build uses it to give every curated nationality its written forms; where a
 * country's nisba is not made by the rule (النمسا → نمساوي), the curated table gives the base itself.
 */

/** Harakat, tanwin, shadda, sukun and dagger alef: dropped from a country name before the rule applies. */
const MARKS = /[\u064b-\u065f\u0670]/g;

/**
 * Endings of a country's name that the nisba replaces, tried in this order (a language fact, with the
 * example that justifies each row). A name ending in none of them simply takes ي (مصر → مصري).
 */
const NAME_ENDINGS: ReadonlyArray<{ ending: string; example: string }> = [
  { ending: 'ية', example: 'السعودية → سعودي' },
  { ending: 'يا', example: 'سوريا → سوري، ألمانيا → ألماني' },
  { ending: 'ا', example: 'فرنسا → فرنسي، كندا → كندي' },
  { ending: 'ة', example: 'مالطة → مالطي، سنغافورة → سنغافوري' },
];

/** Final letters after which the rule cannot tell the nisba from the name (مالي، جيبوتي، بيرو، كوسوفو). */
const IRREGULAR_FINALS = new Set(['ي', 'ى', 'و']);

const ARTICLE = 'ال';
const NISBA = 'ي';

/**
 * The masculine singular nisba of a one-word country name, or null where the rule does not apply (names of
 * several words, names ending in a vowel letter that the nisba would swallow).
 */
export function nisbaOf(country: string): string | null {
  let name = country.replace(MARKS, '').trim();
  if (name === '' || /\s/.test(name)) return null;
  if (name.startsWith(ARTICLE) && name.length > ARTICLE.length + 1) name = name.slice(ARTICLE.length);
  if (IRREGULAR_FINALS.has(name.at(-1) as string)) return null;
  for (const { ending } of NAME_ENDINGS) {
    if (name.endsWith(ending) && name.length - ending.length >= 2)
      return name.slice(0, -ending.length) + NISBA;
  }
  return name + NISBA;
}

/**
 * Endings of the nisba adjective, each with whether it also takes the article: masculine, feminine (ة),
 * masculine accusative indefinite (ا: جنديا فرنسيا), sound masculine plural (ون nominative, ين oblique,
 * also the oblique dual) and sound feminine plural (ات).
 */
const NISBA_ENDINGS: ReadonlyArray<{ ending: string; definite: boolean }> = [
  { ending: '', definite: true },
  { ending: 'ة', definite: true },
  { ending: 'ا', definite: false },
  { ending: 'ون', definite: true },
  { ending: 'ين', definite: true },
  { ending: 'ات', definite: true },
];

/**
 * Every written form of a nisba adjective, from its masculine singular (فرنسي → فرنسية، الفرنسي، الفرنسيون…).
 * An adjective of several words (كوري جنوبي) agrees in every word: الكورية الجنوبية. Returns [] for a base
 * that is not a nisba (a word not ending in ي).
 */
export function nisbaForms(base: string): string[] {
  const words = base.replace(MARKS, '').trim().split(/\s+/);
  if (words.some((word) => !word.endsWith(NISBA) || word.length < 3)) return [];
  const forms: string[] = [];
  for (const { ending, definite } of NISBA_ENDINGS) {
    forms.push(words.map((word) => word + ending).join(' '));
    if (definite) forms.push(words.map((word) => ARTICLE + word + ending).join(' '));
  }
  return forms;
}
