/**
 * Readings a name's context settles after matching: the sunset prayer is not Morocco, the marks a writer put
 * on a form tell its two readings apart, an adverb in -an is not the place it is made from, a city that beat
 * or lost to someone is its football club. Each rule is a row with a real sentence
 * (tests/unit/context-readings.test.ts); `npm run eval` counts what each one did.
 */
import { proclitics } from '../arabic/clitics';
import { foldArabic } from '../arabic/normalize';
import type { Token } from '../arabic/tokenize';
import type { EntityMatch } from './matcher';
import type { GlossaryEntry } from './schema';

/** A rule that dropped a match or chose one of its readings. */
export type ContextRule = 'prayer' | 'marks' | 'adverb' | 'club';

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

/** Fathatan at a word's end (اً or ًا): an adverb, إسبانياً "in Spanish", not Spain. */
const ADVERB_ENDINGS = ['اً', 'ًا'];

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
  ].map(foldArabic),
);

/**
 * Results, which parties and armies have too (فاز الحزب في روما): they make the city a club only as the side
 * that won or lost (فاز برشلونة) or the side beaten (فاز … على مرسيليا، خسر … أمام ليفربول).
 */
const RESULT_WORDS = new Set(['فاز', 'يفوز', 'بفوزه', 'خسر', 'يخسر', 'تغلب', 'هزم'].map(foldArabic));
const AGAINST = new Set(['على', 'أمام'].map(foldArabic));
const CLUB_WINDOW = 5;

/** Whether a word, as written or with its clitics off (بكأس, والدوري), is one of these words. */
function readsAs(token: Token | undefined, words: ReadonlySet<string>): boolean {
  if (token === undefined) return false;
  return words.has(token.norm) || proclitics(token.norm).some((reading) => words.has(reading.stem));
}

/** Whether the city at token `t` stands in a match report, as its club. */
function inMatchReport(tokens: readonly Token[], t: number): boolean {
  const before = tokens.slice(Math.max(0, t - CLUB_WINDOW), t);
  const after = tokens.slice(t + 1, t + CLUB_WINDOW + 1);
  if ([...before, ...after].some((token) => readsAs(token, MATCH_WORDS))) return true;
  const previous = tokens[t - 1];
  if (readsAs(previous, RESULT_WORDS)) return true;
  return (
    previous !== undefined &&
    AGAINST.has(previous.norm) &&
    before.some((token) => readsAs(token, RESULT_WORDS))
  );
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

export interface ContextOptions {
  text: string;
  tokens: readonly Token[];
  entries: readonly GlossaryEntry[];
  /** Told of each match a rule changed, for `npm run eval`. */
  onRule?: (rule: ContextRule, match: EntityMatch) => void;
}

/** The matches with what their context says applied: some dropped, some down to one reading. */
export function readInContext(matches: readonly EntityMatch[], options: ContextOptions): EntityMatch[] {
  const { text, tokens, entries, onRule } = options;
  const result: EntityMatch[] = [];
  let t = 0;
  for (const match of matches) {
    // Every rule looks at a one-word place or a form with two readings: the rest of a page's matches (most
    // of them) pass without their form folded or their surface cut out.
    const onePlace = match.words === 1 && entries[match.entry]?.type === 'place';
    if (!onePlace && match.alternatives.length === 0) {
      result.push(match);
      continue;
    }
    const stem = foldArabic(match.form);
    if (onePlace && stem === MOROCCO) {
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
      while (t < tokens.length && (tokens[t] as Token).start < match.start) t++;
      if (inMatchReport(tokens, t)) {
        onRule?.('club', match);
        result.push({ ...match, entry: club, alternatives: [] });
        continue;
      }
    }
    const endsAsAdverb =
      match.end - match.start >= 2 && ADVERB_ENDINGS.some((ending) => text.endsWith(ending, match.end));
    if (onePlace && endsAsAdverb) {
      onRule?.('adverb', match);
      continue;
    }
    const surface = text.slice(match.start, match.end);
    const marked =
      match.alternatives.length > 0
        ? MARKED_READINGS.find((row) => row.folded === stem && row.marked.test(surface))
        : undefined;
    const chosen =
      marked && [match.entry, ...match.alternatives].find((index) => entries[index]?.en === marked.en);
    if (chosen !== undefined && marked) {
      onRule?.('marks', match);
      result.push({ ...match, entry: chosen, alternatives: [] });
      continue;
    }
    result.push(match);
  }
  return result;
}
