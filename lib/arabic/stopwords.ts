import { ar } from 'stopwords-iso/stopwords-iso.json';
import { foldArabic } from './normalize';
import { lazyWordSet, type WordSet } from './word-set';

/**
 * Prepositions with a pronoun written on them, which stopwords-iso holds only in part (عليه, not إلينا):
 * folded, some are written as names (الينا "to us" as the name Alina), and the name finder must know them
 * as function words. Each row: the preposition, the stem its pronouns join, an example; `sharedNoon` where
 * "us" shares the stem's ن (منّا, عنّا; but بيننا, دوننا), `without` the forms that fold as a name.
 */
export const PRONOUN_PREPOSITIONS: ReadonlyArray<{
  preposition: string;
  stem: string;
  example: string;
  sharedNoon?: true;
  without?: readonly string[];
}> = [
  { preposition: 'إلى', stem: 'إلي', example: 'تحدث إلينا: "he spoke to us"' },
  { preposition: 'على', stem: 'علي', example: 'علينا أن نعمل: "we must work"' },
  { preposition: 'عن', stem: 'عن', example: 'عنّا: "about us"', sharedNoon: true },
  // منه "from him" folds as منة, the name Menna.
  { preposition: 'من', stem: 'من', example: 'منهم: "of them"', sharedNoon: true, without: ['ه'] },
  { preposition: 'في', stem: 'في', example: 'فيهم: "among them"' },
  { preposition: 'مع', stem: 'مع', example: 'معهم: "with them"' },
  { preposition: 'لدى', stem: 'لدي', example: 'لدينا: "we have"' },
  { preposition: 'عند', stem: 'عند', example: 'عندهم: "they have"' },
  { preposition: 'بين', stem: 'بين', example: 'بيننا: "between us"' },
  { preposition: 'حول', stem: 'حول', example: 'حولها: "around it"' },
  { preposition: 'ضد', stem: 'ضد', example: 'ضدهم: "against them"' },
  { preposition: 'دون', stem: 'دون', example: 'دوننا: "without us"' },
  { preposition: 'أمام', stem: 'أمام', example: 'أمامهم: "before them"' },
  { preposition: 'خلف', stem: 'خلف', example: 'خلفه: "behind him"' },
  { preposition: 'نحو', stem: 'نحو', example: 'نحوهم: "towards them"' },
];

/** The pronouns written on a preposition; not "me" (ي), since منى, the name Mona, is folded as مني "from me". */
const PRONOUNS = ['ه', 'ها', 'هم', 'هما', 'هن', 'ك', 'كم', 'نا'];

function withPronouns(row: (typeof PRONOUN_PREPOSITIONS)[number]): string[] {
  return PRONOUNS.filter((pronoun) => !row.without?.includes(pronoun)).map((pronoun) =>
    row.sharedNoon === true && pronoun === 'نا' ? `${row.stem}ا` : row.stem + pronoun,
  );
}

/** The prepositions' pronoun forms, folded: function words even where the name lists hold one. */
export const PREPOSITION_PRONOUNS: WordSet = lazyWordSet(() =>
  PRONOUN_PREPOSITIONS.flatMap(withPronouns).map(foldArabic),
);

/**
 * Arabic function words (stopwords-iso, folded, with the prepositions' pronoun forms). A lone word in this
 * set is never matched as a one-word entry: folding makes على ("on") the name علي, and clitic splitting turns
 * بين or فإن into short "names". Examples, and names that must not be in it: tests/unit/stopwords.test.ts.
 */
export const ARABIC_STOPWORDS: WordSet = lazyWordSet(() =>
  [...ar.map(foldArabic), ...PREPOSITION_PRONOUNS.words()].filter((word) => word.length > 1),
);
