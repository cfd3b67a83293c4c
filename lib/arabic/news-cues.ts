import { datelineOf } from './dateline';
import { foldArabic, foldChar } from './normalize';
import { isArabicLetter } from './script';

/**
 * What makes Arabic text read as a news report, whatever page it sits on: reporting verbs, attributions,
 * agencies, source lines, datelines, time words and officials' titles. Each kind weighs in once it is seen
 * often enough (the `min` of NEWS_CUE_KINDS); one قال is a story, a page of them is a report.
 */
export type NewsCueKind =
  | 'reporting'
  | 'attribution'
  | 'agency'
  | 'source'
  | 'dateline'
  | 'time'
  | 'official';

export interface NewsCueRow {
  kind: NewsCueKind;
  /** The words as written; matched folded, with و or ف attached to the first word too. */
  phrase: string;
  /** A sentence of news in which it stands (tests/unit/news-cues.test.ts finds the cue in each). */
  example: string;
  /** Counted only in brackets, as a credit: (قنا), (الأوروبية); elsewhere the word is an ordinary one. */
  credit?: boolean;
}

/**
 * Points a kind adds once it is seen at least as often as a tier says (the highest tier reached counts),
 * and the popup names it (the catalogue's reason_news_cue_<kind>). Tuned on the visible text of the corpus's Arabic pages (`npm run eval`,
 * "from the text alone"): reports carry most kinds, many times over; a technical article or a recipe one or
 * two, once or twice. Agencies, source lines and datelines weigh most, since only reports carry them.
 */
export const NEWS_CUE_KINDS: Readonly<
  Record<NewsCueKind, { tiers: ReadonlyArray<readonly [min: number, points: number]> }>
> = {
  reporting: {
    tiers: [
      [2, 1],
      [5, 2],
    ],
  },
  attribution: { tiers: [[2, 1]] },
  agency: { tiers: [[1, 2]] },
  source: { tiers: [[1, 2]] },
  dateline: { tiers: [[1, 2]] },
  time: { tiers: [[2, 1]] },
  // Encyclopedias name officials as often as news does: titles alone never make a report.
  official: { tiers: [[3, 1]] },
};

/** Text points that make a page news on their own, whatever its metadata says or lacks. */
export const NEWS_TEXT_THRESHOLD = 3;

const row = (kind: NewsCueKind, phrase: string, example: string, credit = false): NewsCueRow =>
  credit ? { kind, phrase, example, credit } : { kind, phrase, example };

