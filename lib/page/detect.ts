import { isArabicLetter } from '../arabic/script';
import type {
  Detection,
  DetectionReason,
  LetterCounts,
  PageVerdict,
  ScriptLanguage,
} from '../messages/protocol';
import { isHebrewLetter, isLatinLetter } from './letters';

export interface PageSignals {
  /** Page URL; absent for a text file. */
  url?: string;
  /** A bounded sample of visible text, script and style text excluded (the adapter caps it). */
  visibleText: string;
  lang?: string;
  dir?: string;
  ogType?: string;
  /** JSON-LD @type values, including those inside @graph and nested objects, e.g. ['NewsArticle']. */
  jsonLdTypes: string[];
  /** schema.org microdata itemtype names, e.g. ['NewsArticle']. */
  microdataTypes?: string[];
  hasArticleElement: boolean;
  /** article:published_time, or datePublished in a meta tag, microdata or JSON-LD. */
  hasPublishedTime: boolean;
  /** Any <time datetime> on the page: weaker, since comments and forum posts carry them too. */
  hasTimeElement?: boolean;
}

// ---------------------------------------------------------------------------------------------------
// Letters: language facts as tables

/**
 * Letters Persian uses and Arabic does not. Keheh ک and Farsi yeh ی are flagged `slip` because Arabic
 * text typed on a Persian keyboard contains them too; peh, tcheh, jeh and gaf are real Persian sounds.
 */
const PERSIAN_ONLY_LETTERS: ReadonlyMap<number, { slip: boolean }> = new Map([
  [0x067e, { slip: false }], // پ peh
  [0x0686, { slip: false }], // چ tcheh
  [0x0698, { slip: false }], // ژ jeh
  [0x06af, { slip: false }], // گ gaf
  [0x06a9, { slip: true }], // ک keheh
  [0x06cc, { slip: true }], // ی Farsi yeh
]);
/**
 * The other languages written in Arabic script, each told by letters that neither Arabic nor the other rows
 * write (the Persian letters above they all share). A general rule: whichever row's letters are frequent
 * enough names the language. Each row's example sentence: tests/unit/detect.test.ts.
 */
export const SCRIPT_LANGUAGES: ReadonlyArray<{ language: ScriptLanguage; letters: string }> = [
  { language: 'urdu', letters: 'ٹڈڑںےۃ' },
  { language: 'sindhi', letters: 'ڀٻڄڃٺٽٿڏڌڊڍڙڦڪڱڳڻڇ۾' },
  { language: 'pashto', letters: 'ټډړږښځڅڼۍ' },
  { language: 'kurdish', letters: 'ڕڵێ' },
  { language: 'uyghur', letters: 'ۇۈۋڭ' },
];
let languageOfLetter: Map<number, ScriptLanguage> | null = null;
const TEH_MARBUTA = 0x0629;

const ANY_LETTER = /\p{L}/u;

/** Counts letters by script in one pass; marks, digits, punctuation and spaces are not letters. */
export function countLetters(text: string): LetterCounts {
  const counts: LetterCounts = {
    letters: 0,
    arabicScript: 0,
    latin: 0,
    hebrew: 0,
    persianOnly: 0,
    persianConsonants: 0,
    languages: { urdu: 0, sindhi: 0, pashto: 0, kurdish: 0, uyghur: 0 },
    tehMarbuta: 0,
  };
  languageOfLetter ??= new Map(
    SCRIPT_LANGUAGES.flatMap(({ language, letters }) =>
      [...letters].map((letter) => [letter.charCodeAt(0), language] as const),
    ),
  );
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x41) continue;
    if (isLatinLetter(code)) {
      counts.latin++;
    } else if (isArabicLetter(code)) {
      counts.arabicScript++;
      const persian = PERSIAN_ONLY_LETTERS.get(code);
      if (persian) {
        counts.persianOnly++;
        if (!persian.slip) counts.persianConsonants++;
      } else if (code === TEH_MARBUTA) {
        counts.tehMarbuta++;
      } else {
        const language = languageOfLetter.get(code);
        if (language !== undefined) counts.languages[language]++;
      }
    } else if (isHebrewLetter(code)) {
      counts.hebrew++;
    } else if (code < 0x80 || !ANY_LETTER.test(text.charAt(i))) {
      continue;
    }
    counts.letters++;
  }
  return counts;
}

// ---------------------------------------------------------------------------------------------------
// Script and language

