/**
 * Readings a name's context settles after matching: the sunset prayer is not Morocco, the marks a writer put
 * on a form tell its two readings apart, an adverb in -an is not the place it is made from, a city that beat
 * or lost to someone is its football club, a club named by a common word (الأهلي "national") is a club
 * only in a match report, a paper or channel so named (الحياة "life") only after صحيفة or قناة, and an agency's
 * short name (وام، قنا) only where a report is credited to it. Each rule is a row with a real sentence
 * (tests/unit/context-readings.test.ts); `npm run eval` counts what each one did.
 */
import { type Clitic, proclitics } from '../arabic/clitics';
import { CHILD_OF } from '../arabic/kinship';
import { foldArabic } from '../arabic/normalize';
import type { Token } from '../arabic/tokenize';
import type { EntityMatch } from './matcher';
import type { GlossaryEntry } from './schema';

/** The rules, in the order `npm run eval` reports them. */
export const CONTEXT_RULES = [
  'prayer',
  'marks',
  'adverb',
  'club',
  'club word',
  'media word',
  'group word',
  'paper',
  'agency',
  'compound name',
  'country',
] as const;

/** A rule that dropped a match or chose one of its readings. */
export type ContextRule = (typeof CONTEXT_RULES)[number];

/** المغرب after صلاة or أذان, or beside another prayer's name, is the sunset prayer. */
const PRAYER_WORDS = new Set(['صلاه', 'لصلاه', 'وصلاه', 'بصلاه', 'اذان', 'واذان']);
const PRAYERS = new Set(['الفجر', 'الظهر', 'العصر', 'العشاء', 'والفجر', 'والظهر', 'والعصر', 'والعشاء']);
const MOROCCO = foldArabic('المغرب');

/** Marks that choose one reading of a form written with them (عمّان is Amman, عُمان Oman). */
export const MARKED_READINGS: ReadonlyArray<{ folded: string; marked: RegExp; en: string; example: string }> =
  [
    { folded: 'عمان', marked: /مّ/, en: 'Amman', example: 'وصل الوفد إلى عمّان مساء أمس' },
    { folded: 'عمان', marked: /عُ/, en: 'Oman', example: 'وصل الوفد إلى عُمان أمس' },
  ];

/**
 * Compound given names (صلاح الدين "Salah al-Din" is one name): a person's match whose last word opens one and
 * is followed by the word that closes it is part of a longer name, someone else's (محمد صلاح الدين is not
 * Mohamed Salah), so the match is dropped and the name finder reads the whole name. Only with an opener: an
 * object after the subject (وشكر محمد صلاح الله، ربط ترامب الإسلام بالإرهاب) leaves the person. Each row: the
 * closing word, the words it closes, a person and the longer name. Folded forms are compared.
 */
export const COMPOUND_NAMES: ReadonlyArray<{
  closer: string;
  openers: readonly string[];
  person: string;
  longer: string;
}> = [
  {
    closer: 'الدين',
    openers: [
      'صلاح',
      'نور',
      'عز',
      'علاء',
      'بهاء',
      'جمال',
      'كمال',
      'شمس',
      'تاج',
      'زين',
      'حسام',
      'ضياء',
      'سيف',
      'محي',
      'محيي',
      'عماد',
      'فخر',
      'شرف',
      'نصر',
      'خير',
      'بدر',
      'نجم',
      'شهاب',
      'تقي',
      'صدر',
    ],
    person: 'محمد صلاح',
    longer: 'محمد صلاح الدين',
  },
  {
    closer: 'الإسلام',
    openers: ['سيف', 'شيخ', 'فخر', 'ضياء', 'نور'],
    person: 'محمد سيف',
    longer: 'محمد سيف الإسلام',
  },
  {
    closer: 'الله',
    openers: [
      'نصر',
      'فضل',
      'عطا',
      'جاد',
      'حسب',
      'خير',
      'جار',
      'رزق',
      'فتح',
      'عوض',
      'ضيف',
      'هبة',
      'نعمة',
      'حمد',
      'خلف',
      'سعد',
    ],
    person: 'حسن نصر',
    longer: 'حسن نصر الله',
  },
];

const CLOSED_BY = new Map(
  COMPOUND_NAMES.map((row) => [foldArabic(row.closer), new Set(row.openers.map(foldArabic))]),
);
const ARABIC_LETTER = /[\u0621-\u0652\u0671]/;

/** The folded word of `text` that starts at `from`, letters and marks only ('' at anything else). */
function wordAt(text: string, from: number): string {
  let to = from;
  while (to < text.length && ARABIC_LETTER.test(text[to] as string)) to++;
  return foldArabic(text.slice(from, to));
}

/**
 * Whether a match's last word and the word right after it (spaces between, no punctuation) are one of
 * COMPOUND_NAMES. Read off the text, not the tokens, which the matcher makes only for the rules that need them.
 */
function closesCompound(text: string, match: EntityMatch): boolean {
  let from = match.end;
  while (from < text.length && /\s/.test(text[from] as string)) from++;
  if (from === match.end) return false;
  const openers = CLOSED_BY.get(wordAt(text, from));
  if (openers === undefined) return false;
  const surface = text.slice(match.start, match.end);
  const last = surface.slice(surface.search(/\S+$/));
  return openers.has(foldArabic(last));
}

/**
 * Whether the word right before `start` (spaces between) is a "son of" (CHILD_OF): a person of the glossary
 * right after one is the father in a child's name.
 */
function followsKin(text: string, start: number): boolean {
  let end = start;
  while (end > 0 && /\s/.test(text[end - 1] as string)) end--;
  if (end === start) return false;
  let from = end;
  while (from > 0 && ARABIC_LETTER.test(text[from - 1] as string)) from--;
  return CHILD_OF.has(foldArabic(text.slice(from, end)));
}

/**
 * Places of one name in two countries (عمان is Oman and Amman): where the block names one country's words
 * and not the other's, that country's place is read first; the other stays a reading, since a block can name
 * Jordan and still mean Oman. Cues are words, read with or without clitics (للأردن، وبيروت); no word that is
 * also an ordinary one (العقبة "the obstacle", الزرقاء "the blue").
 */
export const SHARED_PLACE_NAMES: ReadonlyArray<{
  name: string;
  readings: ReadonlyArray<{ en: string; cues: readonly string[]; example: string }>;
}> = [
  {
    name: 'عمان',
    readings: [
      {
        en: 'Amman',
        cues: ['الأردن', 'الأردني', 'الأردنية', 'الأردنيين', 'الأردنيون', 'إربد', 'ماركا'],
        example: 'وصل الوفد إلى مطار ماركا في عمان قادما من العقبة',
      },
      {
        en: 'Oman',
        cues: ['سلطنة', 'مسقط', 'العماني', 'العمانية', 'العمانيين', 'العمانيون', 'صلالة', 'ظفار'],
        example: 'أعلنت وزارة الخارجية العمانية أن عمان ستستضيف جولة جديدة من المحادثات',
      },
    ],
  },
  {
    name: 'طرابلس',
    readings: [
      {
        en: 'Tripoli (Libya)',
        cues: ['ليبيا', 'الليبي', 'الليبية', 'الليبيين', 'الليبيون', 'بنغازي', 'مصراتة', 'الدبيبة', 'حفتر'],
        example: 'تجددت الاشتباكات في طرابلس بين فصائل مسلحة ليبية وأخرى موالية للدبيبة',
      },
      {
        en: 'Tripoli (Lebanon)',
        cues: ['لبنان', 'اللبناني', 'اللبنانية', 'اللبنانيين', 'اللبنانيون', 'عكار', 'بيروت', 'ميقاتي'],
        example: 'نفذ الجيش اللبناني انتشارا في طرابلس وعكار بعد إشكال مسلح',
      },
    ],
  },
  {
    name: 'الأشرفية',
    readings: [
      {
        en: 'Achrafieh (Beirut)',
        cues: ['بيروت', 'لبنان', 'اللبناني', 'اللبنانية', 'المتن', 'الجميزة'],
        example: 'تضررت مبان في الأشرفية والجميزة بعد انفجار مرفأ بيروت',
      },
      {
        en: 'Ashrafiyah (Aleppo)',
        cues: ['حلب', 'سوريا', 'السوري', 'السورية'],
        example: 'اندلعت اشتباكات في حي الأشرفية بمدينة حلب',
      },
    ],
  },
];

