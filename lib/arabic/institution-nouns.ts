import { inSetWithProclitics } from './clitics';
import { foldArabic } from './normalize';
import { lazyWordSet, type WordSet } from './word-set';

/**
 * Nouns that introduce the name of a building, a body, a paper, a make, a weapon, a scale or a storm (مطار
 * محمد الخامس، ملعب ثاني بن جاسم، مسجد هوبان، مجلة سبورتويك، طراز سوخوي، رشاش كلاشنيكوف، مقياس ريختر، الإعصار
 * كاترينا): the words after one are that thing's name, a person's though they may be, so the name finder
 * suggests no person there. Works are left out, since a person after one is mostly its author (فيلم يوسف
 * شاهين "Youssef Chahine's film"), and so are tombs and shrines, named for the person buried there (ضريح سعد
 * بن أبي وقاص). No person after them: 29 wrong names fewer on the 5-fold figures, the same recall (`npm run
 * train:names -- --folds 5`, README); the models and makes (طرز بولو "Polo models", ماركة، موديل) one fewer
 * again; weapons, scales, volcanoes and storms four fewer on two seeds (511 → 507, 543 → 539), the same
 * recall. Folded; every noun's example: tests/unit/institution-nouns.test.ts.
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
    'رشاش',
    'بندقية',
    'مقياس',
    'بركان',
    'إعصار',
    'عاصفة',
    // A storm's name follows its noun with the article as often as without (الإعصار كاترينا).
    'الإعصار',
    'العاصفة',
  ].map(foldArabic),
);

/**
 * Whether a folded word is one of INSTITUTION_NAME_NOUNS, as written or with a conjunction or preposition on
 * it (بمطار، لمجلة), never with the article (المطار stands alone: "the airport") but where the set holds the
 * noun with it (الإعصار).
 */
export function introducesInstitutionName(word: string): boolean {
  return inSetWithProclitics(INSTITUTION_NAME_NOUNS, word);
}
