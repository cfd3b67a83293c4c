import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formKey } from '../../lib/glossary/form-key';
import { createMatcher } from '../../lib/glossary/matcher';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import { built, entries, marked, matcher } from './bundled-glossary';

function entryOf(form: string): GlossaryEntry | undefined {
  const [found] = matcher.lookup(form);
  return found === undefined ? undefined : entries[found.entry];
}

describe('the bundled glossary', () => {
  // How long the build takes is a figure of `npm run bench` (glossary_build_ms), not a test.
  it('builds without problems', () => {
    expect(built.ok ? [] : built.problems).toEqual([]);
    expect(entries.length).toBeGreaterThan(800);
  });

  it('gives every entry forms that are distinct once normalised', () => {
    const repeated = entries.filter((entry) => {
      const keys = [entry.ar, ...entry.variants].map((form) => formKey(form).join(' '));
      return new Set(keys).size !== keys.length;
    });
    expect(repeated.map((entry) => entry.ar)).toEqual([]);
  });

  it('records the source of every entry', () => {
    expect(entries.filter((entry) => entry.source === undefined).map((entry) => entry.ar)).toEqual([]);
    expect(entryOf('مالي')?.source).toBe('CLDR 48 territories');
    expect(entryOf('دمشق')?.source).toBe('CLDR 48 exemplar cities');
    expect(entryOf('سوريا')?.source).toBe('curated + CLDR 48 territories');
    expect(entryOf('غزة')?.source).toBe('curated + CLDR 48 exemplar cities');
    expect(entryOf('عراقي')?.source).toBe('curated + nisba rule');
  });
});

describe('countries and cities', () => {
  it.each([
    // Arabic, common English, words of the official name the note gives
    ['سوريا', 'Syria', 'Syrian Arab Republic'],
    ['إيران', 'Iran', 'Islamic Republic of Iran'],
    ['روسيا', 'Russia', 'Russian Federation'],
    ['الصين', 'China', "People's Republic of China"],
    ['تركيا', 'Turkey', 'Türkiye'],
    ['الولايات المتحدة', 'the United States', 'United States of America'],
    ['الفاتيكان', 'Vatican City', 'Holy See'],
    ['المملكة العربية السعودية', 'Saudi Arabia', 'Kingdom of Saudi Arabia'],
  ])('glosses %s as %s, with "%s" in the note', (ar, en, official) => {
    const entry = entryOf(ar);
    expect(entry?.en).toBe(en);
    expect(entry?.note).toContain(official);
  });

  it.each([
    // short form or spelling variant, English, why
    ['السعودية', 'Saudi Arabia', 'short form of المملكة العربية السعودية'],
    ['أمريكا', 'the United States', 'short form'],
    ['أميركا', 'the United States', 'the other spelling of the short form'],
    ['الإمارات', 'the United Arab Emirates', 'short form'],
    ['بريطانيا', 'Britain', 'short form'],
    ['المملكة المتحدة', 'Britain', "CLDR's name joins the curated entry"],
    ['اسرائيل', 'Israel', 'hamza left out: folded by normalisation'],
    ['المانيا', 'Germany', 'the same'],
    ['اسطنبول', 'Istanbul', 'the same'],
    ['أبو ظبي', 'Abu Dhabi', 'written in two words'],
    ['أبوظبي', 'Abu Dhabi', 'written in one'],
    ['الدنمارك', 'Denmark', 'a spelling CLDR does not use (الدانمرك)'],
    ['مقديشو', 'Mogadishu', 'the same (مقديشيو)'],
  ])('finds %s as %s (%s)', (ar, en) => {
    expect(entryOf(ar)?.en).toBe(en);
  });

  it.each([
    'الإمارات',
    'أبوظبي',
    'واشنطن',
    'غزة',
    'الضفة الغربية',
    'القدس',
    'الخليج',
    'حلب',
    'الموصل',
    'إدلب',
    'درعا',
    'بيروت',
    'بغداد',
    'طهران',
    'صنعاء',
    'الدوحة',
    'بكين',
  ])('has %s, which news uses daily', (ar) => {
    expect(entryOf(ar)?.type).toBe('place');
  });
});

