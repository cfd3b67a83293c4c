/**
 * Names of the bundled glossary that are also ordinary words or other places, as a reviewer found them
 * highlighted: each row a sentence where the word is no name (or another one), and one where it is.
 */
import { describe, expect, it } from 'vitest';
import { entries, marked, matcher } from './bundled-glossary';

describe('names that are also ordinary words or other names, in real sentences', () => {
  it.each([
    {
      sentence: 'قتل أب وأم وطفلاهما في القصف',
      expected: [],
      why: 'وأم is "and a mother", not WAM',
    },
    {
      sentence: 'ذكرت وكالة وام أن الوفد وصل',
      expected: [['وام', 'the Emirates News Agency (WAM)']],
      why: 'WAM named as an agency (the name alone, as for وكالة رويترز: descriptors.ts)',
    },
    {
      sentence: 'وافق الطرفان على صفقة مبادلة الأسرى',
      expected: [],
      why: 'مبادلة is "exchange", not Mubadala',
    },
    {
      sentence: 'استثمرت شركة مبادلة في المشروع',
      expected: [['شركة مبادلة', 'Mubadala']],
      why: 'Mubadala named as a company',
    },
    {
      sentence: 'وصل المحافظ إلى قنا صباح اليوم',
      expected: [['قنا', 'Qena']],
      why: 'قنا after إلى is the Egyptian city, not the Qatar News Agency',
    },
    {
      sentence: 'ذكرت وكالة قنا أن الوفد وصل',
      expected: [['وكالة قنا', 'the Qatar News Agency (QNA)']],
      why: 'QNA named as an agency',
    },
    {
      sentence: 'حمل الفرسان قنا طويلة في الاستعراض',
      expected: [],
      why: 'قنا with no place cue and no credit is "spears", neither Qena nor QNA',
    },
    {
      sentence: 'وقال رئيس الوزراء إن المفاوضات مستمرة. (قنا)',
      expected: [
        ['رئيس الوزراء', 'Prime Minister'],
        ['قنا', 'the Qatar News Agency (QNA)'],
      ],
      why: 'a report credited to QNA in parentheses',
    },
    {
      sentence: 'وقالت الأم إن ابنها وام جيرانه بخير',
      expected: [],
      why: 'وام without a credit is no agency',
    },
    {
      sentence: 'ولدت الطفلة بعملية قيصري في المستشفى',
      expected: [],
      why: 'قيصري is "Caesarean", not Kayseri',
    },
    {
      sentence: 'وصل اللاجئون إلى قيصري صباح اليوم',
      expected: [['قيصري', 'Kayseri']],
      why: 'Kayseri after a place cue',
    },
    {
      sentence: 'لم يوفي الطرفان بالتزاماتهما',
      expected: [],
      why: 'يوفي is "fulfils", not Juventus',
    },
    {
      sentence: 'فاز اليوفي على ضيفه بهدفين',
      expected: [['اليوفي', 'Juventus']],
      why: 'Juventus by its nickname with the article',
    },
    {
      sentence: 'عززت الاتفاقية التعاون السعودي الأمريكي',
      expected: [
        ['السعودي', 'Saudi'],
        ['الأمريكي', 'American'],
      ],
      why: 'التعاون السعودي is "Saudi cooperation", not Al-Taawoun',
    },
    {
      sentence: 'طالب شباب الأردن بفرص عمل',
      expected: [['الأردن', 'Jordan']],
      why: 'شباب الأردن is "Jordan\'s youth", not Shabab Al-Ordon',
    },
    {
      sentence: 'تقدمت طلائع الجيش نحو المدينة',
      expected: [],
      why: 'طلائع الجيش is "the army\'s vanguard", not Tala\'ea El Gaish',
    },
    {
      sentence: 'قال الرائد السعودي إن الطائرة سقطت',
      expected: [['السعودي', 'Saudi']],
      why: 'الرائد السعودي is "a Saudi major", not Al-Raed',
    },
    {
      sentence: 'قال رئيس نادي شباب الأردن إن الفريق جاهز',
      expected: [['نادي شباب الأردن', 'Shabab Al-Ordon']],
      why: 'the club after نادي',
    },
    {
      sentence: 'فاز نادي التعاون على ضيفه',
      expected: [['نادي التعاون', 'Al-Taawoun']],
      why: 'the club after نادي',
    },
    {
      sentence: 'انتقل المهاجم إلى إنتر ميامي الأمريكي',
      expected: [
        ['إنتر ميامي', 'Inter Miami CF'],
        ['الأمريكي', 'American'],
      ],
      why: 'Inter Miami, not Inter Milan',
    },
    {
      sentence: 'نزل الوفد في فندق إنتر كونتيننتال',
      expected: [],
      why: 'a hotel, not Inter Milan',
    },
    {
      sentence: 'فاز الإنتر على ضيفه بهدفين',
      expected: [['الإنتر', 'Inter Milan']],
      why: 'Inter Milan by its short name with the article',
    },
    {
      sentence: 'تعاقد أتلتيكو مينيرو مع المهاجم',
      expected: [['أتلتيكو مينيرو', 'Atlético Mineiro']],
      why: 'the Brazilian Atlético, not Atlético Madrid',
    },
    {
      sentence: 'وصل الوفد إلى دورتموند الألمانية',
      expected: [
        ['دورتموند', 'Dortmund'],
        ['الألمانية', 'German'],
      ],
      why: 'the city, not its club',
    },
    {
      sentence: 'تعادل دورتموند مع ضيفه في الدوري الألماني',
      expected: [
        ['دورتموند', 'Borussia Dortmund'],
        ['الألماني', 'German'],
      ],
      why: 'in a match report the city is its club (CLUB_CITIES)',
    },
    {
      sentence: 'صوت مجلس الشعب على القانون',
      expected: [['مجلس الشعب', "the People's Assembly of Syria", "the People's Assembly (Egypt)"]],
      why: "Syria's parliament and Egypt's of before 2012: both readings",
    },
    {
      sentence: 'انتخابات مجلس الشعب المصري عام 2011',
      expected: [['مجلس الشعب المصري', "the People's Assembly (Egypt)"]],
      why: "Egypt's, named with its country",
    },
    {
      sentence: 'تجددت الاشتباكات في حي الأشرفية بحلب',
      expected: [
        ['الأشرفية', 'Ashrafiyah (Aleppo)', 'Achrafieh (Beirut)'],
        ['بحلب', 'Aleppo'],
      ],
      why: "Aleppo's neighbourhood first where Aleppo is named, Beirut's district kept as a reading",
    },
    {
      sentence: 'وقال يارون بلوم إن الحكومة',
      expected: [],
      why: 'the given name Yaron, not the Lebanese village',
    },
    {
      sentence: 'قصف الجيش بلدة يارون الجنوبية',
      expected: [['يارون', 'Yaroun']],
      why: 'the village after a place cue',
    },
  ])('$why: $sentence', ({ sentence, expected }) => {
    expect(marked(sentence)).toEqual(expected);
  });
});

describe('entries that link the article of what they name', () => {
  it.each([
    // form, English, Wikipedia article
    ['مجلس الشعب المصري', "the People's Assembly (Egypt)", 'House_of_Representatives_(Egypt)'],
    ['مجلس الشعب السوري', "the People's Assembly of Syria", "People's_Assembly_of_Syria"],
    ['محافظة قنا', 'Qena Governorate', 'Qena_Governorate'],
    // The note says the carmaker: the article is the carmaker's, not the engine maker's (Rolls-Royce_Holdings).
    ['رولز رويس', 'Rolls-Royce', 'Rolls-Royce_Motor_Cars'],
  ])('%s: %s, %s', (form, en, wikipedia) => {
    const [found] = matcher.lookup(form);
    expect(found === undefined ? undefined : entries[found.entry]).toMatchObject({ en, wikipedia });
  });
});