const SCRIPT = {
  /** Fewer letters than this and we do not guess at all. */
  minLetters: 20,
  /** Share of all letters a script needs for the page to count as written in it… */
  share: 0.4,
  /** …or this much when the page's lang or dir agrees (lang and dir are often wrong, so they only tip). */
  shareWithMarkup: 0.25,
  /** A language's own letters needed, as a share of Arabic-script letters and as a plain count. */
  variantShare: 0.01,
  variantMinCount: 3,
  /** Teh marbuta share above which Arabic text with stray ی/ک is taken as Arabic typed on a Persian keyboard. */
  arabicTehMarbutaShare: 0.01,
  /** Below this many Arabic-script letters, a page's lang="fa", "ur"… settles Arabic vs that language. */
  smallSample: 200,
} as const;

type Language = 'arabic' | 'persian' | ScriptLanguage | 'hebrew' | 'other';

/** Primary BCP 47 subtags a page's lang may use for each language we tell apart. */
const LANGUAGE_CODES: Record<Language, readonly string[]> = {
  arabic: ['ar'],
  persian: ['fa', 'prs'],
  urdu: ['ur'],
  sindhi: ['sd'],
  pashto: ['ps', 'pus'],
  kurdish: ['ckb', 'ku'],
  uyghur: ['ug'],
  hebrew: ['he', 'iw'],
  other: [],
};
const ARABIC_SCRIPT_CODES = Object.entries(LANGUAGE_CODES).flatMap(([language, codes]) =>
  language === 'hebrew' ? [] : codes,
);
const RTL_CODES = [...ARABIC_SCRIPT_CODES, ...LANGUAGE_CODES.hebrew];

const primaryLanguage = (lang: string | undefined): string =>
  lang?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
const percent = (part: number, whole: number): number => Math.round((100 * part) / Math.max(whole, 1));

/** A language decision: `reasons` explain it; `notes` are markup that merely agreed, shown last. */
interface LanguageFinding {
  language: Language;
  reasons: DetectionReason[];
  notes: DetectionReason[];
}

/** What the page's lang and dir say about a decision already made from the text. */
function markupFinding(
  signals: PageSignals,
  language: Language,
  reasons: DetectionReason[],
): LanguageFinding {
  const finding: LanguageFinding = { language, reasons, notes: [] };
  const primary = primaryLanguage(signals.lang);
  const rtl = signals.dir?.trim().toLowerCase() === 'rtl';
  const lang = { attribute: 'lang', value: signals.lang ?? '' } as const;
  const dir = { attribute: 'dir', value: 'rtl' } as const;
  if (language === 'other') {
    if (RTL_CODES.includes(primary)) reasons.push({ code: 'markup-disagrees', ...lang });
    if (rtl) reasons.push({ code: 'markup-disagrees', ...dir });
    return finding;
  }
  if (primary === '') {
    if (rtl) finding.notes.push({ code: 'markup-agrees', ...dir });
  } else if (LANGUAGE_CODES[language].includes(primary)) {
    finding.notes.push({ code: 'markup-agrees', ...lang });
  } else {
    reasons.push({ code: 'markup-disagrees', ...lang });
  }
  return finding;
}

function languageOf(signals: PageSignals, counts: LetterCounts): LanguageFinding {
  const { letters, arabicScript, hebrew, latin } = counts;
  if (letters < SCRIPT.minLetters) {
    return { language: 'other', reasons: [{ code: 'too-little-text', letters }], notes: [] };
  }
  const primary = primaryLanguage(signals.lang);
  const rtl = signals.dir?.trim().toLowerCase() === 'rtl';
  const latinReason: DetectionReason = {
    code: 'script-share',
    script: 'latin',
    percent: percent(latin, letters),
  };

  if (hebrew > arabicScript) {
    const markup = rtl || LANGUAGE_CODES.hebrew.includes(primary);
    const reasons: DetectionReason[] = [
      { code: 'script-share', script: 'hebrew', percent: percent(hebrew, letters) },
    ];
    const isHebrew = hebrew >= (markup ? SCRIPT.shareWithMarkup : SCRIPT.share) * letters;
    return isHebrew
      ? markupFinding(signals, 'hebrew', reasons)
      : markupFinding(signals, 'other', [...reasons, latinReason]);
  }

  const markup = rtl || ARABIC_SCRIPT_CODES.includes(primary);
  const reasons: DetectionReason[] = [
    { code: 'script-share', script: 'arabic', percent: percent(arabicScript, letters) },
  ];
  const needed = (markup ? SCRIPT.shareWithMarkup : SCRIPT.share) * letters;
  if (arabicScript < needed || arabicScript < SCRIPT.minLetters) {
    return markupFinding(signals, 'other', [...reasons, latinReason]);
  }
  if (arabicScript < SCRIPT.share * letters) {
    reasons.push({ code: 'markup-tips' });
  }
  const variant = variantOf(signals, counts);
  return markupFinding(signals, variant.language, [...reasons, ...variant.reasons]);
}

