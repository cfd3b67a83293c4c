import { describe, expect, it } from 'vitest';
import type { Detection, LetterCounts } from '../../lib/messages/protocol';
import { countLetters, detectLanguage, type PageSignals } from '../../lib/page/detect';
import { findNewsDomain } from '../../lib/page/news-domains';
import { detectPage } from '../../lib/page/news-evidence';
import { englishReasons } from '../../lib/page/say-reason';

// Short texts written for these tests.
const ARABIC =
  'أعلنت أمانة عمّان الكبرى، صباح الثلاثاء، افتتاح مكتبة عامة جديدة في حي جبل اللويبدة، بعد أعمال ترميم ' +
  'استمرت عامين. وقال مدير المكتبة إن المبنى التاريخي يضم أكثر من عشرين ألف كتاب، إضافة إلى قاعة للأطفال.';
const PERSIAN =
  'پژوهشگران دانشگاه تهران می‌گویند که گرمای تابستان امسال بیشتر از سال‌های گذشته بوده است. به گفته‌ی ' +
  'آنها، کمبود باران در پاییز و زمستان باعث شده که چشمه‌ها و رودخانه‌های کوچک خشک شوند.';
// Persian as the EU typed it: Arabic kaf ك, Persian yeh ی.
const PERSIAN_ARABIC_KAF = PERSIAN.replaceAll('ک', 'ك');
// Arabic typed on a Persian keyboard: ی for ي and ى, ک for ك.
const ARABIC_PERSIAN_KEYBOARD = `${ARABIC} وأكد أن المكتبة ستكون مفتوحة للجميع كل يوم.`
  .replace(/[يى]/g, 'ی')
  .replaceAll('ك', 'ک');
const URDU =
  'لاہور میں آج صبح تیز بارش ہوئی جس کی وجہ سے شہر کی کئی سڑکوں پر پانی جمع ہو گیا۔ ٹریفک پولیس کے ' +
  'مطابق بڑی شاہراہوں پر گاڑیوں کی لمبی قطاریں لگ گئیں اور ڈاکٹروں نے کہا ہے کہ لوگ گھر رہیں۔';
const HEBREW = 'משרד הבריאות הודיע היום כי מספר המאושפזים בבתי החולים ירד בשבוע האחרון לפי נתוני המשרד.';
const ENGLISH =
  'Negotiators met again on Tuesday morning, officials said, after a pause of several weeks. The delegations ' +
  'are expected to discuss a timetable for the next round and the role of observers.';

/** Signals with nothing but text; each case adds what it needs. */
const page = (visibleText: string, extra: Partial<PageSignals> = {}): PageSignals => ({
  visibleText,
  jsonLdTypes: [],
  hasArticleElement: false,
  hasPublishedTime: false,
  ...extra,
});

describe('countLetters', () => {
  const cases: { text: string; expected: Partial<LetterCounts>; why: string }[] = [
    { text: 'abc XYZ', expected: { letters: 6, latin: 6, arabicScript: 0 }, why: 'ASCII letters are Latin' },
    { text: 'Égypte', expected: { letters: 6, latin: 6 }, why: 'accented Latin letters count as Latin' },
    { text: 'مرحبا', expected: { letters: 5, arabicScript: 5 }, why: 'plain Arabic letters' },
    { text: 'مَرْحَبًا', expected: { letters: 5, arabicScript: 5 }, why: 'harakat are marks, not letters' },
    { text: '١٢٣ 123 ، ؟ .', expected: { letters: 0 }, why: 'digits and punctuation are not letters' },
    { text: 'ﻻ ﷲ', expected: { arabicScript: 2 }, why: 'presentation forms still emitted by old sites' },
    { text: 'ـــ', expected: { arabicScript: 0 }, why: 'tatweel is a stretch, not a letter' },
    {
      text: 'پچژگکی',
      expected: { arabicScript: 6, persianOnly: 6, persianConsonants: 4 },
      why: 'the six Persian-only letters; ک and ی are also keyboard slips, so not consonants here',
    },
    {
      text: 'ٹڈڑںےۃ',
      expected: { arabicScript: 6, languages: { urdu: 6, sindhi: 0, pashto: 0, kurdish: 0, uyghur: 0 } },
      why: 'the Urdu-only letters',
    },
    { text: 'مدينة', expected: { tehMarbuta: 1 }, why: 'teh marbuta is counted for the keyboard-slip rule' },
    { text: 'שלום', expected: { letters: 4, hebrew: 4 }, why: 'Hebrew letters' },
    {
      text: 'мир 世界',
      expected: { letters: 5, latin: 0, arabicScript: 0, hebrew: 0 },
      why: 'other scripts',
    },
  ];
  it.each(cases)('$text: $why', ({ text, expected }) => {
    expect(countLetters(text)).toMatchObject(expected);
  });
});

