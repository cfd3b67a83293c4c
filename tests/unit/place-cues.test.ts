import { describe, expect, it } from 'vitest';
import { foldArabic } from '../../lib/arabic/normalize';
import {
  ARTICLE_NISBA,
  introducesPlaceName,
  isPlaceCue,
  PLACE_CUES,
  PLACE_NAME_NOUNS,
} from '../../lib/arabic/place-cues';
import { createMatcher } from '../../lib/glossary/matcher';
import { entry } from './entry-factory';
import { expectOneExampleEach, type ReadingCase, testReadings } from './rule-readings';
import { findWithSpans } from './stand-in-tagger';

/** Place names that are also ordinary words: found only after a cue (or next to a confirmed place). */
const CONTEXTUAL_PLACES = [
  ['مالي', 'Mali'],
  ['صور', 'Tyre'],
  ['حماة', 'Hama'],
  ['جدة', 'Jeddah'],
  ['الرياض', 'Riyadh'],
  ['جنين', 'Jenin'],
  ['عمان', 'Oman'],
  ['دبي', 'Dubai'],
].map(([ar = '', en = '']) => entry(ar, ar, en, { contextual: true }));
const matcher = createMatcher(CONTEXTUAL_PLACES);

/** The places found in a phrase, as the glossary writes them. */
function readings(phrase: string): string[] {
  return matcher.match(phrase).map((match) => foldArabic(CONTEXTUAL_PLACES[match.entry]?.ar ?? ''));
}

/** A place after the word that introduces it. */
const cue = (cueWord: string, place: string, why: string): ReadingCase => ({
  written: `${cueWord} ${place}`,
  reading: place,
  why,
});

/** One example for each word of PLACE_CUES. */
const CUE_EXAMPLES: readonly ReadingCase[] = [
  cue('في', 'مالي', 'in'),
  cue('من', 'مالي', 'from'),
  cue('إلى', 'مالي', 'to'),
  cue('الى', 'مالي', 'to, written without its hamza'),
  cue('عن', 'مالي', 'away from, about'),
  cue('نحو', 'مالي', 'towards'),
  cue('داخل', 'مالي', 'inside'),
  cue('خارج', 'مالي', 'outside'),
  cue('قرب', 'صور', 'near'),
  cue('بين', 'حماة', 'between (بين حماة وحمص)'),
  cue('حتى', 'حماة', 'as far as'),
  cue('عبر', 'مالي', 'across'),
  cue('لدى', 'مالي', 'at, to (سفير لدى مالي)'),
  cue('شمال', 'مالي', 'the north of'),
  cue('جنوب', 'صور', 'the south of'),
  cue('شرق', 'حماة', 'the east of'),
  cue('غرب', 'مالي', 'the west of'),
  cue('شمالي', 'مالي', 'northern'),
  cue('جنوبي', 'صور', 'southern'),
  cue('شرقي', 'حماة', 'eastern'),
  cue('غربي', 'مالي', 'western'),
  cue('وسط', 'مالي', 'central'),
  cue('مدينة', 'صور', 'the city of'),
  cue('بلدة', 'صور', 'the town of'),
  cue('قرية', 'جنين', 'the village of'),
  cue('ولاية', 'دبي', 'the province of'),
  cue('محافظة', 'حماة', 'the governorate of'),
  cue('منطقة', 'صور', 'the area of'),
  cue('إقليم', 'صور', 'the region of'),
  cue('عاصمة', 'مالي', 'the capital of'),
  cue('العاصمة', 'الرياض', 'the capital, before its name'),
  cue('ريف', 'حماة', 'the countryside of'),
  cue('أطراف', 'صور', 'the outskirts of'),
  cue('ضواحي', 'جدة', 'the suburbs of'),
  cue('مخيم', 'جنين', 'the camp of'),
  cue('قضاء', 'صور', 'the district of'),
  cue('مطار', 'جدة', 'the airport of'),
  cue('ميناء', 'جدة', 'the port of'),
  cue('سكان', 'صور', 'the inhabitants of'),
  cue('أهالي', 'حماة', 'the people of'),
  cue('قنصلية', 'جدة', 'the consulate in'),
  cue('قمة', 'الرياض', 'the summit of'),
  cue('دولة', 'مالي', 'the state of'),
  cue('جمهورية', 'مالي', 'the republic of'),
  cue('مملكة', 'عمان', 'the kingdom of'),
  cue('سلطنة', 'عمان', 'the sultanate of'),
  cue('إمارة', 'دبي', 'the emirate of'),
  cue('حكومة', 'مالي', 'the government of'),
  cue('رئيس', 'مالي', 'the president of'),
  cue('رئيسة', 'مالي', 'the (woman) president of'),
  cue('سفير', 'مالي', 'the ambassador of'),
  cue('سفارة', 'مالي', 'the embassy of'),
  cue('شعب', 'مالي', 'the people of'),
  cue('جيش', 'مالي', 'the army of'),
  cue('زار', 'مالي', 'visited'),
  cue('زيارة', 'مالي', 'a visit to'),
];