export const NEWS_CUES: readonly NewsCueRow[] = [
  row('reporting', 'قال', 'قال المتحدث إن الوفد سيصل غدا'),
  row('reporting', 'قالت', 'قالت الوزارة في بيان إن الحادث وقع ليلا'),
  row('reporting', 'أكد', 'وأكد المتحدث أن المفاوضات مستمرة'),
  row('reporting', 'أكدت', 'أكدت الشرطة توقيف شخصين'),
  row('reporting', 'أعلن', 'أعلن الجيش السيطرة على البلدة'),
  row('reporting', 'أعلنت', 'أعلنت الحكومة حالة الطوارئ'),
  row('reporting', 'أضاف', 'وأضاف أن الوفد سيعود الأسبوع المقبل'),
  row('reporting', 'أضافت', 'وأضافت المصادر أن الاجتماع تأجل'),
  row('reporting', 'أوضح', 'وأوضح المسؤول أن الطريق أغلق'),
  row('reporting', 'أوضحت', 'وأوضحت الوزارة أن عدد المصابين ارتفع'),
  row('reporting', 'صرح', 'وصرح الناطق بأن الحدود مفتوحة'),
  row('reporting', 'أشار', 'وأشار إلى أن الأسعار ارتفعت'),
  row('reporting', 'مشيرا', 'مشيرا إلى أن الطريق أعيد فتحه'),
  row('reporting', 'مشيرة', 'مشيرة إلى أن التحقيق مستمر'),
  row('reporting', 'نقلت', 'نقلت وكالة الأنباء عن مصدر قوله'),
  row('reporting', 'أفادت', 'أفادت مصادر محلية بسقوط قذائف'),
  row('reporting', 'أفاد', 'أفاد شهود عيان بسماع انفجار'),
  row('reporting', 'ذكرت', 'ذكرت صحيفة محلية أن الانتخابات تأجلت'),
  row('reporting', 'كشف', 'كشف مصدر مطلع عن تفاصيل الاتفاق'),
  row('reporting', 'كشفت', 'كشفت الوزارة عن خطة جديدة'),
  row('reporting', 'تابع', 'وتابع قائلا إن الوضع صعب'),
  row('reporting', 'لفت', 'ولفت إلى أن الحوار هو الحل'),
  row('reporting', 'دعا', 'ودعا الأمين العام إلى ضبط النفس'),
  row('reporting', 'يذكر أن', 'يذكر أن الوزير زار المنطقة العام الماضي'),
  row('reporting', 'شدد', 'وشدد على ضرورة احترام الهدنة'),
  row('reporting', 'أعرب', 'وأعرب الوزير عن قلقه من التصعيد'),
  row('attribution', 'حسب', 'حسب مصادر متطابقة'),
  row('attribution', 'بحسب', 'بحسب ما أعلنت الوزارة'),
  row('attribution', 'وفق', 'وفق بيان صادر عن الجيش'),
  row('attribution', 'وفقا', 'وفقا لمصادر أمنية'),
  row('attribution', 'نقلا عن', 'نقلا عن مسؤول في الوزارة'),
  row('attribution', 'مصادر', 'قالت مصادر مطلعة إن الاتفاق قريب'),
  row('attribution', 'مصدر', 'وقال مصدر عسكري إن الوزراء سيبحثون الوضع'),
  row('attribution', 'في بيان', 'وقالت الوزارة في بيان إن الحادث وقع'),
  row('attribution', 'في تصريح', 'وقال في تصريح صحفي إن الحوار مستمر'),
  row('agency', 'رويترز', 'القاهرة (رويترز) - أعلنت الحكومة'),
  row('agency', 'فرانس برس', 'قال لوكالة فرانس برس إن الوضع هادئ'),
  row('agency', 'أ ف ب', 'بيروت (أ ف ب) - قتل شخصان'),
  row('agency', 'الأناضول', 'أفاد مراسل الأناضول بأن الحدود أغلقت'),
  row('agency', 'وكالة الأنباء', 'نقلت وكالة الأنباء الرسمية عن الوزير'),
  row('agency', 'أسوشيتد برس', 'قال لوكالة أسوشيتد برس إن المحادثات فشلت'),
  row('agency', 'الأوروبية', 'وزراء الزراعة قبل اجتماعهم في بروكسل (الأوروبية)', true),
  row('agency', 'واس', 'الرياض (واس) - استقبل ولي العهد', true),
  row('agency', 'سانا', 'دمشق (سانا) - أعلن الجيش السيطرة على البلدة', true),
  row('agency', 'وام', 'أبوظبي (وام) - أعلنت الإمارات', true),
  row('agency', 'قنا', 'الدوحة (قنا) - بحث وزير الخارجية', true),
  row('agency', 'بترا', 'عمان (بترا) - افتتح وزير التربية مدرسة', true),
  row('agency', 'كونا', 'الكويت (كونا) - أعلنت الحكومة', true),
  row('agency', 'مراسل', 'أفاد مراسل الجزيرة بوقوع اشتباكات'),
  row('source', 'المصدر', 'المصدر : الجزيرة'),
  row('source', 'رئيس التحرير', 'رئيس التحرير : سامي يوسف'),
  row('time', 'الأحد', 'وصل الوفد الأحد إلى القاهرة'),
  row('time', 'الاثنين', 'أعلنت الوزارة الاثنين عن خطة'),
  row('time', 'الثلاثاء', 'التقى الرئيس الثلاثاء وفدا من البرلمان'),
  row('time', 'الأربعاء', 'يجتمع الوزراء الأربعاء في العاصمة'),
  row('time', 'الخميس', 'قتل ثلاثة أشخاص الخميس في انفجار'),
  row('time', 'الجمعة', 'خرجت مظاهرات يوم الجمعة في المدينة'),
  row('time', 'السبت', 'أعلن الجيش السبت السيطرة على البلدة'),
  row('time', 'أمس', 'قال الوزير أمس إن المحادثات مستمرة'),
  row('time', 'مساء', 'وقع الانفجار مساء الأحد'),
  row('time', 'صباح', 'وصل الوفد صباح اليوم إلى المطار'),
  row('time', 'الأسبوع الماضي', 'أعلنت الحكومة الأسبوع الماضي عن خطة'),
  row('official', 'وزير', 'قال وزير الزراعة إن المحصول جيد هذا العام'),
  row('official', 'وزيرة', 'قالت وزيرة الخارجية إن الوفد وصل'),
  row('official', 'الرئيس', 'استقبل الرئيس وفدا من البرلمان'),
  row('official', 'رئيس الوزراء', 'التقى رئيس الوزراء نظيره الفرنسي'),
  row('official', 'رئيس الحكومة', 'أعلن رئيس الحكومة استقالته'),
  row('official', 'المتحدث باسم', 'قال المتحدث باسم الجيش إن القوات تقدمت'),
  row('official', 'الناطق باسم', 'أكد الناطق باسم الحكومة أن الحوار مستمر'),
  row('official', 'سفير', 'استدعت الوزارة سفير فرنسا'),
  row('official', 'النائب', 'قال النائب في البرلمان إن القانون لن يمر'),
  row('official', 'الأمين العام', 'دعا الأمين العام للأمم المتحدة إلى وقف إطلاق النار'),
  row('official', 'مسؤول', 'قال مسؤول أمني إن الانفجار وقع فجرا'),
];