describe('detectPage: language', () => {
  const cases: {
    name: string;
    signals: PageSignals;
    expected: Partial<Detection>;
    reason: string | RegExp;
  }[] = [
    {
      name: 'Arabic prose',
      signals: page(ARABIC),
      expected: { verdict: 'arabic-other', isArabic: true },
      reason: 'no Persian or Urdu letters',
    },
    {
      name: 'Persian prose',
      signals: page(PERSIAN),
      expected: { verdict: 'persian', isArabic: false },
      reason: /^\d+% of Arabic-script letters are Persian-only/,
    },
    {
      name: 'Persian with Arabic kaf and Persian yeh',
      signals: page(PERSIAN_ARABIC_KAF),
      expected: { verdict: 'persian' },
      reason: /^\d+% of Arabic-script letters are Persian-only/,
    },
    {
      name: 'Arabic typed on a Persian keyboard',
      signals: page(ARABIC_PERSIAN_KEYBOARD),
      expected: { verdict: 'arabic-other', isArabic: true },
      reason: 'Persian ی/ک but no پ چ ژ گ and frequent ة: Arabic typed on a Persian keyboard',
    },
    {
      name: 'Urdu prose, full of ی and ک too',
      signals: page(URDU),
      expected: { verdict: 'urdu' },
      reason: /^\d+% of Arabic-script letters are Urdu letters/,
    },
    ...(
      [
        // Short sentences as news in each language writes them (each contains Persian letters too).
        [
          'Pashto',
          'pashto',
          'د کابل ښار ډېر لوړ دی او د افغانستان پلازمینه ده. ولسمشر نن په ارګ کې له مشرانو سره وکتل.',
        ],
        [
          'Kurdish',
          'kurdish',
          'هەرێمی کوردستان ناوچەیەکی شاخاوییە لە ڕۆژهەڵاتی ناوەڕاست. سەرۆکی حکومەت دوێنێ لە هەولێر کۆبوونەوەی کرد.',
        ],
        [
          'Uyghur',
          'uyghur',
          'ئۈرۈمچى شىنجاڭنىڭ مەركىزى ۋە ئەڭ چوڭ شەھىرى. بۈگۈن شەھەردە قار ياغدى ۋە يوللار تاقالدى.',
        ],
        [
          'Sindhi',
          'sindhi',
          'ڪراچي سنڌ جو سڀ کان وڏو شهر آهي. اڄ صبح شهر ۾ تيز برسات پئي ۽ ڪيترائي رستا بند ٿي ويا.',
        ],
      ] as const
    ).map(([name, verdict, text]) => ({
      name: `${name} prose`,
      signals: page(text),
      expected: { verdict, isArabic: false },
      reason: new RegExp(`^\\d+% of Arabic-script letters are ${name} letters`),
    })),
    {
      name: 'Arabic prose quoting one Pashto name and one Kurdish place',
      signals: page(`${ARABIC} ${ARABIC} وصرح ښاغلی بذلك في ڕانیە.`),
      expected: { verdict: 'arabic-other' },
      reason: 'only stray Persian or Urdu letters',
    },
    {
      name: 'Arabic prose quoting one Persian name',
      signals: page(`${ARABIC} ${ARABIC} وصرح پزشکیان بذلك.`),
      expected: { verdict: 'arabic-other' },
      reason: 'only stray Persian or Urdu letters',
    },
    {
      name: 'Hebrew prose',
      signals: page(HEBREW),
      expected: { verdict: 'hebrew' },
      reason: '100% of letters are Hebrew',
    },
    {
      name: 'English prose',
      signals: page(ENGLISH),
      expected: { verdict: 'not-arabic', isArabic: false },
      reason: '0% of letters are Arabic script',
    },
    {
      name: 'English with one Arabic word',
      signals: page(`${ENGLISH} Peace is سلام.`),
      expected: { verdict: 'not-arabic' },
      reason: /^[0-5]% of letters are Arabic script/,
    },
    {
      name: 'Arabic page mislabelled lang="en-US"',
      signals: page(ARABIC, { lang: 'en-US', dir: 'rtl' }),
      expected: { verdict: 'arabic-other' },
      reason: 'lang="en-US" disagrees with the text; ignored',
    },
    {
      name: 'right-to-left page in Latin text',
      signals: page(ENGLISH, { dir: 'rtl' }),
      expected: { verdict: 'not-arabic' },
      reason: 'dir="rtl" disagrees with the text; ignored',
    },
    {
      name: 'English page that claims lang="ar"',
      signals: page(ENGLISH, { lang: 'ar' }),
      expected: { verdict: 'not-arabic' },
      reason: 'lang="ar" disagrees with the text; ignored',
    },
    {
      name: 'a third Arabic, with lang="ar"',
      signals: page(`${'عربي '.repeat(30)}${'english '.repeat(40)}`, { lang: 'ar' }),
      expected: { verdict: 'arabic-other' },
      reason: 'lang/dir markup tips a mixed page to Arabic script',
    },
    {
      name: 'a third Arabic, no markup',
      signals: page(`${'عربي '.repeat(30)}${'english '.repeat(40)}`),
      expected: { verdict: 'not-arabic' },
      reason: '30% of letters are Arabic script',
    },
    {
      name: 'a short Arabic-script line on a lang="fa" page',
      signals: page('مرحبا بكم في موقعنا الجديد', { lang: 'fa' }),
      expected: { verdict: 'persian' },
      reason: 'too little text to tell Arabic from Persian; lang decides',
    },
    {
      name: 'a few letters',
      signals: page('OK نعم'),
      expected: { verdict: 'not-arabic' },
      reason: 'too little text to judge (5 letters)',
    },
    {
      name: 'no text',
      signals: page(''),
      expected: { verdict: 'not-arabic' },
      reason: 'too little text to judge (0 letters)',
    },
  ];
  it.each(cases)('$name → $expected.verdict', ({ signals, expected, reason }) => {
    const detection = detectPage(signals);
    expect(detection).toMatchObject(expected);
    expect(englishReasons(detection.reasons)).toContainEqual(
      typeof reason === 'string' ? reason : expect.stringMatching(reason),
    );
  });
});

