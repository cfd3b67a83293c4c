/**
 * The one message protocol between the content script, the background and the extension's pages: every
 * request of both directions and the reply to each. The receivers are apart, one file per direction
 * (background-request.ts, tab-request.ts), so the page reader carries only the checks it makes.
 */

import type { NewsCueReason } from '../arabic/news-cues';
import type { EntryDraft } from '../glossary/draft-entry';
import type { ImportMode } from '../glossary/import-plan';
import type { GlossaryProblem } from '../glossary/problems';
import type { GlossaryEntry, OwnedEntry } from '../glossary/schema';
import type { LanguageChoice } from '../i18n/languages';

/** What page detection (lib/page/detect.ts) concludes about a page: part of the page's status. */
export type PageVerdict =
  | 'arabic-news'
  | 'arabic-other'
  | 'persian'
  | ScriptLanguage
  | 'hebrew'
  | 'not-arabic';

/** Arabic-script languages told from Arabic by letters of their own (SCRIPT_LANGUAGES in lib/page/detect.ts). */
export type ScriptLanguage = 'urdu' | 'sindhi' | 'pashto' | 'kurdish' | 'uyghur';

export interface LetterCounts {
  /** All letters in the sample, of any script. */
  letters: number;
  arabicScript: number;
  latin: number;
  hebrew: number;
  /** Letters Persian writes and Arabic does not (پ چ ژ گ ک ی); included in arabicScript. */
  persianOnly: number;
  /** The part of persianOnly that is پ چ ژ گ, which no Arabic keyboard slip produces (see PERSIAN_ONLY_LETTERS). */
  persianConsonants: number;
  /** Each language's own letters (Urdu ٹ ڈ ڑ ں ے ۃ, Pashto ښ ځ څ…); included in arabicScript. */
  languages: Record<ScriptLanguage, number>;
  /** ة, frequent in Arabic prose and nearly absent from Persian. */
  tehMarbuta: number;
}

export interface Detection {
  verdict: PageVerdict;
  /** True for Arabic-language pages (arabic-news, arabic-other). */
  isArabic: boolean;
  /** The page carries enough news-article evidence (score ≥ NEWS_THRESHOLD), whatever its language. */
  isNews: boolean;
  /** Sum of the news evidence points in NEWS_WEIGHTS. */
  score: number;
  /** The points of the news cues in the page's text (lib/arabic/news-cues.ts), once they have been read. */
  textScore?: number;
  /** Why, most telling first: said in the interface's language where they are shown (lib/page/say-reason.ts). */
  reasons: DetectionReason[];
  counts: LetterCounts;
}

/** A page attribute detection reads, with what the page wrote in it (`lang="ar-EG"`, `dir="rtl"`). */
export type MarkupAttribute = 'lang' | 'dir';

/**
 * One piece of detection's evidence, as a code with what it found: the words are the catalogue's
 * (`reason_<code>` messages), so the popup says them in the reader's language and scan and eval in English.
 */
export type DetectionReason =
  | { code: 'too-little-text'; letters: number }
  /** The share of the page's letters in a script, in percent. */
  | { code: 'script-share'; script: 'arabic' | 'latin' | 'hebrew'; percent: number }
  | { code: 'markup-agrees'; attribute: MarkupAttribute; value: string }
  | { code: 'markup-disagrees'; attribute: MarkupAttribute; value: string }
  /** lang or dir made a mixed page count as Arabic script. */
  | { code: 'markup-tips' }
  /** The share of Arabic-script letters that are a language's own (`letters`, as SCRIPT_LANGUAGES lists them). */
  | { code: 'language-letters'; language: ScriptLanguage; percent: number; letters: string }
  | { code: 'persian-letters'; percent: number }
  | { code: 'persian-keyboard' }
  | { code: 'lang-decides'; language: 'persian' | ScriptLanguage }
  | { code: 'no-other-letters' }
  | { code: 'stray-other-letters' }
  /** A score against its threshold: the page's metadata and address, or its text's news cues. */
  | { code: 'news-score'; from: 'metadata' | 'text'; score: number; threshold: number }
  | { code: 'news-site'; site: string }
  | { code: 'schema-type'; source: 'JSON-LD' | 'microdata'; schemaType: string }
  | { code: 'og-article' }
  | { code: 'published-time' }
  | { code: 'dated-url' }
  | { code: 'article-element' }
  | { code: 'time-element' }
  | { code: 'no-news-signals' }
  | { code: 'no-metadata' }
  | NewsCueReason;

/** Per-site choice: follow detection, always highlight, or never. */
export const SITE_MODES = ['auto', 'always', 'never'] as const;
export type SiteMode = (typeof SITE_MODES)[number];

/**
 * What the page reader highlights: the page's article, the whole page because no article stands out
 * (a front page, an index), or the whole page because the popup's "Whole page" asked for it.
 */
