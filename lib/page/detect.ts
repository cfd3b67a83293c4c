import { isArabicLetter } from '../arabic/script';
import type { Detection, LetterCounts, PageVerdict } from '../messages/protocol';
import { isHebrewLetter, isLatinLetter } from './letters';
import { findNewsDomain } from './news-domains';

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
/** Urdu letters absent from Arabic and Persian: tteh, ddal, rreh, noon ghunna, yeh barree, do-chashmi heh, teh marbuta goal. */
const URDU_ONLY_LETTERS: ReadonlySet<number> = new Set([
  0x0679, 0x0688, 0x0691, 0x06ba, 0x06d2, 0x06be, 0x06c3,
]);
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
    urduOnly: 0,
    tehMarbuta: 0,
  };
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
      } else if (URDU_ONLY_LETTERS.has(code)) counts.urduOnly++;
      else if (code === TEH_MARBUTA) counts.tehMarbuta++;
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
  /** Persian or Urdu letters needed, as a share of Arabic-script letters and as a plain count. */
  variantShare: 0.01,
  variantMinCount: 3,
  /** Teh marbuta share above which Arabic text with stray ی/ک is taken as Arabic typed on a Persian keyboard. */
  arabicTehMarbutaShare: 0.01,
  /** Below this many Arabic-script letters, a page's lang="fa"/"ur" settles Arabic vs Persian/Urdu. */
  smallSample: 200,
} as const;

type Language = 'arabic' | 'persian' | 'urdu' | 'hebrew' | 'other';

/** Primary BCP 47 subtags a page's lang may use for each language we tell apart. */
const LANGUAGE_CODES: Record<Language, readonly string[]> = {
  arabic: ['ar'],
  persian: ['fa', 'prs'],
  urdu: ['ur'],
  hebrew: ['he', 'iw'],
  other: [],
};
const ARABIC_SCRIPT_CODES = [...LANGUAGE_CODES.arabic, ...LANGUAGE_CODES.persian, ...LANGUAGE_CODES.urdu];
const RTL_CODES = [...ARABIC_SCRIPT_CODES, ...LANGUAGE_CODES.hebrew];

const primaryLanguage = (lang: string | undefined): string =>
  lang?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
const percent = (part: number, whole: number): string => `${Math.round((100 * part) / Math.max(whole, 1))}%`;

/** A language decision: `reasons` explain it; `notes` are markup that merely agreed, shown last. */
interface LanguageFinding {
  language: Language;
  reasons: string[];
  notes: string[];
}

/** What the page's lang and dir say about a decision already made from the text. */
function markupFinding(signals: PageSignals, language: Language, reasons: string[]): LanguageFinding {
  const finding: LanguageFinding = { language, reasons, notes: [] };
  const primary = primaryLanguage(signals.lang);
  const rtl = signals.dir?.trim().toLowerCase() === 'rtl';
  if (language === 'other') {
    if (RTL_CODES.includes(primary)) reasons.push(`lang="${signals.lang}" disagrees with the text; ignored`);
    if (rtl) reasons.push('dir="rtl" disagrees with the text; ignored');
    return finding;
  }
  if (primary === '') {
    if (rtl) finding.notes.push('dir="rtl" agrees with the text');
  } else if (LANGUAGE_CODES[language].includes(primary)) {
    finding.notes.push(`lang="${signals.lang}" agrees with the text`);
  } else {
    reasons.push(`lang="${signals.lang}" disagrees with the text; ignored`);
  }
  return finding;
}