describe('names that are also ordinary words, in real sentences', () => {
  it.each([
    // sentence, what is marked, why
    [
      'أرسلت فرنسا قوات إضافية إلى مالي لمواجهة الجماعات المسلحة',
      [
        ['فرنسا', 'France'],
        ['مالي', 'Mali'],
      ],
      'after إلى',
    ],
    ['أعلنت الحكومة عن دعم مالي للشركات الصغيرة', [], 'مالي is "financial"'],
    [
      'وقعت مالي والنيجر اتفاقا أمنيا',
      [
        ['مالي', 'Mali'],
        ['والنيجر', 'Niger'],
      ],
      'beside another place',
    ],
    ['ترك الرئيس القاعة قبل نهاية الجلسة', [['الرئيس', 'the President']], 'ترك is "left", not Chuuk'],
    [
      'نشرت صحيفة ديلي ميل البريطانية صورا للحادث',
      [
        ['ديلي ميل', 'the Daily Mail'],
        ['البريطانية', 'British'],
      ],
      'ديلي is "Daily"; صحيفة describes the paper (descriptors.ts)',
    ],
    ['نشرت الوكالة صور الدمار في غزة', [['غزة', 'Gaza']], 'صور is "pictures"'],
    [
      'قصفت الطائرات مدينة صور في جنوب لبنان',
      [
        ['مدينة صور', 'Tyre'],
        ['لبنان', 'Lebanon'],
      ],
      'مدينة صور is Tyre',
    ],
    ['سافرت العائلة إلى جدة لأداء العمرة', [['جدة', 'Jeddah']], 'after إلى'],
    ['كانت جدة الطفل ترافقه إلى المدرسة', [], 'جدة is "grandmother"'],
    ['عاد الوفد إلى الرياض مساء الثلاثاء', [['الرياض', 'Riyadh']], 'after إلى'],
    ['تنتشر الرياض والبساتين حول القرية', [], 'الرياض is "the gardens"'],
    ['أصيب الطفل في العين بشظية', [], 'العين is "the eye"'],
    [
      'ولد الكاتب في مسقط رأسه بالقاهرة',
      [
        ['مسقط رأسه', 'birthplace'],
        ['بالقاهرة', 'Cairo'],
      ],
      'مسقط رأس is "birthplace"',
    ],
    [
      'وصل السلطان إلى مسقط بعد جولة خليجية',
      [
        ['مسقط', 'Muscat'],
        ['خليجية', 'Gulf'],
      ],
      'Muscat after إلى',
    ],
    ['أعلنت الشركة حالة القوة القاهرة في مصانعها', [['القوة القاهرة', 'force majeure']], 'not Cairo'],
    [
      'التقى الوزير بنظيره في بنين الأسبوع الماضي',
      [
        ['الوزير', 'minister'],
        ['بنين', 'Benin'],
      ],
      'Benin after في',
    ],
    ['افتتحت مدرسة بنين جديدة في القرية', [], 'بنين is "boys"'],
    ['تتخذ الشركة من العاصمة الرياض مقرا لها', [['الرياض', 'Riyadh']], 'after العاصمة'],
    ['تجددت الاشتباكات في ريف حمص الشمالي', [['حمص', 'Homs']], 'after ريف'],
    ['اللاعب مهدد بعقوبة أخرى من الاتحاد', [], 'بعقوبة is ب + عقوبة, "with a penalty"'],
    [
      'قتل خمسة أشخاص في بعقوبة شمال شرق بغداد',
      [
        ['بعقوبة', 'Baqubah'],
        ['بغداد', 'Baghdad'],
      ],
      'Baqubah after في',
    ],
  ])('%s', (sentence, expected) => {
    expect(marked(sentence)).toEqual(expected);
  });
});