const SHARED_PLACE_FORMS = new Map(SHARED_PLACE_NAMES.map((row) => [foldArabic(row.name), row]));
/** Each reading's cues, folded. */
const CUE_WORDS = new Map(
  SHARED_PLACE_NAMES.flatMap((row) =>
    row.readings.map((reading) => [reading, new Set(reading.cues.map(foldArabic))] as const),
  ),
);

/** The readings of a shared place name whose country the block's words name, in the table's order. */
function namedCountries(
  row: (typeof SHARED_PLACE_NAMES)[number],
  tokens: readonly Token[],
): ReadonlyArray<(typeof row.readings)[number]> {
  return row.readings.filter((reading) => {
    const cues = CUE_WORDS.get(reading) as ReadonlySet<string>;
    return tokens.some((token) => readsAs(token, cues));
  });
}

/** Fathatan at a word's end (اً or ًا): an adverb, إسبانياً "in Spanish", not Spain. */
const ADVERB_ENDINGS = ['اً', 'ًا'];

/** Whether a match ends in one of ADVERB_ENDINGS, as written on the page. */
function endsAsAdverb(text: string, match: EntityMatch): boolean {
  if (match.end - match.start < 2) return false;
  for (const ending of ADVERB_ENDINGS) if (text.endsWith(ending, match.end)) return true;
  return false;
}

/**
 * Cities sports news names for their one football club (فاز برشلونة "Barcelona won"): the city's glossary
 * form and the club's English, with a sentence. Not a city of two clubs of the same rank (مانشستر, ميلانو).
 */
export const CLUB_CITIES: ReadonlyArray<{ city: string; club: string; example: string }> = [
  { city: 'برشلونة', club: 'FC Barcelona', example: 'وتعادل برشلونة مع ضيفه فياريال' },
  { city: 'ليفربول', club: 'Liverpool FC', example: 'خسر تشيلسي أمام ليفربول في الدوري' },
  { city: 'مرسيليا', club: 'Olympique de Marseille', example: 'فاز باريس سان جيرمان على مرسيليا' },
  { city: 'روما', club: 'AS Roma', example: 'سجل المهاجم هدفين في مرمى روما' },
  { city: 'فالنسيا', club: 'Valencia CF', example: 'فاز فالنسيا على ضيفه في الدوري الإسباني' },
  { city: 'إشبيلية', club: 'Sevilla FC', example: 'فاز إشبيلية بكأس الاتحاد الأوروبي' },
  { city: 'نابولي', club: 'SSC Napoli', example: 'تغلب نابولي على يوفنتوس' },
  { city: 'هامبورغ', club: 'Hamburger SV', example: 'صعبا على هامبورغ الألماني في مباراة الأمس' },
  { city: 'بوردو', club: 'FC Girondins de Bordeaux', example: 'تعادل بوردو مع ليون في الدوري الفرنسي' },
  { city: 'كوبنهاغن', club: 'FC Copenhagen', example: 'فاز كوبنهاغن على ضيفه بهدفين' },
  { city: 'بورتو', club: 'FC Porto', example: 'خسر الفريق أمام بورتو في الدوري البرتغالي' },
  { city: 'موناكو', club: 'AS Monaco', example: 'تعادل أرسنال وموناكو في دوري الأبطال' },
  { city: 'بازل', club: 'FC Basel', example: 'خسر بازل أمام ضيفه السويسري' },
  { city: 'الشارقة', club: 'Sharjah FC', example: 'تعادل الشارقة مع الوصل في الدوري الإماراتي' },
  { city: 'عجمان', club: 'Ajman Club', example: 'خسر عجمان أمام ضيفه بهدفين' },
  { city: 'المحرق', club: 'Al-Muharraq SC', example: 'فاز المحرق على الرفاع في الدوري البحريني' },
  { city: 'ظفار', club: 'Dhofar Club', example: 'تغلب ظفار على السيب في الدوري العماني' },
  { city: 'أربيل', club: 'Erbil SC', example: 'فاز أربيل على الزوراء في الدوري العراقي' },
  { city: 'دهوك', club: 'Duhok SC', example: 'تعادل دهوك مع أربيل في مباراة الأمس' },
  { city: 'تولوز', club: 'Toulouse FC', example: 'خسر تولوز أمام ضيفه في الدوري الفرنسي' },
  { city: 'شتوتغارت', club: 'VfB Stuttgart', example: 'فاز شتوتغارت على بايرن ميونخ في الدوري الألماني' },
  { city: 'دورتموند', club: 'Borussia Dortmund', example: 'تعادل دورتموند مع ضيفه في الدوري الألماني' },
  { city: 'فرانكفورت', club: 'Eintracht Frankfurt', example: 'سجل المهاجم هدفين في مرمى فرانكفورت' },
  { city: 'غرناطة', club: 'Granada CF', example: 'تعادل غرناطة مع ضيفه في الدوري الإسباني' },
  { city: 'مالقة', club: 'Málaga CF', example: 'فاز مالقة على ضيفه بهدفين' },
  { city: 'سالزبورغ', club: 'Red Bull Salzburg', example: 'خسر سالزبورغ أمام ليفربول في دوري الأبطال' },
  { city: 'بلباو', club: 'Athletic Bilbao', example: 'تعادل بلباو مع ريال مدريد في الدوري الإسباني' },
  { city: 'الوكرة', club: 'Al-Wakrah', example: 'فاز الوكرة على الريان في الدوري القطري' },
  { city: 'الجهراء', club: 'Al-Jahra SC', example: 'خسر الجهراء أمام كاظمة في الدوري الكويتي' },
  { city: 'الرفاع', club: 'Riffa SC', example: 'تعادل الرفاع مع المحرق في الدوري البحريني' },
  { city: 'بيلباو', club: 'Athletic Bilbao', example: 'فاز بيلباو على برشلونة في الكأس' },
  { city: 'نانت', club: 'FC Nantes', example: 'تعادل نانت مع ضيفه في الدوري الفرنسي' },
  { city: 'بارما', club: 'Parma Calcio', example: 'فاز بارما على لاتسيو بهدفين' },
  { city: 'براغا', club: 'SC Braga', example: 'خسر براغا أمام بنفيكا في الدوري البرتغالي' },
  { city: 'بورتسموث', club: 'Portsmouth FC', example: 'تغلب بورتسموث على ضيفه في الدوري الإنجليزي' },
  { city: 'ميدلزبره', club: 'Middlesbrough FC', example: 'سجل المهاجم هدفين في مرمى ميدلزبره' },
  { city: 'ويغان', club: 'Wigan Athletic', example: 'فاز ويغان بكأس الاتحاد الإنجليزي' },
  { city: 'ساوثهامبتون', club: 'Southampton FC', example: 'خسر ساوثهامبتون أمام آرسنال في الدوري' },
  { city: 'سندرلاند', club: 'Sunderland AFC', example: 'تعادل سندرلاند مع نيوكاسل في مباراة الأمس' },
  { city: 'أيندهوفن', club: 'PSV Eindhoven', example: 'فاز أيندهوفن على أياكس في الدوري الهولندي' },
];

