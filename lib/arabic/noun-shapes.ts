/**
 * Shapes of ordinary words, nouns and verbs, that a person's name seldom has (folded): where the name lists hold
 * the word seldom or never and the page has not met it as a name, the name finder suggests no person in that
 * shape (name-finder.ts). The tagger reads a rare word from its letters and the words around it, and an unknown
 * noun in a name's place (after قال, before a title) then looks like a name to it. Every row's examples:
 * tests/unit/noun-shapes.test.ts.
 */
import { ARTICLE_NISBA } from './place-cues';

export interface NounShape {
  /** Whether a folded word (normalizeArabic) has the shape: a pattern, or a test made of one. */
  shape: { test(word: string): boolean };
  /**
   * Where it rules out a person: `alone`, a person read as this one word; `first`, a person whose first word
   * it is; `any`, a person any of whose words it is.
   */
  where: 'alone' | 'first' | 'any';
  /** A word of this shape that the tagger read as a person, and what it means. */
  example: string;
  /** Words of a near shape that it does not take, names and nisbas. */
  notThis: string;
}

export const NOUN_SHAPES: readonly NounShape[] = [
  {
    // A surname with the article is a nisba (الحريري، الشيعية) or one the lists hold (البشير); a word with the
    // article that is neither is a noun. 5-fold (`npm run train:names -- --folds 5`): wrong people 553 → 541,
    // the same recall.
    shape: { test: (word) => word.startsWith('ال') && !ARTICLE_NISBA.test(word) },
    where: 'alone',
    example: 'الامعاء "the intestines"',
    notThis: 'الحريري، الظواهري، الشيعيه',
  },
  {
    // The verbal noun of the form تفعيل (تدجين جيل "taming a generation", تحرير، تطوير). Names of the shape
    // (توفيق، تيسير) are in the lists. 5-fold: wrong people 541 → 533, the same recall.
    shape: /^ت..ي.$/,
    where: 'first',
    example: 'تدجين "taming"',
    notThis: 'تامر، تركي، تونسي',
  },
  {
    // A verb of the imperfect in the plural (يصطادون "they hunt", ويصطادون، يرون). 5-fold, with the next row:
    // wrong people 533 → 528, the same recall.
    shape: /^[وفل]?[يت].{3,}ون$/,
    where: 'any',
    example: 'يصطادون "they hunt"',
    notThis: 'هارون، خلدون، يونس',
  },
  {
    // A verb of the past or the subjunctive in the plural (دبلوماسيين قالوا "diplomats said", ليضربوا).
    shape: /^.{2,}وا$/,
    where: 'any',
    example: 'قالوا "they said"',
    notThis: 'حواء، وائل، نوال',
  },
];

/**
 * Whether a person read as `words` (folded, clitics off) is a noun or a verb by its shape (NOUN_SHAPES): a
 * word of the shape where the row looks, that is not `known` as a name.
 */
export function hasNounShape(words: readonly string[], known: (word: string) => boolean): boolean {
  const looked = (where: NounShape['where']): readonly string[] =>
    where === 'any' ? words : where === 'first' || words.length === 1 ? words.slice(0, 1) : [];
  return NOUN_SHAPES.some(({ shape, where }) =>
    looked(where).some((word) => shape.test(word) && !known(word)),
  );
}