/** A cue written with a conjunction or a preposition on it, or before the place's country as an adjective. */
const WRITTEN_CUES: readonly ReadingCase[] = [
  { written: 'الأمن بالعاصمة الرياض', reading: 'الرياض', why: 'in the capital, ب on the cue' },
  { written: 'للعاصمة الرياض', reading: 'الرياض', why: 'to the capital, ل + ال on the cue' },
  { written: 'وفي مالي', reading: 'مالي', why: 'and in, و on the cue' },
  { written: 'العاصمة السعودية الرياض', reading: 'الرياض', why: 'the Saudi capital, Riyadh' },
  { written: 'بالعاصمة العمانية مسقط وفي مدينة الجنوبي صور', reading: 'صور', why: 'a masculine nisba' },
];

const INVALID: readonly ReadingCase[] = [
  { written: 'أعلن دعم مالي', reading: 'مالي', why: 'financial support' },
  { written: 'اتفاق مالي', reading: 'مالي', why: 'a financial agreement as often as the Mali agreement' },
  { written: 'نشر صور الحادث', reading: 'صور', why: 'pictures of the accident' },
  { written: 'حماة الوطن', reading: 'حماة', why: 'the guardians of the nation' },
  { written: 'زارت جدة الطفل', reading: 'جدة', why: "the child's grandmother: زارت is not in the table" },
  { written: 'زهور الرياض', reading: 'الرياض', why: 'the flowers of the gardens' },
  { written: 'في، مالي', reading: 'مالي', why: 'the cue must come right before the name' },
  {
    written: 'بدعم مالي',
    reading: 'مالي',
    why: 'a preposition on a word that is no cue: with financial support',
  },
  { written: 'الحكومة السورية صور', reading: 'صور', why: 'حكومة is a cue without the article only' },
  {
    written: 'في العاصمة، السعودية صور',
    reading: 'صور',
    why: 'the adjective must follow the cue, with no comma between',
  },
  { written: 'في الاجتماع الجديد صور', reading: 'صور', why: 'an adjective that is no nisba' },
];

describe('PLACE_CUES', () => {
  it('has one example for each cue, each cue in the set', () => {
    expectOneExampleEach(CUE_EXAMPLES, PLACE_CUES);
  });
});

describe('a contextual place name after a place cue', () => {
  testReadings(readings, { valid: [...CUE_EXAMPLES, ...WRITTEN_CUES], invalid: INVALID });
});

describe('isPlaceCue and ARTICLE_NISBA', () => {
  it.each(['في', 'وفي', 'بالعاصمة', 'للعاصمة', 'ومدينة', 'فمن'].map(foldArabic))(
    'reads %s as a cue',
    (word) => {
      expect(isPlaceCue(word)).toBe(true);
    },
  );
  it.each(['دعم', 'بدعم', 'الحكومة', 'بالحكومة', 'العاصمي'].map(foldArabic))(
    'does not read %s as a cue',
    (word) => {
      expect(isPlaceCue(word)).toBe(false);
    },
  );
  it('reads an adjective with the article and a nisba ending as one', () => {
    for (const word of ['الأفغانية', 'العراقي', 'السورية'])
      expect(ARTICLE_NISBA.test(foldArabic(word))).toBe(true);
    for (const word of ['الجديدة', 'أفغانية', 'الكبير', 'لي'])
      expect(ARTICLE_NISBA.test(foldArabic(word))).toBe(false);
  });
});