describe('detectPage: news evidence on Arabic text', () => {
  const cases: { name: string; extra: Partial<PageSignals>; news: boolean; score: number; reason: string }[] =
    [
      {
        name: 'no metadata at all (a text file)',
        extra: {},
        news: false,
        score: 0,
        reason: 'no page metadata',
      },
      { name: 'lang only', extra: { lang: 'ar' }, news: false, score: 0, reason: 'no news signals' },
      {
        name: 'og:type=article',
        extra: { ogType: 'article' },
        news: true,
        score: 3,
        reason: 'og:type=article',
      },
      {
        name: 'JSON-LD NewsArticle',
        extra: { jsonLdTypes: ['WebPage', 'NewsArticle'] },
        news: true,
        score: 3,
        reason: 'JSON-LD NewsArticle',
      },
      {
        name: 'microdata NewsArticle with og:type=website (Sputnik)',
        extra: { ogType: 'website', microdataTypes: ['NewsArticle'] },
        news: true,
        score: 3,
        reason: 'microdata NewsArticle',
      },
      {
        name: 'a known news site',
        extra: { url: 'https://www.aljazeera.net/news/politics/some-story' },
        news: true,
        score: 3,
        reason: 'aljazeera.net is a known Arabic news site',
      },
      {
        name: "a known site's Arabic edition path",
        extra: { url: 'https://www.bbc.com/arabic/articles/c123' },
        news: true,
        score: 3,
        reason: 'bbc.com/arabic is a known Arabic news site',
      },
      {
        name: 'JSON-LD Article (blogs use it too)',
        extra: { jsonLdTypes: ['Article'] },
        news: false,
        score: 2,
        reason: 'JSON-LD Article',
      },
      {
        name: 'publication time alone',
        extra: { hasPublishedTime: true },
        news: false,
        score: 2,
        reason: 'publication time in the page metadata',
      },
      {
        name: 'publication time in an <article>',
        extra: { hasPublishedTime: true, hasArticleElement: true },
        news: true,
        score: 3,
        reason: '<article> element',
      },
      {
        name: '<article> and <time> (a forum thread looks like this)',
        extra: { hasArticleElement: true, hasTimeElement: true },
        news: false,
        score: 2,
        reason: '<time> element',
      },
      {
        name: '<article>, <time> and a dated URL',
        extra: {
          hasArticleElement: true,
          hasTimeElement: true,
          url: 'https://example.org/2020/05/13/story/',
        },
        news: true,
        score: 3,
        reason: 'date in the URL path',
      },
      {
        name: 'an undated URL on an unknown site',
        extra: { url: 'https://example.org/articles/825076-story' },
        news: false,
        score: 0,
        reason: 'no news signals',
      },
    ];
  it.each(cases)('$name', ({ extra, news, score, reason }) => {
    const detection = detectPage(page(ARABIC, extra));
    expect(detection).toMatchObject({ verdict: news ? 'arabic-news' : 'arabic-other', isNews: news, score });
    expect(englishReasons(detection.reasons)).toContain(reason);
  });

  it('scores news evidence on non-Arabic pages too, without calling them Arabic news', () => {
    const detection = detectPage(page(HEBREW, { ogType: 'article', jsonLdTypes: ['NewsArticle'] }));
    expect(detection).toMatchObject({ verdict: 'hebrew', isNews: true, isArabic: false, score: 6 });
  });
});