/**
 * Words that make the sentence around a club's city (within CLUB_WINDOW words) a match report: the match, its
 * league, ground and score, the coach. Not words politics and war share (ضد، لقاء، مواجهة، فريق "team" and
 * "general", هدف "goal" and "aim", صفقة، لاعب، مهاجم، جماهير): «تظاهر آلاف ضد الحرب في روما» is Rome.
 */
const MATCH_WORDS = new Set(
  [
    'مباراة', // تعادل بوردو مع ليون في مباراة الأمس
    'مباريات', // في مباريات الجولة الأولى
    'دوري', // في دوري الأبطال
    'الدوري', // في الدوري الفرنسي
    'كأس', // فاز إشبيلية بكأس الاتحاد الأوروبي
    'شوط', // في الشوط الثاني
    'مرمى', // سجل هدفين في مرمى روما
    'ملعب', // على ملعب الفريق
    'هدفين', // فاز عليه بهدفين
    'مدرب', // قال مدرب برشلونة
    'ضيفه', // خسر بازل أمام ضيفه
    'مضيفه', // تعادل مع مضيفه
    'تعادل', // تعادل بوردو مع ليون
    'يتعادل', // يتعادل الفريقان
    'تعادله', // وتعادله مع الوكرة
    'ركلة', // من ركلة جزاء
    'ركلات', // بركلات الترجيح
    'استاد', // على استاد القاهرة
    'تأهل', // تأهل الأهلي إلى النهائي
    'يتأهل', // يتأهل الفائز إلى الدور الثاني
  ].map(foldArabic),
);

/**
 * Results, which parties and armies have too (فاز الحزب في روما): they make the city a club only as the side
 * that won or lost (فاز برشلونة) or the side beaten (فاز … على مرسيليا، خسر … أمام ليفربول).
 */
const RESULT_WORDS = new Set(['فاز', 'يفوز', 'بفوزه', 'خسر', 'يخسر', 'تغلب', 'هزم'].map(foldArabic));
const AGAINST = new Set(['على', 'أمام'].map(foldArabic));
const CLUB_WINDOW = 5;

/**
 * The country after a club's name, as sports news writes clubs apart (الوحدة الإماراتي، هامبورغ الألماني):
 * masculine, for the club (نادي), where a city or a feminine word takes the feminine (روما الإيطالية the city,
 * الوحدة الإماراتية "Emirati unity"). The countries of the clubs of CLUB_CITIES and CLUB_WORDS.
 */
const CLUB_COUNTRIES = new Set(
  [
    'المصري',
    'السعودي',
    'القطري',
    'الإماراتي',
    'الكويتي',
    'البحريني',
    'العماني',
    'الأردني',
    'السوري',
    'اللبناني',
    'العراقي',
    'السوداني',
    'الليبي',
    'التونسي',
    'الجزائري',
    'المغربي',
    'اليمني',
    'الفلسطيني',
    'الإسباني',
    'الإيطالي',
    'الألماني',
    'الفرنسي',
    'الإنجليزي',
    'الإنكليزي',
    'البرتغالي',
    'الهولندي',
    'البلجيكي',
    'الاسكتلندي',
    'السويسري',
    'النمساوي',
    'الدنماركي',
    'اليوناني',
    'التركي',
    'الروسي',
    'الأوكراني',
  ].map(foldArabic),
);

/** Whether a word, as written or with its clitics off (بكأس, والدوري), is one of these words. */
function readsAs(token: Token | undefined, words: ReadonlySet<string>): boolean {
  if (token === undefined) return false;
  return words.has(token.norm) || proclitics(token.norm).some((reading) => words.has(reading.stem));
}

/** A goal count in a score: a number under 20 (in either digits) or صفر "nil". */
const ZERO = foldArabic('صفر');
function goals(token: Token | undefined): boolean {
  if (token === undefined) return false;
  return token.norm === ZERO || (token.kind === 'number' && /^(1?[0-9]|١?[٠-٩])$/.test(token.norm));
}

/** Whether tokens[from…to] hold a score, two goal counts in a row (2 - 1، صفر - 2), not years (1997 - 2000). */
function hasScore(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, tokens.length - 1); k++)
    if (goals(tokens[k]) && goals(tokens[k + 1])) return true;
  return false;
}

/** Whether the city at token `t` stands in a match report, as its club (or before its club's country). */
function inMatchReport(tokens: readonly Token[], t: number): boolean {
  if (CLUB_COUNTRIES.has(tokens[t + 1]?.norm ?? '')) return true;
  const before = tokens.slice(Math.max(0, t - CLUB_WINDOW), t);
  const after = tokens.slice(t + 1, t + CLUB_WINDOW + 1);
  if ([...before, ...after].some((token) => readsAs(token, MATCH_WORDS))) return true;
  if (hasScore(tokens, Math.max(0, t - CLUB_WINDOW), t + CLUB_WINDOW)) return true;
  const previous = tokens[t - 1];
  if (readsAs(previous, RESULT_WORDS)) return true;
  return (
    previous !== undefined &&
    AGAINST.has(previous.norm) &&
    before.some((token) => readsAs(token, RESULT_WORDS))
  );
}

/**
 * Clubs named by a common word: the glossary holds the word as a form of the club (or clubs: الأهلي is Cairo's
 * Al Ahly and the Al-Ahli of Jeddah and of Doha, all readings shown), and it stands only in a match report as for a club's
 * city, or right after a word that names a club's people or ground (مدرب الأهلي، جماهير الوداد), or before
 * its club's country (الوحدة الإماراتي); before another country it is the word (في الشمال السوري "in northern
 * Syria", where Al-Shamal is Qatar's). Never as an adjective after a noun (السلم الأهلي "civil peace", المنتخب
 * العربي), which no result or score makes a club. Each row: the word, its clubs' English and countries, a
 * sentence where it is the club, one where it is not. Words whose other sense sports news uses too are left out: الاتحاد (the federation that
 * sets the fixtures), الشباب (the youth side), الجيش، الشرطة، الفتح، الاتفاق (a deal with a player), النجم
 * (a star player), العهد (ولي العهد at the match); and a word that is a nationality too (المصري، الإفريقي), which
 * as written would hide the nationality's reading. ليون is here too: Lyon has no entry, since بليون "billion"
 * would read as ب + ليون, and the rule keeps the billion out of the club.
 */