// The article is never taken off a name to find it (ال + حمص), and only a neighbouring place joined to it
// as in a list confirms a name that is also a common word.
describe('a one-word name never takes an article it is not written with', () => {
  it.each([
    ['يشتهر المطبخ الشامي بالحمص والفلافل', [], 'بالحمص is "with chickpeas", not "in Homs"'],
    ['ارتفع مؤشر دبي المالي', [['دبي', 'Dubai']], 'المالي is "the financial", not Mali beside Dubai'],
  ])('%s', (sentence, expected) => {
    expect(marked(sentence)).toEqual(expected);
  });
});

describe('ambiguous forms show every reading', () => {
  it.each([
    ['وصل الوفد إلى عمان', [['عمان', 'Oman', 'Amman']]],
    ['فاز المنتخب في تونس', [['تونس', 'Tunisia', 'Tunis']]],
    [
      'زار الرئيس الجزائر',
      [
        ['الرئيس', 'the President'],
        ['الجزائر', 'Algeria', 'Algiers'],
      ],
    ],
    ['انفجار في طرابلس', [['طرابلس', 'Tripoli (Libya)', 'Tripoli (Lebanon)']]],
    ['يستأنف المغرب مفاوضاته', [['المغرب', 'Morocco', 'the sunset prayer, sunset']]],
    ['تجمع المصلون بعد صلاة المغرب', [['صلاة المغرب', 'the sunset prayer (maghrib)']]],
    ['دخلت قوات سورية المدينة', [['سورية', 'Syria', 'Syrian']]],
    ['قالت السعودية إنها ترحب بالاتفاق', [['السعودية', 'Saudi Arabia', 'Saudi']]],
  ])('%s', (sentence, expected) => {
    expect(marked(sentence)).toEqual(expected);
  });
});

describe('nationalities', () => {
  it.each([
    ['العراقي', 'Iraqi'],
    ['العراقية', 'Iraqi'],
    ['عراقيون', 'Iraqi'],
    ['فرنسي', 'French'],
    ['فرنسية', 'French'],
    ['الفرنسي', 'French'],
    ['الفرنسية', 'French'],
    ['الفرنسيين', 'French'],
    ['أميركي', 'American'],
    ['أمريكي', 'American'],
    ['الأمريكيون', 'American'],
    ['النمساوي', 'Austrian'],
    ['الكوري الجنوبي', 'South Korean'],
    ['الروس', 'Russian'],
  ])('reads %s as %s, a nationality', (ar, en) => {
    expect(entryOf(ar)).toMatchObject({ en, type: 'nationality' });
  });

  it('tells the Iraqi from Iraq in a sentence', () => {
    expect(marked('قال وزير الخارجية العراقي إن العراق يرفض التدخل')).toEqual([
      ['وزير الخارجية', 'Foreign Minister'],
      ['العراقي', 'Iraqi'],
      ['العراق', 'Iraq'],
    ]);
  });

  it('types nationalities apart from countries, for their own highlight colour', () => {
    expect(entryOf('العراقي')?.type).toBe('nationality');
    expect(entryOf('العراق')?.type).toBe('place');
  });

  it('leaves to the country a form the rule would share with it', () => {
    expect(entryOf('سوريا')?.en).toBe('Syria');
    expect(matcher.lookup('سوريا')[0]?.alternatives).toEqual([]);
  });
});

