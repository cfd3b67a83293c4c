import { describe, expect, it } from 'vitest';
import { INSTITUTION_NAME_NOUNS, introducesInstitutionName } from '../../lib/arabic/institution-nouns';
import { foldArabic } from '../../lib/arabic/normalize';
import { tokenize } from '../../lib/arabic/tokenize';
import type { TaggedSpan } from '../../lib/names/tagger';
import { expectOneExampleEach, type ReadingCase, testReadings } from './rule-readings';
import { findWithSpans } from './stand-in-tagger';

/** A name after the noun that introduces it: the institution's name, though a person's. */
const named = (noun: string, name: string, why: string): ReadingCase => ({
  written: `${noun} ${name}`,
  reading: name,
  why,
});

/** One example for each word of INSTITUTION_NAME_NOUNS. */
const NOUN_EXAMPLES: readonly ReadingCase[] = [
  named('مطار', 'محمد الخامس', "Casablanca's airport"),
  named('ملعب', 'ثاني بن جاسم', 'a stadium in Doha'),
  named('استاد', 'هزاع بن زايد', 'a stadium in Al Ain'),
  named('مسجد', 'عمر بن الخطاب', 'a mosque'),
  named('جامع', 'محمد الأمين', 'a mosque in Beirut'),
  named('كنيسة', 'مار يوحنا', 'a church'),
  named('معبد', 'حتشبسوت', 'a temple, named for the queen'),
  named('مستشفى', 'الملك فيصل', 'a hospital, a title inside its name'),
  named('سجن', 'أبو غريب', 'a prison'),
  named('جامعة', 'جورج واشنطن', 'a university'),
  named('كلية', 'ترينيتي', 'a college'),
  named('مدرسة', 'الملك فهد', 'a school'),
  named('معهد', 'ماكس بلانك', 'an institute'),
  named('معمل', 'جيفرسون', 'a laboratory'),
  named('مختبر', 'أوك ريدج', 'a laboratory'),
  named('قاعدة', 'الملك عبد العزيز', 'an air base'),
  named('فندق', 'ريتز كارلتون', 'a hotel'),
  named('حديقة', 'الملك عبد الله', 'a park'),
  named('مجلة', 'تايم', 'a magazine'),
  named('صحيفة', 'هآرتس', 'a paper'),
  named('جريدة', 'الأهرام', 'a paper'),
  named('قناة', 'فوكس', 'a channel'),
  named('طراز', 'سوخوي', 'an aircraft make'),
  named('طرز', 'بولو', 'car models (the plural of طراز)'),
  named('طرازات', 'ميراج', 'aircraft models'),
  named('ماركة', 'شانيل', 'a brand, named for its founder'),
  named('موديل', 'كورولا', 'a car model'),
  named('رشاش', 'كلاشنيكوف', 'a rifle, named for its designer'),
  named('بندقية', 'كلاشنيكوف', 'the same rifle'),
  named('مقياس', 'ريختر', 'a scale, named for its author'),
  named('بركان', 'مايون', 'a volcano'),
  named('إعصار', 'كاترينا', 'a hurricane'),
  named('عاصفة', 'بيليس', 'a storm'),
  named('الإعصار', 'كاترينا', 'a hurricane, the noun with the article'),
  named('العاصفة', 'بيليس', 'a storm, the noun with the article'),
];

const WRITTEN_NOUNS: readonly ReadingCase[] = [
  named('وهبطت الطائرة بمطار', 'محمد الخامس', 'at the airport of, ب on the noun'),
  named('في تصريح لقناة', 'فوكس', 'to the channel, ل on the noun'),
  named('ونقل إلى مستشفى', 'الملك فيصل', 'a title between the noun and the name'),
];

const NOT_INSTITUTIONS: readonly ReadingCase[] = [
  {
    written: 'وقال مدير المطار محمد علي',
    reading: 'محمد علي',
    why: "the noun with the article stands alone: the airport's director",
  },
  { written: 'صدر كتاب محمد حسنين هيكل', reading: 'محمد حسنين هيكل', why: "a work's author" },
  { written: 'وزرنا ضريح سعد بن أبي وقاص', reading: 'سعد بن أبي وقاص', why: 'a tomb, named for the dead' },
  { written: 'في المطار، محمد علي', reading: 'محمد علي', why: 'the noun must come right before the name' },
  { written: 'وقال محمد علي إن', reading: 'محمد علي', why: 'no noun before the name' },
];

/** The words of every example's name: the stand-in tagger reads a run of them as a person. */
const NAME_WORDS: ReadonlySet<string> = new Set(
  [...NOUN_EXAMPLES, ...WRITTEN_NOUNS, ...NOT_INSTITUTIONS].flatMap((example) =>
    foldArabic(example.reading).split(' '),
  ),
);

/**
 * The names the finder leaves to an institution: what the tagger reads as a person (here, each run of the
 * examples' name words) and the finder does not suggest as one.
 */
function institutionNames(phrase: string): string[] {
  const tokens = tokenize(phrase);
  const spans: TaggedSpan[] = [];
  tokens.forEach((token, i) => {
    if (!NAME_WORDS.has(token.norm)) return;
    const last = spans.at(-1);
    if (last?.to === i && token.joinsPrevious) last.to = i + 1;
    else spans.push({ from: i, to: i + 1, kind: 'PERS' });
  });
  const people = findWithSpans(phrase, spans).filter((name) => name.type === 'person');
  return spans
    .filter((span) => !people.some((name) => name.from < span.to && span.from < name.to))
    .map((span) =>
      tokens
        .slice(span.from, span.to)
        .map((token) => token.norm)
        .join(' '),
    );
}

describe('INSTITUTION_NAME_NOUNS', () => {
  it('has one example for each noun, each noun in the set', () => {
    expectOneExampleEach(NOUN_EXAMPLES, INSTITUTION_NAME_NOUNS);
  });

  it('is read with a conjunction or preposition on the noun, never with the article', () => {
    for (const word of ['بمطار', 'لقناة', 'ومستشفى', 'وبجامعة'])
      expect(introducesInstitutionName(foldArabic(word))).toBe(true);
    for (const word of ['المطار', 'بالمطار', 'كتاب', 'ضريح'])
      expect(introducesInstitutionName(foldArabic(word))).toBe(false);
  });
});

describe('a person the tagger reads after a noun that introduces an institution’s name', () => {
  testReadings(institutionNames, {
    valid: [...NOUN_EXAMPLES, ...WRITTEN_NOUNS],
    invalid: NOT_INSTITUTIONS,
  });
});