export const CLUB_WORDS: ReadonlyArray<{
  word: string;
  en: readonly string[];
  /** The countries of its clubs, as sports news writes them after the word (الشمال القطري). */
  countries: readonly string[];
  club: string;
  not: string;
}> = [
  {
    word: 'الأهلي',
    en: ['Al Ahli SC (Doha)', 'Al Ahly', 'Al-Ahli (Jeddah)'],
    countries: ['المصري', 'السعودي', 'القطري'],
    club: 'فاز الأهلي على الزمالك بهدفين',
    not: 'دعا الرئيس إلى حماية السلم الأهلي',
  },
  {
    word: 'الهلال',
    en: ['Al Hilal', 'Al-Hilal Club (Omdurman)'],
    countries: ['السعودي', 'السوداني'],
    club: 'تعادل الهلال مع ضيفه في الدوري',
    not: 'أعلنت المحكمة رؤية الهلال مساء أمس',
  },
  {
    word: 'النصر',
    en: ['Al Nassr', 'Al-Nasr SC (Dubai)'],
    countries: ['السعودي', 'الإماراتي'],
    club: 'خسر النصر أمام ضيفه في الشوط الثاني',
    not: 'احتفل الجيش بذكرى النصر في المدينة',
  },
  {
    word: 'العربي',
    en: ['Al-Arabi SC (Kuwait)', 'Al-Arabi SC (Qatar)'],
    countries: ['الكويتي', 'القطري'],
    club: 'سجل المهاجم هدفين في مرمى العربي',
    not: 'افتتح المعرض العربي للكتاب في الدوحة',
  },
  {
    word: 'السد',
    en: ['Al Sadd'],
    countries: ['القطري'],
    club: 'قال مدرب السد إن الفريق جاهز',
    not: 'ارتفع منسوب المياه خلف السد',
  },
  {
    word: 'الريان',
    en: ['Al-Rayyan'],
    countries: ['القطري'],
    club: 'تغلب السد على الريان في الدوري القطري',
    not: 'وصل الريان إلى الميناء أمس',
  },
  {
    word: 'الوصل',
    en: ['Al-Wasl FC'],
    countries: ['الإماراتي'],
    club: 'فاز الوصل على ضيفه بهدفين',
    not: 'انقطع الوصل بين القريتين',
  },
  {
    word: 'العين',
    en: ['Al Ain FC'],
    countries: ['الإماراتي'],
    club: 'تعادل العين مع الجزيرة في الدوري',
    not: 'أصيب الجندي في العين',
  },
  {
    word: 'الوحدة',
    en: ['Al-Wahda FC (Abu Dhabi)'],
    countries: ['الإماراتي'],
    club: 'فاز الوحدة الإماراتي على ضيفه',
    not: 'دعا الحزب إلى الوحدة الوطنية',
  },
  {
    word: 'الوحدات',
    en: ['Al-Wehdat SC'],
    countries: ['الأردني'],
    club: 'تعادل الفيصلي مع الوحدات في مباراة القمة',
    not: 'انتشرت الوحدات العسكرية في المدينة',
  },
  {
    word: 'الفيصلي',
    en: ['Al-Faisaly SC (Amman)'],
    countries: ['الأردني'],
    club: 'قال مدرب الفيصلي إن المباراة صعبة',
    not: 'زار الأمير الفيصلي المعرض',
  },
  {
    word: 'المريخ',
    en: ['Al-Merrikh SC'],
    countries: ['السوداني'],
    club: 'فاز المريخ على الهلال في الدوري السوداني',
    not: 'أرسلت الوكالة مسبارا إلى المريخ',
  },
  {
    word: 'الأنصار',
    en: ['Al Ansar FC'],
    countries: ['اللبناني'],
    club: 'خسر الأنصار أمام النجمة في الدوري اللبناني',
    not: 'احتشد الأنصار أمام مقر الحزب',
  },
  {
    word: 'النجمة',
    en: ['Nejmeh SC'],
    countries: ['اللبناني'],
    club: 'فاز النجمة على ضيفه العهد',
    not: 'رسم الطفل النجمة على الورقة',
  },
  {
    word: 'الزوراء',
    en: ['Al-Zawraa SC'],
    countries: ['العراقي'],
    club: 'تغلب الزوراء على الطلبة في الدوري العراقي',
    not: 'يقع المتنزه في حي الزوراء',
  },
  {
    word: 'الوداد',
    en: ['Wydad AC'],
    countries: ['المغربي'],
    club: 'قال مدرب الوداد إن الفريق سيعود',
    not: 'عبر الضيف عن الوداد بين البلدين',
  },
  {
    word: 'الرجاء',
    en: ['Raja CA'],
    countries: ['المغربي'],
    club: 'فاز الرجاء على الوداد في الديربي',
    not: 'عاد الرجاء إلى أهالي المفقودين',
  },
  {
    word: 'الصفاقسي',
    en: ['CS Sfaxien'],
    countries: ['التونسي'],
    club: 'تعادل الصفاقسي مع النجم الساحلي في الدوري',
    not: 'زار الوفد الصفاقسي العاصمة',
  },
  {
    word: 'الإسماعيلي',
    en: ['Ismaily SC'],
    countries: ['المصري'],
    club: 'فاز الإسماعيلي على المصري في الدوري',
    not: 'ينتمي إلى المذهب الإسماعيلي',
  },
  {
    word: 'الشمال',
    en: ['Al-Shamal SC'],
    countries: ['القطري'],
    club: 'خسر الشمال أمام السد في الدوري القطري',
    not: 'هطلت الأمطار في الشمال',
  },
  {
    word: 'القادسية',
    en: ['Al-Qadsiah FC', 'Qadsia SC'],
    countries: ['السعودي', 'الكويتي'],
    club: 'فاز القادسية على العربي في الدوري',
    not: 'استذكر الخطيب معركة القادسية',
  },
  {
    word: 'السيلية',
    en: ['Al-Sailiya SC'],
    countries: ['القطري'],
    club: 'فاز السيلية على الخور في الدوري القطري',
    not: 'تقع قاعدة السيلية الأمريكية غرب الدوحة',
  },
  {
    word: 'المرخية',
    en: ['Al-Markhiya SC'],
    countries: ['القطري'],
    club: 'تعادل المرخية مع الريان في الدوري القطري',
    not: 'يسكن في منطقة المرخية بالدوحة',
  },
  {
    word: 'واتفورد',
    en: ['Watford FC'],
    countries: ['الإنجليزي'],
    club: 'فاز واتفورد على ليفربول في الدوري الإنجليزي',
    not: 'اعتقلت الشرطة رجلا في واتفورد شمال لندن',
  },
  {
    word: 'ريدينغ',
    en: ['Reading FC'],
    countries: ['الإنجليزي'],
    club: 'خسر ريدينغ أمام تشيلسي في الدوري الإنجليزي',
    not: 'وقع الهجوم في حديقة بمدينة ريدينغ البريطانية',
  },
  {
    word: 'الخور',
    en: ['Al-Khor SC'],
    countries: ['القطري'],
    club: 'تعادل الخور مع الريان في الدوري القطري',
    not: 'رست السفن في الخور',
  },
  {
    word: 'المقاولون',
    en: ['Arab Contractors'],
    countries: ['المصري'],
    club: 'تعادل المقاولون مع الإسماعيلي في الدوري',
    not: 'طالب المقاولون بمستحقاتهم',
  },
  {
    word: 'البنزرتي',
    en: ['CA Bizertin'],
    countries: ['التونسي'],
    club: 'خسر البنزرتي أمام الترجي في الدوري التونسي',
    not: 'عاد الصياد البنزرتي إلى الميناء',
  },
  {
    word: 'كاظمة',
    en: ['Kazma SC'],
    countries: ['الكويتي'],
    club: 'فاز كاظمة على السالمية في الدوري الكويتي',
    not: 'اشتهرت كاظمة في الشعر القديم',
  },
  {
    word: 'السالمية',
    en: ['Al-Salmiya SC'],
    countries: ['الكويتي'],
    club: 'تعادل السالمية مع القادسية في مباراة الأمس',
    not: 'افتتح المركز في السالمية',
  },
  {
    word: 'السيب',
    en: ['Al-Seeb Club'],
    countries: ['العماني'],
    club: 'تغلب السيب على ظفار في الدوري العماني',
    not: 'وصل الوفد إلى السيب صباحا',
  },
  {
    word: 'الكرامة',
    en: ['Al-Karamah SC'],
    countries: ['السوري'],
    club: 'فاز الكرامة على الوحدة في الدوري السوري',
    not: 'طالب المتظاهرون بالحرية والكرامة',
  },
  {
    word: 'ليون',
    en: ['Olympique Lyonnais (Lyon)'],
    countries: ['الفرنسي'],
    club: 'خسر مرسيليا أمام مضيفه ليون في الدوري الفرنسي',
    not: 'بلغت الخسائر بليون دولار',
  },
];

