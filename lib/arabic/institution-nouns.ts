import { inSetWithProclitics } from './clitics';
import { foldArabic } from './normalize';
import { lazyWordSet, type WordSet } from './word-set';

/**
 * Nouns that introduce the name of a building, a body, a paper or a make (مطار محمد الخامس، ملعب ثاني بن
 * جاسم، مسجد هوبان، مجلة سبورتويك، طراز سوخوي): the words after one are that thing's name, a person's though
 * they may be, so the name finder suggests no person there. Works are left out, since a person after one is
 * mostly its author (فيلم يوسف شاهين "Youssef Chahine's film"), and so are tombs and shrines, named for the
 * person buried there (ضريح سعد بن أبي وقاص). No person after them: 29 wrong names fewer on the 5-fold
 * figures, the same recall (`npm run train:names -- --folds 5`, README); the models and makes (طرز بولو
 * "Polo models", ماركة، موديل) one fewer again. Folded; every noun's
 * example: tests/unit/institution-nouns.test.ts.
 */
export const INSTITUTION_NAME_NOUNS: WordSet = lazyWordSet(() =>
  [
    'مطار',
    'ملعب',
    'استاد',
    'مسجد',
    'جامع',
    'كنيسة',
    'معبد',
    'مستشفى',
    'سجن',
    'جامعة',
    'كلية',
    'مدرسة',
    'معهد',
    'معمل',
    'مختبر',
    'قاعدة',
    'فندق',
    'حديقة',
    'مجلة',
    'صحيفة',
    'جريدة',
    'قناة',
    'طراز',
    'طرز',
    'طرازات',
    'ماركة',
    'موديل',
  ].map(foldArabic),
);

/**
 * Whether a folded word is one of INSTITUTION_NAME_NOUNS, as written or with a conjunction or preposition on
 * it (بمطار، لمجلة), never with the article (المطار stands alone: "the airport").
 */
export function introducesInstitutionName(word: string): boolean {
  return inSetWithProclitics(INSTITUTION_NAME_NOUNS, word);
}
