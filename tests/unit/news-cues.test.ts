import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NEWS_CUE_KINDS, NEWS_CUES, NEWS_TEXT_THRESHOLD, newsCuesIn } from '../../lib/arabic/news-cues';
import { detectPage } from '../../lib/page/news-evidence';
import { withTextNews } from '../../lib/page/news-text';
import { englishReasons } from '../../lib/page/say-reason';

const SEED = readFileSync(new URL('../../seeds/000_3b94b23d1bbcb671.txt', import.meta.url), 'utf8');
const seedBlocks = (): string[] => SEED.split(/\r?\n\s*\r?\n/);

describe('NEWS_CUES: every row is found in its own example, as the kind it says', () => {
  it.each(NEWS_CUES.map((cue) => [cue.phrase, cue]))('%s', (_, cue) => {
    // The example alone, padded to a paragraph so that a dateline may count.
    const found = newsCuesIn([cue.example]);
    expect(found.counts[cue.kind]).toBeGreaterThan(0);
  });
});

describe('newsCuesIn', () => {
  it('counts a kind once per mention and scores it by its tiers', () => {
    const found = newsCuesIn(['قال الوزير إن الاتفاق قريب. وقال مصدر إن الوفد وصل. وأكد المتحدث ذلك.']);
    expect(found.counts.reporting).toBe(3);
    expect(found.counts.attribution).toBe(1);
    // Three reporting verbs reach the first tier only; one attribution is below its tier.
    expect(found.score).toBe(NEWS_CUE_KINDS.reporting.tiers[0]?.[1]);
  });

  const cases: { name: string; blocks: string[]; kind: keyof typeof NEWS_CUE_KINDS; count: number }[] = [
    {
      name: 'a dateline with an agency in brackets at the head of a paragraph',
      blocks: [
        'القاهرة (رويترز) - أعلنت الحكومة المصرية اليوم عن حزمة إجراءات جديدة لدعم الأسر الفقيرة في المحافظات.',
      ],
      kind: 'dateline',
      count: 1,
    },
    {
      name: 'a dateline written with two dots',
      blocks: [
        'الرياض.. أعلنت وزارة الصحة السعودية تسجيل حالات جديدة، وقالت إن الوضع تحت السيطرة في كل المناطق.',
      ],
      kind: 'dateline',
      count: 1,
    },
    {
      name: 'no dateline in a short menu line',
      blocks: ['أخبار - رياضة'],
      kind: 'dateline',
      count: 0,
    },
    {
      name: 'no dateline in a headline whose two words end in an ellipsis',
      blocks: ['جحيم كاليفورنيا.. الحرائق تلتهم آلاف الهكتارات وتجبر السكان على مغادرة منازلهم في الشمال'],
      kind: 'dateline',
      count: 0,
    },
    {
      name: 'an agency credit in brackets',
      blocks: ['وزير الدفاع الفرنسي جون إيف لودريان (يسار) يستقبل نظيره الأميركي آشتون كارتر (الأوروبية)'],
      kind: 'agency',
      count: 1,
    },
    {
      name: 'the same word outside brackets is no credit (الأوروبية "European")',
      blocks: ['ناقشت المفوضية الأوروبية خطة الطاقة مع الدول الأوروبية الأعضاء'],
      kind: 'agency',
      count: 0,
    },
    { name: 'a source line', blocks: ['المصدر : الجزيرة'], kind: 'source', count: 1 },
    {
      name: 'a mention of a source in running text is no source line',
      blocks: ['وقال إن المصدر الرئيسي للمياه في المدينة هو النهر الذي يمر بها من الشمال'],
      kind: 'source',
      count: 0,
    },
    {
      name: 'a verb with و attached',
      blocks: ['وأضاف أن الوفد سيعود. فأوضح أن الطريق أغلق.'],
      kind: 'reporting',
      count: 2,
    },
    {
      name: 'diacritics do not hide a cue',
      blocks: ['قَالَ الوَزِيرُ إنَّ الاتِّفَاقَ قَرِيبٌ'],
      kind: 'reporting',
      count: 1,
    },
  ];
  it.each(cases)('$name', ({ blocks, kind, count }) => {
    expect(newsCuesIn(blocks).counts[kind]).toBe(count);
  });

  it('reads the seed article as news, and says why', () => {
    const found = newsCuesIn(seedBlocks());
    expect(found.score).toBeGreaterThanOrEqual(NEWS_TEXT_THRESHOLD);
    const reasons = englishReasons(found.reasons);
    expect(reasons).toContainEqual(expect.stringMatching(/^reporting verbs ×\d+ \(قال\)$/));
    expect(reasons).toContain('a source line (المصدر)');
  });
});