/** Words right before a club's name that make it the club: its ground, people and staff (مدرب الأهلي). */
const CLUB_HEADS = new Set(
  [
    'نادي', // نادي الوداد
    'فريق', // فريق الهلال
    'لاعب', // لاعب الأهلي
    'لاعبو', // لاعبو النصر
    'لاعبي', // أحد لاعبي الزمالك
    'جماهير', // جماهير الوداد
    'جمهور', // جمهور الرجاء
    'مهاجم', // مهاجم العين
    'حارس', // حارس الوحدات
  ].map(foldArabic),
);

/**
 * Papers and channels named by a common word (الحياة "life", الأيام "the days", العربية "Arabic"): the word
 * names the paper or channel only right after the word for what it is (صحيفة الحياة، لجريدة الأيام، قناة
 * العربية), which is left out of the highlight as other descriptors are (descriptors.ts). Each row: the word, a
 * sentence where it names the paper or channel, one where it does not. A word that is also a place or a title
 * (الخليج، الرياض، السفير "the ambassador") keeps its longer form (صحيفة الخليج) instead.
 */
export const MEDIA_WORDS: ReadonlyArray<{ word: string; en: readonly string[]; named: string; not: string }> =
  [
    {
      word: 'الحياة',
      en: ['Al-Hayat'],
      named: 'ونقلت صحيفة الحياة عن مصادر',
      not: 'عادت الحياة إلى طبيعتها في المدينة',
    },
    {
      word: 'الأهرام',
      en: ['Al-Ahram'],
      named: 'وذكرت جريدة الأهرام أن الوزير',
      not: 'زار السياح منطقة الأهرام',
    },
    {
      word: 'النهار',
      en: ['An-Nahar'],
      named: 'وكتبت صحيفة النهار اللبنانية',
      not: 'استمر القصف طوال النهار',
    },
    {
      word: 'الراية',
      en: ['Al Raya'],
      named: 'وقال لصحيفة الراية إن الفريق',
      not: 'رفع الجنود الراية فوق المبنى',
    },
    { word: 'الوطن', en: ['Al-Watan'], named: 'ونشرت صحيفة الوطن تقريرا', not: 'عاد اللاجئون إلى الوطن' },
    {
      word: 'البيان',
      en: ['Al Bayan'],
      named: 'وقال لصحيفة البيان الإماراتية',
      not: 'أصدرت الوزارة البيان مساء أمس',
    },
    {
      word: 'الاتحاد',
      en: ['Al Ittihad (newspaper)'],
      named: 'ونقلت صحيفة الاتحاد عن الوزير',
      not: 'عقد الاتحاد اجتماعه السنوي',
    },
    {
      word: 'الأيام',
      en: ['Al-Ayyam'],
      named: 'وذكرت صحيفة الأيام الفلسطينية',
      not: 'ارتفعت الأسعار في الأيام الأخيرة',
    },
    {
      word: 'الدستور',
      en: ['Ad-Dustour'],
      named: 'وكتبت صحيفة الدستور الأردنية',
      not: 'صوت البرلمان على الدستور الجديد',
    },
    {
      word: 'الرأي',
      en: ['Al Rai'],
      named: 'وقال لصحيفة الرأي الكويتية',
      not: 'انقسم الرأي العام حول القرار',
    },
    { word: 'الغد', en: ['Al Ghad'], named: 'ونشرت صحيفة الغد الأردنية', not: 'تبدأ المفاوضات صباح الغد' },
    {
      word: 'الشروق',
      en: ['Al-Shorouk'],
      named: 'وقال لجريدة الشروق إن الحكومة',
      not: 'بدأ الهجوم مع الشروق',
    },
    {
      word: 'الأخبار',
      en: ['Al-Akhbar'],
      named: 'وذكرت صحيفة الأخبار اللبنانية',
      not: 'تابع الناس الأخبار على التلفزيون',
    },
    {
      word: 'الجمهورية',
      en: ['Al Gomhuria'],
      named: 'وكتبت صحيفة الجمهورية المصرية',
      not: 'زار رئيس الجمهورية المدينة',
    },
    {
      word: 'الوفد',
      en: ['Al-Wafd (newspaper)'],
      named: 'ونشرت جريدة الوفد تقريرا',
      not: 'وصل الوفد إلى القاهرة أمس',
    },
    {
      word: 'ماركا',
      en: ['Marca'],
      named: 'وقالت صحيفة ماركا الإسبانية إن المدرب باق',
      not: 'هبطت الطائرة في مطار ماركا العسكري في عمان',
    },
    {
      word: 'اللواء',
      en: ['Al-Liwaa'],
      named: 'وقال لصحيفة اللواء إن الحكومة',
      not: 'التقى اللواء بقادة الجيش',
    },
    {
      word: 'القبس',
      en: ['Al-Qabas'],
      named: 'وذكرت صحيفة القبس الكويتية',
      not: 'أشعل الطفل القبس في الموقد',
    },
    {
      word: 'السياسة',
      en: ['Al-Seyassah'],
      named: 'ونقلت صحيفة السياسة الكويتية عن مصادر',
      not: 'اعتزل الوزير السياسة',
    },
    {
      word: 'الوسط',
      en: ['Al-Wasat'],
      named: 'وقال لصحيفة الوسط البحرينية',
      not: 'وقف في الوسط بين الطرفين',
    },
    { word: 'تشرين', en: ['Tishreen'], named: 'وكتبت صحيفة تشرين السورية', not: 'عاد في تشرين الأول الماضي' },
    {
      word: 'الثورة',
      en: ['Al-Thawra'],
      named: 'وقالت صحيفة الثورة السورية',
      not: 'اندلعت الثورة في العاصمة',
    },
    { word: 'الصباح', en: ['Al-Sabah'], named: 'ونشرت صحيفة الصباح العراقية', not: 'بدأ القصف في الصباح' },
    { word: 'الزمان', en: ['Azzaman'], named: 'وقال لصحيفة الزمان العراقية', not: 'تغير الزمان وتغير الناس' },
    { word: 'المدى', en: ['Al-Mada'], named: 'ونشرت صحيفة المدى تقريرا', not: 'أطلق صاروخا بعيد المدى' },
    { word: 'الخبر', en: ['El Khabar'], named: 'وذكرت صحيفة الخبر الجزائرية', not: 'نفت الوزارة الخبر' },
    { word: 'الشرق', en: ['Al Sharq'], named: 'وقال لصحيفة الشرق القطرية', not: 'تقدمت القوات نحو الشرق' },
    {
      word: 'الأنباء',
      en: ['Al-Anba'],
      named: 'ونقلت صحيفة الأنباء الكويتية عن مصادر',
      not: 'تضاربت الأنباء حول الحادث',
    },
    {
      word: 'الديار',
      en: ['Ad-Diyar'],
      named: 'وكتبت صحيفة الديار اللبنانية',
      not: 'عاد النازحون إلى الديار',
    },
    { word: 'البلاد', en: ['Al-Bilad'], named: 'ونشرت صحيفة البلاد السعودية', not: 'غادر الرئيس البلاد أمس' },
    {
      word: 'العربية',
      en: ['Al Arabiya'],
      named: 'وقال لقناة العربية إن الحكومة',
      not: 'يدرس الطلاب اللغة العربية',
    },
    { word: 'المنار', en: ['Al-Manar'], named: 'وبثت قناة المنار صورا', not: 'أضاء المنار مدخل الميناء' },
    {
      word: 'الميادين',
      en: ['Al Mayadeen'],
      named: 'وقال لقناة الميادين إن المفاوضات',
      not: 'امتلأت الميادين بالمتظاهرين',
    },
    {
      word: 'الحرة',
      en: ['Alhurra'],
      named: 'وقال لقناة الحرة إن الحكومة',
      not: 'جرت الانتخابات الحرة في موعدها',
    },
    { word: 'الحدث', en: ['Al Hadath'], named: 'وقال لقناة الحدث إن القوات', not: 'وقع الحدث مساء أمس' },
    {
      word: 'الجديد',
      en: ['Al Jadeed'],
      named: 'وبث تلفزيون الجديد صورا',
      not: 'أعلن الوزير القانون الجديد',
    },
    {
      word: 'العالم',
      en: ['Al-Alam'],
      named: 'وبثت قناة العالم الإيرانية صورا',
      not: 'زار الرئيس دول العالم',
    },
    {
      word: 'الشرقية',
      en: ['Al Sharqiya'],
      named: 'وقال لقناة الشرقية إن الانتخابات',
      not: 'وصل الوفد إلى المنطقة الشرقية',
    },
    {
      word: 'السومرية',
      en: ['Al Sumaria'],
      named: 'وبثت قناة السومرية صورا',
      not: 'درس الحضارة السومرية في الجامعة',
    },
  ];