function languageOf(signals: PageSignals, counts: LetterCounts): LanguageFinding {
  const { letters, arabicScript, hebrew, latin } = counts;
  if (letters < SCRIPT.minLetters) {
    return { language: 'other', reasons: [`too little text to judge (${letters} letters)`], notes: [] };
  }
  const primary = primaryLanguage(signals.lang);
  const rtl = signals.dir?.trim().toLowerCase() === 'rtl';
  const latinReason = `${percent(latin, letters)} of letters are Latin`;

  if (hebrew > arabicScript) {
    const markup = rtl || LANGUAGE_CODES.hebrew.includes(primary);
    const reasons = [`${percent(hebrew, letters)} of letters are Hebrew`];
    const isHebrew = hebrew >= (markup ? SCRIPT.shareWithMarkup : SCRIPT.share) * letters;
    return isHebrew
      ? markupFinding(signals, 'hebrew', reasons)
      : markupFinding(signals, 'other', [...reasons, latinReason]);
  }

  const markup = rtl || ARABIC_SCRIPT_CODES.includes(primary);
  const reasons = [`${percent(arabicScript, letters)} of letters are Arabic script`];
  const needed = (markup ? SCRIPT.shareWithMarkup : SCRIPT.share) * letters;
  if (arabicScript < needed || arabicScript < SCRIPT.minLetters) {
    return markupFinding(signals, 'other', [...reasons, latinReason]);
  }
  if (arabicScript < SCRIPT.share * letters) {
    reasons.push('lang/dir markup tips a mixed page to Arabic script');
  }
  const variant = variantOf(signals, counts);
  return markupFinding(signals, variant.language, [...reasons, ...variant.reasons]);
}

/** Arabic, Persian or Urdu, for text already known to be mostly Arabic script. */
function variantOf(signals: PageSignals, counts: LetterCounts): { language: Language; reasons: string[] } {
  const { arabicScript, persianOnly, persianConsonants, urduOnly, tehMarbuta } = counts;
  const meaningful = (n: number): boolean =>
    n >= SCRIPT.variantMinCount && n >= SCRIPT.variantShare * arabicScript;
  const share = (n: number): string => percent(n, arabicScript);

  if (meaningful(urduOnly)) {
    return {
      language: 'urdu',
      reasons: [`${share(urduOnly)} of Arabic-script letters are Urdu-only (ٹ ڈ ڑ ں ے ھ ۃ)`],
    };
  }
  if (meaningful(persianOnly)) {
    const keyboardSlip = persianConsonants === 0 && tehMarbuta >= SCRIPT.arabicTehMarbutaShare * arabicScript;
    if (!keyboardSlip) {
      return {
        language: 'persian',
        reasons: [`${share(persianOnly)} of Arabic-script letters are Persian-only (پ چ ژ گ ک ی)`],
      };
    }
    return {
      language: 'arabic',
      reasons: [`Persian ی/ک but no پ چ ژ گ and frequent ة: Arabic typed on a Persian keyboard`],
    };
  }

  // A few lines of text may simply not contain a Persian or Urdu letter; then the page's lang decides.
  const primary = primaryLanguage(signals.lang);
  const declared = (['persian', 'urdu'] as const).find((language) =>
    LANGUAGE_CODES[language].includes(primary),
  );
  if (declared && arabicScript < SCRIPT.smallSample && persianOnly + urduOnly === 0) {
    const name = declared === 'persian' ? 'Persian' : 'Urdu';
    return { language: declared, reasons: [`too little text to tell Arabic from ${name}; lang decides`] };
  }
  return {
    language: 'arabic',
    reasons: [
      persianOnly + urduOnly === 0 ? 'no Persian or Urdu letters' : 'only stray Persian or Urdu letters',
    ],
  };
}

// ---------------------------------------------------------------------------------------------------
// News evidence

/**
 * Points per signal. What a publisher states about the page (a news site, a schema.org news type, an
 * Open Graph article, a publication time) weighs most; layout hints (<article>, <time>, a date in the
 * URL) are common on forums and blogs too, so on their own they cannot reach the threshold unless
 * several agree. Sputnik's article pages say og:type=website, so no single signal is required.
 */
const NEWS_WEIGHTS = {
  newsDomain: 3,
  newsType: 3,
  ogArticle: 3,
  articleType: 2,
  publishedTime: 2,
  datedUrl: 1,
  articleElement: 1,
  timeElement: 1,
} as const;
export const NEWS_THRESHOLD = 3;

// schema.org types: https://schema.org/NewsArticle (and its subtypes), https://schema.org/Article.
const NEWS_TYPES = new Set([
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'LiveBlogPosting',
]);
const ARTICLE_TYPES = new Set(['Article', 'BlogPosting', 'Report']);