describe('institutions and titles', () => {
  it('finds them in a news sentence', () => {
    expect(
      marked('دعا الأمين العام للأمم المتحدة مجلس الأمن الدولي إلى اجتماع طارئ بحضور ممثلي حلف الناتو'),
    ).toEqual([
      ['الأمين العام', 'Secretary-General'],
      ['للأمم المتحدة', 'the United Nations (UN)'],
      ['مجلس الأمن الدولي', 'the UN Security Council'],
      ['حلف الناتو', 'NATO'],
    ]);
  });

  // A ministry named by its portfolio alone is a term, whichever state's: spelt as a name it was
  // "Wazzara al-Amen".
  it.each([
    [
      'أعلنت وزارة الأمن الإيرانية اعتقال شخصين',
      [
        ['وزارة الأمن', 'the Security Ministry'],
        ['الإيرانية', 'Iranian'],
      ],
    ],
    [
      'قالت وزارة الموارد المائية والري إن المياه كافية',
      [['وزارة الموارد المائية والري', 'the Ministry of Water Resources and Irrigation']],
    ],
    ['ذكرت وزارة الاستخبارات أن', [['وزارة الاستخبارات', 'the Intelligence Ministry']]],
    [
      'أكدت وزارة الأمن الداخلي الأميركية',
      [['وزارة الأمن الداخلي الأميركية', 'the US Department of Homeland Security']],
    ],
    [
      'قالت وزارة الشؤون الخارجية التونسية',
      [
        ['وزارة الشؤون الخارجية', 'the Ministry of Foreign Affairs'],
        ['التونسية', 'Tunisian'],
      ],
    ],
  ])('reads a ministry in «%s»', (sentence, expected) => {
    expect(marked(sentence)).toEqual(expected);
  });

  // The role and the body or country it serves are two entities (as ANERcorp tags them): the UN stays the
  // UN after الأمين العام, Qatar stays Qatar after أمير, the UN after مجلس الأمن التابع.
  it.each([
    [
      'الأمين العام للأمم المتحدة',
      [
        ['الأمين العام', 'Secretary-General'],
        ['للأمم المتحدة', 'the United Nations (UN)'],
      ],
    ],
    ['أمير قطر', [['قطر', 'Qatar']]],
    ['المبعوث الخاص للأمم المتحدة', [['للأمم المتحدة', 'the United Nations (UN)']]],
    [
      'مجلس الأمن التابع للأمم المتحدة',
      [
        ['مجلس الأمن', 'the UN Security Council'],
        ['للأمم المتحدة', 'the United Nations (UN)'],
      ],
    ],
  ])('does not let a title or body swallow the body or country after it: %s', (sentence, expected) => {
    expect(marked(sentence)).toEqual(expected);
  });

  it('has no title with a place or a named organisation inside it', () => {
    const bodies = entries.filter((entry) => entry.type === 'place' || entry.type === 'organisation');
    const inner = createMatcher(bodies);
    // A role of a body every state has: the Speaker, whichever parliament it is.
    const roles = new Set(['رئيس مجلس النواب']);
    const swallowing = entries
      .filter((entry) => entry.type === 'title')
      .flatMap((entry) => [entry.ar, ...entry.variants])
      .filter((form) => !roles.has(form) && inner.match(form).some((match) => match.start > 0));
    expect(swallowing).toEqual([]);
  });

  it.each([
    ['منظمة الصحة العالمية', 'the World Health Organization (WHO)'],
    ['الاتحاد الأوروبي', 'the European Union (EU)'],
    ['جامعة الدول العربية', 'the Arab League'],
    ['الصليب الأحمر', 'the Red Cross'],
    ['الهلال الأحمر', 'the Red Crescent'],
    ['رئيس الوزراء', 'Prime Minister'],
    ['ولي العهد', 'Crown Prince'],
    ['حزب الله', 'Hezbollah'],
    ['مجلس الأمن القومي', 'the National Security Council'],
    ['واس', 'the Saudi Press Agency (SPA)'],
    ['وكالة السودان للأنباء', 'the Sudan News Agency (SUNA)'],
    ['فولكسفاغن', 'Volkswagen'],
    ['إيساف', 'the International Security Assistance Force (ISAF)'],
    ['العدل والمساواة', 'the Justice and Equality Movement (JEM)'],
  ])('glosses %s as %s', (ar, en) => {
    expect(entryOf(ar)?.en).toBe(en);
  });

  // ANERcorp leaves them untagged (مجلس الوزراء 16 times of 16 in its train split): a common noun for whichever
  // state the text is about, not a name; the same body with its state is one.
  it.each([
    ['مجلس الوزراء', 'term'],
    ['مجلس النواب', 'term'],
    ['وزارة الخارجية', 'term'],
    ['وزارة الخارجية الأمريكية', 'organisation'],
    ['مجلس الأمن', 'organisation'],
  ])('types a body every state has as a term, a named one as an organisation: %s is a %s', (ar, type) => {
    expect(entryOf(ar)?.type).toBe(type);
  });

  it('gives every organisation and title among them a note or a plain English name', () => {
    const curated = readFileSync('seeds/institutions.tsv', 'utf8').split('\n').length - 2;
    expect(entries.filter((entry) => entry.type === 'organisation').length).toBeGreaterThan(curated / 2);
  });
});