/** Words for a paper or a channel, before its name (وقال لصحيفة الحياة). */
const MEDIA_HEADS = new Set(
  ['صحيفة', 'جريدة', 'مجلة', 'يومية', 'قناة', 'تلفزيون', 'فضائية', 'إذاعة'].map(foldArabic),
);

/**
 * Whether a word is a paper's or channel's head in construct with the name after it: without the article, as
 * written or after a preposition (لصحيفة); القنوات الفضائية العربية is "the Arab satellite channels".
 */
function headsName(token: Token | undefined, heads: ReadonlySet<string> = MEDIA_HEADS): boolean {
  if (token === undefined) return false;
  return proclitics(token.norm).some(
    (reading) => heads.has(reading.stem) && !reading.clitics.some((clitic) => clitic.ar === ARTICLE),
  );
}

/**
 * Papers named by a place (الشرق الأوسط, القدس): the form is both the place's and the paper's, and the
 * paper is the reading only right after صحيفة or جريدة (as for MEDIA_WORDS) or where someone is told
 * something (قال لـ«الشرق الأوسط»: one tells a paper, not a region); elsewhere the place alone. A row marked
 * `quoted` is the paper also as the whole of a quotation (PAPER_QUOTES): papers quote the paper's name and
 * not the region's, where a city's name is quoted for itself and in other names (قائد فيلق «القدس», the
 * Quds Force; إن «القدس» خط أحمر). Each row: the place's form, the paper's English, a sentence for each
 * reading.
 */
export const PAPER_PLACES: ReadonlyArray<{
  place: string;
  paper: string;
  quoted: boolean;
  named: string;
  not: string;
}> = [
  {
    place: 'الشرق الأوسط',
    paper: 'Asharq Al-Awsat',
    quoted: true,
    named: 'وقال لـ«الشرق الأوسط» إن الحكومة',
    not: 'وصل المبعوث إلى الشرق الأوسط أمس',
  },
  {
    place: 'القدس',
    paper: 'Al-Quds (newspaper)',
    quoted: false,
    named: 'ونقلت جريدة القدس عن مصادر',
    not: 'قال لسكان القدس إن الطريق مغلق',
  },
];

/** Verbs of saying before لـ and a paper's name (قال لـ«الشرق الأوسط»). */
const TOLD = new Set(
  [
    'قال',
    'قالت',
    'أكد',
    'أكدت',
    'أوضح',
    'أوضحت',
    'صرح',
    'صرحت',
    'أضاف',
    'أضافت',
    'كشف',
    'كشفت',
    'يقول',
    'تقول',
  ].map(foldArabic),
);
const LI = foldArabic('ل');

/** Whether the paper's name at token `t` is told something: لـ on its own after a verb of saying. */
function toldTo(tokens: readonly Token[], t: number): boolean {
  return tokens[t - 1]?.norm === LI && readsAs(tokens[t - 2], TOLD);
}

/**
 * Quotation marks around the whole of a paper's place-name, for a row of PAPER_PLACES marked `quoted`: papers
 * quote a paper's name, their own too (وعلمت «الشرق الأوسط» أن…: "Asharq Al-Awsat has learned that"), and not
 * a region's. Each row: the marks and a sentence where only they make the paper.
 */
export const PAPER_QUOTES: ReadonlyArray<{ open: string; close: string; example: string }> = [
  { open: '«', close: '»', example: 'وعلمت «الشرق الأوسط» أن الوفد سيصل غدا' },
  { open: '"', close: '"', example: 'وعلمت "الشرق الأوسط" من مصادر مطلعة أن الاجتماع تأجل' },
];

/** Whether the match is the whole of what one of `marks`' pairs enclose (spaces inside allowed). */
function enclosed(
  text: string,
  match: EntityMatch,
  marks: ReadonlyArray<{ open: string; close: string }>,
): boolean {
  let before = match.start - 1;
  while (before >= 0 && text[before] === ' ') before--;
  let after = match.end;
  while (after < text.length && text[after] === ' ') after++;
  return marks.some((row) => text[before] === row.open && text[after] === row.close);
}

const PAPER_PLACE_FORMS = new Map(PAPER_PLACES.map((row) => [foldArabic(row.place), row]));

/**
 * News agencies' short names that are also a word or another name (وام: وأم "and a mother"; قنا: the
 * Egyptian city Qena, the glossary's only reading of it after a place cue): the agency only right after
 * وكالة or where a report is credited to it (AGENCY_CREDITS), and elsewhere the other reading or none. Each row: the short name, the
 * agency's English, a sentence for each reading.
 */
export const AGENCY_NAMES: ReadonlyArray<{ name: string; agency: string; credited: string; not: string }> = [
  {
    name: 'وام',
    agency: 'the Emirates News Agency (WAM)',
    credited: 'وأكد الوزير دعم بلاده للجهود الدولية في المنطقة. (وام)',
    not: 'قتل أب وأم وطفلاهما في القصف',
  },
  {
    name: 'قنا',
    agency: 'the Qatar News Agency (QNA)',
    credited: 'الدوحة - قنا: قال مسؤول قطري إن المفاوضات مستمرة',
    not: 'وصل المحافظ إلى قنا صباح اليوم',
  },
];

/**
 * The marks around an agency's short name that credit a report to it: the whole of a parenthesis at the
 * report's end, between slashes after the dateline (WAM's own style), or after the dateline's dash, before a
 * colon. Each row: the marks (a space either side allowed) and a sentence where only they make the agency.
 */
export const AGENCY_CREDITS: ReadonlyArray<{ open: string; close: string; example: string }> = [
  { open: '(', close: ')', example: 'وقال رئيس الوزراء إن المفاوضات مستمرة مع الأطراف كافة. (قنا)' },
  { open: '/', close: '/', example: 'أبوظبي في 1 ديسمبر / وام / أعلنت الوزارة افتتاح المعرض' },
  { open: '-', close: ':', example: 'أبوظبي - وام: أعلنت الوزارة افتتاح المعرض' },
  { open: '–', close: ':', example: 'الدوحة – قنا: قال مسؤول قطري إن الاجتماع انتهى' },
];

const AGENCY_FORMS = new Map(AGENCY_NAMES.map((row) => [foldArabic(row.name), row]));
/** The agency named as one (ذكرت وكالة وام، نقلا عن وكالة قنا): the short name is then the agency's too. */
const AGENCY_HEADS: ReadonlySet<string> = new Set([foldArabic('وكالة')]);