/** Arabic, Persian or another Arabic-script language, for text already known to be mostly Arabic script. */
function variantOf(
  signals: PageSignals,
  counts: LetterCounts,
): { language: Language; reasons: DetectionReason[] } {
  const { arabicScript, persianOnly, persianConsonants, tehMarbuta, languages } = counts;
  const meaningful = (n: number): boolean =>
    n >= SCRIPT.variantMinCount && n >= SCRIPT.variantShare * arabicScript;
  const share = (n: number): number => percent(n, arabicScript);

  // Most of these languages write Persian's letters too: their own letters decide first.
  let best: (typeof SCRIPT_LANGUAGES)[number] | undefined;
  for (const row of SCRIPT_LANGUAGES) {
    if (
      meaningful(languages[row.language]) &&
      languages[row.language] > (best ? languages[best.language] : 0)
    ) {
      best = row;
    }
  }
  if (best) {
    return {
      language: best.language,
      reasons: [
        {
          code: 'language-letters',
          language: best.language,
          percent: share(languages[best.language]),
          letters: best.letters,
        },
      ],
    };
  }
  if (meaningful(persianOnly)) {
    const keyboardSlip = persianConsonants === 0 && tehMarbuta >= SCRIPT.arabicTehMarbutaShare * arabicScript;
    if (!keyboardSlip) {
      return {
        language: 'persian',
        reasons: [{ code: 'persian-letters', percent: share(persianOnly) }],
      };
    }
    return {
      language: 'arabic',
      reasons: [{ code: 'persian-keyboard' }],
    };
  }

  // A few lines of text may simply not contain a telling letter; then the page's lang decides.
  const primary = primaryLanguage(signals.lang);
  const declared = (Object.keys(LANGUAGE_CODES) as Language[]).find(
    (language): language is 'persian' | ScriptLanguage =>
      language !== 'arabic' && language !== 'hebrew' && LANGUAGE_CODES[language].includes(primary),
  );
  const stray = persianOnly + Object.values(languages).reduce((sum, n) => sum + n, 0);
  if (declared && arabicScript < SCRIPT.smallSample && stray === 0) {
    return { language: declared, reasons: [{ code: 'lang-decides', language: declared }] };
  }
  return {
    language: 'arabic',
    reasons: [{ code: stray === 0 ? 'no-other-letters' : 'stray-other-letters' }],
  };
}

// ---------------------------------------------------------------------------------------------------

const VERDICT_OF_LANGUAGE: Record<Exclude<Language, 'arabic'>, PageVerdict> = {
  persian: 'persian',
  urdu: 'urdu',
  sindhi: 'sindhi',
  pashto: 'pashto',
  kurdish: 'kurdish',
  uyghur: 'uyghur',
  hebrew: 'hebrew',
  other: 'not-arabic',
};

/** What the page's letters (and its lang and dir, where they agree) say it is written in. */
export interface LanguageReading {
  verdict: PageVerdict;
  isArabic: boolean;
  /** Why, most telling first; `notes` are markup that merely agreed, shown last. */
  reasons: DetectionReason[];
  notes: DetectionReason[];
  counts: LetterCounts;
}

export function readLanguage(signals: PageSignals): LanguageReading {
  const counts = countLetters(signals.visibleText);
  const { language, reasons, notes } = languageOf(signals, counts);
  const isArabic = language === 'arabic';
  return {
    verdict: isArabic ? 'arabic-other' : VERDICT_OF_LANGUAGE[language],
    isArabic,
    reasons,
    notes,
    counts,
  };
}

/**
 * The page's language alone, which is all the page reader decides by itself: a page whose letters are Arabic
 * is then read further (its metadata and text, in lib/page/news-evidence.ts, loaded on demand) to tell news.
 */
export function detectLanguage(signals: PageSignals): Detection {
  const { verdict, isArabic, reasons, notes, counts } = readLanguage(signals);
  return { verdict, isArabic, isNews: false, score: 0, reasons: [...reasons, ...notes], counts };
}