describe('seeds/sports.tsv in the bundled glossary', () => {
  it.each([
    ['فاز ريال مدريد على ضيفه', 'Real Madrid'],
    ['قرر الاتحاد الدولي لكرة القدم', 'FIFA'],
    ['عقوبات الفيفا على النادي', 'FIFA'],
    ['تأهل النادي الأهلي إلى النهائي', 'Al Ahly'],
    ['مدرب الترجي التونسي', 'Espérance de Tunis'],
    // A club named with its city is the club, not the city (كييف alone is Kyiv).
    ['سحق ضيفه دينامو كييف 5 - 1', 'Dynamo Kyiv'],
    ['على مضيفه ستيوا بوخارست الروماني', 'Steaua Bucharest (FCSB)'],
    ['سقط أيك أثينا في فخ التعادل', 'AEK Athens'],
    ['خسر بايرن ميونيخ', 'Bayern Munich'],
  ])('finds the club or federation in "%s": %s', (text, en) => {
    const [match] = matcher.match(text);
    expect(match === undefined ? null : entries[match.entry]).toMatchObject({ en, type: 'organisation' });
  });

  it('makes every row an organisation with its Wikipedia article', () => {
    const rows = readFileSync('seeds/sports.tsv', 'utf8').trim().split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      const [ar, en, , , , wikipedia] = row.split('\t');
      expect(entryOf(ar as string), ar).toMatchObject({ en, type: 'organisation', wikipedia });
    }
  });
});