/**
 * The places the name finder suggests in a phrase where the tagger reads its second word as a place: the
 * place nouns' own test, apart from any trained model.
 */
function suggestedPlaces(phrase: string): string[] {
  return findWithSpans(phrase, [{ from: 1, to: 2, kind: 'LOC' }])
    .filter((name) => name.type === 'place')
    .map((name) => name.words.join(' '));
}

/** One example for each word of PLACE_NAME_NOUNS. */
const NOUN_EXAMPLES: readonly ReadingCase[] = [
  cue('مدينة', 'الخليل', 'the city of'),
  cue('مدينتي', 'الخليل', 'the two cities of (مدينتي الخليل ونابلس)'),
  cue('بلدة', 'طلوزة', 'the town of'),
  cue('بلدتي', 'الفارعة', 'the two towns of (بلدتي الفارعة وطلوزة)'),
  cue('قرية', 'بيتا', 'the village of'),
  cue('قريتي', 'بيتا', 'the two villages of'),
  cue('حي', 'البياع', 'the quarter of'),
  cue('شارع', 'السعدون', 'the street of'),
  cue('منطقة', 'البقيعة', 'the area of'),
  cue('منتجع', 'بورتوروز', 'the resort of'),
  cue('مخيم', 'الفارعة', 'the camp of'),
  cue('ريف', 'إدلب', 'the countryside of'),
  cue('محافظة', 'ديالى', 'the governorate of'),
  cue('ولاية', 'خوست', 'the province of'),
  cue('ولايتي', 'خوست', 'the two provinces of (ولايتي خوست وبكتيكا)'),
  cue('إقليم', 'دارفور', 'the region of'),
  cue('ناحية', 'العظيم', 'the subdistrict of'),
  cue('قضاء', 'سنجار', 'the district of'),
  cue('ضاحية', 'الرابية', 'the suburb of'),
  cue('مديرية', 'المنصورة', 'the directorate (district) of'),
];

const WRITTEN_NOUNS: readonly ReadingCase[] = [
  { written: 'بمنطقة البقيعة', reading: 'البقيعة', why: 'in the area of, ب on the noun' },
  { written: 'وبلدة طلوزة', reading: 'طلوزة', why: 'and the town of, و on the noun' },
  { written: 'لمدينة الخليل', reading: 'الخليل', why: 'to the city of, ل on the noun' },
];

const NOT_INTRODUCED: readonly ReadingCase[] = [
  {
    written: 'في البقيعة',
    reading: 'البقيعة',
    why: 'a preposition: after one the tagger is less often right',
  },
  { written: 'شمال البقيعة', reading: 'البقيعة', why: 'a point of the compass, likewise' },
  { written: 'المنطقة البقيعة', reading: 'البقيعة', why: 'the noun with the article stands alone' },
  { written: 'بالمنطقة البقيعة', reading: 'البقيعة', why: 'with the article under a preposition too' },
  { written: 'حي، البياع', reading: 'البياع', why: 'the noun must come right before the name' },
  { written: 'كتاب البقيعة', reading: 'البقيعة', why: 'a noun that introduces no place' },
];

describe('PLACE_NAME_NOUNS', () => {
  it('has one example for each noun, each noun in the set', () => {
    expectOneExampleEach(NOUN_EXAMPLES, PLACE_NAME_NOUNS);
  });

  it('is read with a conjunction or preposition on the noun, never with the article', () => {
    for (const word of ['بمنطقة', 'وبلدة', 'لمدينة', 'ومخيم'])
      expect(introducesPlaceName(foldArabic(word))).toBe(true);
    for (const word of ['المنطقة', 'بالمدينة', 'في', 'كتاب'])
      expect(introducesPlaceName(foldArabic(word))).toBe(false);
  });
});

describe("a place the tagger reads after a noun that introduces a place's name", () => {
  testReadings(suggestedPlaces, { valid: [...NOUN_EXAMPLES, ...WRITTEN_NOUNS], invalid: NOT_INTRODUCED });
});