export type PageReading = 'article' | 'no-article' | 'whole-page';

/** What a tab's content script reports about its page (for the popup and the toolbar). */
export interface PageStatus {
  detection: Detection;
  siteMode: SiteMode;
  /** Whether highlighting is on for this page now (detection, site mode and page toggle combined). */
  active: boolean;
  /** Entities found so far: entry id → mentions. */
  counts: Record<string, number>;
  /** What is highlighted, while highlighting is on. */
  reading?: PageReading;
  /** Whether the whole page is wanted rather than its article (the popup's "Whole page" switch). */
  wholePage: boolean;
}

/** One entity seen on a page, as the content script reports it for the history. */
export interface SightingItem {
  entryId: string;
  sentence: string;
}

/** A stored glossary entry as the options page sees it: the entry, where it came from, when it changed. */
export interface EntryView extends OwnedEntry {
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
}

/** The reader's settings, kept by the background. */
export interface Settings {
  /** Propose names the glossary lacks (lib/names), highlighted as suggestions. */
  suggestNames: boolean;
  /** How long the pointer rests on an entity before its card opens (so a resting mouse opens nothing). */
  hoverDelayMs: number;
  /** The language of the card, popup and options page: the browser's ('auto'), or one chosen. */
  uiLanguage: LanguageChoice;
}

/** The longest hover delay the options page offers. */
export const MAX_HOVER_DELAY_MS = 2000;

/** What an add window opens with: text selected on a page ("Add to Dalil…"), or a name already drafted (the card). */
export type AddRequest = { kind: 'selection'; text: string } | { kind: 'draft'; draft: EntryDraft };

/** Requests to the background. */
export type BackgroundRequest =
  | { type: 'glossary/get' }
  /** The sender's own site (its host, taken from the sender by the background): its mode, or a new one. */
  | { type: 'site/get' }
  | { type: 'site/set'; mode: SiteMode }
  /** The page's site is highlighted whole (on) or by its article (the popup's "Whole page"). */
  | { type: 'site/whole-page'; on: boolean }
  /** Any site's mode, from the extension's pages. */
  | { type: 'sites/set'; host: string; mode: SiteMode }
  | { type: 'options/open'; entryId?: string }
  /**
   * Opens the add window with a drafted name (the card's "Add to glossary"). The card asks for it rather than
   * holding a form: keys typed in a page's document reach the page's own listeners first, shadow root or not.
   * (A selection's window is opened by the background itself, from the context menu.)
   */
  | { type: 'add/open'; draft: EntryDraft }
  /** The add window's request, by the one-time token in its address (lib/background/add-requests.ts). */
  | { type: 'add/take'; token: string }
  /**
   * The entities a page visit shows, for the history of the sender's page. `current` (the document's address
   * now) and `canonical` (its `<link rel=canonical>`) are what the page says; the background believes them
   * only within the sender's origin and site (lib/background/page-address.ts).
   */
  | {
      type: 'sightings/record';
      current?: string | undefined;
      title: string;
      visitId: string;
      items: SightingItem[];
      canonical?: string | undefined;
    }
  | { type: 'entry/history'; entryId: string; limit: number }
  /**
   * The highlight styles for the sender's frame, under the names its page load chose (one per painted kind):
   * injected only once a page is highlighted.
   */
  | { type: 'styles/insert'; names: string[] }
  /** On how many pages other than the sender's the history saw an entry (the card's "Seen before?"). */
  | { type: 'entry/seen'; entryId: string; current?: string | undefined; canonical?: string | undefined }
  | { type: 'entries/search'; query: string; limit: number }
  | { type: 'history/stats' }
  | { type: 'history/pause'; paused: boolean }
  /** Keeps this many days of history (null: forever) and deletes what is older now. */
  | { type: 'history/keep'; days: HistoryDays }
  | { type: 'history/forget-site'; host: string }
  | { type: 'history/clear' }
  | { type: 'entries/list' }
  /** Adds (an empty id) or edits an entry. */
  | { type: 'entry/put'; entry: GlossaryEntry }
  /** Adds a new entry of the user's own (a suggested name, a selection); never changes a stored one. */
  | { type: 'entry/add'; entry: GlossaryEntry }
  | { type: 'entry/delete'; id: string }
  /** Undoes a deletion with the record `entry/delete` returned. */
  | { type: 'entry/restore'; entry: EntryView }
  | { type: 'glossary/import'; entries: GlossaryEntry[]; mode: ImportMode }
  | { type: 'glossary/reset' }
  | { type: 'settings/get' }
  /** Changes the settings given; the others stay. */
  | { type: 'settings/set'; settings: Partial<Settings> };