// /2020/05/13/, /2020/5/ (WordPress month archives), 2020-05-13 or 2020_05_13, and /20200513… (Sputnik).
const DATED_PATH = [
  /\/(?:19|20)\d{2}\/(?:0?[1-9]|1[0-2])(?:\/|$)/,
  /(?:19|20)\d{2}[-_](?:0[1-9]|1[0-2])[-_](?:0[1-9]|[12]\d|3[01])(?!\d)/,
  /\/(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])/,
];

function urlPath(url: string): string | undefined {
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}

function newsEvidence(signals: PageSignals): { score: number; reasons: string[] } {
  const found: [keyof typeof NEWS_WEIGHTS, string][] = [];
  const domain = signals.url ? findNewsDomain(signals.url) : undefined;
  if (domain) found.push(['newsDomain', `${domain.host}${domain.path ?? ''} is a known Arabic news site`]);

  const schemaTypes = [
    ...signals.jsonLdTypes.map((type) => ['JSON-LD', type] as const),
    ...(signals.microdataTypes ?? []).map((type) => ['microdata', type] as const),
  ];
  const newsType = schemaTypes.find(([, type]) => NEWS_TYPES.has(type));
  const articleType = schemaTypes.find(([, type]) => ARTICLE_TYPES.has(type));
  if (newsType) found.push(['newsType', `${newsType[0]} ${newsType[1]}`]);
  else if (articleType) found.push(['articleType', `${articleType[0]} ${articleType[1]}`]);

  if (signals.ogType === 'article') found.push(['ogArticle', 'og:type=article']);
  if (signals.hasPublishedTime) found.push(['publishedTime', 'publication time in the page metadata']);
  const path = signals.url ? urlPath(signals.url) : undefined;
  if (path && DATED_PATH.some((pattern) => pattern.test(path))) {
    found.push(['datedUrl', 'date in the URL path']);
  }
  if (signals.hasArticleElement) found.push(['articleElement', '<article> element']);
  if (signals.hasTimeElement && !signals.hasPublishedTime) found.push(['timeElement', '<time> element']);

  const score = found.reduce((sum, [signal]) => sum + NEWS_WEIGHTS[signal], 0);
  const reasons = found.map(([, reason]) => reason);
  if (found.length === 0) reasons.push(hasPageMetadata(signals) ? 'no news signals' : 'no page metadata');
  return { score, reasons };
}

function hasPageMetadata(signals: PageSignals): boolean {
  return Boolean(
    signals.url ||
      signals.lang ||
      signals.dir ||
      signals.ogType ||
      signals.jsonLdTypes.length > 0 ||
      (signals.microdataTypes?.length ?? 0) > 0 ||
      signals.hasArticleElement ||
      signals.hasPublishedTime ||
      signals.hasTimeElement,
  );
}

// ---------------------------------------------------------------------------------------------------

const VERDICT_OF_LANGUAGE: Record<Exclude<Language, 'arabic'>, PageVerdict> = {
  persian: 'persian',
  urdu: 'urdu',
  hebrew: 'hebrew',
  other: 'not-arabic',
};

/** Decides what kind of page the signals describe. Pure: the same signals always give the same answer. */
export function detectPage(signals: PageSignals): Detection {
  const counts = countLetters(signals.visibleText);
  const { language, reasons: languageReasons, notes } = languageOf(signals, counts);
  const { score, reasons: newsReasons } = newsEvidence(signals);
  const isNews = score >= NEWS_THRESHOLD;
  const isArabic = language === 'arabic';
  const verdict = isArabic ? (isNews ? 'arabic-news' : 'arabic-other') : VERDICT_OF_LANGUAGE[language];
  const newsSummary = `news evidence ${score} ${isNews ? '≥' : '<'} ${NEWS_THRESHOLD}`;
  return {
    verdict,
    isArabic,
    isNews,
    score,
    // Most telling first: the popup shows only the first few.
    reasons: [...languageReasons, newsSummary, ...newsReasons, ...notes],
    counts,
  };
}