/**
 * Armed groups named by a common word (القاعدة "the base, the rule"): the group only right after a word for
 * its people or ties (زعيم القاعدة, عناصر القاعدة, صلاته بالقاعدة), or in a list beside a partner it is named
 * with (طالبان والقاعدة); elsewhere nothing (القاعدة العسكرية, القاعدة الذهبية). The entry's own full name
 * (تنظيم القاعدة) is read everywhere. Each row: the word, the group's English, a sentence for each reading.
 */
export const GROUP_WORDS: ReadonlyArray<{
  word: string;
  en: readonly string[];
  partners: readonly string[];
  named: string;
  listed: string;
  not: string;
}> = [
  {
    word: 'القاعدة',
    en: ['al-Qaeda'],
    partners: ['طالبان', 'داعش'],
    named: 'وأعلنت السلطات اعتقال ثلاثة من عناصر القاعدة في المنطقة',
    listed: 'تواصل القوات الأمريكية ملاحقة مقاتلي طالبان والقاعدة في الجبال',
    not: 'وصلت الطائرات إلى القاعدة العسكرية قرب الحدود',
  },
];

/** Words for a group's people or ties, in construct with its name (زعيم القاعدة; with ب: صلاته بالقاعدة). */
const GROUP_HEADS = new Set(
  [
    'زعيم',
    'زعماء',
    'قائد',
    'قادة',
    'عناصر',
    'عنصر',
    'مقاتلي',
    'مقاتلو',
    'أعضاء',
    'عضو',
    'خلية',
    'خلايا',
    'فرع',
    'شبكة',
    'صلات',
    'صلاته',
    'صلاتها',
    'علاقته',
    'ارتباط',
    'ارتباطه',
    'أنصار',
    'متشددي',
    'مسلحي',
  ].map(foldArabic),
);

/**
 * The forms the three tables above read, by what reads them, with the English of the entries they read: an entry
 * of the same form with another English (a reader's own الوفد, "the delegation") is read as it is written.
 */
const COMMON_WORD_NAMES = new Map<
  string,
  {
    rule: 'club word' | 'media word' | 'group word';
    en: ReadonlySet<string>;
    countries: ReadonlySet<string>;
    partners?: ReadonlySet<string>;
  }
>([
  ...CLUB_WORDS.map(
    (row) =>
      [
        foldArabic(row.word),
        { rule: 'club word', en: new Set(row.en), countries: new Set(row.countries.map(foldArabic)) },
      ] as const,
  ),
  ...MEDIA_WORDS.map(
    (row) =>
      [
        foldArabic(row.word),
        { rule: 'media word', en: new Set(row.en), countries: new Set<string>() },
      ] as const,
  ),
  ...GROUP_WORDS.map(
    (row) =>
      [
        foldArabic(row.word),
        {
          rule: 'group word',
          en: new Set(row.en),
          countries: new Set<string>(),
          partners: new Set(row.partners.map(foldArabic)),
        },
      ] as const,
  ),
]);
const ARTICLE = foldArabic('ال');

/** Whether a word is definite (العسكرية، والمنتخب، للكتاب): a club word after it is its adjective. */
function definite(token: Token): boolean {
  return proclitics(token.norm).some((reading) => reading.clitics.some((clitic) => clitic.ar === ARTICLE));
}

/**
 * Clitics written on a club word that an adjective never takes: after a definite word it is then still the
 * club, where the sentence is a match report (الفريق الأول بالأهلي "the first team at Al Ahly", not an
 * adjective of الأول). Each row: the clitic and a sentence where only it makes the club.
 */
export const CLUB_WORD_CLITICS: ReadonlyArray<{ clitic: string; example: string }> = [
  { clitic: 'و', example: 'تعادل الزمالك والأهلي في الدوري' },
  { clitic: 'ب', example: 'أشاد المدرب بأداء الفريق الأول بالأهلي في الدوري' },
  { clitic: 'ل', example: 'انضم المهاجم الدولي للأهلي قبل بداية الدوري' },
];
const NO_ADJECTIVE = new Set(CLUB_WORD_CLITICS.map((row) => foldArabic(row.clitic)));

/**
 * Whether the club word at token `t` (its clitics `clitics`) names the club, whose countries are `countries`
 * (folded). Before a country, only its own: الشمال السوري is "the Syrian north", الشمال القطري the club.
 */
function namesClub(
  tokens: readonly Token[],
  t: number,
  clitics: readonly Clitic[],
  countries: ReadonlySet<string>,
): boolean {
  const previous = tokens[t - 1];
  if (readsAs(previous, CLUB_HEADS)) return true;
  const next = tokens[t + 1]?.norm ?? '';
  if (CLUB_COUNTRIES.has(next)) return countries.has(next);
  const adjective = !NO_ADJECTIVE.has(clitics[0]?.ar ?? '');
  if (previous !== undefined && adjective && definite(previous)) return false;
  return inMatchReport(tokens, t);
}

/**
 * Whether the group word at token t is the group: after one of GROUP_HEADS, itself with a clitic or not
 * (وعناصر القاعدة; with ب on the word: عضو بالقاعدة), or joined by و to a partner it is named with on
 * either side (طالبان والقاعدة, القاعدة وطالبان).
 */
function headsGroup(
  tokens: readonly Token[],
  t: number,
  clitics: readonly Clitic[],
  partners: ReadonlySet<string>,
): boolean {
  // A definite word after it is an adjective or a noun of "the base" (قائد القاعدة الجوية، القاعدة الشعبية).
  if (tokens[t + 1]?.norm.startsWith(ARTICLE) === true) return false;
  const before = tokens[t - 1];
  if (headsName(before, GROUP_HEADS)) return true;
  const and = clitics.some((clitic) => clitic.ar === 'و');
  if (and && before !== undefined && partners.has(before.norm)) return true;
  const after = tokens[t + 1]?.norm ?? '';
  return after.startsWith('و') && partners.has(after.slice(1));
}

const CLUB_CITY_FORMS = new Map(CLUB_CITIES.map((row) => [foldArabic(row.city), row.club]));

/**
 * Where the rules here may read an entry besides its own forms: a club of CLUB_CITIES at its city's name
 * (فاز برشلونة). What compares two glossaries' readings of a text must look there too (lib/page/page-glossary.ts).
 */
export function formsReadAs(entry: GlossaryEntry): string[] {
  return CLUB_CITIES.filter((row) => row.club === entry.en).map((row) => row.city);
}

/** The club entries of CLUB_CITIES by their city's folded form, for one glossary. */
const clubsOf = new WeakMap<readonly GlossaryEntry[], Map<string, number>>();
function clubEntries(entries: readonly GlossaryEntry[]): Map<string, number> {
  let clubs = clubsOf.get(entries);
  if (clubs === undefined) {
    const byEnglish = new Map<string, number>();
    entries.forEach((entry, index) => {
      if (entry.type === 'organisation' && !byEnglish.has(entry.en)) byEnglish.set(entry.en, index);
    });
    clubs = new Map();
    for (const [city, club] of CLUB_CITY_FORMS) {
      const index = byEnglish.get(club);
      if (index !== undefined) clubs.set(city, index);
    }
    clubsOf.set(entries, clubs);
  }
  return clubs;
}

/** Every folded form a rule below reads by its form: a match of an entry with none of them needs no fold. */
const RULE_FORMS: ReadonlySet<string> = new Set([
  MOROCCO,
  ...COMMON_WORD_NAMES.keys(),
  ...CLUB_CITY_FORMS.keys(),
  ...PAPER_PLACE_FORMS.keys(),
  ...AGENCY_FORMS.keys(),
  ...SHARED_PLACE_FORMS.keys(),
  ...MARKED_READINGS.map((row) => row.folded),
]);