/** Requests from the background or a page to a tab's content script. */
export type TabRequest =
  | { type: 'page/status' }
  | { type: 'page/entities' }
  | { type: 'page/reveal'; entryId: string }
  | { type: 'page/toggle'; on?: boolean }
  | { type: 'page/site-mode'; mode: SiteMode }
  /** Highlight the whole page, or only its article (the default). */
  | { type: 'page/whole-page'; on: boolean }
  /** The stored glossary changed: read it again and highlight the page anew. */
  | { type: 'page/glossary-changed' };

export type Request = BackgroundRequest | TabRequest;

/** A page seen in an entry's history. */
export interface SightingView {
  url: string;
  title: string;
  site: string;
  sentence: string;
  at: number;
}

/** How long the history is kept: a number of days, or forever (null). */
export const HISTORY_KEEP_CHOICES = [30, 90, 365, null] as const;
export type HistoryDays = (typeof HISTORY_KEEP_CHOICES)[number];

export interface HistoryStatsView {
  total: number;
  sites: Array<{ site: string; count: number }>;
  paused: boolean;
  /** Days of history kept; older records are deleted when the browser starts and when this changes. */
  keepDays: HistoryDays;
}

/** One entity of the page, for the popup's list. */
export interface PageEntity {
  entry: GlossaryEntry;
  /** Mentions on the page. */
  count: number;
  /** The distinct ways it is written on the page. */
  surfaces: string[];
  /** The sentences it stands in on this page, in order (at most a few). */
  sentences: string[];
}

/** The reply to a write of one entry: the stored entry, or what the user must fix. */
export type PutReply = { ok: true; entry: EntryView } | { ok: false; problems: GlossaryProblem[] };

/** The reply to an import: what was written, or (nothing written) why the import was refused. */
export type ImportReply =
  | { ok: true; added: number; changed: number; unchanged: number; removed: number }
  | { ok: false; problems: GlossaryProblem[] };

/** The reply to each request type. */
export interface Replies {
  /**
   * `entries` with what is not the bundled glossary as it ships marked `own`, and `pristine`: the bundled
   * entries as they ship that the reader changed or deleted (lib/background/reader-glossary.ts).
   */
  'glossary/get': { entries: GlossaryEntry[]; pristine: GlossaryEntry[]; version: string };
  'site/get': { mode: SiteMode; wholePage: boolean };
  'site/set': { mode: SiteMode };
  'site/whole-page': { wholePage: boolean };
  'sites/set': { mode: SiteMode };
  'options/open': { ok: true };
  'add/open': { ok: true };
  'add/take': { request: AddRequest | null };
  'sightings/record': { written: number };
  'entry/history': { count: number; sightings: SightingView[] };
  'entry/seen': { otherPages: number };
  'styles/insert': { ok: boolean };
  'entries/search': { entries: GlossaryEntry[] };
  'history/stats': HistoryStatsView;
  'history/pause': HistoryStatsView;
  'history/keep': HistoryStatsView;
  'history/forget-site': { deleted: number };
  'history/clear': { deleted: number };
  'entries/list': { entries: EntryView[] };
  'entry/put': PutReply;
  'entry/add': PutReply;
  'entry/delete': { deleted: EntryView | null };
  'entry/restore': PutReply;
  'glossary/import': ImportReply;
  'glossary/reset': { count: number };
  'settings/get': Settings;
  'settings/set': Settings;
  'page/status': PageStatus;
  'page/entities': { entities: PageEntity[]; url: string; title: string };
  'page/reveal': { found: boolean };
  'page/toggle': PageStatus;
  'page/site-mode': PageStatus;
  'page/whole-page': PageStatus;
  'page/glossary-changed': { refreshed: boolean };
}
export type ReplyTo<R extends Request> = Replies[R['type']];

/** Sends a request to the background and resolves with its reply: askBackground, or a fake in tests. */
export type AskBackground = <R extends BackgroundRequest>(request: R) => Promise<ReplyTo<R>>;

/**
 * Why a request got no reply, as a code with the request's type: the pages say it in the reader's language
 * (components/say-error.ts), from the catalogue's `error_…` messages.
 */
export type BackgroundError =
  /** A request only the extension's own pages may make, from elsewhere (mayRequest). */
  | { code: 'not-allowed'; request: string }
  /** Answering failed: `detail` is the error's own words (the database's or the browser's, in English). */
  | { code: 'failed'; request: string; detail: string }
  /** Nothing answered (the background was stopped or took no such request); never sent, only found. */
  | { code: 'no-answer'; request: string };

/** What the background sends back: the reply, or the reason it could not give one. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: BackgroundError };

/** A request the background did not answer, thrown to the page that asked, with why. */
export class BackgroundFailure extends Error {
  constructor(readonly reason: BackgroundError) {
    // For the console: the pages say the reason in the reader's language.
    super(`Dalil: ${reason.request}: ${reason.code === 'failed' ? reason.detail : reason.code}`);
  }
}