/** Arabic text with no page metadata at all, as a text file or a page saved bare. */
const bare = (blocks: string[]) =>
  detectPage({
    visibleText: blocks.join(' '),
    jsonLdTypes: [],
    hasArticleElement: false,
    hasPublishedTime: false,
  });

describe('withTextNews: detection from the text itself', () => {
  it('makes the bare seed article news, with its reasons first', () => {
    const blocks = seedBlocks();
    const before = bare(blocks);
    expect(before.verdict).toBe('arabic-other');
    const after = withTextNews(before, blocks);
    expect(after).toMatchObject({ verdict: 'arabic-news', isNews: true, score: 0 });
    expect(after.textScore).toBeGreaterThanOrEqual(NEWS_TEXT_THRESHOLD);
    const reasons = englishReasons(after.reasons);
    const summary = reasons.findIndex((reason) => reason.startsWith('news from the text'));
    expect(summary).toBeGreaterThan(0);
    expect(summary).toBeLessThan(reasons.findIndex((reason) => reason.startsWith('news evidence')));
  });

  // Arabic that is not news, in the styles of the corpus's other pages: an encyclopedia, a technical article, a
  // recipe. Written for these tests.
  const notNews: { name: string; text: string }[] = [
    {
      name: 'an encyclopedia entry about a city',
      text:
        'دمشق هي عاصمة سوريا وأكبر مدنها، وتعد من أقدم المدن المأهولة في العالم. يمر بها نهر بردى، ويحيط بها ' +
        'جبل قاسيون من الشمال الغربي. حكمها الأمويون وجعلوها عاصمة لدولتهم، ثم تعاقب عليها العباسيون والمماليك ' +
        'والعثمانيون. وقال عنها الرحالة ابن بطوطة إنها تفوق سائر البلاد حسنا. وفي عهد الرئيس الأول للجمهورية توسعت ' +
        'المدينة نحو الغرب، وأنشئت فيها الجامعة السورية التي صارت جامعة دمشق.',
    },
    {
      name: 'a technical article',
      text:
        'يمكنك تغيير حجم النص في صفحة الويب باستخدام خاصية حجم الخط في أوراق الأنماط. ويفضل استخدام الوحدات ' +
        'النسبية بدلا من البكسل، لأن المستخدم يستطيع عندئذ تكبير النص من إعدادات المتصفح. وقال أحد المطورين إن ' +
        'هذه الطريقة تناسب الشاشات الصغيرة أيضا.',
    },
    {
      name: 'a recipe',
      text:
        'اغسلي الأرز جيدا ثم انقعيه في الماء نصف ساعة. في قدر كبيرة، قلي البصل في الزيت حتى يذبل، ثم أضيفي اللحم ' +
        'والبهارات وقلبي المزيج. صباح اليوم التالي يكون الطبق أطيب.',
    },
  ];
  it.each(notNews)('leaves $name arabic-other', ({ text }) => {
    const detection = withTextNews(bare([text]), [text]);
    expect(detection.verdict).toBe('arabic-other');
    expect(detection.textScore).toBeLessThan(NEWS_TEXT_THRESHOLD);
  });

  it('keeps a page news by its metadata news, and adds what the text says after', () => {
    const blocks = ['مرحبا بكم في موقعنا'];
    const news = detectPage({
      visibleText: 'مرحبا بكم في موقعنا الجديد للأخبار والمقالات',
      jsonLdTypes: ['NewsArticle'],
      hasArticleElement: false,
      hasPublishedTime: false,
    });
    const after = withTextNews(news, blocks);
    expect(after).toMatchObject({ verdict: 'arabic-news', textScore: 0 });
    expect(englishReasons(after.reasons).at(-1)).toBe(`news from the text 0 < ${NEWS_TEXT_THRESHOLD}`);
  });

  it('leaves a page in another language as it was', () => {
    const persian = detectPage({
      visibleText: 'پژوهشگران دانشگاه تهران می‌گویند که گرمای تابستان امسال بیشتر از سال‌های گذشته بوده است.',
      jsonLdTypes: [],
      hasArticleElement: false,
      hasPublishedTime: false,
    });
    expect(withTextNews(persian, ['قال الوزير أمس'])).toBe(persian);
  });
});