/**
 * Per glossary, whether each entry has a form in RULE_FORMS (1), none (0) or is not yet known (-1): told once
 * an entry is first matched, since a page's matches are mostly of a few entries and folding a form for each
 * match cost more than the rules (a glossary of 100,000 entries is not folded whole for a page's first block).
 */
const ruleEntriesOf = new WeakMap<readonly GlossaryEntry[], Int8Array>();
function ruleEntries(entries: readonly GlossaryEntry[]): Int8Array {
  let known = ruleEntriesOf.get(entries);
  if (known === undefined) {
    known = new Int8Array(entries.length).fill(-1);
    ruleEntriesOf.set(entries, known);
  }
  return known;
}

function mayBeRead(entries: readonly GlossaryEntry[], known: Int8Array, index: number): boolean {
  if (known[index] === -1) {
    const entry = entries[index];
    const forms = entry === undefined ? [] : [entry.ar, ...entry.variants];
    known[index] = forms.some((form) => RULE_FORMS.has(foldArabic(form))) ? 1 : 0;
  }
  return known[index] === 1;
}

export interface ContextOptions {
  text: string;
  /** Read only by the rules that look at the words around a match: the matcher makes them on demand. */
  tokens: readonly Token[];
  entries: readonly GlossaryEntry[];
  /** Told of each match a rule changed, for `npm run eval`. */
  onRule?: (rule: ContextRule, match: EntityMatch) => void;
}

/** The matches with what their context says applied: some dropped, some down to one reading. */
export function readInContext(matches: readonly EntityMatch[], options: ContextOptions): EntityMatch[] {
  const { text, entries, onRule } = options;
  const result: EntityMatch[] = [];
  let t = 0;
  let known: Int8Array | null = null;
  for (const match of matches) {
    // Every rule looks at a one-word place or a form with two readings: the rest of a page's matches (most
    // of them) pass without their form folded or their surface cut out.
    const entry = entries[match.entry];
    const onePlace = match.words === 1 && entry?.type === 'place';
    if (entry?.type === 'person' && (closesCompound(text, match) || followsKin(text, match.start))) {
      onRule?.('compound name', match);
      continue;
    }
    known ??= ruleEntries(entries);
    if (!mayBeRead(entries, known, match.entry)) {
      // Of the rules, only the adverb ending reads a match by its surface rather than its form.
      if (onePlace && endsAsAdverb(text, match)) onRule?.('adverb', match);
      else result.push(match);
      continue;
    }
    // By the entry's English, not by whose entry it is: a bundled entry the reader changed (its note, say)
    // reaches the page as their own (reader-glossary.ts), and its word is as common as before.
    const named =
      match.words === 1 && entry?.type === 'organisation'
        ? COMMON_WORD_NAMES.get(foldArabic(match.form))
        : undefined;
    const commonWord = named?.en.has(entry?.en ?? '') ? named.rule : undefined;
    if (named !== undefined && commonWord !== undefined) {
      const { tokens } = options;
      while (t < tokens.length && (tokens[t] as Token).start < match.start) t++;
      const stands =
        commonWord === 'club word'
          ? namesClub(tokens, t, match.clitics, named.countries)
          : commonWord === 'group word'
            ? headsGroup(tokens, t, match.clitics, named.partners ?? new Set())
            : headsName(tokens[t - 1]);
      if (stands) result.push(match);
      else onRule?.(commonWord, match);
      continue;
    }
    const agency = match.words === 1 ? AGENCY_FORMS.get(foldArabic(match.form)) : undefined;
    if (agency !== undefined) {
      const readings = [match.entry, ...match.alternatives];
      const isAgency = (index: number) =>
        entries[index]?.en === agency.agency && entries[index]?.type === 'organisation';
      if (readings.some(isAgency)) {
        onRule?.('agency', match);
        const { tokens } = options;
        while (t < tokens.length && (tokens[t] as Token).start < match.start) t++;
        const credited = enclosed(text, match, AGENCY_CREDITS) || headsName(tokens[t - 1], AGENCY_HEADS);
        const [first, ...rest] = readings.filter((index) => isAgency(index) === credited);
        if (first !== undefined) result.push({ ...match, entry: first, alternatives: rest });
        continue;
      }
    }
    if (!onePlace && match.alternatives.length === 0) {
      result.push(match);
      continue;
    }
    const stem = foldArabic(match.form);
    if (onePlace && stem === MOROCCO) {
      const { tokens } = options;
      while (t < tokens.length && (tokens[t] as Token).start < match.start) t++;
      const near = [tokens[t - 1], tokens[t - 2], tokens[t + 1], tokens[t + 2]].map(
        (token) => token?.norm ?? '',
      );
      if (PRAYER_WORDS.has(near[0] ?? '') || near.some((word) => PRAYERS.has(word))) {
        onRule?.('prayer', match);
        continue;
      }
    }
    const club = onePlace && CLUB_CITY_FORMS.has(stem) ? clubEntries(entries).get(stem) : undefined;
    if (club !== undefined) {
      const { tokens } = options;
      while (t < tokens.length && (tokens[t] as Token).start < match.start) t++;
      if (inMatchReport(tokens, t)) {
        onRule?.('club', match);
        result.push({ ...match, entry: club, alternatives: [] });
        continue;
      }
    }
    if (onePlace && endsAsAdverb(text, match)) {
      onRule?.('adverb', match);
      continue;
    }
    const paper = match.alternatives.length > 0 ? PAPER_PLACE_FORMS.get(stem) : undefined;
    if (paper !== undefined) {
      const readings = [match.entry, ...match.alternatives];
      const isPaper = (index: number) =>
        entries[index]?.en === paper.paper && entries[index]?.type === 'organisation';
      const chosen = readings.find(isPaper);
      if (chosen !== undefined) {
        const { tokens } = options;
        while (t < tokens.length && (tokens[t] as Token).start < match.start) t++;
        onRule?.('paper', match);
        const [first, ...rest] =
          headsName(tokens[t - 1]) ||
          toldTo(tokens, t) ||
          (paper.quoted && enclosed(text, match, PAPER_QUOTES))
            ? [chosen]
            : readings.filter((index) => !isPaper(index));
        result.push({ ...match, entry: first as number, alternatives: rest });
        continue;
      }
    }
    // The surface is cut out only for a form with two readings, the one thing its marks can tell apart.
    const marked =
      match.alternatives.length > 0
        ? MARKED_READINGS.find(
            (row) => row.folded === stem && row.marked.test(text.slice(match.start, match.end)),
          )
        : undefined;
    const chosen =
      marked && [match.entry, ...match.alternatives].find((index) => entries[index]?.en === marked.en);
    if (chosen !== undefined && marked) {
      onRule?.('marks', match);
      result.push({ ...match, entry: chosen, alternatives: [] });
      continue;
    }
    // Marks, where the writer put them, say more than the block's words.
    const shared = match.alternatives.length > 0 ? SHARED_PLACE_FORMS.get(stem) : undefined;
    if (shared !== undefined) {
      const named = namedCountries(shared, options.tokens);
      const readings = [match.entry, ...match.alternatives];
      const first =
        named.length === 1 ? readings.find((index) => entries[index]?.en === named[0]?.en) : undefined;
      if (first !== undefined && first !== match.entry) {
        onRule?.('country', match);
        result.push({ ...match, entry: first, alternatives: readings.filter((index) => index !== first) });
        continue;
      }
    }
    result.push(match);
  }
  return result;
}
