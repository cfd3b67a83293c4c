import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../lib/i18n/catalogues';
import type { DetectionReason } from '../../lib/messages/protocol';
import { englishReasons, sayReason } from '../../lib/page/say-reason';

const arabic = translatorFor('ar');
/** A reason in Arabic, what the page wrote in [brackets] as the popup puts it in a <code>. */
const inArabic = (reason: DetectionReason) => sayReason(arabic, reason, (text) => `[${text}]`).join('');

/** One row per code (the table's type makes a new code fail to compile until it has one): English, Arabic. */
const CASES: Record<DetectionReason['code'], [DetectionReason, string, string]> = {
  'too-little-text': [
    { code: 'too-little-text', letters: 5 },
    'too little text to judge (5 letters)',
    'نص أقصر من أن يُحكم عليه (5 أحرف)',
  ],
  'script-share': [
    { code: 'script-share', script: 'arabic', percent: 88 },
    '88% of letters are Arabic script',
    '88% من الحروف بالخط العربي',
  ],
  'markup-agrees': [
    { code: 'markup-agrees', attribute: 'lang', value: 'ar' },
    'lang="ar" agrees with the text',
    '[lang="ar"] يوافق النص',
  ],
  'markup-disagrees': [
    { code: 'markup-disagrees', attribute: 'dir', value: 'rtl' },
    'dir="rtl" disagrees with the text; ignored',
    '[dir="rtl"] يخالف النص، فلم يُؤخذ به',
  ],
  'markup-tips': [
    { code: 'markup-tips' },
    'lang/dir markup tips a mixed page to Arabic script',
    'وسم [lang/dir] يرجّح الخط العربي في صفحة مختلطة',
  ],
  'language-letters': [
    { code: 'language-letters', language: 'urdu', percent: 4, letters: 'ٹڈڑںےۃ' },
    '4% of Arabic-script letters are Urdu letters (ٹڈڑںےۃ)',
    '4% من حروف الخط العربي حروف أردية (ٹڈڑںےۃ)',
  ],
  'persian-letters': [
    { code: 'persian-letters', percent: 19 },
    '19% of Arabic-script letters are Persian-only (پ چ ژ گ ک ی)',
    '19% من حروف الخط العربي فارسية لا تكتبها العربية (پ چ ژ گ ک ی)',
  ],
  'persian-keyboard': [
    { code: 'persian-keyboard' },
    'Persian ی/ک but no پ چ ژ گ and frequent ة: Arabic typed on a Persian keyboard',
    'ی/ک الفارسيتان بلا پ چ ژ گ، مع تاء مربوطة كثيرة: عربية كُتبت بلوحة مفاتيح فارسية',
  ],
  'lang-decides': [
    { code: 'lang-decides', language: 'persian' },
    'too little text to tell Arabic from Persian; lang decides',
    'النص أقصر من أن تُميَّز به العربية من فارسية، فالحكم لـ[lang]',
  ],
  'no-other-letters': [
    { code: 'no-other-letters' },
    'no Persian or Urdu letters',
    'لا حروف فارسية ولا أردية',
  ],
  'stray-other-letters': [
    { code: 'stray-other-letters' },
    'only stray Persian or Urdu letters',
    'حروف فارسية أو أردية شاردة لا غير',
  ],
  'news-score': [
    { code: 'news-score', from: 'text', score: 2, threshold: 3 },
    'news from the text 2 < 3',
    'قرائن الخبر في النص 2، دون الحد 3',
  ],
  'news-site': [
    { code: 'news-site', site: 'bbc.com/arabic' },
    'bbc.com/arabic is a known Arabic news site',
    '[bbc.com/arabic] موقع أخبار عربي معروف',
  ],
  'schema-type': [
    { code: 'schema-type', source: 'microdata', schemaType: 'NewsArticle' },
    'microdata NewsArticle',
    'نوع الصفحة في [microdata]: [NewsArticle]',
  ],
  'og-article': [{ code: 'og-article' }, 'og:type=article', 'وسم [og:type=article]'],
  'published-time': [
    { code: 'published-time' },
    'publication time in the page metadata',
    'وقت النشر في بيانات الصفحة',
  ],
  'dated-url': [{ code: 'dated-url' }, 'date in the URL path', 'تاريخ في مسار العنوان'],
  'article-element': [{ code: 'article-element' }, '<article> element', 'عنصر [<article>]'],
  'time-element': [{ code: 'time-element' }, '<time> element', 'عنصر [<time>]'],
  'no-news-signals': [{ code: 'no-news-signals' }, 'no news signals', 'لا قرائن خبر'],
  'no-metadata': [{ code: 'no-metadata' }, 'no page metadata', 'لا بيانات للصفحة'],
  'news-cue': [
    { code: 'news-cue', kind: 'reporting', count: 5, first: 'قال' },
    'reporting verbs ×5 (قال)',
    '5 أفعال إخبار (قال)',
  ],
};

describe('detection reasons in words', () => {
  it.each(Object.values(CASES))('%o → "%s" / "%s"', (reason, english, arabicWords) => {
    expect(englishReasons([reason])).toEqual([english]);
    expect(inArabic(reason)).toBe(arabicWords);
  });

  it('puts every piece the page wrote, and only those, where the popup shows code', () => {
    // Latin letters in an Arabic reason are what the page wrote, never words of ours.
    for (const [reason] of Object.values(CASES)) {
      const outsideCode = sayReason(arabic, reason, () => null).filter((part) => typeof part === 'string');
      expect(outsideCode.join(''), reason.code).not.toMatch(/[A-Za-z]/);
    }
  });

  it.each<[number, string, string]>([
    // count, English, Arabic: the form the number takes
    [1, 'a news agency (رويترز)', 'وكالة أنباء واحدة (رويترز)'],
    [2, 'news agencies ×2 (رويترز)', 'وكالتا أنباء (رويترز)'],
    [3, 'news agencies ×3 (رويترز)', '3 وكالات أنباء (رويترز)'],
    [11, 'news agencies ×11 (رويترز)', '11 وكالةَ أنباء (رويترز)'],
    [100, 'news agencies ×100 (رويترز)', '100 وكالة أنباء (رويترز)'],
  ])(
    'counts a kind of news cue seen %i times in the form its number takes',
    (count, english, arabicWords) => {
      const reason: DetectionReason = { code: 'news-cue', kind: 'agency', count, first: 'رويترز' };
      expect(englishReasons([reason])).toEqual([english]);
      expect(inArabic(reason)).toBe(arabicWords);
    },
  );

  it('says whether a score reached its threshold', () => {
    const metadata = (score: number): DetectionReason => ({
      code: 'news-score',
      from: 'metadata',
      score,
      threshold: 3,
    });
    expect(englishReasons([metadata(3), metadata(2)])).toEqual([
      'news evidence 3 ≥ 3',
      'news evidence 2 < 3',
    ]);
    expect([inArabic(metadata(3)), inArabic(metadata(2))]).toEqual([
      'قرائن الخبر في بيانات الصفحة 3، تبلغ الحد 3',
      'قرائن الخبر في بيانات الصفحة 2، دون الحد 3',
    ]);
  });
});