/** A kind of cue that earned points, as the popup's reasons say it (lib/messages/protocol.ts's DetectionReason). */
export interface NewsCueReason {
  code: 'news-cue';
  kind: NewsCueKind;
  count: number;
  /** The first cue of the kind seen, as written. */
  first: string;
}

/** Each kind's count in a text, and the points it earns. */
export interface NewsTextEvidence {
  score: number;
  counts: Record<NewsCueKind, number>;
  /** For the popup, each kind that earned points: reporting verbs ×5 (قال), a dateline (القاهرة -). */
  reasons: NewsCueReason[];
}

interface CueIndex {
  /** Folded first word → the rows that start with it, as folded word lists (credits apart). */
  byFirst: Map<string, { kind: NewsCueKind; words: string[]; phrase: string }[]>;
  /** Credits, found in brackets in the text as written. */
  credits: { kind: NewsCueKind; phrase: string; pattern: RegExp }[];
}

let index: CueIndex | null = null;

function cueIndex(): CueIndex {
  if (index !== null) return index;
  const byFirst: CueIndex['byFirst'] = new Map();
  const credits: CueIndex['credits'] = [];
  for (const cue of NEWS_CUES) {
    if (cue.credit) {
      credits.push({
        kind: cue.kind,
        phrase: cue.phrase,
        pattern: new RegExp(`\\(\\s*${cue.phrase}\\s*\\)`, 'g'),
      });
      continue;
    }
    const words = foldArabic(cue.phrase).split(' ');
    const first = words[0] as string;
    byFirst.set(first, [...(byFirst.get(first) ?? []), { kind: cue.kind, words, phrase: cue.phrase }]);
  }
  index = { byFirst, credits };
  return index;
}

/** Folded Arabic words of a text, in order: marks and tatweel are dropped, any other non-letter separates. */
function foldedWords(text: string): string[] {
  const words: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const folded = foldChar(text[i] as string);
    if (folded === '') continue;
    if (isArabicLetter(folded.charCodeAt(0))) {
      current += folded;
    } else if (current !== '') {
      words.push(current);
      current = '';
    }
  }
  if (current !== '') words.push(current);
  return words;
}

/** Datelines count only in a block long enough to be a paragraph, so a menu's "أخبار - رياضة" is none. */
const MIN_DATELINE_BLOCK = 80;
const SOURCE_LINE = /(?:^|[|\s])(?:المصدر|رئيس التحرير)\s*:/;

/** Counts the news cues of blocks given one at a time (so a caller can pause between them). */
export function createNewsCueCounter(): { add(block: string): void; result(): NewsTextEvidence } {
  const { byFirst, credits } = cueIndex();
  const counts: Record<NewsCueKind, number> = {
    reporting: 0,
    attribution: 0,
    agency: 0,
    source: 0,
    dateline: 0,
    time: 0,
    official: 0,
  };
  const firstSeen = new Map<NewsCueKind, string>();
  const seen = (kind: NewsCueKind, what: string): void => {
    counts[kind]++;
    if (!firstSeen.has(kind)) firstSeen.set(kind, what);
  };
  function add(block: string): void {
    const dateline = block.length >= MIN_DATELINE_BLOCK ? datelineOf(block) : null;
    if (dateline !== null) seen('dateline', dateline.trim());
    for (const credit of credits) {
      for (const _ of block.matchAll(credit.pattern)) seen(credit.kind, credit.phrase);
    }
    const words = foldedWords(block);
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as string;
      const candidates =
        byFirst.get(word) ??
        (word.length > 3 && (word[0] === 'و' || word[0] === 'ف') ? byFirst.get(word.slice(1)) : undefined);
      const cue = candidates?.find((c) => c.words.every((w, k) => k === 0 || words[i + k] === w));
      if (cue === undefined) continue;
      // A source line or a masthead's editor is a short block's head followed by a colon, not any mention.
      if (cue.kind === 'source' && !(words.length <= 30 && SOURCE_LINE.test(block))) continue;
      seen(cue.kind, cue.phrase);
      i += cue.words.length - 1;
    }
  }
  function result(): NewsTextEvidence {
    let score = 0;
    const reasons: NewsCueReason[] = [];
    for (const [kind, { tiers }] of Object.entries(NEWS_CUE_KINDS) as [
      NewsCueKind,
      (typeof NEWS_CUE_KINDS)[NewsCueKind],
    ][]) {
      const count = counts[kind];
      const points = tiers.reduce((best, [min, tierPoints]) => (count >= min ? tierPoints : best), 0);
      if (points === 0) continue;
      score += points;
      reasons.push({ code: 'news-cue', kind, count, first: firstSeen.get(kind) ?? '' });
    }
    return { score, counts: { ...counts }, reasons };
  }
  return { add, result };
}

/** The news cues in a text's blocks (a headline, paragraphs): counted by kind, scored, explained. */
export function newsCuesIn(blocks: readonly string[]): NewsTextEvidence {
  const counter = createNewsCueCounter();
  for (const block of blocks) counter.add(block);
  return counter.result();
}