describe('detectLanguage: what the page reader decides by itself', () => {
  it('calls an Arabic page arabic-other whatever its metadata says: news is told by page-article.js', () => {
    const signals = page(ARABIC, { ogType: 'article', jsonLdTypes: ['NewsArticle'], lang: 'ar' });
    expect(detectLanguage(signals)).toMatchObject({
      verdict: 'arabic-other',
      isArabic: true,
      isNews: false,
      score: 0,
    });
    expect(detectPage(signals)).toMatchObject({ verdict: 'arabic-news', score: 6 });
    expect(englishReasons(detectLanguage(signals).reasons)).toEqual([
      '100% of letters are Arabic script',
      'no Persian or Urdu letters',
      'lang="ar" agrees with the text',
    ]);
  });

  it('gives other languages their verdict', () => {
    expect(detectLanguage(page(PERSIAN)).verdict).toBe('persian');
    expect(detectLanguage(page(HEBREW)).verdict).toBe('hebrew');
  });
});

describe('dates in URL paths', () => {
  const cases: { url: string; dated: boolean; why: string }[] = [
    { url: 'https://example.org/2020/05/13/story/', dated: true, why: '/year/month/day/' },
    { url: 'https://example.org/story/2020/8/24/title/4943459', dated: true, why: 'unpadded month and day' },
    { url: 'https://example.org/2020/11/2338761/', dated: true, why: 'WordPress /year/month/' },
    { url: 'https://example.org/news/2020-06-03-1.3874341', dated: true, why: 'ISO date in a slug' },
    { url: 'https://example.org/world/202003171044893040-title/', dated: true, why: 'compact yyyymmdd id' },
    { url: 'https://example.org/article/825076-title', dated: false, why: 'a plain numeric id' },
    { url: 'https://example.org/2020/', dated: false, why: 'a year alone' },
    { url: 'https://example.org/top-2020-13-45', dated: false, why: 'not a real month' },
  ];
  it.each(cases)('$url: $why', ({ url, dated }) => {
    expect(englishReasons(detectPage(page(ARABIC, { url })).reasons)).toContain(
      dated ? 'date in the URL path' : 'no news signals',
    );
  });
});

describe('findNewsDomain', () => {
  const cases: { url: string; host: string | undefined; why: string }[] = [
    { url: 'https://www.aljazeera.net/news/', host: 'aljazeera.net', why: 'www. prefix' },
    { url: 'https://mubasher.aljazeera.net/live', host: 'aljazeera.net', why: 'any subdomain' },
    { url: 'https://notaljazeera.net/', host: undefined, why: 'a suffix must start at a dot' },
    { url: 'https://www.aljazeera.com/news/', host: undefined, why: 'the English site is another domain' },
    { url: 'https://www.bbc.com/arabic', host: 'bbc.com', why: 'the Arabic edition path itself' },
    { url: 'https://www.bbc.com/news/world', host: undefined, why: 'BBC outside /arabic' },
    { url: 'https://www.france24.com/ar/20240101-x', host: 'france24.com', why: '/ar edition' },
    { url: 'https://www.france24.com/archive', host: undefined, why: '/ar must be a whole segment' },
    { url: 'https://arabic.cnn.com/world', host: 'arabic.cnn.com', why: 'an Arabic subdomain' },
    { url: 'https://edition.cnn.com/world', host: undefined, why: 'the rest of CNN' },
    { url: 'not a url', host: undefined, why: 'unparseable input is no match, not an error' },
  ];
  it.each(cases)('$url: $why', ({ url, host }) => {
    expect(findNewsDomain(url)?.host).toBe(host);
  });
});