describe('the names news gives places and organisations (issue 16 §5)', () => {
  it.each([
    [
      'أعلنت الولايات المتحدة الأمريكية',
      'the United States',
      "the country's full name, not the United States + American",
    ],
    ['في الجمهورية العربية السورية', 'Syria', 'the official name'],
    ['منذ انهيار الاتحاد السوفياتي عام 1991', 'the Soviet Union', 'a state of the past'],
    ['هبطت الطائرة في مطار فرانكفورت', 'Frankfurt', 'a city CLDR lacks'],
    ['اشتباكات في ولاية هلمند', 'Helmand', 'a province news names'],
    ['انفجار في مدينة الصدر شرق بغداد', 'Sadr City', 'a district named with مدينة'],
    ['في مزارع شبعا المحتلة', 'the Shebaa Farms', 'the longer name wins over the village'],
    ['رفع الاحتياطي الفيدرالي سعر الفائدة', 'the Federal Reserve', 'a central bank'],
    ['اجتمعت قوى 14 آذار', 'the March 14 Alliance', 'a coalition named by a date'],
    ['مقاتلو اتحاد المحاكم الإسلامية', 'the Islamic Courts Union', 'an armed group'],
    ['قالت صحيفة هآرتس الإسرائيلية', 'Haaretz', 'a paper, without صحيفة'],
    ['درس في جامعة هارفارد', 'Harvard University', 'a university'],
    ['تأهل المغرب الفاسي', 'Maghreb de Fès (MAS)', 'a club, not Morocco'],
    ['ذكرت وكالة الأنباء الفلسطينية وفا', 'the Palestinian News Agency (WAFA)', 'a news agency'],
    ['وقال مصرف قطر المركزي', 'the Qatar Central Bank', 'a place inside an organisation'],
    ['مقاتلون في محافظة صلاح الدين', 'Saladin Governorate', 'the province, with its descriptor'],
  ])('finds the first name in "%s": %s (%s)', (text, en) => {
    const [first] = marked(text);
    expect(first?.[1]).toBe(en);
  });

  it.each([
    ['نقلت وكالة رويترز', 'رويترز', 'Reuters'],
    ['رئيس نادي الظفرة', 'الظفرة', 'Al Dhafra FC'],
    ['ذكرت مجلة نيوزويك', 'نيوزويك', 'Newsweek'],
  ])('highlights the name without the word that describes it: %s', (text, name, en) => {
    expect(marked(text)).toEqual([[name, en]]);
  });

  it.each([
    // sentence, the ordinary word a new name must not be read into
    ['مد كابل كهربائي تحت البحر', 'كابل: "cable", not ك + Apple'],
    ['بلغت الخسائر بليون دولار', 'بليون: "billion", not ب + Lyon'],
    ['لجأوا إلى المدارس', 'لجأوا: "they took refuge", not ل + Java'],
    ['فوجده نائما', 'فوجده: "and he found him", not ف + Oujda'],
    ['قال في حديثه للصحفيين', 'حديثه: "his talk", not Haditha'],
    ['التقى القائم بالأعمال', "القائم بالأعمال: the chargé d'affaires, not al-Qa'im"],
    ['ولم يزد عدد الضحايا', 'يزد: "(did not) exceed", not Yazd'],
    ['السماء الزرقاء', 'الزرقاء: "the blue", not Zarqa'],
    ['نقل الخبر عن مصدر', 'الخبر: "the news", not Khobar'],
    ['هذا كافي لإقناعه', 'كافي: "sufficient", not ك + EFE'],
    ['فقد بصره وبصري ضعيف', 'وبصري: "and my sight", not و + Bosra'],
    ['من نصيب الفريق', 'نصيب: "a share", not the Nasib crossing'],
    ['من الطبقة الوسطى', 'الطبقة: "the class", not Tabqa'],
    ['قاتل الكفرة', 'الكفرة: "the unbelievers", not Kufra'],
    ['قال صلاح الدين', 'صلاح الدين: a given name, not the province'],
    ['ارتفع عدد الوفيات وسجلت وفيات جديدة', 'وفيات: "deaths", not و + Fiat'],
  ])('leaves the ordinary words of "%s" alone (%s)', (text) => {
    expect(marked(text).filter(([, en]) => en !== 'the President')).toEqual([]);
  });

  it.each([
    ['وصل الوفد إلى الزرقاء', 'Zarqa'],
    ['عاد إلى يزد', 'Yazd'],
    ['وصل الوفد إلى كابل أمس', 'Kabul'],
  ])('reads a name that is also an ordinary word as the place after a cue: %s', (text, en) => {
    expect(marked(text).map(([, english]) => english)).toContain(en);
  });

  it('gives every new curated row a note that says what the name is', () => {
    for (const file of ['seeds/places.tsv', 'seeds/institutions.tsv', 'seeds/sports.tsv']) {
      const rows = readFileSync(file, 'utf8').trim().split('\n').slice(1);
      const bare = rows.filter((row) => {
        const [, , type, , note, wikipedia] = row.split('\t');
        return (type === 'place' || type === 'organisation') && !note && !wikipedia;
      });
      expect(bare, file).toEqual([]);
    }
  });
});
