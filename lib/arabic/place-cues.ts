import { inSetWithProclitics } from './clitics';
import { foldArabic } from './normalize';
import { lazyWordSet, type WordSet } from './word-set';

/**
 * Words after which a one-word name that is also an ordinary word reads as a place: prepositions of place
 * and direction, and the nouns that introduce a place name (العاصمة الرياض، ريف حمص، مخيم جنين، مطار جدة،
 * ميناء الحديدة، قمة الرياض). (مالي after في is Mali; مالي alone is "financial".) Folded, as the matcher
 * compares them. Not اتفاق: اتفاق مالي is a financial agreement as often as the Mali agreement.
 * Every cue's example: tests/unit/place-cues.test.ts.
 */
export const PLACE_CUES: WordSet = lazyWordSet(() =>
  [
    'في',
    'من',
    'إلى',
    'الى',
    'عن',
    'نحو',
    'داخل',
    'خارج',
    'قرب',
    'بين',
    'حتى',
    'عبر',
    'لدى',
    'شمال',
    'جنوب',
    'شرق',
    'غرب',
    'شمالي',
    'جنوبي',
    'شرقي',
    'غربي',
    'وسط',
    'مدينة',
    'بلدة',
    'قرية',
    'ولاية',
    'محافظة',
    'منطقة',
    'إقليم',
    'عاصمة',
    'العاصمة',
    'ريف',
    'أطراف',
    'ضواحي',
    'مخيم',
    'قضاء',
    'مطار',
    'ميناء',
    'سكان',
    'أهالي',
    'قنصلية',
    'قمة',
    'دولة',
    'جمهورية',
    'مملكة',
    'سلطنة',
    'إمارة',
    'حكومة',
    'رئيس',
    'رئيسة',
    'سفير',
    'سفارة',
    'شعب',
    'جيش',
    'زار',
    'زيارة',
  ].map(foldArabic),
);

/**
 * Whether a folded word is a place cue, as written or with a conjunction or preposition on it (وفي مالي،
 * بالعاصمة كابل، للعاصمة الرياض). Never with the article taken off: حكومة مالي is Mali's government, الحكومة
 * alone "the government", after which مالي is "financial".
 */
export function isPlaceCue(word: string): boolean {
  return inSetWithProclitics(PLACE_CUES, word);
}

/**
 * A nisba adjective with the article, folded (الأفغانية → الافغانيه, العراقي): between a cue and a place it is
 * the place's country or region (العاصمة الأفغانية كابل), and the cue still introduces the place.
 */
export const ARTICLE_NISBA = /^ال.{2,}يه?$/;

/**
 * Nouns that introduce a place's own name (حي البياع، بلدتي الفارعة وطلوزة، بمنتجع بورتوروز): after one, a
 * word the name tagger reads as a place is one even where the glossary does not know it, as a town, a village
 * or a quarter of a city mostly are not. Narrower than PLACE_CUES: after a preposition or a point of the
 * compass the tagger's places are less often right (`npm run train:names -- --folds 5`: place F1 0.872 with
 * none, 0.877 with these, 0.876 with the compass too, 0.874 with the prepositions as well; 0.876 with 16
 * more, from مستوطنة to أحياء). Folded; every noun's example: tests/unit/place-cues.test.ts.
 */
export const PLACE_NAME_NOUNS: WordSet = lazyWordSet(() =>
  [
    'مدينة',
    'مدينتي',
    'بلدة',
    'بلدتي',
    'قرية',
    'قريتي',
    'حي',
    'شارع',
    'منطقة',
    'منتجع',
    'مخيم',
    'ريف',
    'محافظة',
    'ولاية',
    'ولايتي',
    'إقليم',
    'ناحية',
    'قضاء',
    'ضاحية',
    'مديرية',
  ].map(foldArabic),
);

/**
 * Whether a folded word is one of PLACE_NAME_NOUNS, as written or with a conjunction or preposition on it
 * (بمنطقة، وبلدة), never with the article (المدينة stands alone: "the city").
 */
export function introducesPlaceName(word: string): boolean {
  return inSetWithProclitics(PLACE_NAME_NOUNS, word);
}

/**
 * The nouns of PLACE_NAME_NOUNS that also name a term of office (ولاية أوباما الثانية "Obama's second term"):
 * a person the tagger reads after one stays a person.
 */
export const TERM_OF_OFFICE_NOUNS: WordSet = lazyWordSet(() => ['ولاية', 'ولايتي'].map(foldArabic));

/**
 * Whether a person the tagger reads right after a folded word is a place's name: after a noun that
 * introduces one (حي المعتصم، منطقة تشن داي, where the tagger read a person), unless the noun also names a
 * term of office.
 */
export function introducesPlaceNameOverPerson(word: string): boolean {
  return introducesPlaceName(word) && !inSetWithProclitics(TERM_OF_OFFICE_NOUNS, word);
}
