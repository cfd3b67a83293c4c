/**
 * Readings a name's context settles after matching: the sunset prayer is not Morocco, the marks a writer put
 * on a form tell its two readings apart, an adverb in -an is not the place it is made from, a city that beat
 * or lost to someone is its football club. Each rule is a row with a real sentence
 * (tests/unit/context-readings.test.ts); `npm run eval` counts what each one did.
 */
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
  { city: 'فالنسيا', club: 'Valencia CF', example: 'انتقل اللاعب إلى فالنسيا في صفقة قياسية' },
  { city: 'إشبيلية', club: 'Sevilla FC', example: 'فاز إشبيلية بكأس الاتحاد الأوروبي' },
  { city: 'نابولي', club: 'SSC Napoli', example: 'تغلب نابولي على يوفنتوس' },
  { city: 'هامبورغ', club: 'Hamburger SV', example: 'صعبا على هامبورغ الألماني في مباراة الأمس' },
  { city: 'بوردو', club: 'FC Girondins de Bordeaux', example: 'تعادل بوردو مع ليون في الدوري الفرنسي' },
  { city: 'كوبنهاغن', club: 'FC Copenhagen', example: 'بفوزه على كوبنهاغن 1 - صفر' },
  { city: 'بورتو', club: 'FC Porto', example: 'على حساب بورتو عندما سجل هدف الفوز' },
  { city: 'موناكو', club: 'AS Monaco', example: 'تعادل أرسنال وموناكو في دوري الأبطال' },
  { city: 'بازل', club: 'FC Basel', example: 'خسر بازل أمام ضيفه السويسري' },
];

/**
 * Words of a match report near a club's city (within CLUB_WINDOW words): results, the match, the team's
 * people. Folded, and compared with a word's folded form less a leading و، ف or ال.
 */
const SPORTS_CUES = new Set(
  [
    'فاز',
    'يفوز',
    'فوز',
    'بفوزه',
    'تعادل',
    'يتعادل',
    'خسر',
    'يخسر',
    'خسارة',
    'هزم',
    'هزيمة',
    'تغلب',
    'سحق',
    'ضد',
    'مواجهة',
    'يواجه',
    'واجه',
    'مباراة',
    'مباريات',
    'لقاء',
    'فريق',
    'لاعب',
    'لاعبي',
    'مدرب',
    'مهاجم',
    'حارس',
    'مدافع',
    'هدف',
    'هدفين',
    'أهداف',
    'دوري',
    'بطولة',
    'كأس',
    'شوط',
    'ضيفه',
    'مضيفه',
    'مرمى',
    'جماهير',
    'انتقل',
    'صفقة',
    'نادي',
  ].map(foldArabic),
);
const CLUB_WINDOW = 5;
const CLUB_CITY_FORMS = new Map(CLUB_CITIES.map((row) => [foldArabic(row.city), row.club]));

function isSportsCue(token: Token | undefined): boolean {
  if (token === undefined) return false;
  const bare = token.norm.replace(/^[وف]/, '');
  return [token.norm, bare, bare.replace(/^ال/, '')].some((word) => SPORTS_CUES.has(word));
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
      const near = tokens.slice(Math.max(0, t - CLUB_WINDOW), t + CLUB_WINDOW + 1);
      if (near.some(isSportsCue)) {
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
